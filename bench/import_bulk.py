"""The bulk import: `events import click-id-19k.jsonl.gz` into a fresh database, next to the floor.

Runs the real CLI (`python -m events_cli --db TMP import FILE`) and bench/floor.py on the same
file in the same run, each in a fresh temporary database (the floor twice: the file read in
Python, and by DuckDB's own JSON reader; the faster is the floor); samples the memory of the whole
process tree (the importer and its worker processes) from /proc: PSS from smaps_rollup every
0.5 s (shared pages split between the processes sharing them, the target's measure; reading
it more often slows the processes read) and the plain RSS sum every 50 ms (counts shared
pages once per process, an overestimate).

Then imports the same file again with --replace (every article re-extracted in place, as
after an upgrade of events) into that database.

Targets (full file, 19,091 articles): wall <= 30 s, peak PSS of the tree <= 500 MB,
import/floor wall ratio <= 20; re-extraction within 1.5x of the first import's wall. With
--limit N the first N articles are copied to a temporary .jsonl.gz and both sides read that; the wall target is then checked on the wall extrapolated
linearly to the full file (it says so), the ratio and memory as measured.

    python bench/import_bulk.py [--limit N] [--repeat R] [--file F]
"""
from __future__ import annotations

import argparse
import gzip
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from bench._common import BULK, EVENTS, ROOT, median, record, run_measured  # noqa: E402

FULL = 19091  # articles in click-id-19k.jsonl.gz
READERS = ("python", "duckdb")  # floor.py's ways of reading the file: the faster one is the floor


def remove_db(db: str) -> None:
    for suffix in ("", ".wal"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)


def run_import(argv: list[str], interval: float) -> tuple[dict, str]:
    """`events ARGV` measured (run_measured), and the last line it printed; exits if it failed."""
    m = run_measured(EVENTS + argv, interval)
    if m["returncode"] not in (0, 1):
        sys.exit(f"events {' '.join(argv)} failed ({m['returncode']}): {m['stderr'][-2000:]}")
    return m, (m["stderr"].strip().splitlines()[-1:] or [""])[0]


def copy_first(src: str, dst: str, n: int) -> int:
    count = 0
    with gzip.open(src, "rb") as fin, gzip.open(dst, "wb", compresslevel=1) as fout:
        for line in fin:
            if count >= n:
                break
            fout.write(line)
            count += 1
    return count


def counts(db: str) -> dict[str, int]:
    import duckdb

    con = duckdb.connect(db, read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "events", "event_actors", "event_places", "related_links")}
    finally:
        con.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--file", default=str(BULK))
    ap.add_argument("--limit", type=int, help="bench on the first N articles only")
    ap.add_argument("--repeat", type=int, default=1, help="runs of each side; medians are reported (default 1)")
    ap.add_argument("--interval", type=float, default=0.05, help="RSS sampling period in seconds (PSS: every 0.5 s)")
    ap.add_argument("--no-replace", action="store_true", help="leave out the import --replace run")
    ap.add_argument("--keep", help="copy the first run's imported database here (before --replace), "
                                   "e.g. for bench/actors_cost.py or bench/stories_cost.py")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        path, n = args.file, None
        if args.limit:
            path = os.path.join(tmp, f"first-{args.limit}.jsonl.gz")
            n = copy_first(args.file, path, args.limit)
        articles = n or FULL
        print(f"import_bulk: {path} ({articles} lines), {args.repeat} run(s) of each, cpus={os.cpu_count()}, "
              f"load={os.getloadavg()[0]:.2f}")
        floors, imports, replaces = [], [], []
        for i in range(args.repeat):
            import_db = os.path.join(tmp, f"import{i}.duckdb")
            walls = {}
            for reader in READERS:
                floor_db = os.path.join(tmp, f"floor{i}-{reader}.duckdb")
                f = run_measured([sys.executable, str(ROOT / "bench" / "floor.py"), path, "--db", floor_db,
                                  "--reader", reader], args.interval)
                if f["returncode"]:
                    sys.exit(f"floor ({reader} reader) failed: {f['stderr'][-2000:]}")
                walls[reader] = f["wall"]
                print(f"  floor  run {i + 1}, {reader} reader: {f['wall']:6.2f} s wall, peak PSS {f['pss_mb']:6.0f} MB, "
                      f"RSS {f['rss_mb']:6.0f} MB")
                remove_db(floor_db)
            floors.append(walls)
            m, last = run_import(["--db", import_db, "import", path], args.interval)
            imports.append(m)
            print(f"  import run {i + 1}: {m['wall']:6.2f} s wall, {m['cpu']:6.1f} s CPU ({m['cpu'] / m['wall']:.2f} cores busy), "
                  f"peak PSS {m['pss_mb']:6.0f} MB, RSS {m['rss_mb']:6.0f} MB, {m['procs']} processes, "
                  f"{m['samples']} samples; {last}")
            if i == 0:
                print("  stored:", ", ".join(f"{k}={v}" for k, v in counts(import_db).items()))
                if args.keep:
                    shutil.copyfile(import_db, args.keep)
            # the same file again with --replace: every article re-extracted in place, as after an upgrade
            if args.no_replace:
                remove_db(import_db)
                continue
            r, last = run_import(["--db", import_db, "import", "--replace", path], args.interval)
            replaces.append(r)
            print(f"  import --replace run {i + 1}: {r['wall']:6.2f} s wall, {r['cpu']:6.1f} s CPU, "
                  f"peak PSS {r['pss_mb']:6.0f} MB; {last}")
            remove_db(import_db)

    # the floor: the faster way to get the raw articles in (median of each reader's runs)
    reader_walls = {reader: median([w[reader] for w in floors]) for reader in READERS}
    floor_reader = min(reader_walls, key=reader_walls.get)
    floor_wall = reader_walls[floor_reader]
    wall = median([m["wall"] for m in imports])
    pss = median([m["pss_mb"] for m in imports])
    rss = median([m["rss_mb"] for m in imports])
    ratio = wall / floor_wall
    per_article = wall / articles
    cpu = median([m["cpu"] for m in imports])
    print(f"  import {per_article * 1000:.1f} ms/article wall ({articles / wall:.0f} articles/s), "
          f"{cpu / articles * 1000:.2f} ms/article CPU (all processes); floor {floor_wall:.2f} s")
    full_wall = wall if n is None else wall * FULL / articles
    note = ("" if n is None else f"extrapolated from {articles} articles ({wall:.1f} s); ") + f"{cpu:.0f} s CPU in all"
    record("import 19k wall", full_wall, 30, "s", note=note)
    record("import peak PSS (tree)", pss, 500, "MB", note=f"RSS sum {rss:.0f} MB")
    others = ", ".join(f"{r} reader {w:.2f} s" for r, w in reader_walls.items() if r != floor_reader)
    if replaces:
        replace_wall = median([r["wall"] for r in replaces])
        record("re-extraction / import", replace_wall / wall, 1.5, "x",
               note=f"import --replace of the same file: {replace_wall:.1f} s, {median([r['cpu'] for r in replaces]):.0f} s CPU")
    record("import / floor ratio", ratio, 20, "x",
           note=f"floor {floor_wall:.2f} s ({floor_reader} reader; {others}) on the same {articles} articles")
    print(f"SUMMARY import_bulk: {articles} articles in {wall:.1f} s (19k est. {full_wall:.0f} s), "
          f"peak PSS {pss:.0f} MB (RSS {rss:.0f} MB), floor {floor_wall:.2f} s, ratio {ratio:.1f}x")


if __name__ == "__main__":
    main()
