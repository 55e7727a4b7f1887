"""A long text costs what its parts cost: no step of the extraction may grow faster than the text.

Joins the first bulk articles into one text of about --chars characters (under the reader's
limit of 1,000,000 for one article) and extracts it with `extract_article`; extracts the same
articles one by one as an import does (`extract_articles` over chunks of `importer.CHUNK`).
Both warmed up once, CPU time (best of --repeat). A step that compares every name, span or
date with every other makes the long text cost many times its parts: this run says how many.

    python bench/long_article.py [--chars 900000] [--repeat 2]
"""
from __future__ import annotations

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from bench._common import record  # noqa: E402
from bench.extract_speed import bulk_articles  # noqa: E402


def best_cpu(fn, repeat: int) -> float:
    fn()  # warm-up: the tagger's tables learn the words
    times = []
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=900_000, help="length of the long text (default 900,000)")
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()

    from events_cli.extract import extract_article, extract_articles
    from events_cli.importer import CHUNK
    from events_cli.models import Article

    parts, size = [], 0
    for a in bulk_articles(5000):
        if size + len(a.text) + 2 > args.chars:
            break
        parts.append(a)
        size += len(a.text) + 2
    long = Article(text="\n\n".join(a.text for a in parts), origin="long")

    whole = best_cpu(lambda: extract_article(long), args.repeat)
    apart = best_cpu(lambda: [extract_articles(parts[i:i + CHUNK]) for i in range(0, len(parts), CHUNK)], args.repeat)
    ratio = whole / apart
    print(f"long_article: {len(parts)} articles, {len(long.text):,} characters: "
          f"as one text {whole:.2f} s CPU, one by one {apart:.2f} s ({ratio:.2f}x)")
    record("long text / its articles apart", ratio, 1.5, "x",
           note=f"{len(long.text):,} characters: {whole:.2f} s vs {apart:.2f} s")
    print(f"SUMMARY long_article: {len(long.text):,} characters in {whole:.2f} s, {ratio:.2f}x its {len(parts)} articles apart")


if __name__ == "__main__":
    main()
