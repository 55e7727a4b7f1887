"""The floor of an import: read a JSON Lines file (gzipped or not) and bulk-insert the raw
articles into a fresh events database, with no extraction at all.

It does what no import can avoid: decompress, parse JSON, hash the normalised text for the
dedup key, insert into `articles` (schema applied by events_cli.store.connect) in one
transaction of batched `INSERT ... SELECT unnest(?)`. bench/import_bulk.py runs it next to
the real import and reports the import's ratio to it (target <= 20x).

`--reader duckdb` does the same in one SQL statement, DuckDB's own JSON reader (the bundled
json extension, in C++) reading the file: no Python per article at all. Whichever of the two is
faster is the floor an import is compared with.

    python bench/floor.py [FILE] [--limit N] [--db PATH] [--reader python|duckdb]
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from bench._common import BULK  # noqa: E402

BATCH = 5000
COLUMNS = ["article_id", "origin", "external_id", "url", "source", "title", "published", "language",
           "text", "content_hash", "dedup_key", "imported_at"]


def first(record: dict, *keys):
    for k in keys:
        v = record.get(k)
        if v not in (None, ""):
            return v
    return None


def rows(path: str, limit: int | None):
    opener = gzip.open if path.endswith(".gz") else open
    seen: set[str] = set()
    with opener(path, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if limit is not None and n >= limit:
                break
            if not line.strip():
                continue
            r = json.loads(line)
            text = first(r, "text", "maintext")
            if not isinstance(text, str) or not text.strip():
                continue
            url = first(r, "url")
            digest = hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()
            key = f"url:{url.strip()}" if url and url.strip() else f"sha256:{digest}"
            if key in seen:
                continue
            seen.add(key)
            published = first(r, "published", "date", "date_publish")
            ext_id = first(r, "id")
            yield (path, None if ext_id is None else str(ext_id), url, first(r, "source", "source_domain", "sitename"),
                   first(r, "title"), str(published)[:10] if published is not None else None,
                   first(r, "language"), text, digest, key)


def load(path: str, db: str, limit: int | None = None) -> int:
    from events_cli.store import connect

    con = connect(db)
    sql = (f"INSERT INTO articles ({', '.join(COLUMNS)}) SELECT unnest($1), unnest($2), unnest($3), unnest($4), "
           "unnest($5), unnest($6), TRY_CAST(unnest($7) AS DATE), unnest($8), unnest($9), unnest($10), unnest($11), "
           "current_timestamp::TIMESTAMP")
    n = 0
    con.begin()
    batch: list[tuple] = []

    def flush() -> None:
        nonlocal n
        if batch:
            cols = [list(range(n + 1, n + len(batch) + 1))] + [list(c) for c in zip(*batch)]
            con.execute(sql, cols)
            n += len(batch)
            batch.clear()

    for row in rows(path, limit):
        batch.append(row)
        if len(batch) >= BATCH:
            flush()
    flush()
    con.commit()
    con.close()
    return n


# The same rows, read by DuckDB: the fields the bulk file has (any missing one is NULL),
# first non-empty text per dedup key. Whitespace is normalised for the hash as RE2 sees it
# (ASCII white space), where Python's str.split() also splits at Unicode spaces.
DUCKDB_SQL = f"""
INSERT INTO articles ({', '.join(COLUMNS)})
SELECT row_number() OVER (ORDER BY n), $path, id, url, source, title, TRY_CAST(left(published, 10) AS DATE),
       language, text, digest, key, current_timestamp::TIMESTAMP
FROM (
    SELECT *, CASE WHEN coalesce(trim(url), '') <> '' THEN 'url:' || trim(url) ELSE 'sha256:' || digest END AS key
    FROM (SELECT *, sha256(regexp_replace(trim(text, ' \t\n\r'), '\\s+', ' ', 'g')) AS digest
          FROM (SELECT *, row_number() OVER () AS n
                FROM read_json($path, format = 'newline_delimited', columns = {{
                    id: 'VARCHAR', url: 'VARCHAR', source: 'VARCHAR', title: 'VARCHAR', published: 'VARCHAR',
                    language: 'VARCHAR', text: 'VARCHAR'}}))
          WHERE n <= $limit AND trim(text) <> '')
    QUALIFY row_number() OVER (PARTITION BY key ORDER BY n) = 1
)
"""


def load_duckdb(path: str, db: str, limit: int | None = None) -> int:
    from events_cli.store import connect

    con = connect(db)
    con.begin()
    con.execute(DUCKDB_SQL, {"path": path, "limit": limit if limit is not None else 2**62})
    con.commit()
    n = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    con.close()
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?", default=str(BULK))
    ap.add_argument("--limit", type=int, help="only the first N lines")
    ap.add_argument("--db", help="database to create (default: a temporary file, removed after)")
    ap.add_argument("--reader", choices=("python", "duckdb"), default="python",
                    help="read the file in Python (default) or with DuckDB's JSON reader")
    args = ap.parse_args()
    tmp = None
    if args.db is None:
        tmp = tempfile.TemporaryDirectory(prefix="bench-floor-")
        args.db = os.path.join(tmp.name, "floor.duckdb")
    elif os.path.exists(args.db):
        sys.exit(f"{args.db} exists: the floor needs a fresh database")
    t0 = time.perf_counter()
    n = (load_duckdb if args.reader == "duckdb" else load)(args.file, args.db, args.limit)
    elapsed = time.perf_counter() - t0
    print(f"floor ({args.reader} reader): {n} articles read and inserted in {elapsed:.2f} s "
          "(in-process, without interpreter start)")
    if tmp:
        tmp.cleanup()


if __name__ == "__main__":
    main()
