"""Score the stories stage on the dev gold, fast: cluster the articles of a database that
holds the CLICK-ID bulk import (import it once) in memory, and score with score.py's own
B-cubed and pairwise functions against ../shared/eval/gold/stories-dev.jsonl.

    python bench/stories_dev.py /tmp/19k.duckdb [--batches 19] [--shuffle SEED] [--alone] [--orders 6]
        [--gold tests/fixtures/stories/stories-own.jsonl --fold-group kpk]

--batches N cuts the articles into N runs of the stage (in article-id order, or shuffled with
--shuffle): since the stage places an import's articles together at its end, N separate
imports (1, the default: one import of the file, in any order; as the stage does, a run places again the
stories that its articles were published before); --alone scores every article
as its own story; --compare SEED2 also clusters a second shuffled order (-1: article-id
order), in --compare-batches runs, and prints the B-cubed F1 between the two clusterings
over all articles, and the second's dev score; --folds also scores two halves of the dev
happenings (the habibie topic group, 131 articles, and the other four groups, 156); --orders N
scores N orders of the articles within each day (the first the stage's own; the others with the
content keys that break the ties re-hashed, as good an order as any) and their mean: one order's
figure moves by +-0.04 with the order alone, the mean is what held-out articles can expect.
--gold scores another labelled set of the same file instead of the dev gold (the second set,
tests/fixtures/stories/stories-own.jsonl, other days and topics: see its README), and
--fold-group names the topic group that --folds and --orders score apart from the others.
--losses N prints where the B-cubed F1 is lost: 1 - recall (happenings split) and 1 - precision
(happenings merged), each summed per gold story over its articles, the N largest of each.
"""
from __future__ import annotations

import argparse
import contextlib
import dataclasses
import hashlib
import importlib.util
import io
import random
import sys
import time
from collections import Counter
from pathlib import Path

import duckdb

from events_cli.resolve import stories

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def scorer():
    spec = importlib.util.spec_from_file_location("score", EVAL / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def cluster(docs, batches: int, seed: int | None) -> dict[int, int]:
    docs = list(docs)
    if seed is not None:
        random.Random(seed).shuffle(docs)
    size = -(-len(docs) // batches)
    c = stories.Clusterer()
    out, members = {}, {}
    for i in range(0, len(docs), size):
        batch = docs[i:i + size]
        # as the stage does: the stories a batch's articles came before are placed again with them
        day = {s.story_id: s.day for held in c.by_day.values() for s in held}
        again = stories.overtaken_ids(stories.earliest((d.day, stories._order_key(d)) for d in batch),
                                      ((s, day[s], stories._order_key(d)) for s, m in members.items() for d in m))
        c.drop(again)
        batch += [d for s in again for d in members.pop(s)]
        placed = c.run(batch)
        out.update(placed)
        by_id = {d.article_id: d for d in batch}
        for a, s in placed.items():
            members.setdefault(s, []).append(by_id[a])
    return out


def agreement(a: dict[int, int], b: dict[int, int]) -> float:
    """B-cubed F1 of clustering `b` against clustering `a` (1.0: the same stories)."""
    def members(labels):
        out = {}
        for i, s in labels.items():
            out.setdefault(s, set()).add(i)
        return out
    ma, mb = members(a), members(b)
    p = sum(len(ma[a[i]] & mb[b[i]]) / len(mb[b[i]]) for i in a) / len(a)
    r = sum(len(ma[a[i]] & mb[b[i]]) / len(ma[a[i]]) for i in a) / len(a)
    return 2 * p * r / (p + r)


def losses(export: list[dict], gold: list[dict], top: int) -> str:
    """The B-cubed recall and precision lost, per gold story (null stories: one per article), as
    score.py counts them: an article's loss of recall is the share of its gold story predicted
    apart from it (a split), of precision the share of its predicted story that is not its gold
    story (a merge); each divided by the number of gold articles, so the sums are 1 - R and 1 - P."""
    story_of = {r["url"]: r["story"] for r in export}
    gold_of = {g["url"]: g["story"] or f"(null) {g['url']}" for g in gold}
    pred_of = {u: ("p", story_of[u]) if story_of.get(u) is not None else ("alone", u) for u in gold_of}
    by_gold: dict = {}
    by_pred: dict = {}
    for u in gold_of:
        by_gold.setdefault(gold_of[u], set()).add(u)
        by_pred.setdefault(pred_of[u], set()).add(u)
    split, merged = Counter(), Counter()
    for u, g in gold_of.items():
        both = len(by_gold[g] & by_pred[pred_of[u]])
        split[g] += (1 - both / len(by_gold[g])) / len(gold_of)
        merged[g] += (1 - both / len(by_pred[pred_of[u]])) / len(gold_of)
    return "\n".join([
        f"lost to splits (1 - B-cubed R) {sum(split.values()):.3f}; largest: "
        + ", ".join(f"{g} {v:.3f}" for g, v in split.most_common(top) if v),
        f"lost to merges (1 - B-cubed P) {sum(merged.values()):.3f}; largest: "
        + ", ".join(f"{g} {v:.3f}" for g, v in merged.most_common(top) if v)])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("--batches", type=int, default=1)
    ap.add_argument("--shuffle", type=int)
    ap.add_argument("--compare", type=int, help="a second order's shuffle seed (-1: article-id order)")
    ap.add_argument("--compare-batches", type=int, help="the second order's batches (default: --batches)")
    ap.add_argument("--alone", action="store_true")
    ap.add_argument("--folds", action="store_true",
                    help="also score two halves of the dev happenings: the habibie topic group and the others")
    ap.add_argument("--orders", type=int, default=1,
                    help="also score N-1 other orders within each day (the ties' keys re-hashed), and the mean")
    ap.add_argument("--gold", type=Path, default=EVAL / "gold" / "stories-dev.jsonl",
                    help="the labelled articles to score (default: the dev gold)")
    ap.add_argument("--fold-group", default="habibie",
                    help="the topic group scored apart from the others by --folds and --orders")
    ap.add_argument("--losses", type=int, default=0, metavar="N",
                    help="print the B-cubed recall and precision lost per gold story, the N largest of each")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    score = scorer()
    gold = score.read_jsonl(args.gold)
    fold = args.fold_group
    con = duckdb.connect(args.db, read_only=True)
    urls = dict(con.execute("SELECT article_id, url FROM articles").fetchall())
    ids = sorted(urls)
    t = time.perf_counter()
    docs = stories.load_docs(con, ids)
    t_load = time.perf_counter() - t
    t = time.perf_counter()
    story_of = {} if args.alone else cluster(docs, args.batches, args.shuffle)
    t_cluster = time.perf_counter() - t
    export = [{"url": urls[i], "story": story_of.get(i)} for i in ids]
    print(score.score_stories(export, gold, args.verbose))
    if args.losses:
        print(losses(export, gold, args.losses))
    if args.folds:  # a setting chosen on one half should hold on the other (a 2-fold check)
        for name, rows in ((fold, [g for g in gold if g.get("group") == fold]),
                           ("others", [g for g in gold if g.get("group") != fold])):
            with contextlib.redirect_stdout(io.StringIO()):
                half = score.score_stories(export, rows, False)
            print(f"fold {name} ({len(rows)} articles): {half}")
    print(f"{len(docs)} articles, {len(set(story_of.values()))} stories; load {t_load:.1f} s, cluster {t_cluster:.1f} s")
    if args.orders > 1:
        scores = []
        for salt in range(args.orders):
            salted = docs if salt == 0 else [dataclasses.replace(
                d, key=hashlib.sha256(f"{salt}:{d.key}".encode()).hexdigest()) for d in docs]
            labels = cluster(salted, args.batches, args.shuffle)
            rows_of = {"all": gold, fold: [g for g in gold if g.get("group") == fold],
                       "others": [g for g in gold if g.get("group") != fold]}
            export_s = [{"url": urls[i], "story": labels.get(i)} for i in ids]
            f1 = {}
            for name, rows in rows_of.items():
                with contextlib.redirect_stdout(io.StringIO()):
                    line = score.score_stories(export_s, rows, False)
                f1[name] = float(dict(kv.split("=") for kv in line.split() if "=" in kv)["bcubed_f1"])
            scores.append(f1)
            print(f"order {salt}: B-cubed F1 {f1['all']:.3f} ({fold} {f1[fold]:.3f}, others {f1['others']:.3f})")
        mean = {k: sum(s[k] for s in scores) / len(scores) for k in scores[0]}
        print(f"mean of {args.orders} orders: B-cubed F1 {mean['all']:.3f} ({fold} {mean[fold]:.3f}, "
              f"others {mean['others']:.3f}); lowest {min(s['all'] for s in scores):.3f}")
    if args.compare is not None:
        other = cluster(docs, args.compare_batches or args.batches, None if args.compare < 0 else args.compare)
        print(f"agreement of the two orders over all articles: B-cubed F1 {agreement(story_of, other):.3f}")
        export2 = [{"url": urls[i], "story": other[i]} for i in ids]
        with contextlib.redirect_stdout(io.StringIO()):
            second = score.score_stories(export2, gold, False)
        print("second order on dev:", second)


if __name__ == "__main__":
    sys.exit(main())
