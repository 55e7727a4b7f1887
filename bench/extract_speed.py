"""Speed of the whole extraction and of the tagger alone, on one core.

Two sets: every sentence of ../shared/data/ner/*.jsonl, each given as one Article (short
news sentences), and the first 1,000 articles of the bulk file (read with the project's own
reader). Everything is warmed up once over both sets, then each is timed with
time.process_time (CPU of this process). Prints sentences/s and ms/article.

The extraction is timed as an import runs it, `extract_articles` over chunks of
`importer.CHUNK` articles (the names of a chunk are tagged in one pass), and one article
at a time (`extract_article`), as a caller of the library with a single text would.

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
            if line.strip():  # (record_to_article yields the article, after any notice)
                out += [a for a in record_to_article(json.loads(line), str(BULK), f"{BULK}:{i + 1}")
                        if isinstance(a, Article)]
    return out[:n]


def cpu(fn, items, repeat: int, each: bool = True) -> float:
    """Best CPU time of `repeat` passes of fn over items (one call per item if `each`, else one call)."""
    best = None
    for _ in range(repeat):
        t0 = time.process_time()
        if each:
            for x in items:
                fn(x)
        else:
            fn(items)
        t = time.process_time() - t0
        best = t if best is None or t < best else best
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bulk", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=1, help="best of N timed passes")
    ap.add_argument("--profile", choices=["ner", "bulk"], help="cProfile extract_article over that set")
    args = ap.parse_args()

    from events_cli.extract import extract_article, extract_articles
    from events_cli.extract.ner import tag_entities, tag_many
    from events_cli.importer import CHUNK

    def chunked(fn):
        def run(items):
            for i in range(0, len(items), CHUNK):
                fn(items[i:i + CHUNK])
        return run

    sents, bulk = ner_articles(), bulk_articles(args.bulk)
    for a in sents + bulk:  # warm-up: models, gazetteer, caches
        extract_article(a)
    if args.profile:
        import cProfile
        import pstats

        items = sents if args.profile == "ner" else bulk
        prof = cProfile.Profile()
        prof.enable()
        chunked(extract_articles)(items)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(35)
        pstats.Stats(prof).sort_stats("cumulative").print_stats(35)
        return

    chars = sum(len(a.text) for a in bulk) / max(1, len(bulk))
    print(f"extract_speed: {len(sents)} NER sentences, {len(bulk)} bulk articles ({chars:.0f} chars avg), "
          f"load={os.getloadavg()[0]:.2f}")
    for name, items in (("NER sentences", sents), ("bulk articles", bulk)):
        texts = [(a.text, None) for a in items]
        t_many = cpu(chunked(extract_articles), items, args.repeat, each=False)
        t_one = cpu(extract_article, items, args.repeat)
        t_tag = cpu(chunked(tag_many), texts, args.repeat, each=False)
        n = len(items)
        if items is sents:
            print(f"  {name}: extraction {n / t_many:6.0f} sentences/s in chunks of {CHUNK} (as imported), "
                  f"{n / t_one:6.0f}/s one at a time; tagger alone {n / t_tag:6.0f}/s")
        else:
            print(f"  {name}: extraction {1000 * t_many / n:6.2f} ms/article in chunks of {CHUNK} (as imported), "
                  f"{1000 * t_one / n:6.2f} one at a time; tagger alone {1000 * t_tag / n:6.2f} ms/article")

if __name__ == "__main__":
    main()
