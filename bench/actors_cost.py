"""The cost of actor resolution alone (places used as teams included), over the batches of a 19k import, and its decisions.

Takes a database that holds the CLICK-ID bulk import (made by this events: its extraction is
read, never changed), and replays it into a fresh database file as an import would: the stored
extraction of each batch of 1,000 articles (in article-id order, the order they were imported
in) is written, then resolved (events_cli.resolve.actors.after_batch), DuckDB on one thread as
during an import with worker processes. Prints the CPU and wall of the resolution alone.

With --dump FILE, writes every decision it made, by name (not by id, which only numbers them):
each name's counts, group and actor, the actors, their aliases, the article_actors and
event_actors rows; two dumps (before and after a change to actors.py) are compared with `cmp`
or `diff`: a speed-up must leave them identical. --profile FILE writes a cProfile of the
resolution calls; --statements prints the CPU of each SQL statement the resolution ran
(the commit's included), summed over the batches.

    python bench/actors_cost.py /tmp/19k.duckdb [--batch 1000] [--dump decisions.tsv] [--profile p.out] [--statements]
"""
from __future__ import annotations

import argparse
import collections
import cProfile
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# the decisions, in an order that does not depend on the ids
DUMPS = (
    """SELECT n.name, n.kind, n.n_articles, n.cluster, a.name, a.kind FROM actor_names n
       LEFT JOIN actors a USING (actor_id) ORDER BY 1, 2""",
    "SELECT form, name, kind, n_articles FROM actor_name_forms ORDER BY ALL",
    "SELECT * EXCLUDE (actor_id) FROM actors ORDER BY name, kind",
    "SELECT a.name, a.kind, al.alias FROM actor_aliases al JOIN actors a USING (actor_id) ORDER BY ALL",
    """SELECT aa.article_id, a.name, a.kind, aa.mentions, aa.roles FROM article_actors aa
       JOIN actors a USING (actor_id) ORDER BY 1, 2, 3""",
    """SELECT ea.event_id, a.name, a.kind, ea.role, ea.part FROM event_actors ea
       JOIN actors a USING (actor_id) ORDER BY 1, 2, 3""",
    # places used as teams (resolve/places.py, schema 11)
    """SELECT u.article_id, p.name, p.kind, u.cue, u.moved, u.name FROM place_uses u JOIN places p USING (place_id)
       ORDER BY ALL""",
)


class Timed:
    """A connection that sums the CPU of each statement (by its first words) and its fetch."""

    def __init__(self, con, cpu: collections.Counter, calls: collections.Counter) -> None:
        self._con, self._cpu, self._calls, self._last = con, cpu, calls, ""

    def __getattr__(self, name):
        return getattr(self._con, name)

    def _timed(self, key: str, call, *args):
        c = time.process_time()
        try:
            return call(*args)
        finally:
            self._cpu[key] += time.process_time() - c

    def execute(self, sql: str, *args):
        self._last = " ".join(sql.split())[:100]
        self._calls[self._last] += 1
        self._timed(self._last, self._con.execute, sql, *args)
        return self

    def fetchall(self):
        return self._timed(self._last, self._con.fetchall)

    def fetchone(self):
        return self._timed(self._last, self._con.fetchone)

    def commit(self):
        self._calls["COMMIT"] += 1
        return self._timed("COMMIT", self._con.commit)


def main() -> None:
    from events_cli import importer, store
    from events_cli.resolve import actors

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db", help="a database holding the 19k import")
    ap.add_argument("--batch", type=int, default=importer.BATCH_SIZE)
    ap.add_argument("--dump", help="write the decisions, by name, to this file")
    ap.add_argument("--profile", help="write a cProfile (CPU) of the resolution to this file")
    ap.add_argument("--statements", action="store_true", help="print the CPU of each SQL statement")
    ap.add_argument("--checkpoint", action="store_true",
                    help="checkpoint the replayed batch before resolving it (untimed): the resolution's commit then "
                         "writes its own rows only, not the batch's that an automatic checkpoint would write out")
    args = ap.parse_args()
    stmt_cpu, stmt_calls = collections.Counter(), collections.Counter()
    profile = cProfile.Profile(time.process_time) if args.profile else None
    with tempfile.TemporaryDirectory(prefix="bench-actors-") as tmp:
        con = store.connect(os.path.join(tmp, "replay.duckdb"))
        con.execute(f"ATTACH '{args.db}' AS src (READ_ONLY)")
        con.execute("SET threads = 1")  # as during an import with worker processes
        if args.statements:  # (store._rows's table is then found two frames up)
            con.execute("SET python_scan_all_frames = true")
        ids = [r[0] for r in con.execute("SELECT article_id FROM src.articles ORDER BY article_id").fetchall()]
        cpu = wall = 0.0
        for i in range(0, len(ids), args.batch):
            batch = ids[i:i + args.batch]
            con.begin()
            con.execute("CREATE OR REPLACE TEMP TABLE _replayed AS SELECT unnest(?) AS article_id", [batch])
            if i == 0:  # (the places stage reads each batch's places: their rows by the source's ids)
                con.execute("INSERT INTO places BY NAME SELECT * FROM src.places")
            for table, where in (("articles", "article_id"), ("events", "article_id"),
                                 ("extracted_actors", "article_id"), ("article_places", "article_id"),
                                 ("extracted_event_actors",
                                  "event_id IN (SELECT event_id FROM src.events WHERE article_id"),
                                 ("event_places", "event_id IN (SELECT event_id FROM src.events WHERE article_id")):
                close = ")" if where.startswith("event_id") else ""
                con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM src.{table} "
                            f"WHERE {where} IN (SELECT article_id FROM _replayed){close}")
            con.execute("INSERT INTO actors_unresolved SELECT article_id FROM _replayed")
            con.commit()
            if args.checkpoint:
                con.execute("CHECKPOINT")
            c, w = time.process_time(), time.perf_counter()
            if profile:
                profile.enable()
            actors.after_batch(Timed(con, stmt_cpu, stmt_calls) if args.statements else con, batch)
            if profile:
                profile.disable()
            cpu, wall = cpu + time.process_time() - c, wall + time.perf_counter() - w
        n_actors = con.execute("SELECT count(*) FROM actors").fetchone()[0]
        if args.dump:
            with open(args.dump, "w", encoding="utf-8") as f:
                for sql in DUMPS:
                    for row in con.execute(sql).fetchall():
                        print(*row, sep="\t", file=f)
        con.close()
    if profile:
        profile.dump_stats(args.profile)
    print(f"actor resolution: {len(ids)} articles in batches of {args.batch}: CPU {cpu:.1f} s, wall {wall:.1f} s "
          f"({1000 * cpu / len(ids):.2f} ms an article); {n_actors} actors")

    kept = (actors.person_words, actors.name_keys, actors._variant, actors._names_compatible, actors._letters,
            actors._letter_bits, actors._body)
    caches = {f.__name__: f"{f.cache_info().currsize} ({f.cache_info().misses} misses)" for f in kept}
    print("entries kept by the process:", ", ".join(f"{k} {v}" for k, v in caches.items()),
          f"blocks' groups {len(actors._groups_held)}")
    for key, seconds in stmt_cpu.most_common(20 if args.statements else 0):
        print(f"{seconds:7.2f} s {stmt_calls[key]:5d} x  {key}")


if __name__ == "__main__":
    main()
