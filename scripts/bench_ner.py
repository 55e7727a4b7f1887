#!/usr/bin/env python3
"""Benchmark the tagger and the whole extraction on real articles (one core).

Usage: python scripts/bench_ner.py [N]   # first N articles of the bulk file (default 2000)

Prints ms per article for extract_article and for tag_entities alone (over the same
sentences the pipeline hands it), and sentences per second of tag_entities.
"""
from __future__ import annotations

import gzip
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BULK = ROOT.parent / "shared" / "data" / "bulk" / "click-id-19k.jsonl.gz"


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    from events_cli.extract import extract_article
    from events_cli.extract.ner import tag_entities
    from events_cli.extract.text import split_sentences
    from events_cli.models import Article

    rows = []
    with gzip.open(BULK, "rt", encoding="utf-8") as f:
        for line in f:
            rows.append(json.loads(line))
            if len(rows) >= n:
                break
    articles = [Article(text=r["text"], origin="bench", title=r.get("title"), language="id") for r in rows]
    sentences = [r["text"][s:e] for r in rows for s, e in split_sentences(r["text"])]
    # warm up (model load, caches) on a few articles not counted twice
    for a in articles[:20]:
        extract_article(a)
    t0 = time.perf_counter()
    found = 0
    for s in sentences:
        found += len(tag_entities(s))
    t_tag = time.perf_counter() - t0
    t0 = time.perf_counter()
    for a in articles:
        extract_article(a)
    t_all = time.perf_counter() - t0
    print(f"{len(articles)} articles, {len(sentences)} sentences, {found} spans")
    print(f"tag_entities: {1000 * t_tag / len(articles):.2f} ms/article, {len(sentences) / t_tag:.0f} sentences/s")
    print(f"extract_article: {1000 * t_all / len(articles):.2f} ms/article")


if __name__ == "__main__":
    main()
