"""The exports of a large archive: JSON Lines, CSV and Parquet of the generated 1M-event database.

Runs the real commands once each (`python -m events_cli --db DB export --format F`, output to
/dev/null, Parquet into a temporary folder) and reports wall time, time per article and the
peak memory of the process. The JSON Lines export (one record per article with its events,
actors, places and links) is the one that reads the database per batch of articles: the
target is on its time per article.

    python bench/export_archive.py [--db bench-1000000.duckdb]
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from bench._common import EVENTS, generated_db, record, run_measured  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="the generated database (default: made by bench/gen_events.py, ~30 s)")
    args = ap.parse_args()

    import duckdb

    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        db = generated_db(args.db, tmp)
        con = duckdb.connect(db, read_only=True)
        articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        con.close()
        per_article = {}
        for fmt in ("jsonl", "csv", "parquet"):
            out = ["--output", os.path.join(tmp, "parquet")] if fmt == "parquet" else []
            m = run_measured(EVENTS + ["--db", db, "export", "--format", fmt, *out])
            if m["returncode"]:
                sys.exit(f"export --format {fmt} failed: {m['stderr'][-2000:]}")
            per_article[fmt] = m["wall"] / articles * 1000
            print(f"  export --format {fmt:<8} {m['wall']:6.1f} s wall, {per_article[fmt]:.3f} ms/article, "
                  f"peak RSS {m['rss_mb']:.0f} MB")
    record("export jsonl per article", per_article["jsonl"], 0.5, "ms",
           note=f"{articles} articles; csv {per_article['csv']:.3f}, parquet {per_article['parquet']:.3f} ms/article")
    print("SUMMARY export_archive: " + ", ".join(f"{k} {v:.3f} ms/article" for k, v in per_article.items())
          + f" ({articles} articles)")


if __name__ == "__main__":
    main()
