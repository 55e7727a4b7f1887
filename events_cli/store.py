"""The one module that owns the DuckDB database: connection, schema, migrations, writes.

Writes come in batches of whole articles, each batch in one transaction, with bulk
``INSERT ... SELECT ... FROM _batch`` statements: never row-by-row autocommit.

The rows of a bulk statement reach DuckDB as a dict of NumPy object arrays (:func:`_rows`),
which DuckDB scans in place. That costs this process less than half
what list parameters do (``unnest($1)``), which DuckDB first turns into one LIST value of
per-row values; during an import this process shares the cores with the extraction workers.
"""
from __future__ import annotations

import contextlib
import functools
import datetime as dt
import hashlib
import os
import time
from collections.abc import Callable, Collection, Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from events_cli.errors import DatabaseError, DatabaseLockedError

if TYPE_CHECKING:  # only in annotations: the query commands need not import the models
    from events_cli.models import ArticleRecord

SCHEMA_VERSION = 13

_ENTITIES = {  # table: (id column, event link table, article link table)
    "actors": ("actor_id", "event_actors", "article_actors"),
    "places": ("place_id", "event_places", "article_places"),
}


def _stats_sql(table: str, scoped: bool) -> str:
    """The UPDATE that recomputes the counts and first and last dates of a table's rows:
    all of them, or (``scoped``) those whose ids the parameter ``$ids`` lists."""
    key, events, articles = _ENTITIES[table]
    where = f"WHERE {{}}.{key} IN (SELECT unnest($ids))" if scoped else "WHERE TRUE"
    return f"""
        UPDATE {table} SET n_events = coalesce(s.n_events, 0), n_articles = coalesce(s.n_articles, 0),
                           first_date = s.first_date, last_date = s.last_date
        FROM (
            SELECT t.{key}, ev.n_events, ar.n_articles, ev.first_date, ev.last_date
            FROM {table} t
            LEFT JOIN (SELECT l.{key}, count(*) AS n_events, min(e.date) AS first_date, max(e.date) AS last_date
                       FROM {events} l JOIN events e USING (event_id) {where.format("l")}
                       GROUP BY l.{key}) ev USING ({key})
            LEFT JOIN (SELECT x.{key}, count(*) AS n_articles FROM {articles} x {where.format("x")}
                       GROUP BY x.{key}) ar USING ({key})
            {where.format("t")}
        ) s
        WHERE {table}.{key} = s.{key}"""


def _title_key(column: str) -> str:
    """SQL for a title normalised as related links are matched to it (articles.title_key)."""
    return f"trim(regexp_replace(lower({column}), '[^a-z0-9]+', ' ', 'g'))"


# Catalog rows of the open database's own schema (duckdb_views() and the like list every attached one's).
_MAIN = "database_name = current_database() AND schema_name = 'main'"


def _is_view(con, name: str) -> bool:
    return bool(con.execute(f"SELECT count(*) FROM duckdb_views() WHERE {_MAIN} AND view_name = ?", [name]).fetchone()[0])


def _columns(con, table: str) -> list[str]:
    return [r[0] for r in con.execute(f"SELECT column_name FROM duckdb_columns() WHERE {_MAIN} AND table_name = ? "
                                      "ORDER BY column_index", [table]).fetchall()]


def _last_schema_1(con: duckdb.DuckDBPyConnection) -> None:
    """Bring a version-1 database of any commit to schema 1 as last shipped (ea8e642).

    Schema 1 changed twice without a new number: 1e6c7e2 gave events ``date_end``, after
    ``date``; 68ac4d9 made ``actor_aliases`` and ``place_aliases`` tables kept at write time,
    where they had been views (whose columns the alias look-up cannot find). The tables
    are filled as events would have filled them: each form an article wrote a name in.
    """
    if "date_end" not in _columns(con, "events"):
        # rebuilt rather than altered: ADD COLUMN would put date_end last
        con.execute("ALTER TABLE events RENAME TO events_without_date_end")
        con.execute("""
            CREATE TABLE events (
                event_id    BIGINT PRIMARY KEY DEFAULT nextval('event_ids'),
                article_id  BIGINT NOT NULL,
                date        DATE NOT NULL,
                date_end    DATE NOT NULL,
                precision   VARCHAR NOT NULL CHECK (precision IN ('day', 'month', 'year')),
                kind        VARCHAR NOT NULL CHECK (kind IN ('main', 'other')),
                sentence    VARCHAR NOT NULL,
                date_text   VARCHAR,
                inferred    BOOLEAN NOT NULL DEFAULT false
            )""")
        con.execute("""
            INSERT INTO events
            SELECT event_id, article_id, date,
                   CASE precision WHEN 'year' THEN make_date(year(date), 12, 31)
                                  WHEN 'month' THEN last_day(date) ELSE date END,
                   precision, kind, sentence, date_text, inferred
            FROM events_without_date_end""")
        con.execute("DROP TABLE events_without_date_end")
    for table, key, links in (("actor_aliases", "actor_id", "article_actors"),
                              ("place_aliases", "place_id", "article_places")):
        if _is_view(con, table):
            con.execute(f"DROP VIEW {table}")
            con.execute(f"CREATE TABLE {table} ({key} BIGINT NOT NULL, alias VARCHAR NOT NULL, PRIMARY KEY ({key}, alias))")
            con.execute(f"INSERT INTO {table} SELECT DISTINCT {key}, unnest(mentions) FROM {links}")


def _create_from_schema(con: duckdb.DuckDBPyConnection, tables: list[str]) -> None:
    """Create these tables as schema.sql does, for a step that fills them before schema.sql runs."""
    import re

    for table in tables:
        statement = re.search(rf"CREATE TABLE IF NOT EXISTS {table} \(.*?\n\);", schema_sql(), re.S).group(0)
        for sequence in re.findall(r"nextval\('(\w+)'\)", statement):  # (its ids' sequence first)
            con.execute(f"CREATE SEQUENCE IF NOT EXISTS {sequence}")
        con.execute(statement)


def _keep_extracted_names(con: duckdb.DuckDBPyConnection) -> None:
    """Version 5 keeps each article's actors as its extraction named them, apart from the
    actors they resolve to. A version-4 database kept only the actors its write-time rules
    chose: their names (with each article's mentions and roles) are the best record left of
    what the extraction said, and every article is queued for resolution."""
    # (one row an article and name: article_actors holds one an article and actor, actors one a name and kind)
    con.execute("""INSERT INTO extracted_actors (article_id, name, kind, mentions, roles)
                   SELECT aa.article_id, ac.name, ac.kind, aa.mentions, aa.roles
                   FROM article_actors aa JOIN actors ac USING (actor_id)""")
    con.execute("""INSERT INTO extracted_event_actors (event_id, name, kind, role, part)
                   SELECT ea.event_id, ac.name, ac.kind, ea.role, ea.part FROM event_actors ea JOIN actors ac USING (actor_id)""")
    con.execute("INSERT OR IGNORE INTO actors_unresolved SELECT article_id FROM articles")


# version 10: whether an article's words gave an actor's kind, and how many articles did (a step
# before it resolves with today's rules, which read them: each step that resolves adds them first)
def _add_kind_cues(con: duckdb.DuckDBPyConnection) -> None:
    for table, column in (("extracted_actors", "cued BOOLEAN NOT NULL DEFAULT false"),
                          ("actor_names", "n_cued INTEGER NOT NULL DEFAULT 0")):
        if not con.execute("SELECT 1 FROM information_schema.columns WHERE table_name = ? AND column_name = ?",
                           [table, column.split()[0]]).fetchall():
            con.execute(f"ALTER TABLE {table} ADD COLUMN {column}")


def _resolve_actors(con: duckdb.DuckDBPyConnection) -> None:
    from events_cli.resolve import actors  # (the resolution reads and writes through this module)

    _add_kind_cues(con)
    _create_from_schema(con, ["place_uses", "place_corrections"])  # (read by the resolution since versions 12, 13)
    actors.resolve(con)
    # the actors of version 4 that no name resolves to any more
    con.execute("DELETE FROM actors WHERE actor_id NOT IN (SELECT actor_id FROM actor_names WHERE actor_id IS NOT NULL)")
    con.execute("DELETE FROM actor_aliases WHERE actor_id NOT IN (SELECT actor_id FROM actors)")
    # (resolution adds a batch's articles to the counts of the actors it did not regroup: these
    # articles were counted already, as version 4 had them)
    con.execute(_stats_sql("actors", scoped=False))


def _reresolve_actors(con: duckdb.DuckDBPyConnection) -> None:
    """Version 7 resolves actor identity by more rules (regional bodies by their place, companies
    without "PT", names that begin longer ones, one-word names written alone far more often),
    which read keys version 6 did not store, version 8 keys a person's name by its last word
    in today's spelling, and version 9 counts nicknames ("Gus Dur") among the forms written for
    a name and joins acronyms the table leaves blank ("PPP"): every name is keyed, counted and
    decided anew, the user's corrections applied as before."""
    from events_cli.resolve import actors  # (the resolution reads and writes through this module)

    actors.rekey(con)
    _resolve_actors(con)


def _without_keys(con: duckdb.DuckDBPyConnection,
                  tables: Sequence[str] = ("actor_name_keys", "extracted_actors", "extracted_event_actors")) -> None:
    """Version 10 keeps no primary key on actor_name_keys, extracted_actors and extracted_event_actors,
    version 11 none on article_actors, event_actors and story_terms (see schema.sql): each is made
    again as schema.sql has it, with its rows (a table the file has not yet comes from schema.sql)."""
    for table in tables:
        if not _columns(con, table):
            continue
        con.execute(f"ALTER TABLE {table} RENAME TO {table}_keyed")
        _create_from_schema(con, [table])
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM {table}_keyed")  # (columns of later versions: their defaults)
        con.execute(f"DROP TABLE {table}_keyed")


# Ordered migrations from version N-1 to N, for databases made by an older events: each step
# SQL, or a function of the connection where SQL alone cannot tell what to do. They change the
# tables a version had; after the last, schema.sql adds the tables and views of today (all its
# statements are idempotent), and the result must be the schema of a new database.
# A new database gets schema.sql as it stands and is stamped SCHEMA_VERSION directly.
MIGRATIONS: dict[int, list[str | Callable[[duckdb.DuckDBPyConnection], None]]] = {
    2: [_last_schema_1] + [f"ALTER TABLE {t} ADD COLUMN {c}" for t in _ENTITIES for c in (
        "n_events INTEGER NOT NULL DEFAULT 0", "n_articles INTEGER NOT NULL DEFAULT 0",
        "first_date DATE", "last_date DATE")] + [_stats_sql(t, scoped=False) for t in _ENTITIES],
    3: [statement for t in ("articles", "related_links") for statement in (
        f"ALTER TABLE {t} ADD COLUMN title_key VARCHAR", f"UPDATE {t} SET title_key = {_title_key('title')}")],
    # events: a date whose year is unknown (date NULL, day and month in date_partial) or undated
    4: ["ALTER TABLE events ALTER COLUMN date DROP NOT NULL", "ALTER TABLE events ALTER COLUMN date_end DROP NOT NULL",
        "ALTER TABLE events ADD COLUMN date_partial VARCHAR"],
    # event types: what happened, whether it is denied, and each actor's part in it (events
    # stored before stay untyped, type NULL, until re-extracted)
    5: ["ALTER TABLE events ADD COLUMN type VARCHAR", "ALTER TABLE events ADD COLUMN negated BOOLEAN NOT NULL DEFAULT false",
        "ALTER TABLE event_actors ADD COLUMN part VARCHAR NOT NULL DEFAULT 'other'",
        # stories (the tables come from schema.sql); the next import places the stored articles
        "ALTER TABLE articles ADD COLUMN story_id BIGINT", "ALTER TABLE events ADD COLUMN story_id BIGINT",
        # actor identity: the extraction's own names kept, every article to be resolved anew
        lambda con: _create_from_schema(con, ["extracted_actors", "extracted_event_actors", "actor_names",
                                              "actor_name_keys", "actor_name_forms", "actors_unresolved",
                                              "actor_corrections"]),
        _keep_extracted_names, _resolve_actors],
    # the publication's clock time (the stories stage tells a day's happenings apart by it);
    # articles stored before have none until re-imported
    6: ["ALTER TABLE articles ADD COLUMN published_time TIME"],
    # actor identity by the rules of version 7, with the keys they read
    7: [_reresolve_actors],
    # a person's block by the last word as today's spelling writes it ("Pandjaitan" / "Panjaitan")
    8: [_reresolve_actors],
    # nicknames among a name's forms, an acronym the table leaves blank joined to its body
    9: [_reresolve_actors],
    # no index on three tables of actor identity only ever read whole or joined; an actor's kind by what
    # the articles' words say of it ("klub X", "istrinya, X"), the tagger's guess where they say nothing
    # (articles stored before say nothing until re-extracted); a person's name joins its group by the
    # group's most written names
    10: [_without_keys, _add_kind_cues, _reresolve_actors],
    # no index on the link rows resolution rebuilds (each written once by a statement that makes them one an
    # article or event and actor) nor on the stories' centroids (a story's terms written whole)
    11: [lambda con: _without_keys(con, ("article_actors", "event_actors", "story_terms"))],
    # places used as teams ("melawan Napoli"): every stored article's places read for how it uses
    # them (resolve/places.py), the names used as a team made organisations, every name decided anew
    12: ["INSERT OR IGNORE INTO actors_unresolved SELECT article_id FROM articles", _reresolve_actors],
    # the user's corrections of places (events places forget|merge|set): the table comes from schema.sql
    13: [],
}

# The words of a text as `events search` matches them: runs of letters and digits, lower-cased,
# of two characters or more, each as the upper 32 bits of its MD5 (stable across DuckDB versions,
# unlike hash()). Queries hash their words with the same expression.
WORDS_SQL = r"regexp_split_to_array(lower({text}), '[^\pL\pN]+')"  # (unnested, words of 2+ characters kept)
# (bits 32-63 of the MD5 number: what "(md5_number_upper(w) >> 32)::UINTEGER" gives, without the
# macro's round trip through a 128-character bit string, which cost 5.7x the hashing itself)
TERM_HASH_SQL = "((md5_number({word}) >> 32) & 4294967295)::UINTEGER"
# A title's words count three times (BM25F's field weights, simply): a headline says what an article is about.
_TITLE_THRICE = "repeat(coalesce(title, '') || ' ', 3)"
# Each word of an article is counted first and hashed once, not once for each time it occurs
# (a quarter less CPU for the same rows: two words of one hash in one article still make one row).
_ARTICLE_TERMS = f"""
    INSERT INTO article_terms (term_hash, article_id, tf)
    SELECT {TERM_HASH_SQL.format(word="word")}, article_id, least(sum(n), 65535)::USMALLINT
    FROM (SELECT article_id, word, count(*) AS n
          FROM (SELECT article_id, unnest({WORDS_SQL.format(text=_TITLE_THRICE + " || text")}) AS word
                FROM articles WHERE {{which}})
          WHERE length(word) > 1
          GROUP BY ALL)
    GROUP BY ALL"""


def index_terms(con: duckdb.DuckDBPyConnection, article_ids: Sequence[int] | None = None) -> None:
    """Record the words of these articles (of all, with None) in article_terms."""
    if article_ids is None:
        con.execute(_ARTICLE_TERMS.format(which="TRUE"))
    elif article_ids:
        con.execute(_ARTICLE_TERMS.format(which="article_id IN (SELECT unnest($ids))"), {"ids": list(article_ids)})


# The words' table is kept sorted by word, so that DuckDB's zone maps let a search read the few
# row groups holding its words (five times faster on 200,000 articles than reading all 30 million
# rows); each batch appends its words unsorted, and when the unsorted rows make a quarter of the
# table (and half a million rows or more), it is sorted again: some 1.5 s for the 19k import, at
# its end; an import of 3,000 articles into a 200,000-article archive sorts nothing.
_TERMS_UNSORTED_SHARE, _TERMS_UNSORTED_MIN = 0.25, 500_000


def shed_buffers(con: duckdb.DuckDBPyConnection) -> None:
    """Let DuckDB drop the blocks of stored tables it keeps in memory (they are read again from
    the file when needed): between an import's batches, so that its memory does not grow with
    every block the batches have touched (~75 MB of them by the end of the 19k import, ~130 MB
    with the stories placed). A memory limit lower than what it holds makes it evict what it
    can; the limit is then set back (what cannot be evicted stays: the lower limit is refused).
    DuckDB tells a limit rounded (as "18.7 GiB"): the default is set back exactly (RESET), a
    limit of the caller's as told."""
    limit = con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
    try:
        con.execute("SET memory_limit = '1MB'")
    except duckdb.Error:
        pass
    finally:
        con.execute("RESET memory_limit")
        if con.execute("SELECT current_setting('memory_limit')").fetchone()[0] != limit:
            con.execute(f"SET memory_limit = '{limit}'")


def sort_terms_when_due(con: duckdb.DuckDBPyConnection, force: bool = False) -> bool:
    """Sort article_terms by word when enough rows came unsorted since it last was (see above);
    True when it did. One transaction."""
    total = con.execute("SELECT count(*) FROM article_terms").fetchone()[0]
    row = con.execute("SELECT max(rows) FROM article_terms_sorted").fetchone()
    unsorted = total - min(row[0] or 0, total)
    if not force and (unsorted < _TERMS_UNSORTED_MIN or unsorted < _TERMS_UNSORTED_SHARE * total):
        return False
    con.begin()
    try:
        con.execute("CREATE OR REPLACE TEMP TABLE _sorted_terms AS SELECT * FROM article_terms ORDER BY term_hash, article_id")
        con.execute("DELETE FROM article_terms")
        con.execute("INSERT INTO article_terms SELECT * FROM _sorted_terms")
        con.execute("DROP TABLE _sorted_terms")
        con.execute("DELETE FROM article_terms_sorted")
        con.execute("INSERT INTO article_terms_sorted VALUES (?)", [total])
        con.commit()
    except BaseException:
        _rollback(con)
        raise
    return True


# schema 5 also has the words of every article, for search
MIGRATIONS.setdefault(5, []).extend([lambda con: _create_from_schema(con, ["article_terms", "article_terms_sorted"]),
                                     index_terms])

DEFAULT_DB = "events.duckdb"

# Nothing is ever downloaded: only the extensions bundled in the wheel (json, parquet, icu).
_CONFIG = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}

TABLES = ("articles", "events", "actors", "places", "article_actors", "article_places",
          "event_actors", "event_places", "related_links", "actor_aliases", "place_aliases",
          "stories", "story_terms", "extracted_actors", "extracted_event_actors", "actor_names", "actor_corrections",
          "place_corrections")


def schema_sql() -> str:
    """schema.sql from the installed package, or from the source checkout."""
    packaged = resources.files("events_cli") / "schema.sql"
    if packaged.is_file():
        return packaged.read_text(encoding="utf-8")
    return (Path(__file__).resolve().parent.parent / "schema.sql").read_text(encoding="utf-8")


def default_db_path() -> str:
    return os.environ.get("EVENTS_DB") or DEFAULT_DB


def content_hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def dedup_key(url: str | None, text: str) -> str:
    """Articles are the same when their URL is, or, without a URL, when their text is."""
    return f"url:{url.strip()}" if url and url.strip() else f"sha256:{content_hash(text)}"


def connect(path: str, read_only: bool = False, wait: float = 0.0, ask: bool = True,
            on_wait: Callable[[], None] | None = None,
            on_upgrade: Callable[[int], None] | None = None) -> duckdb.DuckDBPyConnection:
    """Open (and for writers create and migrate) the database at `path`; `on_upgrade` is called
    with the file's schema version before a file made by an older events is upgraded.

    DuckDB lets one process at a time open a file (to write, or to read while nobody writes).
    When another holds it, this tries again for up to `wait` seconds (`on_wait` is called once,
    when waiting starts); with `ask`, it leaves a note beside the file that an import sees after
    each batch and answers by letting go of the file until this process is done with it
    (:class:`ImportConnection`)."""
    if read_only and path != ":memory:" and not os.path.exists(path):
        raise DatabaseError(f"no database at {path}: import articles first (events --db {path} import PATH)")
    started, note, pause = time.monotonic(), None, 0.02
    try:
        while True:
            try:
                con = duckdb.connect(path, read_only=read_only, config=_CONFIG)
                break
            except duckdb.IOException as exc:
                if "lock" not in str(exc).lower():
                    raise DatabaseError(f"cannot open database {path}: {_first_line(exc)}") from None
                waited = time.monotonic() - started
                if waited >= wait:
                    raise DatabaseLockedError(path, waited) from None
                if note is None:
                    note = _ask_for_turn(path) if ask else ""
                    if on_wait is not None:
                        on_wait()
                time.sleep(min(pause, max(wait - waited, 0.0)))
                pause = min(pause * 2, 0.25)
            except duckdb.Error as exc:
                raise DatabaseError(f"cannot open database {path}: {_first_line(exc)}") from None
    finally:
        if note:
            with contextlib.suppress(OSError):
                os.unlink(note)
    if not read_only:
        try:
            migrate(con, path, on_upgrade)
        except BaseException:
            con.close()
            raise
    elif _check_version(con, path) < SCHEMA_VERSION and path != ":memory:":
        # made by an older events: bring it up to date once, then open it as asked
        con.close()
        connect(path, on_upgrade=on_upgrade).close()
        return connect(path, read_only=True)
    return con


def _ask_for_turn(path: str) -> str:
    """Leave the note that asks an import to let go of the database file (removed once open)."""
    note = f"{path}{_TURN_NOTE}{os.getpid()}"
    with contextlib.suppress(OSError):
        open(note, "w").close()
    return note


_TURN_NOTE = ".waiting."  # events.duckdb.waiting.<pid>: a process waits to open events.duckdb
_TURN_SECONDS = 2.0  # how long an import that let go of the file waits for the others to take it


def others_waiting(path: str) -> bool:
    """Whether a live events process has asked for a turn at the file; stale notes (of a
    process killed while it waited) are removed."""
    folder, name = os.path.split(os.path.abspath(path))
    prefix = name + _TURN_NOTE
    try:
        notes = [n for n in os.listdir(folder) if n.startswith(prefix)]
    except OSError:
        return False
    waiting = False
    for note in notes:
        pid = note[len(prefix):]
        try:
            os.kill(int(pid), 0)
            waiting = True
        except ProcessLookupError:
            with contextlib.suppress(OSError):
                os.unlink(os.path.join(folder, note))
        except (ValueError, PermissionError):
            waiting = True
    return waiting


class ImportConnection:
    """The connection of an import, which lets go of the file between batches when another
    events process asked for it (:func:`connect` with `ask`), so that `events timeline` works
    during an import; it then opens the file again as soon as that process is done."""

    def __init__(self, path: str, wait: float = 0.0, on_wait: Callable[[], None] | None = None,
                 on_upgrade: Callable[[int], None] | None = None):
        self.path = path
        self.con = connect(path, wait=wait, ask=False, on_wait=on_wait, on_upgrade=on_upgrade)
        self.turns = 0  # how many times it let others in

    def let_others_in(self) -> bool:
        """Between batches: close and reopen when someone waits; True when it did."""
        if self.path == ":memory:" or not others_waiting(self.path):
            return False
        self.con.close()
        # until the waiting processes have opened the file (each removes its note when it has),
        # then open it again as soon as they are done with it
        deadline = time.monotonic() + _TURN_SECONDS
        while time.monotonic() < deadline and others_waiting(self.path):
            time.sleep(0.01)
        self.con = connect(self.path, wait=float("inf"), ask=False)
        self.turns += 1
        return True

    def close(self) -> None:
        self.con.close()


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The version recorded in the database; 0 for a database events has not set up.

    Asked directly rather than through information_schema, which costs a catalog scan
    on every command."""
    try:
        return con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()[0]
    except duckdb.CatalogException:
        return 0


def _check_version(con, path: str) -> int:
    version = schema_version(con)
    if version == 0:
        raise DatabaseError(f"{path} is not an events database (no schema_migrations table)")
    if version > SCHEMA_VERSION:
        raise DatabaseError(
            f"{path} has schema version {version}, newer than this events understands ({SCHEMA_VERSION}): upgrade events"
        )
    return version


def schema_description(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    """The schema of the open database as rows two databases can be compared by, each row
    led by the name of its table, view, index or sequence: the columns of tables and views (in
    order, with type, nullability and default), constraints, view SQL, indexes and sequences;
    never data, names DuckDB invents, or a sequence's current value."""
    queries = {
        "columns": f"""SELECT table_name, column_index, column_name, data_type, is_nullable, column_default
                       FROM duckdb_columns() WHERE {_MAIN} AND NOT internal""",
        "constraints": f"""SELECT table_name, constraint_type, constraint_text, constraint_column_names
                           FROM duckdb_constraints() WHERE {_MAIN}""",
        "views": f"SELECT view_name, sql FROM duckdb_views() WHERE {_MAIN} AND NOT internal",
        "indexes": f"SELECT index_name, table_name, is_unique, is_primary, sql FROM duckdb_indexes() WHERE {_MAIN}",
        # (not start_value: DuckDB writes a used sequence's next value there)
        "sequences": f"SELECT sequence_name, min_value, max_value, increment_by, cycle FROM duckdb_sequences() WHERE {_MAIN}",
    }
    return {part: sorted(con.execute(sql).fetchall()) for part, sql in queries.items()}


def migrate(con: duckdb.DuckDBPyConnection, name: str = "the database",
            on_upgrade: Callable[[int], None] | None = None) -> None:
    """Bring the database to SCHEMA_VERSION: schema.sql for a new one, migrations for an old one
    (`on_upgrade` called first with its version: an upgrade that decides every actor again takes
    a while on a large archive).

    All in one transaction: an upgrade that fails leaves the file as it was, and says so."""
    version = schema_version(con)
    if version > SCHEMA_VERSION:
        raise DatabaseError(
            f"database has schema version {version}, newer than this events understands ({SCHEMA_VERSION}): upgrade events"
        )
    if version == SCHEMA_VERSION:
        return
    if version and on_upgrade is not None:
        on_upgrade(version)
    con.begin()
    try:
        if version == 0:
            con.execute(schema_sql())
        else:
            _upgrade(con, version)
        con.execute("INSERT INTO schema_migrations (version) VALUES (?)", [SCHEMA_VERSION])
        con.commit()
    except BaseException as exc:
        _rollback(con)
        if not version or is_interrupt(exc) or not isinstance(exc, (DatabaseError, duckdb.Error)):
            raise
        reason = str(exc) if isinstance(exc, DatabaseError) else _first_line(exc)  # (COMMIT's own failure)
        raise DatabaseError(f"cannot upgrade {name} from schema version {version} to {SCHEMA_VERSION}: {reason}; "
                            "the file is left as it was") from None


def _upgrade(con: duckdb.DuckDBPyConnection, version: int) -> None:
    """The migrations after `version`, then schema.sql; a DatabaseError says what went wrong."""
    steps = [(f"the step to version {step}", MIGRATIONS[step]) for step in range(version + 1, SCHEMA_VERSION + 1)]
    for label, statements in [*steps, ("schema.sql", [schema_sql()])]:
        try:
            for statement in statements:
                statement(con) if callable(statement) else con.execute(statement)
        except duckdb.Error as exc:
            if is_interrupt(exc):
                raise
            raise DatabaseError(f"{label} failed: {_first_line(exc)}") from None
    if differing := _differing_objects(schema_description(con), _new_schema_description(schema_sql())):
        raise DatabaseError(f"the upgraded schema differs from a new database's in the {differing}")


@functools.lru_cache(maxsize=2)
def _new_schema_description(sql: str) -> dict[str, list[tuple]]:
    """The schema a new database made by `sql` has (made once a process for each text: an
    in-memory database costs a tenth of a second; callers only read what it returns)."""
    fresh = duckdb.connect(":memory:", config=_CONFIG)
    try:
        fresh.execute(sql)
        return schema_description(fresh)
    finally:
        fresh.close()


def _differing_objects(upgraded: dict[str, list[tuple]], new: dict[str, list[tuple]]) -> str | None:
    """Where an upgraded schema is not a new one: "columns of articles, events"; None when it is.

    Only what schema.sql makes is compared: tables, views and indexes of the user's own
    (made with `events sql --write`) are theirs to keep."""
    for part, rows in new.items():
        ours = [row for row in upgraded[part] if row[0] in {r[0] for r in rows}]
        if ours != rows:  # (rows hold lists: no sets of them)
            names = {row[0] for row in ours if row not in rows} | {row[0] for row in rows if row not in ours}
            return f"{part} of {', '.join(sorted(names))}"
    return None


def refresh_stats(con: duckdb.DuckDBPyConnection, actor_ids: Collection[int] | None = None,
                  place_ids: Collection[int] | None = None) -> None:
    """Recompute the counts and first and last dates stored on actors and places: of the
    ids given, or, given none, of all of them (after SQL that may have changed any links)."""
    everything = actor_ids is None and place_ids is None
    for table, ids in (("actors", actor_ids), ("places", place_ids)):
        if everything:
            con.execute(_stats_sql(table, scoped=False))
        elif ids:
            con.execute(_stats_sql(table, scoped=True), {"ids": list(ids)})


def refresh_derived(con: duckdb.DuckDBPyConnection) -> None:
    """Bring what events keeps derived from the tables up to date after SQL that may have
    changed any row: the title keys, the targets of links not yet resolved, the counts and
    first and last dates of actors and places."""
    key = _title_key("title")
    for table in ("articles", "related_links"):
        con.execute(f"UPDATE {table} SET title_key = {key} WHERE title_key IS DISTINCT FROM {key}")
    resolve_related_links(con)
    refresh_stats(con)


def _add_stats(con, table: str, article_rows: Sequence[tuple], event_rows: Sequence[tuple],
               event_dates: dict[int, dt.date]) -> None:
    """Add new link rows (``(article_id or event_id, actor or place id, ...)``) to the counts
    and first and last dates stored on the actors or places they name.

    For a batch that only adds (no article re-extracted) this equals :func:`refresh_stats`
    of the ids it names, at the cost of the batch alone: a recount reads every link row of
    those ids, and the tables grow with the archive."""
    stats: dict[int, list] = {}  # id -> [events, articles, first date, last date]
    for row in article_rows:
        stats.setdefault(row[1], [0, 0, None, None])[1] += 1
    for row in event_rows:
        s = stats.setdefault(row[1], [0, 0, None, None])
        s[0] += 1
        date = event_dates[row[0]]
        if date is None:  # (undated, or its year unknown)
            continue
        if s[2] is None or date < s[2]:
            s[2] = date
        if s[3] is None or date > s[3]:
            s[3] = date
    if not stats:
        return
    key = _ENTITIES[table][0]
    n_events, n_articles, first, last = zip(*stats.values())
    _rows(con, f"""UPDATE {table} SET n_events = {table}.n_events + d.n_events,
                                      n_articles = {table}.n_articles + d.n_articles,
                                      first_date = least({table}.first_date, d.first_date::DATE),
                                      last_date = greatest({table}.last_date, d.last_date::DATE)
                   FROM _batch d WHERE {table}.{key} = d.id""",
          {"id": list(stats), "n_events": n_events, "n_articles": n_articles, "first_date": first, "last_date": last})


def period_end(date: dt.date | None, precision: str) -> dt.date | None:
    """The last day a date of this precision may mean (of a range: pass its last day)."""
    if date is None:
        return None
    if precision == "year":
        return date.replace(month=12, day=31)
    if precision == "month":
        return (date.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return date


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def find_existing(con: duckdb.DuckDBPyConnection, keys: Sequence[str]) -> dict[str, int]:
    """The ids of the articles already stored under these dedup keys."""
    if not keys:
        return {}
    return dict(_rows(con, "SELECT dedup_key, article_id FROM articles WHERE dedup_key IN (SELECT dedup_key FROM _batch)",
                      {"dedup_key": keys}))


def find_by_origin(con: duckdb.DuckDBPyConnection, origins: Sequence[tuple[str, str | None]]) -> dict[tuple, int]:
    """The ids of the articles without a URL last stored from these (origin, external_id) pairs:
    a file, or a record of a file by its id, imported before (perhaps with another text)."""
    if not origins:
        return {}
    rows = _rows(con, """SELECT a.origin, a.external_id, max(a.article_id) FROM articles a
                         JOIN _batch k ON a.origin = k.origin AND a.external_id IS NOT DISTINCT FROM k.external_id
                         WHERE a.url IS NULL GROUP BY ALL""",
                 {"origin": [o for o, _ in origins], "external_id": [e for _, e in origins]})
    return {(origin, external_id): article_id for origin, external_id, article_id in rows}


def _rows(con, sql: str, columns: dict[str, Sequence]) -> list[tuple]:
    """Run `sql`, which reads `columns` (name -> values, all of one length) as the table
    ``_batch``, and fetch its result.

    DuckDB finds ``_batch`` among this function's local variables (a replacement scan:
    ``register`` would refuse to run while the connection holds an unfetched result).
    Object arrays keep each value as the Python object it is (str, date, list...), so DuckDB
    converts them as it would parameters; None is NULL (and so is a float NaN, which no
    gazetteer coordinate is).
    """
    import numpy as np  # only writers need it, and importing extraction has loaded it already

    _batch = {name: np.fromiter(values, dtype=object, count=len(values))  # noqa: F841 (read by DuckDB)
              for name, values in columns.items()}
    return con.execute(sql).fetchall()


def _insert(con, table: str, columns: Sequence[str], rows: Sequence[tuple], computed: dict[str, str] | None = None) -> None:
    """Bulk insert of `rows`, one tuple per row in the order of `columns`; `computed` adds
    columns whose values are SQL expressions over those."""
    if not rows:
        return
    computed = computed or {}
    names = ", ".join([*columns, *computed])
    values = ", ".join([*columns, *computed.values()])
    _rows(con, f"INSERT INTO {table} ({names}) SELECT {values} FROM _batch", dict(zip(columns, zip(*rows))))


def _ids(con, sequence: str, n: int) -> list[int]:
    if n == 0:
        return []
    return [r[0] for r in con.execute(f"SELECT nextval('{sequence}') FROM range(?)", [n]).fetchall()]


def _entity_ids(con, table: str, key_columns: Sequence[str], rows: dict[tuple, tuple]) -> dict[tuple, int]:
    """Ids of actors or places by key, inserting the ones not stored yet."""
    if not rows:
        return {}
    id_column = _ENTITIES[table][0]
    keys = list(rows)
    join = " AND ".join(f"t.{c} IS NOT DISTINCT FROM k.{c}" for c in key_columns)
    found = {
        tuple(r[1:]): r[0]
        for r in _rows(con, f"SELECT t.{id_column}, {', '.join('t.' + c for c in key_columns)} "
                            f"FROM {table} t JOIN _batch k ON {join}", dict(zip(key_columns, zip(*keys))))
    }
    missing = [k for k in keys if k not in found]
    if missing:
        new_ids = _ids(con, table[:-1] + "_ids", len(missing))
        full_rows = [(i, *rows[k]) for i, k in zip(new_ids, missing)]
        columns = [id_column] + (["name", "kind"] if table == "actors" else ["name", "kind", "country_code", "lat", "lon"])
        _insert(con, table, columns, full_rows)
        found.update(zip(missing, new_ids))
    return found


def _add_aliases(con, table: str, id_column: str, pairs: set[tuple[int, str]]) -> None:
    """Record the forms names were written in, once each."""
    if not pairs:
        return
    ids, aliases = zip(*pairs)
    # the primary key's index finds the pairs already stored, at the cost of the batch alone
    # (an anti-join with the table would read all of it at every batch)
    _rows(con, f"INSERT OR IGNORE INTO {table} ({id_column}, alias) SELECT id, alias FROM _batch",
          {"id": ids, "alias": aliases})


def _event_ids_by_content(con, article_ids: list[int]) -> dict[tuple, list[int]]:
    """The stored events of these articles by what they say (article, kind, sentence, date,
    date's end, precision), each key's ids last first, to hand back to a re-extraction."""
    if not article_ids:
        return {}
    out: dict[tuple, list[int]] = {}
    for event_id, *key in con.execute(
            "SELECT event_id, article_id, kind, sentence, date, date_end, precision FROM events "
            "WHERE article_id IN (SELECT unnest($ids)) ORDER BY event_id DESC", {"ids": article_ids}).fetchall():
        out.setdefault(tuple(key), []).append(event_id)
    return out


def _delete_article_rows(con, article_ids: list[int]) -> tuple[set[int], set[int]]:
    """Delete what the articles' extraction wrote; returns the actor and place ids it named."""
    if not article_ids:
        return set(), set()
    con.execute("CREATE OR REPLACE TEMP TABLE _gone AS SELECT event_id FROM events WHERE article_id IN (SELECT unnest(?))",
                [article_ids])
    named = []
    for key, events, articles in _ENTITIES.values():
        named.append({r[0] for r in con.execute(
            f"SELECT {key} FROM {articles} WHERE article_id IN (SELECT unnest($ids)) "
            f"UNION SELECT {key} FROM {events} WHERE event_id IN (SELECT event_id FROM _gone)",
            {"ids": article_ids}).fetchall()})
    # the names these articles gave are resolved anew: they may have lost their only article
    con.execute("""UPDATE actor_names SET cluster = NULL FROM (SELECT DISTINCT name, kind FROM extracted_actors
                   WHERE article_id IN (SELECT unnest($ids))) x
                   WHERE actor_names.name = x.name AND actor_names.kind = x.kind""", {"ids": article_ids})
    for table in ("event_actors", "event_places", "extracted_event_actors"):
        con.execute(f"DELETE FROM {table} WHERE event_id IN (SELECT event_id FROM _gone)")
    for table in ("events", "article_actors", "article_places", "related_links", "extracted_actors", "article_terms",
                  "place_uses"):
        con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))", [article_ids])
    con.execute("DROP TABLE _gone")
    return named[0], named[1]


def write_articles(con: duckdb.DuckDBPyConnection, records: Sequence[ArticleRecord],
                   replace_ids: dict[int, int] | None = None) -> list[int]:
    """Store a batch of extracted articles in one transaction; returns their article ids.

    `replace_ids` maps a record's index in `records` to the id of the stored article it
    re-extracts: that article keeps its id and gets its rows anew.
    """
    replace_ids = replace_ids or {}
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    con.begin()
    try:
        new_ids = iter(_ids(con, "article_ids", len(records) - len(replace_ids)))
        ids = [replace_ids[i] if i in replace_ids else next(new_ids) for i in range(len(records))]
        kept_events = _event_ids_by_content(con, list(replace_ids.values()))
        old_actors, old_places = _delete_article_rows(con, list(replace_ids.values()))
        article_rows, updates = [], []
        for i, (article_id, rec) in enumerate(zip(ids, records)):
            a = rec.article
            row = (article_id, a.origin, a.external_id, a.url, rec.source, a.title, rec.published, rec.language,
                   rec.dateline_place, a.text, content_hash(a.text), dedup_key(a.url, a.text), now,
                   a.published_time if rec.published == a.published else None)
            (updates if i in replace_ids else article_rows).append(row)
        article_columns = ["article_id", "origin", "external_id", "url", "source", "title", "published", "language",
                           "dateline_place", "text", "content_hash", "dedup_key", "imported_at", "published_time"]
        _insert(con, "articles", article_columns, article_rows, {"title_key": _title_key("title")})
        if updates:  # re-extracted articles keep their id; the rest is replaced (the dedup key
            # too, when the text of an article known by its file changed)
            kept = ("article_id",)
            _rows(con, "UPDATE articles SET " + ", ".join(f"{c} = u.{c}" for c in article_columns if c not in kept)
                  + f", title_key = {_title_key('u.title')} FROM _batch u WHERE articles.article_id = u.article_id",
                  dict(zip(article_columns, zip(*updates))))
        index_terms(con, ids)

        # in order of first appearance, so that the same import gives the same ids every time
        place_ids = _entity_ids(con, "places", ["name", "kind"],
                                {(p.name, p.kind): (p.name, p.kind, p.country_code, p.lat, p.lon)
                                 for r in records for p in r.places})

        article_actor_rows, article_place_rows, link_rows = [], [], []
        event_rows, event_actor_rows, event_place_rows = [], [], []
        # a re-extracted event that is as it was keeps its id (a user may have written it down)
        event_keys = [[(article_id, ev.kind, ev.sentence, ev.date, period_end(ev.last or ev.date, ev.precision),
                        ev.precision) for ev in rec.events] for article_id, rec in zip(ids, records)]
        reused = [[kept_events[key].pop() if kept_events.get(key) else None for key in keys] for keys in event_keys]
        fresh = iter(_ids(con, "event_ids", sum(ids_.count(None) for ids_ in reused)))
        event_ids = iter([event_id if event_id is not None else next(fresh) for ids_ in reused for event_id in ids_])
        for article_id, rec in zip(ids, records):
            kinds = {ac.name: ac.kind for ac in rec.actors}
            place_kinds = {p.name: p.kind for p in rec.places}
            # the extraction's names as it gave them: which actor each is, resolve/actors.py decides
            article_actor_rows.extend((article_id, ac.name, ac.kind, ac.mentions, ac.roles, ac.cued)
                                      for ac in {(ac.name, ac.kind): ac for ac in rec.actors}.values())
            for p in rec.places:
                article_place_rows.append((article_id, place_ids[(p.name, p.kind)], p.mentions))
            for position, link in enumerate(rec.related, 1):
                link_rows.append((article_id, position, link.title, link.url))
            for ev in rec.events:
                event_id = next(event_ids)
                event_rows.append((event_id, article_id, ev.date, period_end(ev.last or ev.date, ev.precision),
                                   ev.precision, ev.kind, ev.sentence, ev.date_text, ev.inferred, ev.partial,
                                   ev.type, ev.negated))
                parts: dict[str, list] = {}  # one row a name, its part in the event kept (source, target)
                for ea in ev.actors:
                    row = parts.setdefault(ea.name, [event_id, ea.name, kinds[ea.name], ea.role, ea.part])
                    if row[4] == "other":
                        row[4] = ea.part
                event_actor_rows.extend(map(tuple, parts.values()))
                for name in dict.fromkeys(ev.places):
                    event_place_rows.append((event_id, place_ids[(name, place_kinds[name])]))
        _insert(con, "extracted_actors", ["article_id", "name", "kind", "mentions", "roles", "cued"], article_actor_rows)
        _insert(con, "article_places", ["article_id", "place_id", "mentions"], article_place_rows)
        _insert(con, "related_links", ["article_id", "position", "title", "url"], link_rows,
                {"title_key": _title_key("title")})
        _insert(con, "events", ["event_id", "article_id", "date", "date_end", "precision", "kind", "sentence",
                                "date_text", "inferred", "date_partial", "type", "negated"], event_rows)
        _insert(con, "extracted_event_actors", ["event_id", "name", "kind", "role", "part"], event_actor_rows)
        _insert(con, "actors_unresolved", ["article_id"], [(i,) for i in ids if i not in set(replace_ids.values())])
        _rows(con, "INSERT OR IGNORE INTO actors_unresolved SELECT id FROM _batch", {"id": list(replace_ids.values())})
        _insert(con, "event_places", ["event_id", "place_id"], event_place_rows)
        _add_aliases(con, "place_aliases", "place_id", {(row[1], m) for row in article_place_rows for m in row[2]})
        resolve_related_links(con, ids, links_added=bool(link_rows))
        # (the actors' counts are resolve/actors.py's: it writes their links)
        if replace_ids:  # links gone as well as come: count those actors and places anew
            refresh_stats(con, old_actors, old_places | {row[1] for row in article_place_rows}
                          | {row[1] for row in event_place_rows})
        else:
            _add_stats(con, "places", article_place_rows, event_place_rows, {row[0]: row[2] for row in event_rows})
        con.commit()
    except BaseException as exc:
        _rollback(con)
        if is_interrupt(exc) and not isinstance(exc, KeyboardInterrupt):
            raise KeyboardInterrupt from exc
        raise
    return ids


def forget_articles(con: duckdb.DuckDBPyConnection, article_ids: Sequence[int],
                    around: Callable[[Callable[[], None]], None] = lambda delete: delete()) -> dict[str, int]:
    """Remove these articles and everything derived from them, in one transaction: their events,
    links, words and the counts of the actors and places they named; links of other articles
    that pointed at them point at no article again (or at another with their URL or title).
    `around(delete)` runs the deletion inside the transaction, so that resolution can take the
    articles out of what it derived (stories) around it. Returns how many articles and events went."""
    article_ids = list(article_ids)
    gone = {"articles": len(article_ids), "events": 0}

    def delete() -> None:
        gone["events"] = con.execute("SELECT count(*) FROM events WHERE article_id IN (SELECT unnest($ids))",
                                     {"ids": article_ids}).fetchone()[0]
        actors, places = _delete_article_rows(con, article_ids)
        con.execute("DELETE FROM articles WHERE article_id IN (SELECT unnest($ids))", {"ids": article_ids})
        pointing = [r[0] for r in con.execute(
            "UPDATE related_links SET target_article_id = NULL WHERE target_article_id IN (SELECT unnest($ids)) "
            "RETURNING article_id", {"ids": article_ids}).fetchall()]
        if pointing:
            resolve_related_links(con, sorted(set(pointing)))
        refresh_stats(con, actors, places)

    con.begin()
    try:
        around(delete)
        con.commit()
    except BaseException:
        _rollback(con)
        raise
    return gone


def resolve_related_links(con: duckdb.DuckDBPyConnection, article_ids: Sequence[int] | None = None,
                          links_added: bool = True) -> None:
    """Point unresolved links at the first imported article with their URL or title.

    With `article_ids` (a batch just written), only the links that batch makes and the
    links that batch may answer are looked at, so each batch costs what it adds. URL and
    title are matched by separate equi-joins: an OR in one join condition would compare
    every link with every article. `links_added=False` says the batch made no links: then
    the stored articles need not be looked at for them. Titles are matched by their
    ``title_key`` (normalised once, when stored), never one of them empty.
    """
    if article_ids is None:
        scopes = [("TRUE", "TRUE")]
    else:  # (links looked at, articles looked at)
        scopes = [("TRUE", "a.article_id IN (SELECT unnest($ids))")]
        if links_added:
            scopes.insert(0, ("r.article_id IN (SELECT unnest($ids))", "TRUE"))
    parts = []
    for links, articles in scopes:
        for on in ("a.url = r.url", "a.title_key = r.title_key AND r.title_key <> ''"):
            parts.append(f"""SELECT r.article_id, r.position, a.article_id AS target
                FROM related_links r JOIN articles a ON {on}
                WHERE r.target_article_id IS NULL AND a.article_id <> r.article_id AND {links} AND {articles}""")
    con.execute(
        f"""
        UPDATE related_links SET target_article_id = m.target
        FROM (SELECT article_id, position, min(target) AS target FROM ({' UNION ALL '.join(parts)}) GROUP BY ALL) m
        WHERE related_links.article_id = m.article_id AND related_links.position = m.position
        """,
        {"ids": list(article_ids)} if article_ids is not None else {},
    )


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back, unless the failure already ended the transaction (Ctrl-C during COMMIT does)."""
    try:
        con.rollback()
    except duckdb.TransactionException:
        pass


def is_interrupt(exc: BaseException) -> bool:
    """DuckDB reports Ctrl-C during a query as an error of its own: an InterruptException,
    a RuntimeError "Query interrupted", or, when the KeyboardInterrupt came while it called
    into Python, a duckdb.Error "KeyboardInterrupt: ..." (the CLI also watches the signal)."""
    return isinstance(exc, (KeyboardInterrupt, duckdb.InterruptException)) or (
        isinstance(exc, RuntimeError) and "interrupted" in str(exc).lower()) or (
        isinstance(exc, duckdb.Error) and str(exc).startswith("KeyboardInterrupt"))
