"""`events search` on a 200,000-article archive of real texts.

The generated archive (bench/gen_events.py: 200,000 articles of 20 made-up words) is copied,
and its articles are given the titles and texts of the 19k bulk file in turn (each real
article some ten times), so that the index of words (article_terms) has the size a real
archive's has: ~150 distinct words an article, some 30 million rows. The index is rebuilt
(events_cli.store.index_terms, timed: the cost per article of indexing at import), then
events_cli.queries.search is called directly on a read-only connection, median of 5 after one
warm-up, for a rare word, a common one, and two and three words, --limit 100:

  each search  <= 200 ms

    python bench/search.py [--db bench-1000000.duckdb | --events N] [--repeat 5]
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from bench._common import BULK, median, ms, record, time_call  # noqa: E402

TARGET = 0.200
CASES = ["habibie", "jakarta", "revisi kpk", "habibie meninggal dunia"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="a database made by bench/gen_events.py (copied; it is not changed)")
    ap.add_argument("--events", type=int, default=1_000_000, help="size to generate when there is no --db")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--keep", metavar="PATH", help="keep the archive of real texts here, and time the searches of one "
                                                  "kept before instead of building it again")
    args = ap.parse_args()

    from events_cli.store import connect, index_terms, sort_terms_when_due

    tmp = tempfile.TemporaryDirectory(prefix="bench-search-")
    db = args.keep or os.path.join(tmp.name, "archive.duckdb")
    if args.keep and os.path.exists(args.keep):
        return time_searches(db, args.repeat, None)
    if args.db:
        shutil.copyfile(args.db, db)
    else:
        from bench.gen_events import generate

        print(f"generating {args.events} events ...")
        generate(db, args.events, verbose=False)
    con = connect(db)
    n_articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    t0 = time.perf_counter()
    con.execute(f"""CREATE TEMP TABLE real AS
        SELECT row_number() OVER () - 1 AS i, title, text FROM read_json('{BULK}', format = 'newline_delimited',
                                                                          columns = {{title: 'VARCHAR', text: 'VARCHAR'}})
        WHERE text IS NOT NULL AND length(text) > 0""")
    n_real = con.execute("SELECT count(*) FROM real").fetchone()[0]
    con.execute("""UPDATE articles SET title = real.title, text = real.text
                   FROM (SELECT article_id, row_number() OVER (ORDER BY article_id) - 1 AS k FROM articles) ids
                   JOIN real ON real.i = ids.k % $n
                   WHERE articles.article_id = ids.article_id""", {"n": n_real})
    print(f"search: {n_articles:,} articles given the texts of {n_real:,} real ones in {time.perf_counter() - t0:.1f} s; "
          f"load={os.getloadavg()[0]:.2f}")
    con.execute("DELETE FROM article_terms")
    t0 = time.perf_counter()
    index_terms(con)
    indexing = time.perf_counter() - t0
    t0 = time.perf_counter()
    sort_terms_when_due(con, force=True)  # as the imports that made such an archive left it
    print(f"  sorted by word in {time.perf_counter() - t0:.1f} s")
    rows = con.execute("SELECT count(*) FROM article_terms").fetchone()[0]
    con.execute("CHECKPOINT")
    con.close()
    print(f"  index: {rows:,} rows ({rows / n_articles:.0f} an article) in {indexing:.1f} s, "
          f"{indexing / n_articles * 1000:.3f} ms an article")
    time_searches(db, args.repeat, indexing / n_articles)


def time_searches(db: str, repeat: int, indexing: float | None) -> None:
    from events_cli import queries
    from events_cli.store import connect

    con = connect(db, read_only=True)
    n_articles, rows = con.execute("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM article_terms)").fetchone()
    worst = 0.0
    for words in CASES:
        f = queries.TimelineFilter(limit=100)
        found = len(queries.search(con, words, f).rows)
        t = median(time_call(lambda: queries.search(con, words, f), repeat=repeat))
        worst = max(worst, t)
        record(f"search {words!r}", t * 1000, TARGET * 1000, "ms", note=f"({found} articles shown)")
    con.close()
    cost = f" ({ms(indexing)} an article)" if indexing is not None else ""
    print(f"SUMMARY search: {n_articles:,} articles, {rows:,} words indexed{cost}; "
          f"slowest search {ms(worst)} (target <= {ms(TARGET)}); load={os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
