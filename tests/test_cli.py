"""Every command, through typer's CliRunner: one success and one failure each."""
import json
import shutil

import pytest
from typer.testing import CliRunner

from events_cli import __version__, store
from events_cli.cli import app

from conftest import SEED, ctrl_c_reported_as

runner = CliRunner()


def run(*args, input=None):
    return runner.invoke(app, list(args), input=input)


@pytest.fixture
def seeded(isolated_db):
    result = run("import", str(SEED))
    assert result.exit_code == 0, result.output
    return isolated_db


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and result.stdout == f"events {__version__}\n"


def test_import_twice_changes_nothing(isolated_db):
    first = run("import", str(SEED.parent))
    assert first.exit_code == 0
    assert first.stderr.startswith("1 imported, 0 unchanged, 0 failed")
    con = store.connect(str(isolated_db))
    before = store.table_counts(con)
    con.close()
    second = run("import", str(SEED.parent))
    assert second.exit_code == 0 and second.stderr.startswith("0 imported, 1 unchanged, 0 failed")
    con = store.connect(str(isolated_db))
    assert store.table_counts(con) == before
    con.close()
    third = run("import", "--replace", str(SEED))
    assert third.stderr.startswith("0 imported, 1 re-extracted, 0 unchanged, 0 failed")
    con = store.connect(str(isolated_db))
    assert store.table_counts(con) == before


def test_import_reports_bad_inputs_and_keeps_good_ones(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01")
    shutil.copy(SEED, tmp_path / "good.txt")
    result = run("import", str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt"), str(tmp_path / "bin.txt"),
                 str(tmp_path / "good.txt"))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"Error: {tmp_path / 'empty.txt'}: file is empty",
        f"Error: {tmp_path / 'missing.txt'}: no such file or folder",
        f"Error: {tmp_path / 'bin.txt'}: not a text file (binary content)",
        f"1 imported, 0 unchanged, 3 failed ({tmp_path / 'test.duckdb'})",
    ]


def test_import_overrides_and_stdin():
    result = run("import", "--source", "Kompas", "--published", "2023-09-14", "--lang", "id", "-",
                 input="Jakarta - Presiden Joko Widodo meresmikan jalan tol kemarin.")
    assert result.exit_code == 0, result.output
    out = run("export")
    [record] = [json.loads(line) for line in out.stdout.splitlines()]
    assert (record["source"], record["published"], record["language"], record["origin"]) == (
        "Kompas", "2023-09-14", "id", "<stdin>")


def test_import_bad_published_is_usage_error():
    result = run("import", "--published", "not a date", str(SEED))
    assert result.exit_code == 2
    assert "--published: cannot read 'not a date' as a date" in result.stderr


def test_timeline(seeded):
    result = run("timeline")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split()[:4] == ["id", "date", "precision", "event"]
    assert lines[2].split()[1] == "2011" and "year" in lines[2]
    assert "2023-09-13" in lines[3] and "Vladimir Putin" in lines[3] and "Vladivostok" in lines[3]


@pytest.mark.parametrize("args,dates", [
    (["--from", "2023-09"], ["2023-09-13"]),
    (["--from", "2011-06", "--to", "2011-07"], ["2011"]),  # the year 2011 overlaps June 2011
    (["--to", "2011"], ["2011"]),
    (["--from", "13 September 2023", "--to", "2023-09-13"], ["2023-09-13"]),
    (["--actor", "putin"], ["2023-09-13"]),
    (["--place", "vladivostok"], ["2023-09-13"]),
    (["--source", "jabar"], ["2011", "2023-09-13"]),
    (["--source", "kompas"], []),
    (["--reverse", "--limit", "1"], ["2023-09-13"]),
])
def test_timeline_filters(seeded, args, dates):
    result = run("timeline", "--format", "json", *args)
    assert result.exit_code == 0, result.output
    assert [row["date"] for row in json.loads(result.stdout)] == dates


def test_timeline_bad_date_and_format(seeded):
    result = run("timeline", "--from", "zzz")
    assert result.exit_code == 2 and result.stderr.startswith("Error: --from: cannot read 'zzz' as a date")
    result = run("timeline", "--format", "nope")
    assert result.exit_code == 2 and "unknown format 'nope'" in result.stderr


def test_timeline_without_database():
    result = run("timeline")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no database at ") and "import articles first" in result.stderr


@pytest.mark.parametrize("fmt,check", [
    ("csv", lambda out: out.splitlines()[0] == "id,date,precision,event,actors,places,source"),
    ("tsv", lambda out: out.splitlines()[0].split("\t")[0] == "id"),
    ("jsonl", lambda out: all(json.loads(line)["id"].startswith("e") for line in out.splitlines())),
    ("github", lambda out: out.startswith("| id")),
])
def test_timeline_formats(seeded, fmt, check):
    result = run("timeline", "--format", fmt)
    assert result.exit_code == 0 and check(result.stdout)


def test_actors(seeded):
    result = run("actors", "--format", "json")
    rows = {r["name"]: r for r in json.loads(result.stdout)}
    assert rows["Vladimir Putin"]["events"] == 1 and rows["Vladimir Putin"]["first"] == "2023-09-13"
    assert rows["Sergey Lavrov"]["kind"] == "person"
    detail = run("actors", "putin")
    assert detail.exit_code == 0
    assert detail.stdout.startswith("Vladimir Putin (person)\nwritten as: Putin, Vladimir Putin") or \
        detail.stdout.startswith("Vladimir Putin (person)\nwritten as: Vladimir Putin, Putin")
    assert "seen with: Kim Jong-un (1)" in detail.stdout
    roles = run("actors", "Lavrov")
    assert "roles: Menteri Luar Negeri Rusia (1)" in roles.stdout


def test_actors_failures(seeded):
    result = run("actors", "Nobody Atall")
    assert result.exit_code == 1 and result.stderr == "Error: no actor named 'Nobody Atall': list them with `events actors`\n"
    result = run("actors", "--kind", "robot")
    assert result.exit_code == 2


def test_places(seeded):
    rows = {r["name"]: r for r in json.loads(run("places", "--format", "json").stdout)}
    assert rows["Vladivostok"]["country"] == "RU" and rows["Vladivostok"]["lat"] is not None
    assert rows["Rusia"]["kind"] == "country"
    detail = run("places", "Vladivostok")
    assert detail.exit_code == 0 and detail.stdout.startswith("Vladivostok (city, RU, ")
    assert "2023-09-13" in detail.stdout
    missing = run("places", "Atlantis")
    assert missing.exit_code == 1 and "no place named 'Atlantis'" in missing.stderr


def test_show_article_and_event(seeded):
    article = json.loads(run("show", "1", "--format", "json").stdout)
    assert article["source"] == "JABAR EKSPRES" and len(article["related"]) == 3
    assert article["text"].startswith("JABAR EKSPRES")
    event = run("show", "e1")
    assert event.exit_code == 0 and "date: 2023-09-13" in event.stdout
    assert run("show", "e999").stderr == "Error: no event e999: list events with `events timeline`\n"
    assert run("show", "xyz").exit_code == 2


def test_related(seeded):
    rows = json.loads(run("related", "--format", "json").stdout)
    assert [r["target"] for r in rows] == ["missing"] * 3
    assert run("related", "1").exit_code == 0
    assert run("related", "42").exit_code == 1
    assert run("related", "e1").exit_code == 2
    limited = json.loads(run("related", "--limit", "2", "--format", "json").stdout)
    assert limited == rows[:2]


def test_sql(seeded):
    result = run("sql", "SELECT count(*) AS n FROM events", "--format", "csv")
    assert result.exit_code == 0 and result.stdout == "n\n2\n"
    from_stdin = run("sql", "--format", "csv", input="SELECT count(*) AS n FROM articles")
    assert from_stdin.stdout == "n\n1\n"


def test_sql_json_writes_every_duckdb_type(seeded):
    result = run("sql", "SELECT 1.5 AS d, INTERVAL 3 DAY AS i, TIME '11:00' AS t, TIMESTAMP '2023-09-13 08:00' AS ts, "
                        "'00000000-0000-0000-0000-000000000001'::UUID AS u, 'ab'::BLOB AS b, [DATE '2020-01-02'] AS l",
                 "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"d": 1.5, "i": "3 days, 0:00:00", "t": "11:00:00", "ts": "2023-09-13T08:00:00",
                                          "u": "00000000-0000-0000-0000-000000000001", "b": "ab", "l": ["2020-01-02"]}]
    assert json.loads(run("sql", "SELECT 1.5 AS d", "--format", "jsonl").stdout) == {"d": 1.5}


def test_sql_is_read_only_unless_write(seeded):
    result = run("sql", "DELETE FROM events")
    assert result.exit_code == 1
    assert result.stderr == "Error: the database is opened read-only: add --write to change it\n"
    assert run("sql", "--write", "DELETE FROM related_links").exit_code == 0
    assert run("sql", "SELECT count(*) FROM related_links", "--format", "csv").stdout == "count_star()\n0\n"


def test_sql_write_keeps_link_matching_up_to_date(seeded, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Warga Cibiru mengungsi ke Bandung, Senin (3/4/2023).", encoding="utf-8")
    assert run("import", str(other)).exit_code == 0
    title = run("sql", "SELECT title FROM related_links WHERE position = 1", "--format", "csv").stdout.splitlines()[1]
    # the second article given the first link's title (written otherwise): the link finds it
    assert run("sql", "--write", f"UPDATE articles SET title = upper('{title}') || '!' WHERE article_id = 2").exit_code == 0
    result = run("sql", "SELECT target_article_id FROM related_links WHERE position = 1", "--format", "csv")
    assert result.stdout == "target_article_id\n2\n"


def test_sql_errors(seeded):
    result = run("sql", "SELEC nonsense")
    assert result.exit_code == 1 and result.stderr.startswith("Error: SQL error: Parser Error")
    assert run("sql").exit_code == 2


def test_export_jsonl_matches_contract(seeded):
    result = run("export", "--format", "jsonl")
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert set(record) >= {"article_id", "origin", "external_id", "url", "source", "title", "language", "published",
                           "main_event", "events", "actors", "places", "related"}
    assert record["main_event"] == {"date": "2023-09-13", "precision": "day"}
    assert {"name", "kind", "mentions", "roles"} <= set(record["actors"][0])
    assert {"name", "kind", "country_code", "lat", "lon", "mentions"} <= set(record["places"][0])
    assert set(record["related"][0]) == {"title", "url", "article_id"}


def test_export_csv_and_parquet(seeded, tmp_path):
    out = tmp_path / "events.csv"
    assert run("export", "--format", "csv", "--output", str(out)).exit_code == 0
    assert out.read_text().splitlines()[0].startswith("event_id,article_id,date,precision")
    folder = tmp_path / "pq"
    result = run("export", "--format", "parquet", "--output", str(folder))
    assert result.exit_code == 0, result.output
    assert (folder / "events" / "year=2023" / "month=9").is_dir() and (folder / "actors.parquet").exists()
    import duckdb
    rows = duckdb.connect().execute(
        f"SELECT year, month, date FROM read_parquet('{folder}/events/*/*/*.parquet', hive_partitioning = true) "
        "ORDER BY date").fetchall()
    assert [(y, m, d.isoformat()) for y, m, d in rows] == [(2011, 1, "2011-01-01"), (2023, 9, "2023-09-13")]
    # the tables' own columns, but for the text and the keys events matches links by
    columns = {t: [c[0] for c in duckdb.connect().execute(f"DESCRIBE SELECT * FROM read_parquet('{p}')").fetchall()]
               for t, p in (("articles", f"{folder}/articles/*/*/*.parquet"), ("links", f"{folder}/related_links.parquet"))}
    assert "title" in columns["articles"] and not {"text", "title_key"} & set(columns["articles"])
    assert columns["links"] == ["article_id", "position", "title", "url", "target_article_id"]


def test_parquet_export_again_holds_what_the_database_holds_now(seeded, tmp_path):
    """A second export into the same folder replaces the first: a month gone from the
    database is gone from the files (it stayed, with partitions written over in place)."""
    import duckdb

    folder = tmp_path / "pq"
    folder.mkdir()
    (folder / "NOTES.txt").write_text("mine")
    assert run("export", "--format", "parquet", "--output", str(folder)).exit_code == 0
    assert (folder / "events" / "year=2011").is_dir()
    assert run("sql", "--write", "DELETE FROM event_actors WHERE event_id IN (SELECT event_id FROM events WHERE year(date) = 2011); "
               "DELETE FROM event_places WHERE event_id IN (SELECT event_id FROM events WHERE year(date) = 2011); "
               "DELETE FROM events WHERE year(date) = 2011").exit_code == 0
    assert run("export", "--format", "parquet", "--output", str(folder)).exit_code == 0
    dates = duckdb.connect().execute(
        f"SELECT date FROM read_parquet('{folder}/events/*/*/*.parquet', hive_partitioning = true)").fetchall()
    assert [d.isoformat() for (d,) in dates] == ["2023-09-13"]
    assert not (folder / "events" / "year=2011").exists()
    assert (folder / "NOTES.txt").read_text() == "mine"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no staging left


def test_parquet_export_into_a_folder_whose_parent_is_read_only(seeded, tmp_path, monkeypatch):
    """The staging folder goes inside the target when it cannot go beside it."""
    import tempfile

    from events_cli import exporters

    real = tempfile.mkdtemp

    def no_writing_beside(prefix=None, dir=None):
        if str(dir) == str(tmp_path):
            raise PermissionError(13, "Permission denied")
        return real(prefix=prefix, dir=dir)

    monkeypatch.setattr(exporters.tempfile, "mkdtemp", no_writing_beside)
    out = tmp_path / "out"
    assert run("export", "--format", "parquet", "--output", str(out)).exit_code == 0
    assert (out / "events" / "year=2023").is_dir()
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
@pytest.mark.parametrize("failure", ["ctrl-c", "disk full"])
def test_an_export_that_fails_half_way_leaves_the_last_one_whole(seeded, tmp_path, monkeypatch, fmt, failure):
    from events_cli import exporters

    out = tmp_path / ("out" if fmt == "parquet" else f"out.{fmt}")
    assert run("export", "--format", fmt, "--output", str(out)).exit_code == 0
    before = sorted((p.relative_to(tmp_path), p.read_bytes()) for p in tmp_path.rglob("*") if p.is_file())

    copy_tables = exporters._copy_tables

    def half_way(con, target):
        if fmt == "parquet":  # the tables are written before it fails
            copy_tables(con, target)
        else:
            target.write("a first line\n")
        if failure == "ctrl-c":
            ctrl_c_reported_as(RuntimeError("Query interrupted"))
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exporters, "_copy_tables" if fmt == "parquet" else f"export_{fmt}", half_way)
    result = run("export", "--format", fmt, "--output", str(out))
    if failure == "ctrl-c":
        assert (result.exit_code, result.stderr) == (130, "Interrupted.\n")
    else:
        assert (result.exit_code, result.stderr) == (1, f"Error: --output {out}: No space left on device\n")
    after = sorted((p.relative_to(tmp_path), p.read_bytes()) for p in tmp_path.rglob("*") if p.is_file())
    assert after == before  # the last export as it was, and nothing half-written left beside it


def test_export_failures(seeded, tmp_path):
    assert run("export", "--format", "xml").exit_code == 2
    assert run("export", "--format", "parquet").exit_code == 2
    missing = tmp_path / "no" / "such" / "x.out"  # (parquet makes the folders it writes into)
    for fmt in ("jsonl", "csv"):  # an output the command cannot write: one line, no traceback
        result = run("export", "--format", fmt, "--output", str(missing))
        assert result.exit_code == 2 and result.output.strip() == f"Error: --output {missing}: No such file or directory"
        result = run("export", "--format", fmt, "--output", str(tmp_path))
        assert result.exit_code == 2 and result.output.strip() == f"Error: --output {tmp_path}: Is a directory"
    file = tmp_path / "file"
    file.write_text("")
    result = run("export", "--format", "parquet", "--output", str(file / "sub"))
    assert result.exit_code == 2 and result.output.strip() == f"Error: --output {file / 'sub'}: Not a directory"


def test_db_option_and_env(tmp_path, monkeypatch):
    other = tmp_path / "other.duckdb"
    assert run("--db", str(other), "import", str(SEED)).exit_code == 0
    assert other.exists()
    monkeypatch.setenv("EVENTS_DB", str(other))
    assert "2023-09-13" in run("timeline").stdout


def test_second_writer_gets_one_clear_line(isolated_db):
    import subprocess
    import sys

    assert run("import", str(SEED)).exit_code == 0
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('ok', flush=True); time.sleep(30)", str(isolated_db)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ok"
        result = run("import", "--replace", str(SEED))
        assert result.exit_code == 1
        assert result.stderr == (f"Error: database {isolated_db} is locked: another events process holds it; "
                                 "wait for it to finish or use another --db\n")
        assert run("timeline").exit_code == 1  # readers wait for the writer too
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_export_interrupted_is_one_line_and_exit_130(seeded, tmp_path, monkeypatch, fmt):
    """Ctrl-C during a DuckDB COPY comes back as DuckDB's RuntimeError("Query interrupted"):
    the command still ends as interrupted, with no traceback."""
    from events_cli import exporters

    def interrupted(*args):
        ctrl_c_reported_as(RuntimeError("Query interrupted"))

    monkeypatch.setattr(exporters, f"export_{fmt}", interrupted)
    result = run("export", "--format", fmt, "--output", str(tmp_path / "out"))
    assert result.exit_code == 130, result.output
    assert result.stderr == "Interrupted.\n"


def test_tables_show_100_rows_machine_formats_all(tmp_path):
    corpus = tmp_path / "many.jsonl"
    corpus.write_text("\n".join(json.dumps({"text": f"Pada {1 + i % 28} Maret 2023 warga desa ke-{i} mengungsi."})
                                for i in range(105)), encoding="utf-8")
    assert run("import", str(corpus)).exit_code == 0
    table = run("timeline")
    assert table.exit_code == 0 and "showing the first 100 rows" in table.stderr
    assert len(table.stdout.splitlines()) == 2 + 100  # header and rule
    for fmt, extra in (("csv", 1), ("tsv", 1), ("jsonl", 0)):
        out = run("timeline", "--format", fmt)
        assert out.exit_code == 0 and out.stderr == "", fmt
        assert len(out.stdout.splitlines()) == 105 + extra, fmt
    assert len(json.loads(run("timeline", "--format", "json").stdout)) == 105
    limited = run("timeline", "--limit", "103")
    assert limited.stderr == "" and len(limited.stdout.splitlines()) == 2 + 103
