"""Every command, through typer's CliRunner: one success and one failure each."""
import csv
import io
import json
import shutil

import duckdb
import pytest
from typer.testing import CliRunner

from events_cli import __version__, store
from events_cli.cli import app

from conftest import SEED, ctrl_c_reported_as

runner = CliRunner()


def run(*args, input=None):
    return runner.invoke(app, list(args), input=input)


def fails(*args, code: int, message: str) -> None:
    """The command exits with `code` and says only `message` (one line, "Error: " before it)."""
    result = run(*args)
    assert (result.exit_code, result.stderr, result.stdout) == (code, f"Error: {message}\n", "")


def table(text: str, fmt: str) -> list[list[str]]:
    """Rows of a csv or tsv output, its header first, parsed back as a reader would."""
    return list(csv.reader(io.StringIO(text, newline=""), delimiter="," if fmt == "csv" else "\t"))


DATE_HINT = "(try 2023-09-13, 2023-09, 2023, '13 September 2023', kemarin, 'last month')"
# The seed article's two events, as `events timeline` lists them, earliest first.
TIMELINE = [
    ["id", "date", "precision", "type", "event", "actors", "places", "source"],
    ["e2", "2011", "year", "CONSULT", "Ini adalah kali pertama kedua pemimpin bertemu secara langsung, dan kunjungan "
     "pertama Kim ke Rusia sejak ia menjadi pemimpin tertinggi Korea Utara pada 2011.",
     "Kim Jong-un", "Korea Utara; Rusia", "JABAR EKSPRES"],
    ["e1", "2023-09-13", "day", "CONSULT", "Pertemuan antara Vladimir Putin dan Kim Jong-un merupakan peristiwa bersejarah "
     "yang terjadi pada 13 September 2023, di kota Vladivostok, Rusia.",
     "Kim Jong-un; Kim Yong Chol; Sergey Lavrov; Vladimir Putin", "Rusia; Vladivostok; Vostochny Cosmodrome",
     "JABAR EKSPRES"],
]


@pytest.fixture
def seeded(imported):
    """The test's database with the seed article imported (a copy of one import of it)."""
    return imported(SEED)


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
    ids = run("timeline", "--format", "csv").stdout
    third = run("import", "--replace", str(SEED))
    assert third.stderr.startswith("0 imported, 1 re-extracted, 0 unchanged, 0 failed")
    con = store.connect(str(isolated_db))
    assert store.table_counts(con) == before
    con.close()
    assert run("timeline", "--format", "csv").stdout == ids  # the same events keep their ids (e1, e2)


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


def test_import_warns_of_what_it_could_not_read_and_keeps_the_article(tmp_path):
    path = tmp_path / "berita.json"
    path.write_text(json.dumps([{"text": "Banjir merendam Dayeuhkolot pada Senin (4/3/2024).", "published": "pekan lalu"},
                                {"text": ""}]), encoding="utf-8")
    result = run("import", str(path))
    assert (result.exit_code, result.stderr.splitlines()) == (1, [
        f'Warning: {path}:[0]: cannot read "published" "pekan lalu": imported without a publication date',
        f"Error: {path}:[1]: empty text",
        f"1 imported, 0 unchanged, 1 failed ({tmp_path / 'test.duckdb'})",
    ])
    [record] = [json.loads(line) for line in run("export", "--format", "jsonl").stdout.splitlines()]
    assert (record["published"], record["main_event"]["date"]) == (None, "2024-03-04")


def test_db_may_follow_the_command(tmp_path):
    """`events timeline --db x` as well as `events --db x timeline`; after the command it wins."""
    db = tmp_path / "after.duckdb"
    result = run("import", str(SEED), "--db", str(db))
    assert (result.exit_code, result.stderr) == (0, f"1 imported, 0 unchanged, 0 failed ({db})\n")
    before = run("--db", str(db), "timeline", "--format", "csv")
    assert table(before.stdout, "csv") == TIMELINE
    assert run("--db", str(tmp_path / "other.duckdb"), "timeline", "--db", str(db), "--format", "csv").stdout == before.stdout
    assert not (tmp_path / "other.duckdb").exists()


def test_import_overrides_and_stdin():
    result = run("import", "--source", "Kompas", "--published", "2023-09-14", "--lang", "id", "-",
                 input="Jakarta - Presiden Joko Widodo meresmikan jalan tol kemarin.")
    assert result.exit_code == 0, result.output
    out = run("export")
    [record] = [json.loads(line) for line in out.stdout.splitlines()]
    # (the outlet as the outlet table names it: "Kompas" is KOMPAS.com)
    assert (record["source"], record["published"], record["language"], record["origin"]) == (
        "KOMPAS.com", "2023-09-14", "id", "<stdin>")


def test_import_bad_published_is_usage_error():
    fails("import", "--published", "not a date", str(SEED), code=2,
          message=f"--published: cannot read 'not a date' as a date {DATE_HINT}")


def test_timeline(seeded):
    result = run("timeline")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split()[:5] == ["id", "date", "precision", "type", "event"]
    assert lines[2].split()[1] == "2011" and "year" in lines[2]
    assert "2023-09-13" in lines[3] and "Vladimir Putin" in lines[3] and "Vladivostok" in lines[3]


@pytest.mark.parametrize("args,dates", [
    (["--from", "2023-09"], ["2023-09-13"]),
    (["--from", "2011-06", "--to", "2011-07"], []),  # the year 2011 is not known to fall in June 2011
    (["--from", "2011", "--to", "2011"], ["2011"]),
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


def test_a_day_lists_the_events_known_to_fall_on_it(isolated_db, tmp_path):
    """A day's listing holds that day's events and the ranges of days over it, not the events of
    its month or year (their day is unknown); the month lists them."""
    text = ("Warga Demo di Depok\n\nDEPOK - Ratusan warga berunjuk rasa di depan Balai Kota Depok, Rabu (20/9/2023).\n\n"
            "Aksi serupa digelar selama 19-21 September 2023 di sejumlah kecamatan.\n\n"
            "Sepanjang September 2023 tercatat lima kali unjuk rasa di Depok.\n\n"
            "Pada 2023 pemerintah kota menaikkan tarif parkir.\n")
    path = tmp_path / "demo.txt"
    path.write_text(text, encoding="utf-8")
    assert run("import", "--published", "2023-09-20", str(path)).exit_code == 0

    def dates(*args):
        result = run("timeline", "--format", "json", *args)
        assert result.exit_code == 0, result.output
        return sorted(row["date"] for row in json.loads(result.stdout))

    assert dates("--from", "2023-09-20", "--to", "2023-09-20") == ["2023-09-19..2023-09-21", "2023-09-20"]
    assert dates("--from", "2023-09-21", "--to", "2023-09-30") == ["2023-09-19..2023-09-21"]
    assert dates("--from", "2023-09", "--to", "2023-09") == ["2023-09", "2023-09-19..2023-09-21", "2023-09-20"]
    assert dates("--from", "2023", "--to", "2023") == ["2023", "2023-09", "2023-09-19..2023-09-21", "2023-09-20"]


def test_timeline_bad_date_and_format(seeded):
    fails("timeline", "--from", "zzz", code=2, message=f"--from: cannot read 'zzz' as a date {DATE_HINT}")
    fails("timeline", "--format", "nope", code=2,
          message="unknown format 'nope': use csv, tsv, json, jsonl or a tabulate format such as simple, github, grid, plain")


def test_timeline_without_database(isolated_db):
    fails("timeline", code=1, message=f"no database at {isolated_db}: import articles first "
                                      f"(events --db {isolated_db} import PATH)")


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_timeline_csv_and_tsv_read_back(seeded, fmt):
    result = run("timeline", "--format", fmt)
    assert result.exit_code == 0 and table(result.stdout, fmt) == TIMELINE


@pytest.mark.parametrize("fmt,check", [
    ("jsonl", lambda out: [json.loads(line)["id"] for line in out.splitlines()] == ["e2", "e1"]),
    ("github", lambda out: out.startswith("| id")),
])
def test_timeline_formats(seeded, fmt, check):
    result = run("timeline", "--format", fmt)
    assert result.exit_code == 0 and check(result.stdout)


def test_timeline_json_holds_the_same_rows_with_lists(seeded):
    header, *rows = TIMELINE
    expected = [dict(zip(header, row), actors=row[5].split("; "), places=row[6].split("; ")) for row in rows]
    assert json.loads(run("timeline", "--format", "json").stdout) == expected


def test_timeline_by_type(seeded):
    def ids(*args):
        result = run("timeline", "--format", "json", *args)
        assert result.exit_code == 0, result.output
        return [row["id"] for row in json.loads(result.stdout)]

    assert ids("--type", "consult") == ["e2", "e1"]
    assert ids("--type", "ACCUSE", "--type", "consult") == ["e2", "e1"]  # several: any of them
    assert ids("--type", "accuse,protest") == []
    fails("timeline", "--type", "MEETING", code=2,
          message="--type MEETING: not an event type (one of AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, "
                  "REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT, DISASTER, ACCIDENT, "
                  "DEATH, STATEMENT, OTHER)")


NETWORK = [{"source": "Vladimir Putin", "source_kind": "person", "target": "Kim Jong-un", "target_kind": "person",
            "type": "CONSULT", "events": 1, "first_date": "2023-09-13", "last_date": "2023-09-13"}]


@pytest.mark.parametrize("args, rows", [
    ((), NETWORK),
    (("--type", "CONSULT"), NETWORK),
    (("--type", "ACCUSE"), []),
    (("--actor", "kim"), NETWORK),  # either side
    (("--actor", "lavrov"), []),
    (("--from", "2023-09-14"), []),
    (("--to", "2023-09"), NETWORK),
])
def test_network(seeded, args, rows):
    result = run("network", "--format", "json", *args)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == rows


def test_network_graphml_opens_as_a_graph(seeded):
    result = run("network", "--format", "graphml")
    assert result.exit_code == 0, result.output
    import networkx  # (a test dependency: Gephi's and NetworkX's reader is the point)

    graph = networkx.read_graphml(io.StringIO(result.stdout))
    assert graph.is_directed()
    assert [(graph.nodes[a]["name"], graph.nodes[b]["name"], d["type"], d["weight"])
            for a, b, d in graph.edges(data=True)] == [("Vladimir Putin", "Kim Jong-un", "CONSULT", 1)]
    # and as the GraphML specification lays it out
    import xml.etree.ElementTree as ET

    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.fromstring(result.stdout)
    assert root.tag == "{http://graphml.graphdrawing.org/xmlns}graphml"
    keys = {k.get("id"): (k.get("for"), k.get("attr.name"), k.get("attr.type")) for k in root.findall("g:key", ns)}
    assert keys == {"name": ("node", "name", "string"), "kind": ("node", "kind", "string"),
                    "type": ("edge", "type", "string"), "weight": ("edge", "weight", "int"),
                    "first_date": ("edge", "first_date", "string"), "last_date": ("edge", "last_date", "string")}
    [graph] = root.findall("g:graph", ns)
    assert graph.get("edgedefault") == "directed"
    data = lambda el: {d.get("key"): d.text for d in el.findall("g:data", ns)}  # noqa: E731
    nodes = {n.get("id"): data(n) for n in graph.findall("g:node", ns)}
    assert sorted(v["name"] for v in nodes.values()) == ["Kim Jong-un", "Vladimir Putin"]
    edges = [(nodes[e.get("source")]["name"], nodes[e.get("target")]["name"], data(e)) for e in graph.findall("g:edge", ns)]
    assert edges == [("Vladimir Putin", "Kim Jong-un", {"type": "CONSULT", "weight": "1", "first_date": "2023-09-13",
                                                        "last_date": "2023-09-13"})]
    assert all(set(data(el)) <= {k for k, (for_, _, _) in keys.items() if for_ == kind}
               for kind, els in (("node", graph.findall("g:node", ns)), ("edge", graph.findall("g:edge", ns))) for el in els)


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


def test_an_actors_detail_is_the_one_most_written_so_and_names_the_others(seeded, isolated_db):
    # a stray one-article actor NAMED "Putin" (say a caption's "PUTIN" taken for a body) beside
    # Vladimir Putin, WRITTEN "Putin" in more articles (a second one's row added here): the name
    # asked for is the person's, and the stray is named
    with duckdb.connect(str(isolated_db)) as con:
        con.execute("""INSERT INTO actors (actor_id, name, kind, n_events, n_articles)
                       SELECT max(actor_id) + 1, 'Putin', 'organization', 0, 1 FROM actors""")
        con.execute("""INSERT INTO article_actors SELECT 1, actor_id, ['PUTIN'], [] FROM actors WHERE name = 'Putin'""")
        con.execute("""INSERT INTO article_actors SELECT 2, actor_id, ['Putin'], [] FROM actors WHERE name = 'Vladimir Putin'""")
    for asked in ("putin", "Putin", "PUTIN"):
        detail = run("actors", asked)
        assert detail.exit_code == 0
        assert detail.stdout.startswith("Vladimir Putin (person)\n")
        assert f"also matching {asked!r}: Putin (organization, 0 events) (ask for one by its full name)" in detail.stdout
    # written so by one actor ("Kim", Kim Jong-un), a part of another's name: the one written so alone
    kim = run("actors", "kim")
    assert kim.stdout.startswith("Kim Jong-un (person)\n") and "also matching" not in kim.stdout
    assert {r["actor"] for r in json.loads(run("actors", "kim", "--format", "json").stdout)} == {"Kim Jong-un"}
    # a part of three names: the most active actor's events, the others named
    part = run("actors", "im")
    assert part.stdout.startswith("Kim Jong-un (person)\n")
    assert "also matching 'im': Kim Yong Chol (person, 1 event), Vladimir Putin (person, 1 event) (ask" in part.stdout
    assert {r["actor"] for r in json.loads(run("actors", "im", "--format", "json").stdout)} == {"Kim Jong-un"}
    assert {r["actor"] for r in json.loads(run("actors", "yong", "--format", "json").stdout)} == {"Kim Yong Chol"}
    assert "also matching" not in run("actors", "Kim Yong Chol").stdout


@pytest.mark.parametrize("command, name", [("actors", "Kim Jong-un"), ("places", "Rusia")])
def test_a_detail_gathers_the_rows_it_shows(seeded, command, name):
    every = json.loads(run(command, name, "--format", "json").stdout)
    assert len(every) >= 2
    for n in range(1, len(every) + 1):
        assert json.loads(run(command, name, "--format", "json", "--limit", str(n)).stdout) == every[:n]


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_actors_csv_and_tsv_read_back(seeded, fmt):
    assert table(run("actors", "--format", fmt).stdout, fmt) == [
        ["name", "kind", "events", "articles", "first", "last"],
        ["Kim Jong-un", "person", "2", "1", "2011-01-01", "2023-09-13"],
        ["Kim Yong Chol", "person", "1", "1", "2023-09-13", "2023-09-13"],
        ["Sergey Lavrov", "person", "1", "1", "2023-09-13", "2023-09-13"],
        ["Vladimir Putin", "person", "1", "1", "2023-09-13", "2023-09-13"],
    ]


def test_actors_failures(seeded):
    fails("actors", "Nobody Atall", code=1, message="no actor named 'Nobody Atall': list them with `events actors`")
    fails("actors", "--kind", "robot", code=2, message="--kind must be person or organization")


def test_places(seeded):
    rows = {r["name"]: r for r in json.loads(run("places", "--format", "json").stdout)}
    assert rows["Vladivostok"]["country"] == "RU" and rows["Vladivostok"]["lat"] is not None
    assert rows["Rusia"]["kind"] == "country"
    detail = run("places", "Vladivostok")
    assert detail.exit_code == 0 and detail.stdout.startswith("Vladivostok (city, RU, ")
    assert "2023-09-13" in detail.stdout
    fails("places", "Atlantis", code=1, message="no place named 'Atlantis': list them with `events places`")


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_places_csv_and_tsv_read_back(seeded, fmt):
    assert table(run("places", "--format", fmt).stdout, fmt) == [
        ["name", "kind", "country", "lat", "lon", "events", "articles", "first", "last"],
        ["Rusia", "country", "RU", "60.0", "100.0", "2", "1", "2011-01-01", "2023-09-13"],  # its centre, not Moscow
        ["Korea Utara", "country", "KP", "40.0", "127.0", "1", "1", "2011-01-01", "2011-01-01"],
        ["Vladivostok", "city", "RU", "43.1056", "131.8735", "1", "1", "2023-09-13", "2023-09-13"],
        ["Vostochny Cosmodrome", "facility", "RU", "51.884", "128.334", "1", "1", "2023-09-13", "2023-09-13"],
        ["Amerika Serikat", "country", "US", "38.0", "-97.0", "0", "1", "", ""],
        ["Kamchatka", "region", "RU", "56.0", "159.0", "0", "1", "", ""],
        ["Pyongyang", "city", "KP", "39.0339", "125.7543", "0", "1", "", ""],
        ["Semenanjung Korea", "region", "", "38.0", "127.5", "0", "1", "", ""],
        ["Timur Jauh Rusia", "region", "RU", "55.0", "135.0", "0", "1", "", ""],
        ["Ukraina", "country", "UA", "49.0", "32.0", "0", "1", "", ""],
    ]


def test_a_country_is_not_on_its_capital_and_one_without_a_centre_has_no_point():
    text = "Presiden Kosovo tiba di Jakarta pada Senin (13/3/2023) untuk bertemu Presiden Indonesia."
    assert run("import", "--published", "2023-03-14", "-", input=text).exit_code == 0
    assert table(run("places", "--format", "csv").stdout, "csv")[1:] == [
        ["Indonesia", "country", "ID", "-5.0", "120.0", "1", "1", "2023-03-13", "2023-03-13"],
        ["Jakarta", "city", "ID", "-6.2146", "106.8451", "1", "1", "2023-03-13", "2023-03-13"],
        ["Kosovo", "country", "XK", "", "", "1", "1", "2023-03-13", "2023-03-13"],
    ]
    [record] = [json.loads(line) for line in run("export").stdout.splitlines()]
    assert [(p["name"], p["lat"], p["lon"]) for p in record["places"]] == [
        ("Indonesia", -5.0, 120.0), ("Jakarta", -6.2146, 106.8451), ("Kosovo", None, None)]


def test_show_article_and_event(seeded):
    article = json.loads(run("show", "1", "--format", "json").stdout)
    assert article["source"] == "JABAR EKSPRES" and len(article["related"]) == 3
    assert article["text"].startswith("JABAR EKSPRES")
    event = run("show", "e1")
    assert event.exit_code == 0 and "date: 2023-09-13" in event.stdout
    fails("show", "e999", code=1, message="no event e999: list events with `events timeline`")
    fails("show", "xyz", code=2, message="'xyz' is not an id: use an article id (12, a12), an event id (e34) or a story id (s5)")


def test_related(seeded):
    rows = json.loads(run("related", "--format", "json").stdout)
    assert [r["target"] for r in rows] == ["missing"] * 3
    assert json.loads(run("related", "1", "--format", "json").stdout) == rows
    fails("related", "42", code=1,
          message='no article 42: list articles with `events sql "SELECT article_id, title FROM articles"`')
    fails("related", "e1", code=2, message="related takes an article id (12 or a12)")
    assert table(run("related", "--format", "csv").stdout, "csv") == [
        ["from", "from_title", "link_title", "url", "to", "target"],
        ["1", "", "Vladimir Putin dan Kim Jong-un Bertemu di Tengah Ketegangan Hubungan dengan Amerika Serikat",
         "", "", "missing"],
        ["1", "", "Amerika Serikat Ketar-Ketir dengan Aliansi Rusia-Korea Utara, Konflik Internasional Makin Memanas!",
         "", "", "missing"],
        ["1", "", "Korea Utara Menggelar Latihan Serangan Nuklir Taktis, Peringatkan Musuh Akan Bahaya Perang Nuklir",
         "", "", "missing"],
    ]
    limited = json.loads(run("related", "--limit", "2", "--format", "json").stdout)
    assert limited == rows[:2]


def test_sql(seeded):
    result = run("sql", "SELECT count(*) AS n FROM events", "--format", "csv")
    assert result.exit_code == 0 and result.stdout == "n\n2\n"
    from_stdin = run("sql", "--format", "csv", input="SELECT count(*) AS n FROM articles")
    assert from_stdin.stdout == "n\n1\n"


def test_sql_named_parameters_need_no_quoting(seeded):
    result = run("sql", "SELECT name, $note AS note FROM actors WHERE name = $name", "-p", "name", "Kim Jong-un",
                 "--param", "note", "Sa'in \"kutip\"", "--format", "csv")
    assert (result.exit_code, table(result.stdout, "csv")) == (0, [["name", "note"], ["Kim Jong-un", "Sa'in \"kutip\""]])
    fails("sql", "SELECT $missing", code=1,
          message="SQL error: Invalid Input Error: Values were not provided for the following parameters: missing")


def test_sql_no_rows_is_said_on_stderr(seeded):
    result = run("sql", "SELECT name FROM actors WHERE false")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "(no rows)\n")
    result = run("sql", "SELECT name FROM actors WHERE false", "--format", "csv")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "name\n", "")


def test_schema_prints_the_shipped_schema():
    result = run("schema")
    assert (result.exit_code, result.stdout) == (0, store.schema_sql())
    assert "CREATE TABLE IF NOT EXISTS articles" in result.stdout
    assert run("schema", "articles").exit_code == 2  # it takes no argument


def test_sql_json_writes_every_duckdb_type(seeded):
    result = run("sql", "SELECT 1.5 AS d, INTERVAL 3 DAY AS i, TIME '11:00' AS t, TIMESTAMP '2023-09-13 08:00' AS ts, "
                        "'00000000-0000-0000-0000-000000000001'::UUID AS u, 'ab'::BLOB AS b, [DATE '2020-01-02'] AS l",
                 "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"d": 1.5, "i": "3 days, 0:00:00", "t": "11:00:00", "ts": "2023-09-13T08:00:00",
                                          "u": "00000000-0000-0000-0000-000000000001", "b": "ab", "l": ["2020-01-02"]}]
    assert json.loads(run("sql", "SELECT 1.5 AS d", "--format", "jsonl").stdout) == {"d": 1.5}


def test_sql_is_read_only_unless_write(seeded):
    fails("sql", "DELETE FROM events", code=1, message="the database is opened read-only: add --write to change it")
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
    fails("sql", "SELEC nonsense", code=1, message='SQL error: Parser Error: syntax error at or near "SELEC"')
    fails("sql", code=2, message="no SQL given: pass it as an argument, with --file, or on stdin")


def test_export_jsonl_matches_contract(seeded):
    result = run("export", "--format", "jsonl")
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert set(record) >= {"article_id", "origin", "external_id", "url", "source", "title", "language", "published",
                           "main_event", "events", "actors", "places", "related"}
    assert record["main_event"] == {"date": "2023-09-13", "precision": "day", "type": "CONSULT",
                                    "source": "Vladimir Putin", "target": "Kim Jong-un", "negated": False}
    assert {"name", "kind", "mentions", "roles"} <= set(record["actors"][0])
    assert {"name", "kind", "country_code", "lat", "lon", "mentions"} <= set(record["places"][0])
    assert set(record["related"][0]) == {"title", "url", "article_id"}


def test_export_csv_and_parquet(seeded, tmp_path):
    out = tmp_path / "events.csv"
    assert run("export", "--format", "csv", "--output", str(out)).exit_code == 0
    (_, e2, e1) = TIMELINE  # the same events, with the article's fields and the event's own beside them
    assert table(out.read_text(encoding="utf-8"), "csv") == [
        ["event_id", "article_id", "date", "precision", "date_end", "date_partial", "kind", "inferred", "type",
         "source_actor", "target_actor", "negated", "sentence",
         "date_text", "actors", "places", "source", "title", "published", "url", "origin", "story_id"],
        ["2", "1", "2011-01-01", "year", "2011-12-31", "", "other", "False", "CONSULT", "", "", "False", e2[4], "2011", e2[5],
         e2[6], "JABAR EKSPRES", "", "", "", str(SEED), "1"],
        ["1", "1", "2023-09-13", "day", "2023-09-13", "", "main", "False", "CONSULT", "Vladimir Putin", "Kim Jong-un", "False",
         e1[4], "13 September 2023", e1[5], e1[6], "JABAR EKSPRES", "", "", "", str(SEED), "1"],
    ]
    folder = tmp_path / "pq"
    result = run("export", "--format", "parquet", "--output", str(folder))
    assert result.exit_code == 0, result.output
    assert (folder / "events" / "year=2023" / "month=9").is_dir() and (folder / "actors.parquet").exists()
    import duckdb
    rows = duckdb.connect().execute(
        f"SELECT year, month, date FROM read_parquet('{folder}/events/*/*/*.parquet', hive_partitioning = true) "
        "ORDER BY date").fetchall()
    assert [(y, m, d.isoformat()) for y, m, d in rows] == [(2011, 1, "2011-01-01"), (2023, 9, "2023-09-13")]
    typed = duckdb.connect().execute(
        f"SELECT type, source_actor, target_actor, negated FROM read_parquet('{folder}/events/*/*/*.parquet', "
        "hive_partitioning = true) ORDER BY date").fetchall()
    assert typed == [("CONSULT", None, None, False), ("CONSULT", "Vladimir Putin", "Kim Jong-un", False)]
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
    fails("export", "--format", "xml", code=2, message="--format must be jsonl, csv or parquet")
    fails("export", "--format", "parquet", code=2, message="parquet export needs --output FOLDER")
    missing = tmp_path / "no" / "such" / "x.out"  # (parquet makes the folders it writes into)
    for fmt in ("jsonl", "csv"):  # an output the command cannot write: one line, no traceback
        fails("export", "--format", fmt, "--output", str(missing), code=2,
              message=f"--output {missing}: No such file or directory")
        fails("export", "--format", fmt, "--output", str(tmp_path), code=2, message=f"--output {tmp_path}: Is a directory")
    file = tmp_path / "file"
    file.write_text("")
    fails("export", "--format", "parquet", "--output", str(file / "sub"), code=2,
          message=f"--output {file / 'sub'}: Not a directory")


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
        locked = (f"database {isolated_db} is locked: another events process holds it; "
                  "try again when it is done, wait longer with --wait SECONDS, or use another --db")
        fails("--wait", "0", "import", "--replace", str(SEED), code=1, message=locked)
        fails("--wait", "0", "timeline", code=1, message=locked)  # readers wait for the writer too
        result = run("--wait", "1.5", "timeline")  # (the holder is no events import: it never lets go)
        assert (result.exit_code, result.stderr.splitlines()) == (1, [
            f"waiting for {isolated_db}: another events process has it (up to 1.5 s, --wait)",
            f"Error: database {isolated_db} is locked: another events process holds it (waited 2 s); "
            "try again when it is done, wait longer with --wait SECONDS, or use another --db"])
        assert not list(isolated_db.parent.glob("*.waiting.*"))  # the note asking for a turn is gone
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


def test_progress_bar_moves_with_each_chunk_and_ends_at_the_total(tmp_path, monkeypatch, capsys):
    """On a terminal, import draws one line, redrawn as each chunk of articles comes back from
    extraction (not only after each batch of 1,000), with the rate and the time left."""
    from events_cli import cli as cli_module
    from events_cli.importer import ImportSummary, import_paths

    clock = iter(range(0, 1000, 2))  # two seconds between draws
    monkeypatch.setattr(cli_module.time, "monotonic", lambda: next(clock))
    bar = cli_module._ProgressBar(total=120)
    bar.show(ImportSummary(imported=50), 10)
    bar.show(ImportSummary(imported=100, unchanged=20), 0)
    assert capsys.readouterr().err == (
        "\r[###############...............] 60/120 articles, 30/s, 0:02 left"
        "\r[##############################] 120/120 articles, 30/s, 0:00 left")
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": i, "text": f"Warga Desa Nomor {i} menggelar kerja bakti pada "
                                           f"{1 + i % 28} Maret 2023."}) + "\n" for i in range(60)), encoding="utf-8")
    calls = []
    with store.connect(str(tmp_path / "p.duckdb")) as con:
        import_paths(con, [str(corpus)], workers=1, on_progress=lambda s, n: calls.append(n),
                     on_batch=lambda s: calls.append(("batch", s.imported)))
    assert calls == [60, ("batch", 60)]  # one chunk without worker processes



SEARCH_CORPUS = [
    {"id": "banjir-1", "title": "Banjir Rendam Dayeuhkolot", "source": "Warta Bandung", "published": "2024-03-04",
     "text": "Banjir setinggi satu meter merendam ratusan rumah di Dayeuhkolot, Kabupaten Bandung, Senin (4/3/2024). "
             "Warga mengungsi ke masjid terdekat."},
    {"id": "banjir-2", "title": "Warga Baleendah Mengungsi", "source": "Kabar Priangan", "published": "2024-03-05",
     "text": "Sebanyak 40 keluarga di Baleendah mengungsi pada Selasa (5/3/2024) setelah Sungai Citarum meluap. "
             "Banjir serupa melanda kawasan itu pada 12 Februari 2024."},
    {"id": "pasar", "title": "Pasar Kosambi Direnovasi", "source": "Warta Bandung", "published": "2024-03-06",
     "text": "Pemerintah Kota Bandung mulai merenovasi Pasar Kosambi pada Rabu (6/3/2024). Pedagang dipindahkan sementara."},
]


@pytest.fixture
def search_corpus(tmp_path):
    path = tmp_path / "cari.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in SEARCH_CORPUS), encoding="utf-8")
    assert run("import", str(path)).exit_code == 0
    return path


def test_search_ranks_articles_and_shows_the_matching_event(search_corpus):
    result = run("search", "banjir", "--format", "csv")
    rows = table(result.stdout, "csv")
    assert rows[0] == ["id", "score", "published", "source", "title", "event", "matching event"]
    # a word of the headline weighs more than one of the text; every word must be there
    assert [(r[0], r[2], r[4]) for r in rows[1:]] == [("a1", "2024-03-04", "Banjir Rendam Dayeuhkolot"),
                                                      ("a2", "2024-03-05", "Warga Baleendah Mengungsi")]
    # of its two events, the one that holds the word, though the other is the main event
    assert rows[2][6] == "Banjir serupa melanda kawasan itu pada 12 Februari 2024."
    # any case and punctuation; "mengungsi" is a2's headline word
    assert [r[0] for r in table(run("search", "BANJIR,", "mengungsi", "--format", "csv").stdout, "csv")[1:]] == ["a2", "a1"]
    assert [r[0] for r in table(run("search", "banjir", "citarum", "--format", "csv").stdout, "csv")[1:]] == ["a2"]
    assert [r[0] for r in table(run("search", "bandung", "--source", "warta", "--from", "2024-03-05",
                                    "--format", "csv").stdout, "csv")[1:]] == ["a3"]
    result = run("search", "gempa")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "(no rows)\n")
    fails("search", "a", "-", code=2, message="nothing to search for in 'a -': give words of two letters or more")


def test_timeline_text_keeps_the_events_of_matching_articles(search_corpus):
    rows = table(run("timeline", "--text", "citarum meluap", "-c", "id,date,event", "--format", "csv").stdout, "csv")
    assert [(r[1], r[2]) for r in rows[1:]] == [
        ("2024-02-12", "Banjir serupa melanda kawasan itu pada 12 Februari 2024."),
        ("2024-03-05", "Sebanyak 40 keluarga di Baleendah mengungsi pada Selasa (5/3/2024) setelah Sungai Citarum meluap.")]


def test_search_follows_a_re_extracted_text(search_corpus, tmp_path):
    changed = [dict(SEARCH_CORPUS[2], url="https://warta.example/pasar")]
    path = tmp_path / "ganti.jsonl"
    path.write_text(json.dumps(changed[0]) + "\n", encoding="utf-8")
    assert run("import", str(path)).exit_code == 0
    path.write_text(json.dumps(dict(changed[0], text="Pasar Kosambi terbakar pada Kamis (7/3/2024) dini hari.")) + "\n",
                    encoding="utf-8")
    assert run("import", "--replace", str(path)).exit_code == 0
    assert [r[0] for r in table(run("search", "terbakar", "--format", "csv").stdout, "csv")[1:]] == ["a4"]
    assert [r[0] for r in table(run("search", "pedagang", "--format", "csv").stdout, "csv")[1:]] == ["a3"]


def test_a_file_imported_again_with_another_text_replaces_its_article(tmp_path):
    folder = tmp_path / "berita"
    folder.mkdir()
    (folder / "a.txt").write_text("Banjir merendam Dayeuhkolot pada Senin (4/3/2024).", encoding="utf-8")
    (folder / "b.txt").write_text("Pasar Kosambi direnovasi pada Rabu (6/3/2024).", encoding="utf-8")
    records = tmp_path / "r.jsonl"
    records.write_text(json.dumps({"id": "r1", "text": "Gempa kecil terasa di Garut pada 2 Januari 2024."}) + "\n"
                       + json.dumps({"text": "Tanpa id, pada 3 Januari 2024."}) + "\n", encoding="utf-8")
    assert run("import", str(folder), str(records)).stderr.startswith("4 imported, 0 unchanged, 0 failed")
    (folder / "a.txt").write_text("Banjir merendam Dayeuhkolot dan Baleendah pada Senin (4/3/2024).", encoding="utf-8")
    records.write_text(json.dumps({"id": "r1", "text": "Gempa kecil terasa di Garut dan Tasikmalaya pada 2 Januari 2024."})
                       + "\n" + json.dumps({"text": "Tanpa id, pada 4 Januari 2024."}) + "\n", encoding="utf-8")
    result = run("import", str(folder), str(records))
    # a record without an id shares its file with others: nothing says which it was, so it is new
    assert result.stderr.startswith("1 imported, 2 updated (text changed), 1 unchanged, 0 failed")
    assert run("import", str(folder), str(records)).stderr.startswith("0 imported, 4 unchanged, 0 failed")
    rows = table(run("sql", "SELECT article_id, text FROM articles ORDER BY article_id", "--format", "csv").stdout, "csv")
    assert rows[1:] == [["1", "Banjir merendam Dayeuhkolot dan Baleendah pada Senin (4/3/2024)."],
                        ["2", "Pasar Kosambi direnovasi pada Rabu (6/3/2024)."],
                        ["3", "Gempa kecil terasa di Garut dan Tasikmalaya pada 2 Januari 2024."],
                        ["4", "Tanpa id, pada 3 Januari 2024."], ["5", "Tanpa id, pada 4 Januari 2024."]]


def test_forget_removes_articles_with_all_they_gave(search_corpus, tmp_path):
    linking = tmp_path / "tautan.jsonl"
    linking.write_text(json.dumps({"id": "l", "title": "Bupati Tinjau Banjir", "published": "2024-03-07",
                                   "text": "Bupati Bandung Dadang Supriatna meninjau lokasi banjir pada Kamis (7/3/2024).\n"
                                           "BACA JUGA: Banjir Rendam Dayeuhkolot"}) + "\n", encoding="utf-8")
    assert run("import", str(linking)).exit_code == 0
    assert json.loads(run("related", "--format", "json").stdout)[0]["to"] == 1
    before = json.loads(run("sql", "SELECT count(*) AS n FROM events", "--format", "json").stdout)[0]["n"]
    result = run("forget", "a1", "--source", "kabar priangan", "--dry-run")
    assert (result.exit_code, result.stderr) == (0, "would forget 2 articles: a1, a2\n")
    result = run("forget", "a1", "--source", "kabar priangan")
    assert (result.exit_code, result.stderr) == (0, "forgot 2 articles (a1, a2) and 3 events\n")
    counts = json.loads(run("sql", """SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM events) AS events,
        (SELECT count(*) FROM article_terms WHERE article_id IN (1, 2)) AS words,
        (SELECT count(*) FROM event_actors WHERE event_id NOT IN (SELECT event_id FROM events)) AS orphans,
        (SELECT count(*) FROM stories s WHERE n_articles <> (SELECT count(*) FROM articles a
                                                           WHERE a.story_id = s.story_id)) AS stories_miscounted,
        (SELECT count(*) FROM stories WHERE first_article_id IN (1, 2)) AS stories_of_the_gone""",
                            "--format", "json").stdout)
    assert counts == [{"articles": 2, "events": before - 3, "words": 0, "orphans": 0, "stories_miscounted": 0,
                       "stories_of_the_gone": 0}]
    assert json.loads(run("related", "--format", "json").stdout)[0]["target"] == "missing"
    assert [r[0] for r in table(run("search", "banjir", "--format", "csv").stdout, "csv")[1:]] == ["a4"]
    fails("forget", "a1", code=1, message="no article a1")
    fails("forget", code=2, message="nothing to forget: give article ids, --origin, --url or --source")
    fails("forget", "--source", "Tidak Ada", code=1, message="no article matches: nothing forgotten")


def test_width_and_wrap_of_long_texts(seeded):
    cut = run("timeline", "-n", "1").stdout.splitlines()[2]
    assert "pertama kedua pemimpin bertemu secara langsung, dan kun…" in cut
    whole = run("timeline", "-n", "1", "--width", "0").stdout.splitlines()[2]
    assert TIMELINE[1][3] in whole
    assert "  Ini adalah kali pertama kedua…  Kim Jong-un" in run("--width", "30", "timeline", "-n", "1").stdout
    wrapped = run("timeline", "-n", "1", "-c", "id,event", "--wrap", "--width", "40").stdout.splitlines()
    assert [line[6:].strip() for line in wrapped[2:]] == [
        "Ini adalah kali pertama kedua pemimpin", "bertemu secara langsung, dan kunjungan",
        "pertama Kim ke Rusia sejak ia menjadi", "pemimpin tertinggi Korea Utara pada",
        "2011."]
    result = run("timeline", "--width", "-1")
    assert result.exit_code == 2 and "Invalid value for '--width': -1 is negative" in result.stderr


def test_place_filter_finds_as_places_does_and_a_country_holds_its_places(seeded):
    def events_at(place):
        return [r[0] for r in table(run("timeline", "--place", place, "--format", "csv").stdout, "csv")[1:]]

    assert events_at("Vladivostok") == ["e1"]
    assert events_at("rusia") == ["e2", "e1"]  # the country, and Vladivostok inside it
    assert events_at("korea utara") == ["e2"]
    assert events_at("Cosmodrome") == ["e1"]  # a part of a name, when nothing is named so
    assert events_at("Jepang") == []


# Made up for this test: one event each, at a place inside a province the text does not name
# (but the last), and one abroad.
PLACED = [
    ("bdg", "2023-11-06", "Banjir merendam 120 rumah warga di Bandung pada Senin (6/11/2023) setelah hujan deras."),
    ("bks", "2023-11-07", "Kebakaran melanda sebuah gudang di Kota Bekasi pada Selasa (7/11/2023) dini hari."),
    ("kbd", "2023-11-08", "Sebuah jembatan gantung ambruk di Kabupaten Bandung pada Rabu (8/11/2023) pagi."),
    ("jks", "2023-11-09", "Polisi menangkap dua pengedar narkoba di Jakarta Selatan pada Kamis (9/11/2023) malam."),
    ("sby", "2023-11-10", "Wali kota meresmikan taman baru di Surabaya pada Jumat (10/11/2023)."),
    ("tky", "2023-11-11", "Gempa bermagnitudo 5,2 mengguncang Tokyo pada Sabtu (11/11/2023)."),
    ("grt", "2023-11-12", "Longsor menimbun dua rumah di Garut, Jawa Barat, pada Minggu (12/11/2023)."),
]


def test_a_province_holds_the_places_inside_it(tmp_path):
    articles = tmp_path / "placed.jsonl"
    articles.write_text("".join(json.dumps({"id": i, "title": f"Berita {i}", "source": "Kompas", "published": day,
                                            "text": f"{text}\n\nWarga diminta tetap waspada."}) + "\n"
                                for i, day, text in PLACED), encoding="utf-8")
    assert run("import", str(articles)).exit_code == 0

    def events_at(place):
        return table(run("timeline", "--place", place, "-c", "id,places", "--format", "csv").stdout, "csv")[1:]

    assert events_at("x") == []
    assert [row[1] for row in table(run("timeline", "-c", "id,places", "--format", "csv").stdout, "csv")[1:]] == [
        "Bandung", "Bekasi", "Kabupaten Bandung", "Jakarta Selatan", "Surabaya", "Tokyo", "Garut; Jawa Barat"]
    west_java = [["e1", "Bandung"], ["e2", "Bekasi"], ["e3", "Kabupaten Bandung"], ["e7", "Garut; Jawa Barat"]]
    # the province as stored (the last article names it), as the gazetteer writes it, in English
    for name in ("Jawa Barat", "jawa barat", "Jabar", "West Java"):
        assert events_at(name) == west_java, name
    # DKI Jakarta and Jawa Timur, named by no article: as the gazetteer knows them
    for name in ("DKI Jakarta", "DKI", "Daerah Khusus Ibukota Jakarta"):
        assert events_at(name) == [["e4", "Jakarta Selatan"]], name
    assert events_at("Jatim") == events_at("Jawa Timur") == [["e5", "Surabaya"]]
    # a country holds its provinces' places; a city or regency holds only itself
    assert events_at("Indonesia") == [*west_java[:3], ["e4", "Jakarta Selatan"], ["e5", "Surabaya"],
                                                  west_java[3]]
    assert events_at("Jepang") == [["e6", "Tokyo"]]
    assert events_at("Bandung") == [["e1", "Bandung"]]
    assert events_at("Kabupaten Bandung") == [["e3", "Kabupaten Bandung"]]
    assert events_at("Kota Bekasi") == [["e2", "Bekasi"]]
    # search filters the same way
    result = run("search", "warga", "--place", "Jabar", "-n", "10", "--format", "json")
    assert sorted(row["id"] for row in json.loads(result.stdout)) == ["a1", "a2", "a3", "a7"]

def test_timeline_kind_and_columns(seeded):
    result = run("timeline", "--kind", "main", "--columns", "id, date,article,origin,kind", "--format", "csv")
    assert table(result.stdout, "csv") == [["id", "date", "article", "origin", "kind"],
                                           ["e1", "2023-09-13", "a1", str(SEED), "main"]]
    assert [r[0] for r in table(run("timeline", "--kind", "other", "--format", "csv").stdout, "csv")[1:]] == ["e2"]
    fails("timeline", "--kind", "big", code=2, message="--kind must be main or other")
    fails("timeline", "-c", "id,nope", code=2, message="--columns: no column nope (choose from id, date, precision, "
          "event, actors, places, source, kind, type, article, title, published, url, origin)")
    fails("timeline", "-c", ",", code=2, message="--columns: name at least one column")


def test_actors_merge_names_the_actor_after_its_target_and_a_split_undoes_it(seeded):
    def names():
        return [r[0] for r in table(run("actors", "--format", "csv").stdout, "csv")[1:]]

    assert names() == ["Kim Jong-un", "Kim Yong Chol", "Sergey Lavrov", "Vladimir Putin"]
    result = run("actors", "merge", "Kim Yong Chol", "Kim Jong-un")
    assert (result.exit_code, result.stdout) == (0, "merged Kim Yong Chol and Kim Jong-un: Kim Jong-un (person)\n")
    assert names() == ["Kim Jong-un", "Sergey Lavrov", "Vladimir Putin"]
    assert run("actors", "split", "Kim Yong Chol").exit_code == 0
    assert names() == ["Kim Jong-un", "Kim Yong Chol", "Sergey Lavrov", "Vladimir Putin"]


def test_a_country_that_acts_is_an_actor_of_its_event_only(isolated_db, tmp_path):
    # "Rusia menuduh ...": the state is the event's source and a node of the network, while the article's actors
    # (what it names as persons and organisations) leave it among the places
    source = tmp_path / "news.jsonl"
    source.write_text(json.dumps({"id": "a1", "published": "2024-09-16", "text": (
        "Rusia menuduh Amerika Serikat melanggar perjanjian senjata nuklir, Senin (16/9/2024).")}) + "\n",
        encoding="utf-8")
    assert run("import", str(source)).exit_code == 0
    [record] = [json.loads(line) for line in run("export", "--format", "jsonl").stdout.splitlines()]
    assert (record["main_event"]["type"], record["main_event"]["source"], record["main_event"]["target"]) == (
        "ACCUSE", "Rusia", "Amerika Serikat")
    assert record["actors"] == [] and {"Rusia", "Amerika Serikat"} <= {p["name"] for p in record["places"]}
    network = json.loads(run("network", "--format", "json").stdout)
    assert [(r["source"], r["target"], r["type"]) for r in network] == [("Rusia", "Amerika Serikat", "ACCUSE")]
