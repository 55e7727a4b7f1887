"""Speed of the whole extraction (`extract_article`) and of the tagger alone, on one core.

Two sets: every sentence of ../shared/data/ner/*.jsonl, each given as one Article (short
news sentences), and the first 1,000 articles of the bulk file (read with the project's own
reader). Everything is warmed up once over both sets, then each is timed with
time.process_time (CPU of this process). Prints sentences/s and ms/article.

    python bench/extract_speed.py [--bulk 1000] [--repeat 1] [--profile ner|bulk]
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from bench._common import BULK, ROOT  # noqa: E402

NER_DIR = (ROOT / ".." / "shared" / "data" / "ner").resolve()


def ner_articles():
    from events_cli.models import Article

    out = []
    for path in sorted(NER_DIR.glob("*.jsonl")):
        with open(path, encoding="utf-8") as f:
            for i, line in enumerate(f):
                if line.strip():
                    out.append(Article(text=json.loads(line)["text"], origin=f"{path.name}:{i + 1}"))
    return out


def bulk_articles(n: int):
    from events_cli.models import Article
    from events_cli.readers import record_to_article

    out = []
    with gzip.open(BULK, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if len(out) >= n:
                break
            if line.strip():
                a = record_to_article(json.loads(line), str(BULK), f"{BULK}:{i + 1}")
                if isinstance(a, Article):
                    out.append(a)
    return out


def cpu(fn, items, repeat: int) -> float:
    best = None
    for _ in range(repeat):
        t0 = time.process_time()
        for x in items:
            fn(x)
        t = time.process_time() - t0
        best = t if best is None or t < best else best
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bulk", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=1, help="best of N timed passes")
    ap.add_argument("--profile", choices=["ner", "bulk"], help="cProfile extract_article over that set")
    args = ap.parse_args()

    from events_cli.extract import extract_article
    from events_cli.extract.ner import tag_entities

    sents, bulk = ner_articles(), bulk_articles(args.bulk)
    for a in sents + bulk:  # warm-up: models, gazetteer, caches
        extract_article(a)
    if args.profile:
        import cProfile
        import pstats

        items = sents if args.profile == "ner" else bulk
        prof = cProfile.Profile()
        prof.enable()
        for a in items:
            extract_article(a)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(35)
        pstats.Stats(prof).sort_stats("cumulative").print_stats(35)
        return

    chars = sum(len(a.text) for a in bulk) / max(1, len(bulk))
    print(f"extract_speed: {len(sents)} NER sentences, {len(bulk)} bulk articles ({chars:.0f} chars avg), "
          f"load={os.getloadavg()[0]:.2f}")
    t_ext = cpu(extract_article, sents, args.repeat)
    t_tag = cpu(tag_entities, [a.text for a in sents], args.repeat)
    print(f"  NER sentences  extract_article {len(sents) / t_ext:8.0f} sentences/s   "
          f"tag_entities {len(sents) / t_tag:8.0f} sentences/s")
    t_ext = cpu(extract_article, bulk, args.repeat)
    t_tag = cpu(tag_entities, [a.text for a in bulk], args.repeat)
    print(f"  bulk articles  extract_article {1000 * t_ext / len(bulk):8.2f} ms/article    "
          f"tag_entities {1000 * t_tag / len(bulk):8.2f} ms/article")


if __name__ == "__main__":
    main()
