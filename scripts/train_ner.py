#!/usr/bin/env python3
"""Train the CRF named-entity tagger shipped as events_cli/data/ner.crfsuite.

Two models are shipped: events_cli/data/ner.crfsuite, trained on the train splits of
idner-news-2k and NERGrit, tags Indonesian sentences; events_cli/data/ner-en.crfsuite,
trained on those and the English en-gum-wikigold train split, tags the sentences that read
as English (ner._english_route). Trains ONLY on train splits (see events_cli/data/NER.md
for provenance and licences). c1/c2 are chosen on a held-out part of train (never on valid);
the final model is trained on all of train. The valid splits of all three sets are then
scored the way ../shared/eval/score.py scores NER: per sentence, the SET of normalised
mention strings per label.

Usage:
  python scripts/train_ner.py                       # the English model: c1/c2 by 4-fold CV on train + final model + scores
  python scripts/train_ner.py --sets idner-news-2k,nergrit   # the Indonesian model
  python scripts/train_ner.py --c1 0.1 --c2 0.01    # no search
  python scripts/train_ner.py --eval-only           # score a shipped model
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pycrfsuite  # noqa: E402

from events_cli.extract import ner  # noqa: E402
from events_cli.extract.tokens import tokenize  # noqa: E402

DATA = Path(os.environ.get("NER_DATA", ROOT.parent / "shared" / "data" / "ner"))
SETS = ("idner-news-2k", "nergrit", "en-gum-wikigold")
ENGLISH = "en-gum-wikigold"

_PUNCT = re.compile(r"[\-\u2010-\u2015'\u2018\u2019\".,:;!?()\[\]]+")


def norm(s):
    """score.py's normaliser."""
    if s is None:
        return ""
    s = unicodedata.normalize("NFKC", str(s)).casefold()
    s = _PUNCT.sub(" ", s)
    return " ".join(s.split())


def read(name, split):
    with open(DATA / f"{name}.{split}.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def to_bio(row):
    text = row["text"]
    spans = tokenize(text)
    labels = ["O"] * len(spans)
    for ent in sorted(row["entities"], key=lambda e: (e["start"], -e["end"])):
        first = True
        for i, (s, e) in enumerate(spans):
            if s >= ent["start"] and e <= ent["end"] or (s < ent["end"] and e > ent["start"]):
                if labels[i] != "O" and first:
                    break  # overlapping gold: keep the first
                labels[i] = ("B-" if first else "I-") + ent["label"]
                first = False
    words = [text[s:e] for s, e in spans]
    return words, labels


def train(rows, path, c1, c2, max_iter, minfreq, use_gaz, verbose=False):
    tr = pycrfsuite.Trainer(verbose=verbose)
    for row in rows:
        words, labels = to_bio(row)
        if words:
            tr.append(ner.sentence_features(words, use_gazetteer=use_gaz), labels)
    tr.set_params({
        "c1": c1,
        "c2": c2,
        "max_iterations": max_iter,
        "feature.minfreq": minfreq,
        "feature.possible_transitions": True,
    })
    tr.train(str(path))


class PRF:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, gold, pred):
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    def merge(self, other):
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def prf(self):
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def row(self, name):
        p, r, f = self.prf()
        return f"{name:<8} P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={self.tp} fp={self.fp} fn={self.fn})"


def predict_raw(tagger, text, use_gaz):
    spans = tokenize(text)
    words = [text[s:e] for s, e in spans]
    if not words:
        return []
    labels = tagger.tag(ner.sentence_features(words, use_gazetteer=use_gaz))
    # as the tagger trims its spans ("Jakarta and", "Indonesia's")
    return ner.trim_spans(ner.decode(spans, labels, text))


def score(rows, predict, through_actors=False):
    """Per-sentence sets of normalised mention strings per label, as score.py does."""
    m = {lab: PRF() for lab in ("PER", "ORG", "LOC")}
    total = PRF()
    seen = set()
    for row in rows:
        key = " ".join(row["text"].split())
        if key in seen:  # score.py skips repeated sentences
            continue
        seen.add(key)
        ents = predict(row["text"])
        pred = {lab: set() for lab in m}
        if through_actors:
            from events_cli.extract.actors import extract_actors

            for a in extract_actors(row["text"], ents):
                lab = "PER" if a.kind == "person" else "ORG"
                pred[lab].add(norm(a.text))
                pred[lab].add(norm(a.name))
            for e in ents:
                if e.label == "LOC":
                    pred["LOC"].add(norm(e.text))
        else:
            for e in ents:
                pred[e.label].add(norm(e.text))
        for lab in m:
            pred[lab].discard("")
            gold = {norm(e["text"]) for e in row["entities"] if e["label"] == lab}
            m[lab].add(gold, pred[lab])
            total.add(gold, pred[lab])
    return m, total


def report(title, m, total):
    print(title)
    for lab, prf in m.items():
        print("  " + prf.row(lab))
    print("  " + total.row("overall"))


# larger c1 prunes more attributes: a smaller, faster model
DEFAULT_GRID = [(0.05, 0.5), (0.1, 0.5), (0.2, 0.5), (0.05, 1.0)]


def _grid(text):
    return [tuple(float(x) for x in point.split(":")) for point in text.split(",")]


def _document(row):
    """The document a sentence comes from ("gum:news_clock:8" -> "gum:news_clock"): folds
    keep a document's sentences together, as the valid and test splits do."""
    return row["id"].rsplit(":", 1)[0] if row["id"].count(":") >= 2 else row["id"]


def cross_validate(train_rows, sets, args, use_gaz, grid):
    """k-fold cross-validation on TRAIN (valid is never used for tuning): the rows of
    ``--cv-sets`` (default: all trained sets) are split into k folds by document; each fold
    is scored by a model trained on the other folds and on every row of the other sets.
    Prints F1 overall, per label and per set (GUM news apart: the English test is news);
    returns (F1, c1, c2) of the best grid point (ties within 0.002 go to the first)."""
    cv_sets = args.cv_sets.split(",") if args.cv_sets else sets
    held_rows = [r for name in cv_sets for r in read(name, "train")]
    fixed = [r for name in sets if name not in cv_sets
             for r in read(name, "train") * (args.english_weight if name == ENGLISH else 1)]
    weight = args.english_weight if ENGLISH in cv_sets else 1
    docs = sorted({_document(r) for r in held_rows})
    random.Random(7).shuffle(docs)
    fold_of = {d: i % args.folds for i, d in enumerate(docs)}
    best = None
    with tempfile.TemporaryDirectory() as tmp:
        for gc1, gc2 in grid:
            t0 = time.time()
            labels = {lab: PRF() for lab in ("PER", "ORG", "LOC")}
            total = PRF()
            parts: dict[str, PRF] = {}
            fold_f1: list[float] = []
            for fold in range(args.folds):
                held = [r for r in held_rows if fold_of[_document(r)] == fold]
                fit = fixed + [r for r in held_rows if fold_of[_document(r)] != fold] * weight
                path = Path(tmp) / f"m_{gc1}_{gc2}_{fold}.crfsuite"
                train(fit, path, gc1, gc2, args.search_iter, args.minfreq, use_gaz)
                tg = pycrfsuite.Tagger()
                tg.open(str(path))
                groups: dict[str, list] = {}
                fold_total = PRF()
                for r in held:
                    part = r["id"].split(":")[0] + (":news" if r["id"].startswith("gum:news") else "")
                    groups.setdefault(part, []).append(r)
                for part, rows in groups.items():
                    m, t = score(rows, lambda text: predict_raw(tg, text, use_gaz), through_actors=args.cv_actors)
                    for lab, prf in m.items():
                        labels[lab].merge(prf)
                    total.merge(t)
                    fold_total.merge(t)
                    parts.setdefault(part, PRF()).merge(t)
                fold_f1.append(fold_total.prf()[2])
            f = total.prf()[2]
            mean = sum(fold_f1) / len(fold_f1)
            sd = (sum((x - mean) ** 2 for x in fold_f1) / max(1, len(fold_f1) - 1)) ** 0.5
            print(f"  c1={gc1} c2={gc2}: {args.folds}-fold train CV F1={f:.3f} (folds: mean {mean:.3f}, sd {sd:.3f}, "
                  f"{' '.join(f'{x:.3f}' for x in fold_f1)}; {time.time() - t0:.0f}s)")
            for name, prf in [*labels.items(), *sorted(parts.items())]:
                print("    " + prf.row(name))
            if best is None or f > best[0] + 0.002:
                best = (f, gc1, gc2)
    return best


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--c1", type=float)
    ap.add_argument("--c2", type=float)
    ap.add_argument("--max-iter", type=int, default=150)
    ap.add_argument("--search-iter", type=int, default=100)
    ap.add_argument("--folds", type=int, default=4, help="cross-validation folds for the c1/c2 search")
    ap.add_argument("--minfreq", type=float, default=2)
    ap.add_argument("--no-gazetteer", action="store_true", help="train without the gazetteer feature")
    ap.add_argument("--eval-only", action="store_true")
    ap.add_argument("--cv-only", action="store_true", help="cross-validate the grid on train and stop")
    ap.add_argument("--cv-sets", help="the sets whose train rows are held out in turn (default: all trained sets)")
    ap.add_argument("--english-weight", type=int, default=1,
                    help="repeat the English train rows this many times, in the final model and in each fold "
                         "(their weight beside the Indonesian ones; see NER.md for what 2 and 3 gave)")
    ap.add_argument("--cv-actors", action="store_true", help="score PER/ORG through extract_actors in CV")
    ap.add_argument("--grid", help='c1:c2 points to cross-validate, e.g. "0.05:0.5,0.1:1"')
    ap.add_argument("--sets", default=",".join(SETS), help="the sets whose train splits to train on")
    ap.add_argument("--out", help="default: the English model if the English set is trained on, else the Indonesian one")
    ap.add_argument("--clusters", help="word-cluster file to train with (default: the shipped one)")
    args = ap.parse_args()

    if args.clusters:
        ner.CLUSTERS_PATH = Path(args.clusters)
    print(f"word clusters: {len(ner.word_clusters())} words from {ner.CLUSTERS_PATH}")
    use_gaz = not args.no_gazetteer and bool(ner.gazetteer_aliases())
    print(f"gazetteer feature: {'on (%d aliases)' % len(ner.gazetteer_aliases()) if use_gaz else 'off'}")
    sets = args.sets.split(",")
    if args.out is None:
        args.out = str(ner.EN_MODEL_PATH if ENGLISH in sets else ner.MODEL_PATH)
    train_rows = [r for name in sets for r in read(name, "train") * (args.english_weight if name == ENGLISH else 1)]

    if not args.eval_only:
        c1, c2 = args.c1, args.c2
        if c1 is None or c2 is None or args.cv_only:
            grid = _grid(args.grid) if args.grid else [(c1, c2)] if c1 is not None else DEFAULT_GRID
            best = cross_validate(train_rows, sets, args, use_gaz, grid)
            if args.cv_only:
                return
            if c1 is None or c2 is None:
                _, c1, c2 = best
        print(f"training final model c1={c1} c2={c2} max_iter={args.max_iter} minfreq={args.minfreq}")
        t0 = time.time()
        # train beside the target and move it into place, so the shipped model is never half-written
        tmp_out = Path(args.out).with_name(Path(args.out).name + ".tmp")
        train(train_rows, tmp_out, c1, c2, args.max_iter, args.minfreq, use_gaz)
        os.replace(tmp_out, args.out)
        print(f"  done in {time.time() - t0:.0f}s, {os.path.getsize(args.out) / 1e6:.2f} MB -> {args.out}")

    tg = pycrfsuite.Tagger()
    tg.open(args.out)
    model_gaz = any(a.startswith("gaz=") for a in tg.info().attributes)
    for name in SETS:
        rows = read(name, "valid")
        m, total = score(rows, lambda t: predict_raw(tg, t, model_gaz))
        report(f"{name}.valid (tagger spans)", m, total)
        try:
            m, total = score(rows, lambda t: predict_raw(tg, t, model_gaz), through_actors=True)
            report(f"{name}.valid (PER/ORG through extract_actors)", m, total)
        except ImportError:
            pass


if __name__ == "__main__":
    main()
