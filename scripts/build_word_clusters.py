#!/usr/bin/env python3
"""Build events_cli/data/word_clusters.tsv: distributional word clusters for the NER tagger.

Unsupervised, from the bulk news articles (click-id-19k, CC BY 4.0; see NER.md):

1. every lower-cased word seen at least --min-count times (up to --vocab words) gets a
   vector of the words at -2, -1, +1 and +2 around it (the --contexts most frequent
   words, and "capitalised / lower-case / number / punctuation" classes for the rest),
   plus how often it is written capitalised in mid-sentence and in capitals;
2. the vectors are normalised (Hellinger) and reduced by a truncated SVD;
3. spherical k-means makes --fine clusters; their centroids are clustered again into
   --mid and --coarse groups, so the three ids are nested like prefixes of a Brown path.

Output: one line per word, ``word<TAB>coarse<TAB>mid<TAB>fine<TAB>cap`` (the ids as short
base-36 strings; ``cap`` is the share of its mid-sentence occurrences written with a
capital, 0-9), sorted by frequency. Build time needs numpy and scipy; the tagger
only reads the TSV.

Usage: python scripts/build_word_clusters.py [--bulk PATH] [--out PATH]
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402
from scipy import sparse  # noqa: E402
from scipy.sparse.linalg import svds  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from events_cli.extract.tokens import _TOKEN  # noqa: E402

BULK = ROOT.parent / "shared" / "data" / "bulk" / "click-id-19k.jsonl.gz"
OUT = ROOT / "events_cli" / "data" / "word_clusters.tsv"
_SENT_END = frozenset(".!?\"“”:;")


def articles(path):
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            yield (row.get("title") or "") + "\n" + (row.get("text") or "")


def b36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    s = ""
    while True:
        n, r = divmod(n, 36)
        s = digits[r] + s
        if not n:
            return s


def kmeans(x, k, iters, seed):
    """Spherical k-means (rows of x are unit vectors); k-means++-like seeding on a sample."""
    rng = np.random.default_rng(seed)
    n = x.shape[0]
    cent = x[rng.choice(n, size=k, replace=False)].copy()
    assign = np.zeros(n, dtype=np.int64)
    for it in range(iters):
        sims = x @ cent.T
        new = sims.argmax(axis=1)
        changed = int((new != assign).sum())
        assign = new
        for j in range(k):
            members = x[assign == j]
            if len(members):
                c = members.sum(axis=0)
                cent[j] = c / (np.linalg.norm(c) or 1.0)
            else:  # re-seed an empty cluster on the worst-fitting point
                worst = sims.max(axis=1).argmin()
                cent[j] = x[worst]
        if it and changed < n * 0.002:
            break
    return assign, cent


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bulk", default=str(BULK))
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--min-count", type=int, default=5)
    ap.add_argument("--vocab", type=int, default=40000)
    ap.add_argument("--contexts", type=int, default=1000)
    ap.add_argument("--dims", type=int, default=100)
    ap.add_argument("--fine", type=int, default=600)
    ap.add_argument("--mid", type=int, default=120)
    ap.add_argument("--coarse", type=int, default=24)
    args = ap.parse_args()
    t0 = time.time()

    counts: Counter = Counter()
    caps: Counter = Counter()
    mids: Counter = Counter()
    allcaps: Counter = Counter()
    for text in articles(args.bulk):
        prev_end = True
        for w in _TOKEN.findall(text):
            lw = w.lower()
            counts[lw] += 1
            if not prev_end:
                mids[lw] += 1
            if not prev_end and w[:1].isupper():
                caps[lw] += 1
                if w.isupper() and len(w) > 1:
                    allcaps[lw] += 1
            prev_end = w in _SENT_END or w == ","
    vocab = [w for w, c in counts.most_common(args.vocab) if c >= args.min_count and w[:1].isalnum()]
    vid = {w: i for i, w in enumerate(vocab)}
    ctx_words = [w for w, _ in counts.most_common(args.contexts)]
    cid = {w: i for i, w in enumerate(ctx_words)}
    C = len(ctx_words) + 4  # + capitalised, lower-case, number, other
    print(f"{sum(counts.values())} tokens, {len(counts)} types, vocab {len(vocab)} ({time.time() - t0:.0f}s)")

    def ctx_id(w):
        i = cid.get(w.lower())
        if i is not None:
            return i
        c = w[:1]
        return len(ctx_words) + (0 if c.isupper() else 1 if c.islower() else 2 if c.isdigit() else 3)

    V = len(vocab)
    mat = sparse.csr_matrix((V, 4 * C), dtype=np.float64)
    rows_buf, cols_buf = [], []
    for k, text in enumerate(articles(args.bulk)):
        toks = _TOKEN.findall(text)
        t_ids = np.array([vid.get(w.lower(), -1) for w in toks], dtype=np.int64)
        c_ids = np.array([ctx_id(w) for w in toks], dtype=np.int64)
        n = len(toks)
        for p, off in enumerate((-2, -1, 1, 2)):
            if off < 0:
                t, c = t_ids[-off:], c_ids[: n + off]
            else:
                t, c = t_ids[: n - off], c_ids[off:]
            keep = t >= 0
            rows_buf.append(t[keep])
            cols_buf.append(c[keep] + p * C)
        if k % 2000 == 1999:
            r = np.concatenate(rows_buf)
            c = np.concatenate(cols_buf)
            mat = mat + sparse.csr_matrix((np.ones(len(r)), (r, c)), shape=(V, 4 * C))
            rows_buf, cols_buf = [], []
    if rows_buf:
        r = np.concatenate(rows_buf)
        c = np.concatenate(cols_buf)
        mat = mat + sparse.csr_matrix((np.ones(len(r)), (r, c)), shape=(V, 4 * C))
    print(f"context matrix {mat.shape}, {mat.nnz} non-zeros ({time.time() - t0:.0f}s)")

    # Hellinger: square roots of the context distributions
    rowsum = np.asarray(mat.sum(axis=1)).ravel()
    rowsum[rowsum == 0] = 1
    mat = sparse.diags(1.0 / rowsum) @ mat
    mat.data = np.sqrt(mat.data)
    u, s, _ = svds(mat, k=args.dims, v0=np.full(min(mat.shape), 1.0 / min(mat.shape) ** 0.5))
    x = u * s
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-12
    # how a word is written says much about what it names
    cap_ratio = np.array([caps[w] / counts[w] for w in vocab])
    allcap_ratio = np.array([allcaps[w] / counts[w] for w in vocab])
    x = np.hstack([x, 0.5 * cap_ratio[:, None], 0.5 * allcap_ratio[:, None]])
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-12
    print(f"svd done ({time.time() - t0:.0f}s)")

    fine, cent = kmeans(x, args.fine, 25, seed=1)
    mid_of_fine, cent_mid = kmeans(cent, args.mid, 50, seed=2)
    coarse_of_mid, _ = kmeans(cent_mid, args.coarse, 50, seed=3)
    print(f"k-means done ({time.time() - t0:.0f}s)")

    tmp = Path(args.out).with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        for i, w in enumerate(vocab):
            fi = int(fine[i])
            mi = int(mid_of_fine[fi])
            ci = int(coarse_of_mid[mi])
            cap = min(9, int(10 * caps[w] / mids[w])) if mids[w] else 9
            f.write(f"{w}\t{b36(ci)}\t{b36(mi)}\t{b36(fi)}\t{cap}\n")
    os.replace(tmp, args.out)
    print(f"wrote {len(vocab)} words -> {args.out} ({os.path.getsize(args.out) / 1e6:.2f} MB, {time.time() - t0:.0f}s)")
    if os.environ.get("SHOW"):
        by = {}
        for i, w in enumerate(vocab[:5000]):
            by.setdefault(int(fine[i]), []).append(w)
        for j in list(by)[:40]:
            print(j, " ".join(by[j][:15]))


if __name__ == "__main__":
    main()
