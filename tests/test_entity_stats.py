"""The counts and dates kept on actors and places always equal what the link tables say."""
from pathlib import Path

import pytest
from typer.testing import CliRunner

from events_cli import store
from events_cli.cli import app

from conftest import UNDO_SCHEMA_5

FIXTURES = sorted((Path(__file__).resolve().parent / "fixtures" / "articles").glob("*.txt"))
runner = CliRunner()

def live_sql(table, key, events, articles):
    """The counts and dates of every row of `table`, computed from the link tables."""
    dates = f"FROM {events} l JOIN events e USING (event_id) WHERE l.{key} = t.{key}"
    return f"""
        SELECT t.{key}, (SELECT count(*) FROM {events} l WHERE l.{key} = t.{key}),
               (SELECT count(*) FROM {articles} x WHERE x.{key} = t.{key}),
               (SELECT min(e.date) {dates}), (SELECT max(e.date) {dates})
        FROM {table} t ORDER BY 1"""


LIVE = {
    "actors": live_sql("actors", "actor_id", "event_actors", "article_actors"),
    "places": live_sql("places", "place_id", "event_places", "article_places"),
}


def assert_stats_true(db):
    con = store.connect(str(db), read_only=True)
    try:
        for table, live in LIVE.items():
            key = "actor_id" if table == "actors" else "place_id"
            stored = con.execute(
                f"SELECT {key}, n_events, n_articles, first_date, last_date FROM {table} ORDER BY 1").fetchall()
            assert stored == con.execute(live).fetchall(), table
            assert any(row[1] for row in stored)
    finally:
        con.close()


def run(*args):
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result


@pytest.mark.parametrize("n", [40, pytest.param(len(FIXTURES), marks=pytest.mark.slow)])  # (every fixture: slow)
def test_stats_follow_imports_replacements_and_sql(isolated_db, tmp_path, n):
    run("import", *map(str, FIXTURES[:20]))
    assert_stats_true(isolated_db)
    run("import", *map(str, FIXTURES[20:n]))  # a second batch adds to actors of the first
    assert_stats_true(isolated_db)
    # an article re-extracted after its text changed: a person gone, another come
    changed = tmp_path / FIXTURES[0].name
    text = FIXTURES[0].read_text(encoding="utf-8")
    con = store.connect(str(isolated_db), read_only=True)
    gone = con.execute("""SELECT ac.name FROM article_actors aa JOIN actors ac USING (actor_id)
                          JOIN articles a USING (article_id) WHERE a.origin LIKE ? AND ac.kind = 'person'
                          ORDER BY ac.name LIMIT 1""", [f"%{FIXTURES[0].name}"]).fetchone()[0]
    con.close()
    changed.write_text(text.replace(gone, "Sutrisno Bachir") + "\nWarga Garut, Ujang Sopandi, datang.", encoding="utf-8")
    run("import", str(changed))
    run("import", "--replace", str(changed))
    assert_stats_true(isolated_db)
    run("sql", "--write", "DELETE FROM event_actors WHERE actor_id IN (SELECT min(actor_id) FROM event_actors)")
    run("sql", "--write", "DELETE FROM article_places WHERE place_id IN (SELECT min(place_id) FROM article_places)")
    assert_stats_true(isolated_db)


def test_listing_shows_only_named_entities_in_order(isolated_db):
    run("import", *map(str, FIXTURES))
    rows = [line.split("\t") for line in run("actors", "--format", "tsv").stdout.splitlines()[1:]]
    counts = [(-int(r[2]), -int(r[3]), r[0]) for r in rows]
    assert counts == sorted(counts) and len(rows) > 50
    run("sql", "--write", "DELETE FROM article_actors")
    assert run("actors", "--format", "tsv").stdout.splitlines()[1:] == []


def test_an_older_database_gets_its_stats_when_opened(isolated_db):
    run("import", *map(str, FIXTURES[:10]))
    con = store.connect(str(isolated_db))
    for statement in UNDO_SCHEMA_5:
        con.execute(statement)
    for table in ("actors", "places"):
        for column in ("n_events", "n_articles", "first_date", "last_date"):
            con.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    for table in ("articles", "related_links"):  # (added by version 3)
        con.execute(f"ALTER TABLE {table} DROP COLUMN title_key")
    con.execute("ALTER TABLE events DROP COLUMN date_partial")  # (added by version 4)
    for table, column in (("events", "type"), ("events", "negated"), ("event_actors", "part")):  # (version 5)
        con.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    con.execute("DELETE FROM schema_migrations")
    con.execute("INSERT INTO schema_migrations (version) VALUES (1)")
    con.close()
    run("actors")  # a read-only command: the database is brought up to date first
    assert_stats_true(isolated_db)
