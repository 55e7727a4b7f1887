"""The user's corrections of places (`events places forget|merge|set`, resolve/places.py): made
once, they hold for the stored articles, for later imports and for re-extraction. The places
and texts are made up."""
import datetime as dt

import pytest
from typer.testing import CliRunner

from events_cli import resolve, store
from events_cli.cli import app
from events_cli.models import Actor, Article, ArticleRecord, Event, EventActor, Place
from events_cli.resolve import places as resolution

runner = CliRunner()

# (name, kind, country, lat, lon) as a gazetteer would give them
KALIRAYA = ("Kaliraya", "city", "ID", -7.1, 110.2)
KALIRAYA_REGENCY = ("Kaliraya", "regency", "ID", -7.3, 110.0)
JAWA_LOR = ("Jawa Lor", "province", "ID", -7.0, 110.5)
JALOR = ("Jalor", "other", None, None, None)  # the province's short form, not known to the gazetteer
JALOR_LOWER = ("jalor", "other", None, None, None)  # ... as one article wrote it: the same place
BATU_ANYAR = ("Batu Anyar", "landmark", "ID", -6.9, 110.9)

# each article: its places (as extracted), all named in its one event
ARTICLES = [
    [KALIRAYA, JAWA_LOR], [KALIRAYA, JALOR], [JALOR], [JALOR, JAWA_LOR], [BATU_ANYAR, KALIRAYA],
    [KALIRAYA_REGENCY], [BATU_ANYAR], [JALOR_LOWER],
]


def _record(key, places, surfaces=None):
    text = f"Warga berkumpul, Rabu (13/9/2023). Laporan {key}."
    date = dt.date(2023, 9, 13)
    return ArticleRecord(
        article=Article(text=text, origin=f"{key}.txt", url=f"https://kabar.example/{key}"), body=text,
        source="Kabar", published=date, language="id", dateline_place=None,
        events=[Event(date, "day", "main", text, "Rabu (13/9/2023)", actors=[EventActor("Wulan Sari")],
                      places=[p[0] for p in places])],
        actors=[Actor("Wulan Sari", "person", ["Wulan Sari"])],
        places=[Place(*p, [(surfaces or {}).get(p[0], p[0])]) for p in places], related=[],
    )


def _archive(path):
    con = store.connect(str(path))
    ids = store.write_articles(con, [_record(k, places) for k, places in enumerate(ARTICLES)])
    resolve.after_batch(con, ids)
    con.close()
    return path


@pytest.fixture
def db(tmp_path):
    return _archive(tmp_path / "p.duckdb")


@pytest.fixture(scope="module")
def unchanged_db(tmp_path_factory):
    """One archive for the corrections refused, which change nothing."""
    path = _archive(tmp_path_factory.mktemp("refused") / "p.duckdb")
    return path, _places(path)


def _run(db, *args):
    return runner.invoke(app, ["--db", str(db), *args])


def _places(db):
    """Each place (name, kind) with its country, point, article and event counts, and the places
    each article names (by its key) and each event."""
    con = store.connect(str(db), read_only=True)
    try:
        places = {(r[0], r[1]): r[2:] for r in con.execute(
            "SELECT name, kind, country_code, lat, lon, n_articles, n_events FROM places").fetchall()}
        named = {}
        for url, name, kind, mentions in con.execute(
                "SELECT a.url, p.name, p.kind, ap.mentions FROM article_places ap JOIN articles a USING (article_id) "
                "JOIN places p USING (place_id) ORDER BY 1, 2, 3").fetchall():
            named.setdefault(int(url.rsplit("/", 1)[1]), []).append((name, kind, tuple(mentions)))
        in_events = sorted(con.execute("SELECT e.article_id, p.name FROM event_places JOIN events e USING (event_id) "
                                       "JOIN places p USING (place_id)").fetchall())
        article_rows = con.execute("SELECT count(*), count(DISTINCT (article_id, place_id)) FROM article_places").fetchone()
        event_rows = con.execute("SELECT count(*), count(DISTINCT (event_id, place_id)) FROM event_places").fetchone()
        assert article_rows[0] == article_rows[1] and event_rows[0] == event_rows[1]  # one row a place, always
        return places, named, in_events
    finally:
        con.close()


def _import_more(db, records, replace=False):
    con = store.connect(str(db))
    try:
        stored = dict(con.execute("SELECT url, article_id FROM articles").fetchall())
        replace_ids = {i: stored[r.article.url] for i, r in enumerate(records)} if replace else None
        ids = store.write_articles(con, records, replace_ids)
        resolve.after_batch(con, ids)
    finally:
        con.close()


def test_forget_takes_the_place_out_for_good(db):
    result = _run(db, "places", "forget", "batu anyar")
    assert (result.exit_code, result.stdout) == (0, "forgot Batu Anyar (landmark): no place; 2 articles no longer name it\n")
    places, named, in_events = _places(db)
    assert ("Batu Anyar", "landmark") not in places and 6 not in named
    assert [n[0] for n in named[4]] == ["Kaliraya"] and all(name != "Batu Anyar" for _, name in in_events)
    assert places[("Kaliraya", "city")][3:] == (3, 3)  # (the other places' counts as they were)
    listing = _run(db, "places", "--format", "csv")
    assert listing.exit_code == 0 and "Batu Anyar" not in listing.stdout
    # a later import naming it, and the stored articles extracted again, keep it out
    _import_more(db, [_record(8, [BATU_ANYAR, JAWA_LOR])])
    _import_more(db, [_record(k, places) for k, places in enumerate(ARTICLES)], replace=True)
    places, named, _ = _places(db)
    assert ("Batu Anyar", "landmark") not in places and named[8] == [("Jawa Lor", "province", ("Jawa Lor",))]


def test_merge_makes_one_place_of_two(db):
    result = _run(db, "places", "merge", "Jalor", "jawa lor")
    assert (result.exit_code, result.stdout) == (0, "merged Jalor (other) into Jawa Lor (province): 4 articles\n")
    places, named, in_events = _places(db)
    assert ("Jalor", "other") not in places and ("jalor", "other") not in places
    assert places[("Jawa Lor", "province")] == ("ID", -7.0, 110.5, 5, 5)
    # an article that named both has one row, with the forms of both
    assert named[3] == [("Jawa Lor", "province", ("Jawa Lor", "Jalor"))] or \
        named[3] == [("Jawa Lor", "province", ("Jalor", "Jawa Lor"))]
    assert named[2] == [("Jawa Lor", "province", ("Jalor",))]
    assert sum(name == "Jawa Lor" for _, name in in_events) == 5 and named[7] == [("Jawa Lor", "province", ("jalor",))]
    # the short form finds the place it is now; a later article's "Jalor" is Jawa Lor
    detail = _run(db, "places", "Jalor", "--format", "csv")
    assert detail.exit_code == 0 and "Jawa Lor" in detail.stdout
    _import_more(db, [_record(8, [JALOR])])
    _import_more(db, [_record(k, places) for k, places in enumerate(ARTICLES)], replace=True)
    places, named, _ = _places(db)
    assert ("Jalor", "other") not in places and named[8] == [("Jawa Lor", "province", ("Jalor",))]
    assert places[("Jawa Lor", "province")][3] == 6


@pytest.mark.slow  # (the quick run holds the chains' rule: test_the_last_correction_of_a_place_wins)
def test_merges_follow_each_other(db):
    assert _run(db, "places", "merge", "Jalor", "Kaliraya", "--target-kind", "city").exit_code == 0
    assert _run(db, "places", "merge", "Kaliraya", "Jawa Lor", "--kind", "city").exit_code == 0
    places, named, _ = _places(db)
    assert {k for k in places} == {("Jawa Lor", "province"), ("Kaliraya", "regency"), ("Batu Anyar", "landmark")}
    _import_more(db, [_record(8, [JALOR]), _record(9, [KALIRAYA])])
    _, named, _ = _places(db)
    assert [n[:2] for n in named[7] + named[8] + named[9]] == [("Jawa Lor", "province")] * 3


def test_set_corrects_a_point_a_country_and_a_kind(db):
    result = _run(db, "places", "set", "Jalor", "--country", "id", "--lat", "-7.05", "--lon", "110.45")
    # (the name in another case is the same place: one place now)
    assert (result.exit_code, result.stdout) == (0, "set Jalor (other): Jalor (other), country ID, -7.0500, 110.4500; 4 articles\n")
    assert _places(db)[0][("Jalor", "other")] == ("ID", -7.05, 110.45, 4, 4)
    result = _run(db, "places", "set", "Jalor", "--to-kind", "province")
    assert (result.exit_code, result.stdout) == (0, "set Jalor (other): Jalor (province), country ID, -7.0500, 110.4500; 4 articles\n")
    places, named, _ = _places(db)
    assert ("Jalor", "other") not in places and places[("Jalor", "province")] == ("ID", -7.05, 110.45, 4, 4)
    # a later import's "Jalor" (the extraction's kind other, no point) is the corrected place
    _import_more(db, [_record(8, [JALOR])])
    places, named, _ = _places(db)
    assert named[8] == [("Jalor", "province", ("Jalor",))] and places[("Jalor", "province")][:4] == ("ID", -7.05, 110.45, 5)
    # a point set on a place keeps through re-extraction, which gives the gazetteer's point again
    assert _run(db, "places", "set", "Batu Anyar", "--lat", "-6.95", "--lon", "110.95").exit_code == 0
    _import_more(db, [_record(k, places) for k, places in enumerate(ARTICLES)], replace=True)
    assert _places(db)[0][("Batu Anyar", "landmark")][:3] == ("ID", -6.95, 110.95)


def test_a_name_of_two_places_needs_its_kind(db):
    result = _run(db, "places", "forget", "Kaliraya")
    assert result.exit_code != 0
    assert result.stderr == "Error: 'Kaliraya' is 2 places (Kaliraya, city, Kaliraya, regency): choose one with --kind\n"
    result = _run(db, "places", "forget", "Kaliraya", "--kind", "regency")
    assert (result.exit_code, result.stdout) == (0, "forgot Kaliraya (regency): no place; 1 article no longer name it\n")
    assert ("Kaliraya", "city") in _places(db)[0]


@pytest.mark.parametrize("args, message", [
    (["forget", "Nowhere"], "Error: no place 'Nowhere': see `events places`\n"),
    (["forget", "Jalor", "--kind", "town"], "Error: --kind must be one of country, province, region, city, regency, "
                                            "district, facility, landmark, continent, other\n"),
    (["merge", "Jalor", "jalor"], "Error: merge needs two different places\n"),
    (["merge", "Jalor", "Nowhere"], "Error: no place 'Nowhere': see `events places`\n"),
    (["set", "Jalor"], "Error: nothing to set: give --to-kind, --country or --lat and --lon\n"),
    (["set", "Jalor", "--lat", "-7"], "Error: --lat and --lon go together\n"),
    (["set", "Jalor", "--lat", "95", "--lon", "110"],
     "Error: 95.0, 110.0 is no point: latitude within -90..90, longitude within -180..180\n"),
    (["set", "Jalor", "--country", "IDN"], "Error: --country takes a two-letter ISO 3166-1 code (ID, MY, US), not 'IDN'\n"),
    (["set", "Jalor", "--to-kind", "town"], "Error: --to-kind must be one of country, province, region, city, regency, "
                                            "district, facility, landmark, continent, other\n"),
])
def test_corrections_refused(unchanged_db, args, message):
    db, before = unchanged_db
    result = _run(db, "places", *args)
    assert result.exit_code != 0 and result.stderr == message
    assert _places(db) == before


def test_the_last_correction_of_a_place_wins():
    con = store.connect(":memory:")
    rows = [("merge", "A", "other", "B", "city", None, None, None), ("merge", "B", "city", "C", "city", None, None, None),
            ("set", "C", "city", None, None, "MY", 3.1, 101.7), ("forget", "D", "other", None, None, None, None, None),
            ("merge", "D", "other", "C", "city", None, None, None),
            ("merge", "E", "other", "F", "other", None, None, None), ("merge", "F", "other", "E", "other", None, None, None)]
    for row in rows:
        con.execute("INSERT INTO place_corrections (action, name, kind, target, target_kind, country_code, lat, lon) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", list(row))
    fixes = resolution.corrections(con)
    point = {"country_code": "MY", "lat": 3.1, "lon": 101.7}
    assert fixes[("a", "other")] == fixes[("b", "city")] == fixes[("c", "city")] == fixes[("d", "other")] == ("C", "city", point)
    assert fixes[("f", "other")] == ("E", "other", {}) and ("e", "other") not in fixes  # (a circle: the newest link holds)


def test_a_place_used_as_a_team_forgotten_stays_the_team():
    """A town's name some articles use as a team's: forgetting the place leaves the organisation
    those articles were given (resolve/places.py) and takes the place out of the rest."""
    con = store.connect(":memory:")
    town = ("Tarvesa", "other", None, None, None)
    texts = ["Persiraya kalah saat melawan Tarvesa.", "Laga Tarvesa vs Lumbra imbang.", "Hujan di Tarvesa."]
    records = []
    for k, sentence in enumerate(texts):
        record = _record(k, [town])
        text = f"{sentence} Laporan {k}."
        records.append(ArticleRecord(article=Article(text=text, origin=f"{k}.txt", url=f"https://kabar.example/{k}"),
                                     body=text, source="Kabar", published=record.published, language="id",
                                     dateline_place=None, events=record.events, actors=record.actors,
                                     places=record.places, related=[]))
    ids = store.write_articles(con, records)
    resolve.after_batch(con, ids)
    teams = con.execute("SELECT count(*) FROM extracted_actors WHERE name = 'Tarvesa'").fetchone()[0]
    assert teams == 2
    resolution.correct(con, "forget", "Tarvesa")
    assert con.execute("SELECT count(*) FROM places").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM article_places").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM place_uses").fetchone()[0] == 0
    assert con.execute("SELECT n_articles FROM actors WHERE name = 'Tarvesa'").fetchone()[0] == 2
