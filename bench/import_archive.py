"""Importing into a large archive costs what importing into an empty one does.

Every step of an import batch that reads the whole archive (matching names, links, keys)
grows with it, and the importing process writes while the workers extract: once its batch
costs more than theirs, the archive's size sets the import's pace. This script imports the
same articles twice, in this process (worker processes extract, as in any large import), into
a copy of the generated 1,000,000-event database (bench/gen_events.py: 200,000 articles, its
related links mostly unresolved) and into a fresh one, and compares the CPU time of the
importing process alone (reading, planning, writing; the workers' excluded) per article.

The articles: the first --articles of the bulk file, each given a "BACA JUGA:" line with
another's title, so that every batch makes links to resolve (as Indonesian outlets' do).

    python bench/import_archive.py [--db bench-1000000.duckdb] [--articles 3000]
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from bench._common import BULK, generated_db, record  # noqa: E402


def articles_with_links(path: str, n: int) -> None:
    records = []
    with gzip.open(BULK, "rt", encoding="utf-8") as f:
        for line in f:
            if len(records) >= n:
                break
            records.append(json.loads(line))
    with open(path, "w", encoding="utf-8") as out:
        for i, r in enumerate(records):
            linked = records[(i * 7 + 3) % len(records)].get("title") or "Berita lain"
            r["text"] = f"{r['text']}\n\nBACA JUGA: {linked}\n"
            out.write(json.dumps(r) + "\n")


def import_cpu(db: str, path: str) -> tuple[float, float, int]:
    """(CPU seconds of this process, wall seconds, articles imported) of importing `path` into `db`."""
    from events_cli import importer, store

    con = store.connect(db)  # an older database is brought up to date here, before the timing,
    con.execute("CHECKPOINT")  # and that written out: the import's first commit would do it
    wall, cpu = time.perf_counter(), time.process_time()
    summary = importer.import_paths(con, [path])
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    con.close()
    return cpu, wall, summary.imported


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="the generated database (default: made by bench/gen_events.py, ~30 s)")
    ap.add_argument("--articles", type=int, default=3000)
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-archive-") as tmp:
        source = generated_db(args.db, tmp)
        archive = os.path.join(tmp, "archive.duckdb")
        shutil.copyfile(source, archive)  # (the generated database stays as it was)
        path = os.path.join(tmp, "articles.jsonl")
        articles_with_links(path, args.articles)

        big_cpu, big_wall, n = import_cpu(archive, path)
        empty_cpu, empty_wall, n_empty = import_cpu(os.path.join(tmp, "empty.duckdb"), path)
    if n != n_empty:
        sys.exit(f"the two imports differ: {n} and {n_empty} articles imported")
    ratio = big_cpu / empty_cpu
    print(f"import_archive: {n} articles, importing process CPU {big_cpu * 1000 / n:.2f} ms/article into the "
          f"archive ({big_wall:.1f} s wall), {empty_cpu * 1000 / n:.2f} ms/article into an empty database "
          f"({empty_wall:.1f} s wall): {ratio:.2f}x")
    record("importing process CPU: archive / empty", ratio, 2, "x",
           note=f"{big_cpu * 1000 / n:.2f} vs {empty_cpu * 1000 / n:.2f} ms/article, {n} articles")
    print(f"SUMMARY import_archive: {ratio:.2f}x ({big_cpu:.1f} s vs {empty_cpu:.1f} s of the importing process)")


if __name__ == "__main__":
    main()
