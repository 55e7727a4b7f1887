"""Whole-database exports: JSON Lines per article, CSV per event, Parquet tables."""
from __future__ import annotations

import csv
from pathlib import Path
from typing import TextIO

import duckdb

from events_cli.errors import UsageError
from events_cli.queries import export_records
from events_cli.render import jsonl_lines

_PARQUET_TABLES = {
    "articles": "SELECT * EXCLUDE (text) FROM articles",
    "events": "SELECT * FROM timeline",
    "actors": "SELECT * FROM actors",
    "places": "SELECT * FROM places",
    "article_actors": "SELECT * FROM article_actors",
    "article_places": "SELECT * FROM article_places",
    "event_actors": "SELECT * FROM event_actors",
    "event_places": "SELECT * FROM event_places",
    "related_links": "SELECT * FROM related_links",
}


def export_jsonl(con: duckdb.DuckDBPyConnection, out: TextIO) -> int:
    """The export format of ../shared/eval/README.md, one article a line."""
    n = 0
    for line in jsonl_lines(export_records(con)):
        out.write(line)
        n += 1
    return n


def export_csv(con: duckdb.DuckDBPyConnection, out: TextIO) -> int:
    """One row per event, with its article's metadata; lists joined with "; "."""
    cursor = con.execute("""
        SELECT t.event_id, t.article_id, t.date, t.precision, t.kind, t.inferred, t.sentence, t.date_text,
               array_to_string(t.actors, '; ') AS actors, array_to_string(t.places, '; ') AS places,
               t.source, t.title, t.published, a.url, a.origin
        FROM timeline t JOIN articles a USING (article_id)
        ORDER BY t.date, t.event_id""")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([d[0] for d in cursor.description])
    n = 0
    while rows := cursor.fetchmany(10_000):
        writer.writerows(rows)
        n += len(rows)
    return n


def export_parquet(con: duckdb.DuckDBPyConnection, folder: Path) -> list[str]:
    """One Parquet file per table in `folder` (created); returns the file names."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"--output {folder}: {exc.strerror}") from None
    written = []
    for name, select in _PARQUET_TABLES.items():
        target = folder / f"{name}.parquet"
        # COPY takes no parameter for its target: the path is quoted as an SQL string literal.
        quoted = "'" + str(target).replace("'", "''") + "'"
        con.execute(f"COPY ({select}) TO {quoted} (FORMAT parquet)")
        written.append(target.name)
    return written
