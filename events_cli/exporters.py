"""Whole-database exports: JSON Lines per article, CSV per event, Parquet tables."""
from __future__ import annotations

import csv
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

import duckdb

from events_cli.errors import EventsError, UsageError
from events_cli.queries import export_records
from events_cli.render import jsonl_lines

# Each event's source and target actor (event_actors.part), one row per event that has either.
_PARTS = """(SELECT ea.event_id, min(ac.name) FILTER (WHERE ea.part = 'source') AS source_actor,
                    min(ac.name) FILTER (WHERE ea.part = 'target') AS target_actor
             FROM event_actors ea JOIN actors ac USING (actor_id) WHERE ea.part <> 'other' GROUP BY ea.event_id)"""

# Partitioned by the event's (or article's) year and month, Hive style (year=2023/month=9/),
# so an engine reading the folder skips the months a query does not ask for.
_PARTITIONED = {
    "events": f"""SELECT t.* EXCLUDE (actors, places), e.date_partial, e.story_id, t.actors AS actor_names, t.places AS place_names,
                         r.source_actor, r.target_actor, coalesce(year(t.date), 0) AS year, coalesce(month(t.date), 0) AS month
                  FROM timeline t JOIN events e USING (event_id) LEFT JOIN {_PARTS} r USING (event_id)""",
    "event_actors": """SELECT ea.*, ac.name AS actor, ac.kind AS actor_kind, e.date, e.precision,
                              coalesce(year(e.date), 0) AS year, coalesce(month(e.date), 0) AS month
                       FROM event_actors ea JOIN actors ac USING (actor_id) JOIN events e USING (event_id)""",
    "event_places": """SELECT ep.*, p.name AS place, p.country_code, e.date, e.precision,
                              coalesce(year(e.date), 0) AS year, coalesce(month(e.date), 0) AS month
                       FROM event_places ep JOIN places p USING (place_id) JOIN events e USING (event_id)""",
    "articles": """SELECT * EXCLUDE (text, title_key), coalesce(year(published), 0) AS year,
                          coalesce(month(published), 0) AS month FROM articles""",
}
_WHOLE = {
    "actors": "SELECT * FROM actors",
    "stories": "SELECT * FROM stories",
    "places": "SELECT * FROM places",
    "related_links": "SELECT * EXCLUDE (title_key) FROM related_links",
    "article_actors": "SELECT * FROM article_actors",
    "article_places": "SELECT * FROM article_places",
}


def export_jsonl(con: duckdb.DuckDBPyConnection, out: TextIO) -> int:
    """The export format of ../shared/eval/README.md, one article a line."""
    n = 0
    for line in jsonl_lines(export_records(con)):
        out.write(line)
        n += 1
    return n


def export_csv(con: duckdb.DuckDBPyConnection, out: TextIO) -> int:
    """One row per event, with its type, source and target actors and its article's metadata; lists joined
    with "; "."""
    cursor = con.execute(f"""
        SELECT t.event_id, t.article_id, t.date, t.precision, t.date_end, e.date_partial, t.kind, t.inferred,
               t.type, r.source_actor, r.target_actor, t.negated,
               t.sentence, t.date_text, array_to_string(t.actors, '; ') AS actors,
               array_to_string(t.places, '; ') AS places, t.source, t.title, t.published, a.url, a.origin,
               a.story_id
        FROM timeline t JOIN articles a USING (article_id) JOIN events e USING (event_id) LEFT JOIN {_PARTS} r USING (event_id)
        ORDER BY t.date, t.event_id""")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([d[0] for d in cursor.description])
    n = 0
    while rows := cursor.fetchmany(10_000):
        writer.writerows(rows)
        n += len(rows)
    return n


@contextmanager
def output_file(path: Path) -> Iterator[TextIO]:
    """A text stream that becomes the file `path` once the block ends without error.

    Until then `path` stays as it was: an export that fails or is interrupted half-way
    never replaces a whole one. The text goes to a hidden file beside it, renamed over it
    at the end. A path that exists but is no regular file (/dev/stdout, a named pipe) is
    written in place.
    """
    in_place = path.exists() and not path.is_file()
    staging = path if in_place else path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        stream = open(staging, "w", encoding="utf-8", newline="")
    except OSError as exc:  # a missing folder, a folder, no permission
        raise UsageError(f"--output {path}: {exc.strerror}") from None
    if in_place:
        with stream:
            yield stream
        return
    try:
        with stream:
            yield stream
        os.replace(staging, path)
    except OSError as exc:  # the disk full, say
        raise EventsError(f"--output {path}: {exc.strerror or exc}") from None
    finally:
        staging.unlink(missing_ok=True)


def export_parquet(con: duckdb.DuckDBPyConnection, folder: Path) -> list[str]:
    """Parquet under `folder`: events, their actors and places, and articles partitioned
    Hive style by year and month (articles without a publication date, and events without a
    date, under year=0);
    actors, places and links as one file each. Returns what was written.

    The files are written to a hidden folder beside `folder`, then each takes the place of
    the same entry of an earlier export: a month that is gone from the database is gone
    from the export too, an interrupted export leaves the earlier one whole, and other
    files in `folder` are left alone.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
        staging = _staging_folder(folder.resolve())
    except OSError as exc:
        raise UsageError(f"--output {folder}: {exc.strerror}") from None
    try:
        written = _copy_tables(con, staging)
        for entry in written:
            target = folder / entry.rstrip("/")
            if target.is_dir() and not target.is_symlink():
                shutil.rmtree(target)
            elif target.exists() or target.is_symlink():
                target.unlink()
            os.replace(staging / entry.rstrip("/"), target)
    except (OSError, duckdb.IOException) as exc:  # the disk full, say
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc).splitlines()[0]
        raise EventsError(f"--output {folder}: {reason}") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return written


def _staging_folder(folder: Path) -> Path:
    """A new hidden folder beside `folder` (on the same file system, so that its entries can be
    renamed into place), or inside it when its parent cannot be written to."""
    try:
        return Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    except PermissionError:
        return Path(tempfile.mkdtemp(prefix=".export.", dir=folder))


def _copy_tables(con: duckdb.DuckDBPyConnection, folder: Path) -> list[str]:
    written = []
    for name, select in _PARTITIONED.items():
        con.execute(f"COPY ({select}) TO {_quoted(folder / name)} (FORMAT parquet, PARTITION_BY (year, month))")
        written.append(f"{name}/")
    for name, select in _WHOLE.items():
        con.execute(f"COPY ({select}) TO {_quoted(folder / (name + '.parquet'))} (FORMAT parquet)")
        written.append(f"{name}.parquet")
    return written


def _quoted(path: Path) -> str:
    """COPY takes no parameter for its target: the path as an SQL string literal."""
    return "'" + str(path).replace("'", "''") + "'"
