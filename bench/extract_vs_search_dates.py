"""The whole extraction of an article against dateparser's search_dates alone, side by side.

Over a sample of bulk articles spread evenly through the file (read with the project's own
reader, so the text is exactly what the importer extracts), each article is given in turn to
`events_cli.extract.extract_article` (everything: links, dateline, sentences, tagger, actors,
places, dates, events) and to `dateparser.search.search_dates(text, languages=['id', 'en'])`
with the project's settings, in one process on one core. Both are warmed up first (models,
dateparser's language data). Target: extraction at least 2x faster (total search_dates time /
total extraction time >= 2). Wall (perf_counter) and CPU (process_time) are both reported;
the two calls alternate per article, so load on a shared machine hits both alike.

    python bench/extract_vs_search_dates.py [--sample 300] [--file F]
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from bench._common import BULK, median, record  # noqa: E402


def sample_articles(path: str, n: int):
    from events_cli.models import Article
    from events_cli.readers import record_to_article

    with gzip.open(path, "rt", encoding="utf-8") as f:
        lines = [line for line in f if line.strip()]
    step = max(1, len(lines) // n)
    out = []
    for i in range(0, len(lines), step):
        a = record_to_article(json.loads(lines[i]), path, f"{path}:{i + 1}")
        if isinstance(a, Article):
            out.append((i + 1, a))
        if len(out) >= n:
            break
    return out


def settings(published: dt.date | None) -> dict:
    """The settings events_cli.extract.dates gives dateparser, relative to the publication date."""
    base = published or dt.date.today()
    return {
        "DATE_ORDER": "DMY",
        "PREFER_DAY_OF_MONTH": "first",
        "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
        "REQUIRE_PARTS": ["month"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--file", default=str(BULK))
    ap.add_argument("--sample", type=int, default=300)
    args = ap.parse_args()

    from dateparser.search import search_dates

    from events_cli.extract import extract_article
    from events_cli.models import Article

    lines, articles = zip(*sample_articles(args.file, args.sample))
    chars = sum(len(a.text) for a in articles)
    print(f"extract_vs_search_dates: {len(articles)} articles, {chars / len(articles):.0f} chars on average, "
          f"load={os.getloadavg()[0]:.2f}")

    warm = Article(text="JAKARTA - Presiden bertemu Menteri di Bandung pada 13 September 2023, kata dia.", origin="warm")
    extract_article(warm)
    search_dates(warm.text, languages=["id", "en"], settings=settings(None))

    ext_wall, ext_cpu, sd_wall, sd_cpu, found = [], [], [], [], [0, 0]
    for a in articles:
        w, c = time.perf_counter(), time.process_time()
        rec = extract_article(a)
        ext_wall.append(time.perf_counter() - w)
        ext_cpu.append(time.process_time() - c)
        found[0] += len(rec.events)
        w, c = time.perf_counter(), time.process_time()
        dates = search_dates(a.text, languages=["id", "en"], settings=settings(a.published))
        sd_wall.append(time.perf_counter() - w)
        sd_cpu.append(time.process_time() - c)
        found[1] += len(dates or [])

    def line(name, wall, cpu):
        print(f"  {name:<16} total {sum(wall):7.2f} s wall ({sum(cpu):7.2f} s CPU), "
              f"median {median(wall) * 1000:6.1f} ms, max {max(wall) * 1000:7.1f} ms per article")

    line("extract_article", ext_wall, ext_cpu)
    line("search_dates", sd_wall, sd_cpu)
    print(f"  events found by extract_article: {found[0]}; dates found by search_dates: {found[1]}")
    ratio = sum(sd_wall) / sum(ext_wall)
    cpu_ratio = sum(sd_cpu) / sum(ext_cpu)
    per_article = median([s / e for s, e in zip(sd_wall, ext_wall)])
    slowest = sorted(range(len(articles)), key=lambda i: ext_wall[i], reverse=True)[:3]
    print("  slowest extractions: " + ", ".join(
        f"line {lines[i]} ({len(articles[i].text)} chars, {ext_wall[i] * 1000:.0f} ms)" for i in slowest))
    record("extract vs search_dates", ratio, 2, "x", higher_is_better=True,
           note=f"CPU {cpu_ratio:.2f}x, per-article median {per_article:.2f}x")
    print(f"SUMMARY extract_vs_search_dates: extraction {sum(ext_wall) / len(articles) * 1000:.1f} ms/article, "
          f"search_dates {sum(sd_wall) / len(articles) * 1000:.1f} ms/article: search_dates/extract = {ratio:.2f}x")


if __name__ == "__main__":
    main()
