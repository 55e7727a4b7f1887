"""Real databases made by earlier events are upgraded when opened: to the schema a new database
gets, keeping what they hold, and then import, list and export as a new one does.

The files (tests/fixtures/databases/, README.md there) were made by
scripts/build_old_databases.py, which runs each schema's last commit on the same four articles.
An upgrade that fails leaves the file exactly as it was and says so in one line.
"""
import functools
import gzip
import json
import os
import re
import shutil
import tempfile
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from events_cli import store
from events_cli.cli import app

from conftest import FIXTURES

DATABASES = sorted((FIXTURES / "databases").glob("*.duckdb.gz"))
runner = CliRunner()

# What scripts/build_old_databases.py imported into every file, in this order.
OLD_ARTICLES = [
    (1, "Putin dan Kim Jong-un Bertemu di Vladivostok"),
    (2, "Gempa magnitudo 6,1 guncang Garut"),
    (3, "Jokowi Resmikan Bendungan Karian di Lebak"),
    (4, "Gempa Garut, warga Bandung berhamburan keluar rumah"),
]

# A "Baca juga" link of article 2 that no stored article answers.
OPEN_LINK = "BNPB kirim bantuan logistik untuk korban gempa Garut"

# Made up for this test. Its title is OPEN_LINK in other capitals, and it writes two actors
# only by the short names the stored articles gave them.
NEW_ARTICLE = {
    "id": "bnpb", "url": "https://antaranews.example/bnpb-bantuan-garut",
    "title": "BNPB Kirim Bantuan Logistik untuk Korban Gempa Garut", "source": "ANTARA",
    "published": "2024-04-24", "language": "id",
    "text": "Jakarta (ANTARA) - BNPB mengirim bantuan logistik senilai Rp1,2 miliar untuk warga terdampak gempa "
            "bermagnitudo 6,1 di Kabupaten Garut, Jawa Barat, Rabu (24/4).\n\n"
            "Bantuan berupa tenda, selimut, makanan siap saji dan perlengkapan bayi diberangkatkan dari gudang BNPB "
            "di Sentul dengan enam truk.\n\n"
            "Presiden Jokowi meminta kementerian dan lembaga membantu memperbaiki rumah warga yang rusak akibat gempa itu.",
}


def events(db: Path, *args: str):
    return runner.invoke(app, ["--db", str(db), *args])


def listing(db: Path, command: str, *args: str) -> list[dict]:
    result = events(db, command, *args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def exported(db: Path) -> list[dict]:
    result = events(db, "export", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def made_with(path: Path) -> int:
    """The schema version of a fixture, from its name: v2-1f873d9.duckdb.gz."""
    return int(re.match(r"v(\d+)-", path.name).group(1))


def made_with_schema(con) -> int:
    """The schema version the database was made with: the first one it records."""
    return con.execute("SELECT min(version) FROM schema_migrations").fetchone()[0]


def made_with_schema_file(path: Path) -> int:
    """The schema version a database file is at, read without events (which would upgrade it)."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        return store.schema_version(con)
    finally:
        con.close()


def fixture_id(path: Path) -> str:
    return path.name.removesuffix(".duckdb.gz")


def unpacked(fixture: Path, tmp_path: Path) -> Path:
    path = tmp_path / "old.duckdb"
    with gzip.open(fixture) as packed, path.open("wb") as raw:
        shutil.copyfileobj(packed, raw)
    return path


def _ends_quick(paths: list[Path]) -> list:
    """The files as parameters, all but the oldest and the newest marked slow: the checks that
    upgrade a file and import, list and export through the CLI run on the two ends in the quick
    run, on every file in the slow one."""
    return [path if k in (0, len(paths) - 1) else pytest.param(path, marks=pytest.mark.slow)
            for k, path in enumerate(paths)]


@pytest.fixture(params=_ends_quick(DATABASES), ids=fixture_id)
def old_db(request, tmp_path) -> Path:
    return unpacked(request.param, tmp_path)


@pytest.fixture(params=_ends_quick([path for path in DATABASES if made_with(path) < store.SCHEMA_VERSION]),
                ids=fixture_id)
def older_db(request, tmp_path) -> Path:
    """A database of an older schema than this events has."""
    return unpacked(request.param, tmp_path)


@pytest.fixture(scope="session")
def upgraded_once(tmp_path_factory):
    """`upgraded_once(fixture)`: (the file, what it held before) of a fixture's database as a
    read-only command (`events actors`) upgraded it, made once per test process for the tests
    that only read it (the upgrade itself is test_upgraded_schema_is_that_of_a_new_database's)."""
    made: dict[Path, tuple[Path, dict]] = {}

    def database(fixture: Path) -> tuple[Path, dict]:
        if fixture not in made:
            db = unpacked(fixture, tmp_path_factory.mktemp("upgraded"))
            before = stored(db)
            assert events(db, "actors").exit_code == 0
            made[fixture] = db, before
        return made[fixture]

    return database


@pytest.fixture(params=_ends_quick(DATABASES), ids=fixture_id)
def upgraded(request, tmp_path, upgraded_once) -> tuple[Path, dict]:
    """(A copy of an old database as opening it upgraded it, what it held before)."""
    db, before = upgraded_once(request.param)
    path = tmp_path / "old.duckdb"
    shutil.copyfile(db, path)
    return path, before


def stored(path: Path) -> dict:
    """What a database file holds, read without events (which would upgrade it)."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {
            "version": con.execute("SELECT max(version) FROM schema_migrations").fetchone()[0],
            "articles": con.execute("SELECT article_id, title FROM articles ORDER BY 1").fetchall(),
            "events": con.execute("""SELECT article_id, event_id, date, precision, kind, sentence
                                     FROM events ORDER BY article_id, event_id""").fetchall(),
            "actor_articles": dict(con.execute("""SELECT ac.name, count(*) FROM article_actors JOIN actors ac
                                                  USING (actor_id) GROUP BY ac.name""").fetchall()),
            "links": con.execute("SELECT article_id, title, target_article_id FROM related_links ORDER BY 1, position").fetchall(),
        }
    finally:
        con.close()


@functools.cache
def fresh_schema() -> dict:
    """The schema of a new database (made once: the tests only compare with it)."""
    with tempfile.TemporaryDirectory() as folder:
        con = store.connect(os.path.join(folder, "new.duckdb"))
        try:
            return store.schema_description(con)
        finally:
            con.close()


def test_every_schema_before_this_one_has_a_database_and_a_line_in_the_readme():
    versions = {made_with(path) for path in DATABASES}
    assert versions >= set(range(1, store.SCHEMA_VERSION)), "add the last commit of the old schema to BUILDS"
    readme = (FIXTURES / "databases" / "README.md").read_text(encoding="utf-8")
    for path in DATABASES:
        assert path.name in readme


def test_upgraded_schema_is_that_of_a_new_database(old_db, tmp_path):
    before = stored(old_db)
    assert before["version"] <= store.SCHEMA_VERSION
    assert events(old_db, "actors").exit_code == 0  # a read-only command upgrades it first
    con = duckdb.connect(str(old_db), read_only=True)
    try:
        assert store.schema_description(con) == fresh_schema()
        versions = [v for (v,) in con.execute("SELECT version FROM schema_migrations ORDER BY 1").fetchall()]
    finally:
        con.close()
    assert versions == sorted({before["version"], store.SCHEMA_VERSION})


def test_upgrade_keeps_the_articles_their_events_and_links(upgraded):
    old_db, before = upgraded
    assert before["articles"] == OLD_ARTICLES
    records = exported(old_db)
    assert [(r["article_id"], r["title"]) for r in records] == OLD_ARTICLES
    assert [(r["article_id"], e["date"], e["precision"], e["kind"], e["summary"]) for r in records for e in r["events"]] == [
        (article_id, date.isoformat(), precision, kind, sentence) for article_id, _, date, precision, kind, sentence in before["events"]]
    assert [(r["article_id"], link["title"], link["article_id"]) for r in records for link in r["related"]] == before["links"]
    # article 2 links to article 4, imported after it
    assert (2, "Gempa Garut, warga Bandung berhamburan keluar rumah", 4) in before["links"]


def test_upgrade_fills_in_what_events_derives(upgraded):
    """The columns and tables an upgrade adds hold what events would have written there."""
    old_db, _ = upgraded
    assert events(old_db, "places").exit_code == 0
    con = duckdb.connect(str(old_db))
    try:
        rows = con.execute("SELECT date, precision, date_end, date_text FROM events").fetchall()
        # an upgrade fills date_end with the end of the date's period; from schema 4 on a range
        # ("2015-2023") ends later, as the extraction wrote it
        longer = [(text, end) for date, precision, end, text in rows if end != store.period_end(date, precision)]
        assert all(made_with_schema(con) >= 4 and re.search(r"\d\s*[-–]\s*\d", text) for text, _ in longer), longer
        for table, key, links in (("actor_aliases", "actor_id", "article_actors"),
                                  ("place_aliases", "place_id", "article_places")):
            assert con.execute(f"SELECT {key}, alias FROM {table} ORDER BY ALL").fetchall() == \
                con.execute(f"SELECT DISTINCT {key}, unnest(mentions) FROM {links} ORDER BY ALL").fetchall()
        # title keys, link targets, counts and dates on actors and places: as recomputed
        upgraded = {table: con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall() for table in store.TABLES}
        store.refresh_derived(con)
        assert {table: con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall() for table in store.TABLES} == upgraded
    finally:
        con.close()


def test_upgraded_actor_names_have_the_keys_and_groups_of_today(upgraded):
    """Every actor name of an upgraded file is keyed and decided by today's rules (version 7
    keys and resolves them again): its keys those a new import would store, none undecided."""
    from events_cli.resolve import actors

    old_db, _ = upgraded
    con = duckdb.connect(str(old_db), read_only=True)
    try:
        names = con.execute("SELECT name, kind, cluster FROM actor_names").fetchall()
        assert names and all(cluster is not None for _, _, cluster in names)
        keys = set(con.execute("SELECT key, name, kind FROM actor_name_keys").fetchall())
        assert keys == {(key, name, kind) for name, kind, _ in names for key in actors.name_keys(name, kind)}
    finally:
        con.close()


def test_upgraded_places_are_read_for_their_use_as_teams(upgraded):
    """Version 11 reads every stored article's towns for how its words use them ("di X", "melawan
    X": place_uses), as an import does: none of these articles uses one as a team."""
    from events_cli.resolve import places

    old_db, _ = upgraded
    con = duckdb.connect(str(old_db), read_only=True)
    try:
        rows = con.execute("""SELECT ap.article_id, ap.place_id, ap.mentions, a.text, p.kind = 'city' FROM article_places ap
                              JOIN places p USING (place_id) JOIN articles a USING (article_id)
                              WHERE p.kind IN ('city', 'other') AND p.country_code IS DISTINCT FROM 'ID'""").fetchall()
        expected = {(a, p, cue) for a, p, mentions, text, town in rows if (cue := places.article_cue(text, mentions, town))}
        assert ("place" in {cue for *_, cue in expected}
                and set(con.execute("SELECT article_id, place_id, cue FROM place_uses").fetchall()) == expected)
        assert not con.execute("SELECT count(*) FROM place_uses WHERE moved").fetchone()[0]
    finally:
        con.close()


def test_upgraded_events_span_their_periods(upgraded):
    """Events of a year are found by --from/--to holding it (events.date_end: its last day)."""
    old_db, before = upgraded
    in_2011 = [f"e{event_id}" for _, event_id, date, precision, _, _ in before["events"] if precision == "year" and date.year == 2011]
    assert in_2011  # the seed's "sejak ... pada 2011"
    timeline = listing(old_db, "timeline", "--from", "2011-01-01", "--to", "2011-12-31")
    assert [row["id"] for row in timeline] == in_2011


def test_upgraded_database_imports_lists_and_exports(old_db, tmp_path):
    before, version = stored(old_db), made_with_schema_file(old_db)
    new = tmp_path / "new.jsonl"
    new.write_text(json.dumps(NEW_ARTICLE) + "\n", encoding="utf-8")
    result = events(old_db, "import", str(new))
    assert result.exit_code == 0, result.output
    note, done = result.stderr.splitlines()  # (what is upgraded, said before the wait; then the import's line)
    assert note == (f"upgrading {old_db} from schema version {version} to {store.SCHEMA_VERSION} "
                    "(once: a large archive takes a minute)")
    assert done.startswith("1 imported, 0 unchanged, 0 failed")

    records = exported(old_db)
    assert [(r["article_id"], r["title"]) for r in records] == [*OLD_ARTICLES, (5, NEW_ARTICLE["title"])]
    # the short names join the actors the old articles named so (actor_aliases)
    assert [(a["name"], a["mentions"]) for a in records[4]["actors"]] == [
        ("Badan Nasional Penanggulangan Bencana", ["BNPB"]), ("Joko Widodo", ["Jokowi"])]
    # the old article's link finds the new one by its title (related_links.title_key)
    assert (2, OPEN_LINK, None) in before["links"]
    assert [(row["from"], row["to"]) for row in listing(old_db, "related", "2") if row["link_title"] == OPEN_LINK] == [(2, 5)]

    timeline = listing(old_db, "timeline")
    old_ids = {f"e{event_id}" for _, event_id, *_ in before["events"]}
    assert old_ids < {row["id"] for row in timeline}
    assert len(timeline) == len(old_ids) + len(records[4]["events"])

    # the counts kept on actors and places are those of the links, old and new
    actors = {row["name"]: row["articles"] for row in listing(old_db, "actors")}
    assert actors == {name: sum(name in [a["name"] for a in r["actors"]] for r in records) for name in actors}
    assert actors["Joko Widodo"] == before["actor_articles"]["Joko Widodo"] + 1
    places = {row["name"]: row["articles"] for row in listing(old_db, "places")}
    assert places == {name: sum(name in [p["name"] for p in r["places"]] for r in records) for name in places}
    assert {p["name"] for p in records[4]["places"]} <= set(places)


def test_an_upgrade_keeps_the_users_own_tables_views_and_indexes(older_db, tmp_path):
    con = duckdb.connect(str(older_db))
    con.execute("CREATE TABLE my_notes (article_id BIGINT, note VARCHAR)")
    con.execute("INSERT INTO my_notes VALUES (1, 'dibaca')")
    con.execute("CREATE VIEW my_titles AS SELECT article_id, title FROM articles")
    con.execute("CREATE INDEX my_sources ON articles (source)")
    con.close()
    assert listing(older_db, "sql", "SELECT t.title, n.note FROM my_notes n JOIN my_titles t USING (article_id)") == [
        {"title": OLD_ARTICLES[0][1], "note": "dibaca"}]
    assert listing(older_db, "sql", "SELECT index_name FROM duckdb_indexes()") == [{"index_name": "my_sources"}]
    con = duckdb.connect(str(older_db), read_only=True)
    try:
        upgraded = store.schema_description(con)
    finally:
        con.close()
    mine = {"my_notes", "my_titles", "my_sources"}
    assert {part: [row for row in rows if row[0] not in mine] for part, rows in upgraded.items()} == fresh_schema()


def last_step_also(statement: str):
    def breaking(monkeypatch):
        monkeypatch.setitem(store.MIGRATIONS, store.SCHEMA_VERSION, [*store.MIGRATIONS[store.SCHEMA_VERSION], statement])
    return breaking


def schema_sql_also(statement: str):
    def breaking(monkeypatch):
        schema_sql = store.schema_sql
        monkeypatch.setattr(store, "schema_sql", lambda: f"{schema_sql()}\n{statement}")
    return breaking


BREAKING = [
    ("a step fails", last_step_also("ALTER TABLE no_such_table ADD COLUMN x INTEGER"),
     r"the step to version {new} failed: Catalog Error: [^;]*\bno_such_table\b[^;]*"),
    ("schema.sql fails", schema_sql_also("CREATE OR REPLACE VIEW broken AS SELECT no_such_column FROM articles;"),
     r"schema.sql failed: Binder Error: [^;]*\bno_such_column\b[^;]*"),
    ("another schema", last_step_also("ALTER TABLE articles ADD COLUMN stray INTEGER"),
     r"the upgraded schema differs from a new database's in the columns of articles"),
]
# each older file with one way of failing, in turn: every way is tried on two files (or more) of
# different versions (the way a step fails does not depend on what the file holds); the other
# pairs are slow checks (`pytest -m slow`)
OLDER = [path for path in DATABASES if made_with(path) < store.SCHEMA_VERSION]
FAILED_UPGRADES = [(path, *BREAKING[i % len(BREAKING)][1:]) for i, path in enumerate(OLDER)]
_PAIRS = [pytest.param(path, breaking, reason, id=f"{fixture_id(path)}-{name}",
                       marks=() if j == i % len(BREAKING) else pytest.mark.slow)
          for i, path in enumerate(OLDER) for j, (name, breaking, reason) in enumerate(BREAKING)]


@pytest.mark.parametrize("fixture, breaking, reason", _PAIRS)
def test_a_failed_upgrade_leaves_the_file_as_it_was(fixture, breaking, reason, tmp_path, monkeypatch):
    """A command that writes, and for the newest older file one that only reads (which opens
    the file for its upgrade just the same), say why and leave the file as it was, byte for byte."""
    older_db = unpacked(fixture, tmp_path)
    version = made_with_schema_file(older_db)
    breaking(monkeypatch)
    original = older_db.read_bytes()
    expected = (re.escape(f"Error: cannot upgrade {older_db} from schema version {version} to {store.SCHEMA_VERSION}: ")
                + reason.format(new=store.SCHEMA_VERSION) + re.escape("; the file is left as it was"))
    commands = [["import", str(FIXTURES / "articles" / "kompas_01.txt")]]
    if version == store.SCHEMA_VERSION - 1:
        commands.append(["timeline"])
    for command in commands:
        result = events(older_db, *command)
        assert result.exit_code == 1 and result.stdout == ""
        note, line = result.stderr.splitlines()
        assert note.startswith(f"upgrading {older_db} from schema version {version} to {store.SCHEMA_VERSION} ")
        assert re.fullmatch(expected, line), line
        assert older_db.read_bytes() == original


def test_every_way_of_failing_is_tried_on_two_files():
    tried = [reason for _, _, reason in FAILED_UPGRADES]
    assert sorted(set(tried)) == sorted(reason for *_, reason in BREAKING)
    assert all(tried.count(reason) >= 2 for reason in tried)
