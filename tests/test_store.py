import datetime as dt
import os
import subprocess
import sys
import time

import duckdb
import pytest

from events_cli import resolve, store
from events_cli.errors import DatabaseError, DatabaseLockedError, NotFoundError
from events_cli.models import Actor, Article, ArticleRecord, Event, EventActor, Place, RelatedLink

from conftest import UNDO_SCHEMA_5


def _record(text="Teks.", url=None, actor="Budi", title=None):
    return ArticleRecord(
        article=Article(text=text, origin="x.txt", url=url, title=title), body=text, source="Tempo",
        published=dt.date(2023, 9, 14), language="id", dateline_place=None,
        events=[Event(dt.date(2023, 9, 13), "day", "main", text, "13 September 2023",
                      actors=[EventActor(actor, "Ketua")], places=["Bandung"])],
        actors=[Actor(actor, "person", [actor], ["Ketua"])],
        places=[Place("Bandung", "city", "ID", -6.9, 107.6, ["Bandung"])],
        related=[RelatedLink("Judul Lain")],
    )


def _write(con, records, replace_ids=None):
    """Write a batch as the importer does: stored, then resolved across articles."""
    ids = store.write_articles(con, records, replace_ids)
    resolve.after_batch(con, ids)
    return ids


def test_schema_applied_once_and_versioned(tmp_path):
    path = str(tmp_path / "a.duckdb")
    store.connect(path).close()
    con = store.connect(path)
    assert con.execute("SELECT version FROM schema_migrations").fetchall() == [(store.SCHEMA_VERSION,)]
    assert set(store.table_counts(con).values()) == {0}


def test_tables_of_actor_identity_read_whole_keep_no_index(tmp_path):
    """Their rows are written once each by the import and only ever scanned or joined: an index
    would cost every batch its upkeep and its writing out at each checkpoint, and memory."""
    con = store.connect(str(tmp_path / "a.duckdb"))
    unkeyed = ("actor_name_keys", "extracted_actors", "extracted_event_actors")
    assert con.execute(f"""SELECT table_name, constraint_type FROM duckdb_constraints()
                           WHERE table_name IN {unkeyed} AND constraint_type IN ('PRIMARY KEY', 'UNIQUE')""").fetchall() == []
    assert con.execute(f"SELECT count(*) FROM duckdb_indexes() WHERE table_name IN {unkeyed}").fetchone()[0] == 0
    # the tables that resolution writes with ON CONFLICT keep theirs
    assert {r[0] for r in con.execute("""SELECT table_name FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY'
                                         AND table_name IN ('actor_names', 'actor_name_forms')""").fetchall()} \
        == {"actor_names", "actor_name_forms"}


def test_link_rows_resolution_writes_whole_keep_no_index_and_one_row_a_pair(tmp_path):
    """article_actors and event_actors are rebuilt by resolution with one row an article (event) and
    actor (the statement groups by them), story_terms written a story's whole centroid at a time: no key
    checks them (schema 11), and rebuilt after a correction they still hold one row a pair."""
    con = store.connect(str(tmp_path / "a.duckdb"))
    keyless = ("article_actors", "event_actors", "story_terms")
    assert con.execute(f"""SELECT table_name, constraint_type FROM duckdb_constraints()
                           WHERE table_name IN {keyless} AND constraint_type IN ('PRIMARY KEY', 'UNIQUE')""").fetchall() == []
    assert con.execute(f"SELECT count(*) FROM duckdb_indexes() WHERE table_name IN {keyless}").fetchone()[0] == 0
    both = _record("Satu.", actor="Joko Widodo")
    both.actors[0].mentions.append("Jokowi")
    split = _record("Dua.")
    split.actors = [Actor("Jokowi", "person", ["Jokowi"], []), Actor("Pak Jokowi", "person", ["Pak Jokowi"], []),
                    Actor("Joko Widodo", "person", ["Joko Widodo"], ["Presiden"])]
    split.events[0].actors = [EventActor("Jokowi"), EventActor("Pak Jokowi"), EventActor("Joko Widodo", "Presiden")]
    _write(con, [both, split])
    resolve.actors.correct(con, "merge", "Pak Jokowi", "Joko Widodo")
    pairs = "SELECT count(*), count(DISTINCT ({0}, actor_id)) FROM {1}"
    assert con.execute(pairs.format("article_id", "article_actors")).fetchone() == (2, 2)
    assert con.execute(pairs.format("event_id", "event_actors")).fetchone() == (2, 2)


def test_newer_schema_refused(tmp_path):
    path = str(tmp_path / "a.duckdb")
    con = store.connect(path)
    con.execute("INSERT INTO schema_migrations (version) VALUES (99)")
    con.close()
    with pytest.raises(DatabaseError, match="schema version 99, newer than this events understands"):
        store.connect(path)


def test_read_only_needs_existing_database(tmp_path):
    with pytest.raises(DatabaseError, match="no database at .*: import articles first"):
        store.connect(str(tmp_path / "missing.duckdb"), read_only=True)


def test_write_replace_and_related_resolution(tmp_path):
    con = store.connect(str(tmp_path / "a.duckdb"))
    [first] = _write(con, [_record("Satu.")])
    counts = store.table_counts(con)
    assert counts["articles"] == 1 and counts["events"] == 1 and counts["event_actors"] == 1
    # re-extraction keeps the id and replaces the rows
    [again] = _write(con, [_record("Satu.", actor="Andi")], replace_ids={0: first})
    assert again == first
    assert con.execute("SELECT name FROM actors JOIN article_actors USING (actor_id)").fetchall() == [("Andi",)]
    assert store.table_counts(con)["events"] == 1
    # a later article whose title is the link's title becomes its target
    [second] = _write(con, [_record("Dua.", title="Judul  lain!")])
    assert con.execute("SELECT target_article_id FROM related_links WHERE article_id = ?", [first]).fetchone() == (second,)


def test_replace_updates_every_reextracted_article_of_a_batch(tmp_path):
    con = store.connect(str(tmp_path / "a.duckdb"))
    ids = _write(con, [_record("Satu.", url="https://x/1", title="Lama"),
                                     _record("Dua.", url="https://x/2", title="Lama")])
    keys_before = con.execute("SELECT article_id, dedup_key FROM articles ORDER BY 1").fetchall()
    changed = [_record("Satu, diperbarui.", url="https://x/1", title="Baru"),
               _record("Tiga.", url="https://x/3"),
               _record("Dua, diperbarui.", url="https://x/2", title=None)]
    changed[2].published = None
    new_ids = _write(con, changed, replace_ids={0: ids[0], 2: ids[1]})
    assert new_ids[0] == ids[0] and new_ids[2] == ids[1] and new_ids[1] not in ids
    rows = con.execute("SELECT article_id, title, text, published, content_hash FROM articles ORDER BY 1").fetchall()
    assert rows == [
        (ids[0], "Baru", "Satu, diperbarui.", dt.date(2023, 9, 14), store.content_hash("Satu, diperbarui.")),
        (ids[1], None, "Dua, diperbarui.", None, store.content_hash("Dua, diperbarui.")),
        (new_ids[1], None, "Tiga.", dt.date(2023, 9, 14), store.content_hash("Tiga.")),
    ]
    assert con.execute("SELECT article_id, dedup_key FROM articles WHERE article_id IN (?, ?) ORDER BY 1",
                       ids).fetchall() == keys_before
    assert store.table_counts(con)["events"] == 3


def test_links_are_matched_by_title_keys_kept_on_the_rows(tmp_path):
    con = store.connect(str(tmp_path / "a.duckdb"))
    record = _record("Satu.")
    record.related = [RelatedLink("Judul Lain"), RelatedLink("!!!")]
    [first] = _write(con, [record])
    assert con.execute("SELECT title_key FROM related_links ORDER BY position").fetchall() == [("judul lain",), ("",)]
    # (the next articles' own links, "Judul Lain" too, never point at themselves)
    # a title of punctuation alone has an empty key, which matches nothing
    [second, _] = _write(con, [_record("Dua.", title="JUDUL -- lain?"), _record("Tiga.", title="...")])
    assert con.execute("SELECT title_key FROM articles WHERE article_id = ?", [second]).fetchone() == ("judul lain",)
    assert con.execute("SELECT position, target_article_id FROM related_links WHERE article_id = ? ORDER BY position",
                       [first]).fetchall() == [(1, second), (2, None)]


def test_version_3_database_takes_events_without_a_year_when_opened(tmp_path):
    path = str(tmp_path / "a.duckdb")
    con = store.connect(path)
    _write(con, [_record("Satu.")])
    for statement in UNDO_SCHEMA_5:  # then what schema 4 added
        con.execute(statement)
    con.execute("ALTER TABLE events DROP COLUMN date_partial")
    for table, column in (("events", "type"), ("events", "negated"), ("event_actors", "part")):  # schema 5's
        con.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    con.execute("ALTER TABLE events ALTER COLUMN date SET NOT NULL")
    con.execute("UPDATE schema_migrations SET version = 3")
    con.close()
    con = store.connect(path)
    assert store.schema_version(con) == store.SCHEMA_VERSION
    record = _record("Dua.")
    record.events[0].date, record.events[0].partial = None, "--10-08"
    _write(con, [record])
    assert con.execute("SELECT date, date_end, date_partial FROM events ORDER BY event_id").fetchall()[-1] == (
        None, None, "--10-08")


def test_failed_batch_writes_nothing(tmp_path):
    con = store.connect(str(tmp_path / "a.duckdb"))
    bad = _record("Tiga.")
    bad.events[0].actors.append(EventActor("Nobody"))  # not among the record's actors
    with pytest.raises(KeyError):
        _write(con, [_record("Dua."), bad])
    assert set(store.table_counts(con).values()) == {0}


def test_second_writer_gets_lock_error(tmp_path):
    path = str(tmp_path / "a.duckdb")
    store.connect(path).close()
    holder = subprocess.Popen([sys.executable, "-c",
                               f"import duckdb, time; c = duckdb.connect({path!r}); print('ok', flush=True); time.sleep(30)"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ok"
        with pytest.raises(DatabaseLockedError, match="another events process holds it"):
            store.connect(path)
    finally:
        holder.kill()
        holder.wait()


def test_no_extension_autoload(tmp_path):
    con = store.connect(str(tmp_path / "a.duckdb"))
    settings = dict(con.execute(
        "SELECT name, value FROM duckdb_settings() WHERE name LIKE 'auto%_known_extensions'").fetchall())
    assert settings == {"autoinstall_known_extensions": "false", "autoload_known_extensions": "false"}


def test_dedup_key():
    assert store.dedup_key("https://a/b", "x") == "url:https://a/b"
    assert store.dedup_key(None, "a  b\n") == store.dedup_key(None, "a b")


def test_names_resolved_across_articles(tmp_path):
    con = store.connect(str(tmp_path / "a.duckdb"))
    both = _record("Satu.", actor="Joko Widodo")
    both.actors[0].mentions.append("Jokowi")
    _write(con, [both])
    # later articles: "Jokowi" alone joins Joko Widodo (a form written for him); "Joko" alone, a word
    # of his name, too, as no other name with that word is known (resolve/actors.py's rules);
    # an article that failed to join the two names itself is merged into one row
    alone, part, split = _record("Dua.", actor="Jokowi"), _record("Tiga.", actor="Joko"), _record("Empat.")
    split.actors = [Actor("Jokowi", "person", ["Jokowi"], []), Actor("Joko Widodo", "person", ["Joko Widodo"], ["Presiden"])]
    split.events[0].actors = [EventActor("Jokowi"), EventActor("Joko Widodo", "Presiden")]
    _write(con, [alone, part, split])
    rows = con.execute("""SELECT a.origin, ac.name, aa.mentions FROM article_actors aa JOIN actors ac USING (actor_id)
                          JOIN articles a USING (article_id) ORDER BY a.article_id""").fetchall()
    assert [(r[1], sorted(r[2])) for r in rows] == [
        ("Joko Widodo", ["Joko Widodo", "Jokowi"]), ("Joko Widodo", ["Jokowi"]), ("Joko Widodo", ["Joko"]),
        ("Joko Widodo", ["Joko Widodo", "Jokowi"])]
    assert con.execute("SELECT count(*) FROM event_actors").fetchone()[0] == 4


class _InterruptedAtCommit:
    """A connection whose COMMIT is hit by Ctrl-C after it went through, as DuckDB reports it."""

    def __init__(self, con):
        self._con = con

    def __getattr__(self, name):
        return getattr(self._con, name)

    def commit(self):
        self._con.commit()
        raise RuntimeError("Query interrupted")


def test_ctrl_c_during_commit_is_an_interrupt(tmp_path):
    con = store.connect(str(tmp_path / "a.duckdb"))
    with pytest.raises(KeyboardInterrupt):
        store.write_articles(_InterruptedAtCommit(con), [_record("Satu.")])
    assert store.table_counts(con)["articles"] == 1  # the batch is whole: here, committed


def test_names_resolved_within_one_batch(tmp_path):
    con = store.connect(str(tmp_path / "a.duckdb"))
    alone, both = _record("Dua.", actor="Jokowi"), _record("Satu.", actor="Joko Widodo")
    both.actors[0].mentions.append("Jokowi")
    _write(con, [alone, both])
    assert con.execute("SELECT name FROM actors").fetchall() == [("Joko Widodo",)]
    assert con.execute("SELECT count(*) FROM article_actors").fetchone()[0] == 2


@pytest.mark.slow  # two imports of the fixtures in subprocesses: ~10 s
def test_same_import_same_ids(tmp_path):
    """Ids do not depend on the process's string hashing: two imports of one corpus agree."""
    import os
    from pathlib import Path

    fixtures = Path(__file__).resolve().parent / "fixtures" / "articles"
    tables = {}
    for seed in ("1", "2"):
        db = tmp_path / f"{seed}.duckdb"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "events_cli", "--db", str(db), "import",
                        *map(str, sorted(fixtures.glob("*.txt")))],
                       env=env, check=True, capture_output=True)
        con = store.connect(str(db), read_only=True)
        tables[seed] = [con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
                        for t in ("actors", "places", "event_actors", "event_places", "article_actors")]
        con.close()
    assert tables["1"] == tables["2"]
    assert len(tables["1"][0]) > 50


def test_an_actor_asked_for_by_name_is_that_actor_before_those_written_so_as_often(tmp_path):
    """'Habibie' is the name of one actor and a mention of others (BJ Habibie, Rusli Habibie), in
    one article each: the detail is the actor of that name; a name that is only a mention finds
    its actor; a part of names the most active actor holding it (the others named in a note)."""
    from events_cli import queries

    con = store.connect(str(tmp_path / "a.duckdb"))
    bj, rusli, alone = _record("Satu.", actor="BJ Habibie"), _record("Dua.", actor="Rusli Habibie"), _record("Tiga.", actor="Habibie")
    bj.actors[0].mentions.append("Habibie")
    rusli.actors[0].mentions.append("Habibie")
    _write(con, [bj, rusli, alone])
    assert queries.actor_detail(con, "habibie").title == "Habibie (person)"
    assert queries.actor_detail(con, "Rusli").title == "Rusli Habibie (person)"
    jokowi = _record("Empat.", actor="Joko Widodo")
    jokowi.actors[0].mentions.append("Jokowi")
    _write(con, [jokowi])
    assert queries.actor_detail(con, "jokowi").title == "Joko Widodo (person)"
    part = queries.actor_detail(con, "abibi")
    assert part.title == "BJ Habibie (person)"
    assert part.notes[-1] == ("also matching 'abibi': Habibie (person, 1 event), Rusli Habibie (person, 1 event) "
                              "(ask for one by its full name)")
    with pytest.raises(NotFoundError):
        queries.actor_detail(con, "Soeharto")


def test_a_note_asking_for_the_file_counts_while_its_process_lives(tmp_path):
    path = str(tmp_path / "a.duckdb")
    assert not store.others_waiting(path)
    mine = tmp_path / f"a.duckdb.waiting.{os.getpid()}"
    mine.touch()
    assert store.others_waiting(path)
    mine.unlink()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = tmp_path / f"a.duckdb.waiting.{dead.stdout.strip()}"
    stale.touch()  # left by a reader killed while it waited
    assert not store.others_waiting(path) and not stale.exists()


def test_an_import_connection_lets_go_only_when_asked(tmp_path):
    path = str(tmp_path / "a.duckdb")
    handle = store.ImportConnection(path)
    try:
        first = handle.con
        assert not handle.let_others_in() and handle.con is first
        (tmp_path / f"a.duckdb.waiting.{os.getpid()}").touch()
        # nobody takes the file: the import waits the turn out, then opens it again
        assert handle.let_others_in() and handle.con is not first and handle.turns == 1
        assert handle.con.execute("SELECT count(*) FROM articles").fetchone() == (0,)
    finally:
        handle.close()


def test_re_extraction_keeps_the_ids_of_events_that_did_not_change(tmp_path):
    con = store.connect(str(tmp_path / "a.duckdb"))
    first = _record("Teks.")
    first.events.append(Event(dt.date(2023, 9, 1), "day", "other", "Sebelumnya pada 1 September 2023.", "1 September 2023"))
    [article_id] = store.write_articles(con, [first])
    assert con.execute("SELECT event_id, sentence FROM events ORDER BY event_id").fetchall() == [
        (1, "Teks."), (2, "Sebelumnya pada 1 September 2023.")]
    again = _record("Teks.")
    again.events.append(Event(dt.date(2023, 9, 2), "day", "other", "Sebelumnya pada 2 September 2023.", "2 September 2023"))
    store.write_articles(con, [again], replace_ids={0: article_id})
    assert con.execute("SELECT event_id, sentence FROM events ORDER BY event_id").fetchall() == [
        (1, "Teks."), (3, "Sebelumnya pada 2 September 2023.")]


def test_an_articles_words_are_counted_once_each_title_words_thrice_and_by_hash(tmp_path):
    con = store.connect(str(tmp_path / "a.duckdb"))
    # "aimj" and "asma" have the same hash (the upper 32 bits of their MD5): one row, their counts added
    [article_id] = store.write_articles(con, [_record("Asma dan aimj, asma lagi: a 7 77.", title="Asma")])
    rows = con.execute("SELECT term_hash, tf FROM article_terms WHERE article_id = ? ORDER BY term_hash",
                       [article_id]).fetchall()
    hashes = {w: con.execute(f"SELECT {store.TERM_HASH_SQL.format(word='?')}", [w]).fetchone()[0]
              for w in ("asma", "aimj", "dan", "lagi", "77")}
    assert hashes["asma"] == hashes["aimj"]
    assert rows == sorted([(hashes["asma"], 6), (hashes["dan"], 1), (hashes["lagi"], 1), (hashes["77"], 1)])


def test_a_words_hash_is_the_one_databases_already_hold():
    # stored hashes are matched by searches: the expression may get cheaper, never other values
    # (those of "(md5_number_upper(w) >> 32)::UINTEGER", which databases were indexed with)
    con = duckdb.connect()
    words = ["asma", "aimj", "jakarta", "77", "ñandú", "日本", "x" * 300]
    got = [con.execute(f"SELECT {store.TERM_HASH_SQL.format(word='?')}", [w]).fetchone()[0] for w in words]
    assert got == [1063720965, 1063720965, 2016245675, 1687342677, 312607363, 2222474583, 2778257749]


def test_the_words_are_sorted_when_a_quarter_came_unsorted(tmp_path, monkeypatch):
    con = store.connect(str(tmp_path / "a.duckdb"))
    monkeypatch.setattr(store, "_TERMS_UNSORTED_MIN", 10)
    _write(con, [_record("Zebra makan apel di kebun."), _record("Apel dan zebra bertemu di kebun binatang.")])
    total = con.execute("SELECT count(*) FROM article_terms").fetchone()[0]
    assert total > 10 and store.sort_terms_when_due(con)
    hashes = [r[0] for r in con.execute("SELECT term_hash FROM article_terms").fetchall()]  # in stored order
    assert hashes == sorted(hashes) and con.execute("SELECT rows FROM article_terms_sorted").fetchall() == [(total,)]
    assert not store.sort_terms_when_due(con)  # nothing new since
    _write(con, [_record("Satu kata baru saja.")])  # a few rows: under a quarter of the table
    assert not store.sort_terms_when_due(con)


def test_shed_buffers_lets_go_of_stored_blocks_and_keeps_the_limit(tmp_path):
    """Between an import's batches DuckDB is made to drop the blocks of stored tables it keeps
    in memory (read again from the file when needed); its memory limit is as it was."""
    path = str(tmp_path / "db.duckdb")
    con = store.connect(path)
    con.execute("CREATE TABLE big AS SELECT range AS i, repeat('x', 50) || range AS s FROM range(400000)")
    con.execute("CHECKPOINT")
    con.close()
    con = duckdb.connect(path)
    limit = con.execute("SELECT current_setting('memory_limit')").fetchone()[0]

    def held() -> int:
        return con.execute("SELECT coalesce(sum(memory_usage_bytes), 0) FROM duckdb_memory() "
                           "WHERE tag = 'BASE_TABLE'").fetchone()[0]

    assert con.execute("SELECT count(DISTINCT s) FROM big").fetchone()[0] == 400000
    before = held()
    assert before > 4_000_000
    store.shed_buffers(con)
    assert held() < before / 4
    assert con.execute("SELECT current_setting('memory_limit')").fetchone()[0] == limit
    assert con.execute("SELECT count(DISTINCT s) FROM big").fetchone()[0] == 400000
