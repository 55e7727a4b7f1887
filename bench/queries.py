"""Query time and command wall time of the listing commands on a large generated database.

Query time: the functions of events_cli.queries called directly on one read-only connection
(events_cli.store.connect(db, read_only=True)), median of 5 after one warm-up:
  timeline --actor NAME --from DATE --limit 50   <= 150 ms
  places                                          <= 150 ms
  actors                                          <= 300 ms
  actors NAME (the most active actor, by part of its name)  <= 1 s
  places NAME (the place with the most events)    <= 1 s
NAME is the actor with the most events, DATE the median date of their events (both read from
the data). Wall time: the real commands (`python -m events_cli --db DB ...`, output to
/dev/null), median of 5 after one warm-up, each within 2x of `python -c "import duckdb, tabulate"`
measured alike in the same run, the runs interleaved (baseline, then each command, five rounds).
In-process rendering time (tabulate) is shown too, since the wall of `events actors` includes
printing every actor.

--explain profiles every SQL statement each query function runs (DuckDB's JSON profiler) and
lists the costliest operators; --explain-text prints the full EXPLAIN ANALYZE trees.

    python bench/queries.py [--db bench-1000000.duckdb | --events N] [--explain] [--repeat 5]

Without an existing --db it first generates one (bench/gen_events.py) in a temporary folder.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from bench._common import EVENTS, median, ms, record, run_wall, time_call  # noqa: E402

BASELINE = [sys.executable, "-c", "import duckdb, tabulate"]


class Recorder:
    """A connection stand-in that keeps every statement the query functions run."""

    def __init__(self, con):
        self._con, self.statements = con, []

    def execute(self, sql, params=None):
        self.statements.append((sql, params))
        return self._con.execute(sql, params) if params is not None else self._con.execute(sql)

    def __getattr__(self, name):
        return getattr(self._con, name)


def pick_actor_and_date(con) -> tuple[str, str]:
    name, actor_id = con.execute("""
        SELECT ac.name, ac.actor_id FROM event_actors ea JOIN actors ac USING (actor_id)
        GROUP BY ALL ORDER BY count(*) DESC, ac.name LIMIT 1""").fetchone()
    day = con.execute("""SELECT quantile_disc(e.date, 0.5) FROM events e JOIN event_actors ea USING (event_id)
                         WHERE ea.actor_id = ?""", [actor_id]).fetchone()[0]
    return name, day.isoformat()


def operators(node, out: list) -> list:
    """(seconds, name, rows, extra) of every operator in a DuckDB JSON profile (1.x or 2.x layout)."""
    if isinstance(node, list):
        for child in node:
            operators(child, out)
        return out
    if not isinstance(node, dict):
        return out
    name = node.get("operator_name") or node.get("name")
    timing = node.get("operator_timing", node.get("timing"))
    if name and timing is not None and ("children" in node or "type" in node or "operator_type" in node):
        extra = node.get("extra_info") or {}
        extra = "; ".join(f"{k}={v}" for k, v in extra.items() if k != "Estimated Cardinality") \
            if isinstance(extra, dict) else str(extra)
        rows = node.get("operator_cardinality", node.get("intermediate_rows", node.get("cardinality")))
        out.append((timing, str(name).strip(), rows, " ".join(extra.split())))
    for key in ("children", "operator"):
        operators(node.get(key, []), out)
    return out


def explain(con, label: str, statements: list, full_text: bool, top: int = 6) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for n, (sql, params) in enumerate(statements, 1):
            profile = os.path.join(tmp, f"{n}.json")
            con.execute("SET enable_profiling = 'json'")
            con.execute(f"SET profiling_output = '{profile}'")
            t0 = time.perf_counter()
            con.execute(sql, params).fetchall() if params is not None else con.execute(sql).fetchall()
            elapsed = time.perf_counter() - t0
            con.execute("SET enable_profiling = 'no_output'")
            con.execute("PRAGMA disable_profiling")
            first = " ".join(sql.split())[:110]
            print(f"\n  -- {label}, statement {n} ({ms(elapsed)}): {first}...")
            try:
                with open(profile) as f:
                    ops = operators(json.load(f), [])
                total = sum(t for t, *_ in ops) or 1
                for t, name, rows, extra in sorted(ops, key=lambda o: o[0], reverse=True)[:top]:
                    print(f"     {t * 1000:8.1f} ms {100 * t / total:5.1f}%  {name:<22} rows={rows}  {extra[:110]}")
            except (OSError, ValueError) as exc:
                print(f"     (no profile: {exc})")
            if full_text:
                rows = con.execute("EXPLAIN ANALYZE " + sql, params).fetchall() if params is not None else \
                    con.execute("EXPLAIN ANALYZE " + sql).fetchall()
                print(rows[0][-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="a database made by bench/gen_events.py (default: bench-<events>.duckdb if it exists)")
    ap.add_argument("--events", type=int, default=1_000_000, help="size to generate when there is no --db")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--explain", action="store_true", help="profile each query's SQL and list its costliest operators")
    ap.add_argument("--explain-text", action="store_true", help="also print the full EXPLAIN ANALYZE trees")
    ap.add_argument("--no-wall", action="store_true", help="skip the subprocess wall-time runs")
    args = ap.parse_args()

    from events_cli import queries
    from events_cli.cli import TABLE_ROWS
    from events_cli.render import render
    from events_cli.store import connect

    tmp = None
    db = args.db or f"bench-{args.events}.duckdb"
    if not os.path.exists(db):
        if args.db:
            sys.exit(f"no database at {db}: make one with python bench/gen_events.py --db {db}")
        from bench.gen_events import generate

        tmp = tempfile.TemporaryDirectory(prefix="bench-queries-")
        db = os.path.join(tmp.name, f"bench-{args.events}.duckdb")
        print(f"generating {args.events} events into {db} ...")
        t0 = time.perf_counter()
        generate(db, args.events, verbose=False)
        print(f"  generated in {time.perf_counter() - t0:.1f} s")

    con = connect(db, read_only=True)
    n_events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    actor, day = pick_actor_and_date(con)
    top_place = con.execute("SELECT name FROM places ORDER BY n_events DESC, name LIMIT 1").fetchone()[0]
    print(f"queries: {db}: {n_events} events; actor {actor!r}, --from {day}; median of {args.repeat} after 1 warm-up; "
          f"load={os.getloadavg()[0]:.2f}")

    import datetime as dt

    cases = [
        ("timeline --actor --from --limit 50", 0.150,
         lambda c: queries.timeline(c, queries.TimelineFilter(date_from=dt.date.fromisoformat(day), actor=actor, limit=50)),
         ["timeline", "--actor", actor, "--from", day, "--limit", "50"]),
        # as `events places` / `events actors` run them: a table shows TABLE_ROWS rows and
        # asks for one more to tell whether rows were left out
        ("places", 0.150, lambda c: queries.places(c, limit=TABLE_ROWS + 1), ["places"]),
        ("actors", 0.300, lambda c: queries.actors(c, limit=TABLE_ROWS + 1), ["actors"]),
        # one actor's detail, the most active one, asked for by a part of its name
        # (its query time only: no wall run, argv None)
        ("actors NAME", 1.000, lambda c: queries.actor_detail(c, actor.split()[-1].lower(), limit=TABLE_ROWS + 1), None),
        ("places NAME", 1.000, lambda c: queries.place_detail(c, top_place, limit=TABLE_ROWS + 1), None),
    ]
    query_ms = {}
    for label, limit, fn, _ in cases:
        times = time_call(lambda: fn(con), repeat=args.repeat)
        table = fn(con)
        render_s = median(time_call(lambda: render(table, "simple"), repeat=3, warmup=0))
        query_ms[label] = median(times)
        print(f"  {label:<36} query {ms(median(times)):>10} (min {ms(min(times))}), {len(table.rows)} rows, "
              f"render {ms(render_s)}")
        record(f"query {label}", median(times) * 1000, limit * 1000, "ms")

    if args.explain or args.explain_text:
        for label, _, fn, _ in cases:
            rec = Recorder(con)
            fn(rec)
            explain(con, label, rec.statements, args.explain_text)
        print()
    con.close()

    walls = {}
    if not args.no_wall:
        # interleaved: each round runs the baseline and then every command once, so that the
        # machine's minute-to-minute swings reach both sides of each ratio alike
        walled = [case for case in cases if case[3] is not None]
        commands = {"baseline": BASELINE, **{label: EVENTS + ["--db", db] + argv for label, _, _, argv in walled}}
        for cmd in commands.values():
            run_wall(cmd, 0)  # warm-up
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.repeat):
            for name, cmd in commands.items():
                times[name] += run_wall(cmd, 1, warmup=0)
        base = median(times["baseline"])
        print(f"  wall: python -c 'import duckdb, tabulate' {ms(base)}")
        for label, _, _, argv in walled:
            wall = median(times[label])
            walls[label] = wall
            print(f"  wall: events {' '.join(argv):<48} {ms(wall):>10}  ({wall / base:.2f}x baseline)")
            record(f"wall events {label.split()[0]} / import duckdb,tabulate", wall / base, 2, "x",
                   note=f"{ms(wall)} vs {ms(base)}")
    if tmp:
        tmp.cleanup()
    print("SUMMARY queries: " + ", ".join(f"{k.split(' --')[0]} {v * 1000:.0f} ms" for k, v in query_ms.items())
          + ("; wall " + ", ".join(f"{k.split()[0]} {v * 1000:.0f} ms" for k, v in walls.items()) if walls else ""))


if __name__ == "__main__":
    main()
