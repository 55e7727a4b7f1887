"""The cost of the stories stage alone, over the batches of a 19k import.

Takes a database that holds the CLICK-ID bulk import (made by any events: it is copied, and
the copy upgraded), forgets its stories and sets its articles aside; then, as an import would,
brings them back in the importer's batches of 1,000, in article-id order (the order they were
imported in), running the resolution stage (events_cli.resolve.after_batch) after each as the
importer does (stories at the last batch only; --every-batch: after each), and times the CPU
of this process in the stage alone. Compare with the CPU of the import itself
(bench/import_bulk.py: the whole process tree).

    python bench/stories_cost.py /tmp/19k.duckdb [--batch 1000] [--every-batch]
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main() -> None:
    from events_cli import importer, resolve, store

    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("--batch", type=int, default=importer.BATCH_SIZE)
    ap.add_argument("--every-batch", action="store_true", help="place the stories after every batch")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "copy.duckdb")
        shutil.copyfile(args.db, path)
        con = store.connect(path)
        con.execute("SET threads = 1")  # as during an import with worker processes
        for sql in ("UPDATE articles SET story_id = NULL", "UPDATE events SET story_id = NULL",
                    "DELETE FROM stories", "DELETE FROM story_terms", "CHECKPOINT"):
            con.execute(sql)
        ids = [r[0] for r in con.execute("SELECT article_id FROM articles ORDER BY article_id").fetchall()]
        con.execute("CREATE TEMP TABLE held AS SELECT * FROM articles")
        con.execute("DELETE FROM articles")
        cpu = wall = 0.0
        for i in range(0, len(ids), args.batch):
            batch = ids[i:i + args.batch]
            con.execute("INSERT INTO articles SELECT * FROM held WHERE article_id IN (SELECT unnest($ids))", {"ids": batch})
            c, w = time.process_time(), time.perf_counter()
            resolve.after_batch(con, batch, args.every_batch or i + args.batch >= len(ids))
            cpu, wall = cpu + time.process_time() - c, wall + time.perf_counter() - w
        n, placed = con.execute("SELECT count(*), sum(n_articles) FROM stories").fetchone()
        con.close()
    print(f"stories stage: {len(ids)} articles in batches of {args.batch}: CPU {cpu:.1f} s, wall {wall:.1f} s "
          f"({1000 * cpu / len(ids):.2f} ms an article); {n} stories hold {placed} articles")


if __name__ == "__main__":
    main()
