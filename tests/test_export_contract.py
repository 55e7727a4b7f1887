"""The export contract of ../shared/eval/README.md, field by field, with values.

`events export --format jsonl` is what ../shared/eval/score.py reads: a record that loses a
field, or writes it in another form (an `external_id` null, `mentions` empty), breaks the scorer
while every other test still passes. Checked on the seed (its values from its gold,
tests/fixtures/seeds.gold.jsonl, a copy of ../shared/eval/gold/seeds.jsonl), on a JSON Lines
import, and on the form of every record of the fixture articles' export; then score.py itself
reads the seed's export and the JSON Lines one.

The contract also lists `type`, `source`, `target` and `negated` on the main event and on each
event: the exporter does not write them yet. The key sets below say what it writes today; add
the four fields there, and their values in the tables, when it writes them.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from events_cli.cli import app

import fixture_scores
from conftest import FIXTURES, ROOT, SEED

SEED_GOLD = json.loads((FIXTURES / "seeds.gold.jsonl").read_text(encoding="utf-8").splitlines()[0])

RECORD_KEYS = {"article_id", "origin", "external_id", "url", "source", "title", "language", "published",
               "main_event", "events", "actors", "places", "related", "story"}
MAIN_EVENT_KEYS = {"date", "precision", "type", "source", "target", "negated"}
# "kind" (main or other) is the exporter's own
EVENT_KEYS = {"date", "precision", "date_end", "inferred", "date_partial", "kind", "summary", "actors", "places",
              "type", "source", "target", "negated"}
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "DISASTER", "ACCIDENT", "DEATH",
         "STATEMENT", "OTHER"}  # gold/EVTYPES.md
ACTOR_KEYS = {"name", "kind", "mentions", "roles"}
PLACE_KEYS = {"name", "kind", "country_code", "lat", "lon", "mentions"}
RELATED_KEYS = {"title", "url", "article_id"}
PRECISIONS = {"day", "month", "year"}
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def run(db, *args):
    result = CliRunner().invoke(app, ["--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return result


def export(db) -> list[dict]:
    return [json.loads(line) for line in run(db, "export", "--format", "jsonl").stdout.splitlines()]


def _state(name: str) -> bool:
    """Whether `name` is a country or a capital (evtypes.CAPITALS), "Pemerintah" before it or not."""
    from events_cli.extract import evtypes, places

    rest = name[len("pemerintah "):] if name.lower().startswith("pemerintah ") else name
    found = places.find_places(rest)
    return rest.lower() in evtypes.CAPITALS or (len(found) == 1 and found[0].text == rest
                                                and found[0].place.kind == "country")


def _date_faults(where: str, item: dict) -> list[str]:
    """A date of the contract: an ISO day, its precision, a month's first day, a year's first day."""
    date, precision = item.get("date"), item.get("precision")
    if date is None and (precision is None or item.get("date_partial", "--") is not None):
        # undated (no precision), or its year unknown (day and month in date_partial): never a guessed year
        partial = item.get("date_partial")
        ok = partial is None or isinstance(partial, str) and re.fullmatch(r"--\d\d-\d\d|--\d\d", partial)
        return [] if ok else [f"{where}: date_partial {partial!r}"]
    if not isinstance(date, str) or not ISO_DAY.match(date) or precision not in PRECISIONS:
        return [f"{where}: date {date!r} precision {precision!r}"]
    dt.date.fromisoformat(date)
    cut = {"day": None, "month": "01", "year": "01-01"}[precision]
    return [f"{where}: {precision} precision on {date}"] if cut and not date.endswith("-" + cut) else []


def _mention_faults(where: str, entity: dict, text: str) -> list[str]:
    mentions = entity.get("mentions")
    if not isinstance(mentions, list) or not mentions:
        return [f"{where}: mentions {mentions!r}"]
    return [f"{where}: mention {m!r} is not in the text" for m in mentions if not isinstance(m, str) or m not in text]


def contract_faults(rec: dict, text: str, ids: set) -> list[str]:
    """What in one export record breaks the contract, `text` being the article's title and text
    (mentions are surface forms of it) and `ids` the article_ids of the export."""
    faults = [] if set(rec) == RECORD_KEYS else [f"keys {sorted(set(rec) ^ RECORD_KEYS)}"]
    if not isinstance(rec.get("article_id"), int) or not isinstance(rec.get("origin"), str) or not rec["origin"]:
        faults.append(f"article_id {rec.get('article_id')!r} origin {rec.get('origin')!r}")
    for key in ("external_id", "url", "source", "title", "language"):
        if rec.get(key) is not None and (not isinstance(rec[key], str) or not rec[key]):
            faults.append(f"{key} {rec[key]!r}")
    published = rec.get("published")
    if published is not None and not (isinstance(published, str) and ISO_DAY.match(published)):
        faults.append(f"published {published!r}")
    main, events = rec.get("main_event"), rec.get("events")
    if main is not None:
        faults += [f"main_event keys {sorted(main)}"] if set(main) != MAIN_EVENT_KEYS else []
        faults += _date_faults("main_event", main)
        mains = [{k: e[k] for k in MAIN_EVENT_KEYS} for e in events or [] if e.get("kind") == "main"]
        faults += [] if mains == [main] else [f"main_event {main} is not the one main event of {mains}"]
    actor_names = {a.get("name") for a in rec.get("actors") or []}
    place_names = {p.get("name") for p in rec.get("places") or []}
    for i, event in enumerate(events if isinstance(events, list) else [None]):
        where = f"events[{i}]"
        if not isinstance(event, dict) or set(event) != EVENT_KEYS:
            faults.append(f"{where}: {event!r}")
            continue
        faults += _date_faults(where, event)
        if not isinstance(event["summary"], str) or not event["summary"].strip():
            faults.append(f"{where}: summary {event['summary']!r}")
        # (or a country or capital that acts in it, no actor the article names: "Rusia menuduh ...", evtypes.CAPITALS)
        if not isinstance(event["actors"], list) or not all(name in actor_names or _state(name) for name in event["actors"]):
            faults.append(f"{where}: actors {event['actors']!r} are not all the article's actors")
        if not isinstance(event["places"], list) or not set(event["places"]) <= place_names:
            faults.append(f"{where}: places {event['places']!r} are not all the article's places")
        if event["type"] not in TYPES or not isinstance(event["negated"], bool):
            faults.append(f"{where}: type {event['type']!r}, negated {event['negated']!r}")
        for part in ("source", "target"):
            if event[part] is not None and event[part] not in event["actors"]:
                faults.append(f"{where}: {part} {event[part]!r} is not one of the event's actors")
    for actor in rec.get("actors") or []:
        where = f"actor {actor.get('name')!r}"
        if set(actor) != ACTOR_KEYS or not actor["name"] or actor["kind"] not in ("person", "organization"):
            faults.append(f"{where}: {actor}")
            continue
        faults += _mention_faults(where, actor, text)
        if not isinstance(actor["roles"], list) or not all(isinstance(r, str) and r for r in actor["roles"]):
            faults.append(f"{where}: roles {actor['roles']!r}")
    for place in rec.get("places") or []:
        where = f"place {place.get('name')!r}"
        if set(place) != PLACE_KEYS or not place["name"] or not isinstance(place["kind"], str):
            faults.append(f"{where}: {place}")
            continue
        faults += _mention_faults(where, place, text)
        code, lat, lon = place["country_code"], place["lat"], place["lon"]
        if code is not None and not re.fullmatch(r"[A-Z]{2}", str(code)):
            faults.append(f"{where}: country_code {code!r}")
        if (lat is None) != (lon is None) or lat is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180):
            faults.append(f"{where}: lat {lat!r} lon {lon!r}")
    if not isinstance(rec.get("story"), int):  # every imported article is placed in a story
        faults.append(f"story {rec.get('story')!r}")
    for link in rec.get("related") or []:
        if (set(link) != RELATED_KEYS or not isinstance(link["title"], str) or not link["title"]
                or link["url"] is not None and not str(link["url"]).startswith(("http://", "https://"))
                or link["article_id"] is not None and link["article_id"] not in ids):
            faults.append(f"related {link}")
    return faults


def place(name, kind, country_code, lat, lon, *mentions) -> dict:
    return {"name": name, "kind": kind, "country_code": country_code, "lat": lat, "lon": lon, "mentions": list(mentions)}


# --- the seed ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_export(tmp_path_factory) -> str:
    """The seed's export, as a file."""
    folder = tmp_path_factory.mktemp("seed")
    run(folder / "seed.duckdb", "import", str(SEED))
    run(folder / "seed.duckdb", "export", "--format", "jsonl", "--output", str(folder / "export.jsonl"))
    return str(folder / "export.jsonl")


@pytest.fixture(scope="module")
def seed_record(seed_export) -> dict:
    (line,) = open(seed_export, encoding="utf-8").read().splitlines()
    return json.loads(line)


def test_seed_record_metadata(seed_record):
    assert {k: v for k, v in seed_record.items() if k not in ("main_event", "events", "actors", "places", "related")} == {
        "article_id": 1, "origin": str(SEED), "external_id": None, "url": None,
        "source": SEED_GOLD["source"], "title": None, "language": SEED_GOLD["lang"],
        "published": None,  # the seed gives no publication date, and none is invented
        "story": 1,  # the first story of the database: the seed is its one article
    }


def test_seed_events(seed_record):
    # "Pertemuan antara Vladimir Putin dan Kim Jong-un": a meeting, the first named its source
    assert seed_record["main_event"] == {"date": SEED_GOLD["main_event_date"], "precision": "day", "type": "CONSULT",
                                         "source": "Vladimir Putin", "target": "Kim Jong-un", "negated": False}
    assert seed_record["events"] == [
        {"date": "2023-09-13", "precision": "day", "date_end": "2023-09-13", "inferred": False, "date_partial": None,
         "kind": "main",
         "summary": "Pertemuan antara Vladimir Putin dan Kim Jong-un merupakan peristiwa bersejarah yang terjadi "
                    "pada 13 September 2023, di kota Vladivostok, Rusia.",
         "actors": ["Kim Jong-un", "Kim Yong Chol", "Sergey Lavrov", "Vladimir Putin"],
         "places": ["Rusia", "Vladivostok", "Vostochny Cosmodrome"],
         "type": "CONSULT", "source": "Vladimir Putin", "target": "Kim Jong-un", "negated": False},
        {"date": "2011-01-01", "precision": "year", "date_end": "2011-12-31", "inferred": False, "date_partial": None,
         "kind": "other",
         "summary": "Ini adalah kali pertama kedua pemimpin bertemu secara langsung, dan kunjungan pertama Kim ke "
                    "Rusia sejak ia menjadi pemimpin tertinggi Korea Utara pada 2011.",
         "actors": ["Kim Jong-un"], "places": ["Korea Utara", "Rusia"],
         "type": "CONSULT", "source": None, "target": None, "negated": False},
    ]


def test_seed_actors(seed_record):
    assert [a["name"] for a in seed_record["actors"]] == sorted(SEED_GOLD["persons"])
    assert seed_record["actors"] == [
        {"name": "Kim Jong-un", "kind": "person", "mentions": ["Kim Jong-un", "Kim"], "roles": []},
        {"name": "Kim Yong Chol", "kind": "person", "mentions": ["Kim Yong Chol"],
         "roles": ["Wakil Ketua Komite Sentral Korea Utara"]},
        {"name": "Sergey Lavrov", "kind": "person", "mentions": ["Sergey Lavrov"], "roles": ["Menteri Luar Negeri Rusia"]},
        {"name": "Vladimir Putin", "kind": "person", "mentions": ["Vladimir Putin", "Putin"], "roles": []},
    ]


def test_seed_places(seed_record):
    assert [p["name"] for p in seed_record["places"]] == sorted(SEED_GOLD["places"] + SEED_GOLD["optional"]["places"])
    assert seed_record["places"] == [place(*row) for row in [
        ("Amerika Serikat", "country", "US", 38.0, -97.0, "Amerika Serikat"),
        ("Kamchatka", "region", "RU", 56.0, 159.0, "Kamchatka"),
        ("Korea Utara", "country", "KP", 40.0, 127.0, "Korea Utara"),
        ("Pyongyang", "city", "KP", 39.0339, 125.7543, "Pyongyang"),
        ("Rusia", "country", "RU", 60.0, 100.0, "Rusia"),
        ("Semenanjung Korea", "region", None, 38.0, 127.5, "Semenanjung Korea"),
        ("Timur Jauh Rusia", "region", "RU", 55.0, 135.0, "Timur Jauh Rusia"),
        ("Ukraina", "country", "UA", 49.0, 32.0, "Ukraina"),
        ("Vladivostok", "city", "RU", 43.1056, 131.8735, "kota Vladivostok"),
        ("Vostochny Cosmodrome", "facility", "RU", 51.884, 128.334, "Vostochny Cosmodrome"),
    ]]


def test_seed_related(seed_record):
    assert seed_record["related"] == [{"title": t, "url": None, "article_id": None} for t in SEED_GOLD["related_titles"]]


def test_seed_record_keeps_the_contract(seed_record):
    assert contract_faults(seed_record, SEED.read_text(encoding="utf-8"), {1}) == []


# --- a JSON Lines import ------------------------------------------------------------------

FLOOD = {  # an int id, a publication date, a link to an article imported later and one never imported
    "id": 101, "url": "https://kabarpriangan.example/banjir-garut", "published": "2024-03-05",
    "source": "Kabar Priangan", "title": "Banjir Rendam Dua Desa di Tarogong Kidul",
    "text": "GARUT - Banjir merendam dua desa di Kecamatan Tarogong Kidul, Kabupaten Garut, pada Senin (4/3/2024). "
            "Kepala Pelaksana BPBD Garut Hendra Saputra mengatakan 120 rumah terdampak.\n\n"
            "\"Air mulai surut sore ini,\" kata Hendra.\n\n"
            "BACA JUGA: Warga Garut Bergotong Royong Bersihkan Lumpur Sisa Banjir\n\n"
            "Bupati Garut Rudi Hartawan meninjau lokasi pada Selasa.\n\n"
            "BACA JUGA: Cuaca Ekstrem Diprediksi Hingga April https://kabarpriangan.example/cuaca-ekstrem",
}
CLEAN_UP = {  # a string id, no publication date, an event of month precision, a link by URL
    "id": "kp-2024-0007", "url": "https://kabarpriangan.example/gotong-royong", "source": "Kabar Priangan",
    "title": "Warga Garut Bergotong Royong Bersihkan Lumpur Sisa Banjir",
    "text": "Warga Desa Sukakarya di Garut membersihkan lumpur sisa banjir sepanjang Maret 2024. Asep Mulyadi, "
            "warga setempat, mengatakan kerja bakti berlangsung setiap pagi.\n\n"
            "\"Kami tidak menunggu bantuan,\" ujar Asep.\n\n"
            "Baca juga: Banjir Rendam Dua Desa di Tarogong Kidul https://kabarpriangan.example/banjir-garut",
}
OLD_FLOOD = {  # a publication time with its zone, an event of year precision, no url, source or title
    "id": "kp-2016-0042", "published": "2016-11-20T08:30:00+07:00",
    "text": "Warga Garut masih mengingat banjir bandang yang melanda kota mereka pada 2016. Ribuan rumah "
            "terendam dan ratusan warga harus mengungsi ke tempat yang lebih tinggi.",
}
GARUT = ("Garut", "city", "ID", -7.245, 107.921)


def write_jsonl(path, *records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return str(path)


# the articles' keys, in the order they are imported
ARTICLE_IDS = {"flood": 1, "old_flood": 2, "clean_up": 3}
TEXTS = {"flood": FLOOD, "old_flood": OLD_FLOOD, "clean_up": CLEAN_UP}


def by_name(records: list[dict]) -> dict[str, dict]:
    return {name: next((r for r in records if r["article_id"] == i), None) for name, i in ARTICLE_IDS.items()}


@pytest.fixture(scope="module")
def jsonl_folder(tmp_path_factory):
    return tmp_path_factory.mktemp("jsonl")


@pytest.fixture(scope="module")
def jsonl_exports(jsonl_folder) -> tuple[list[dict], list[dict]]:
    """The export after a first import (FLOOD, OLD_FLOOD) and after a second (CLEAN_UP)."""
    db = jsonl_folder / "jsonl.duckdb"
    run(db, "import", write_jsonl(jsonl_folder / "first.jsonl", FLOOD, OLD_FLOOD))
    before = export(db)
    run(db, "import", write_jsonl(jsonl_folder / "second.jsonl", CLEAN_UP))
    return before, export(db)


@pytest.fixture(scope="module")
def jsonl_records(jsonl_exports) -> dict:
    return by_name(jsonl_exports[1])


def test_jsonl_records_keep_their_ids_and_metadata(jsonl_records, jsonl_folder):
    metadata = [{k: v for k, v in rec.items() if k in ("article_id", "origin", "external_id", "url", "source", "title",
                                                       "language", "published")} for rec in jsonl_records.values()]
    assert metadata == [
        {"article_id": 1, "origin": str(jsonl_folder / "first.jsonl"), "external_id": "101",  # the contract's string
         "url": FLOOD["url"], "source": "Kabar Priangan", "title": FLOOD["title"], "language": "id",
         "published": "2024-03-05"},
        {"article_id": 2, "origin": str(jsonl_folder / "first.jsonl"), "external_id": "kp-2016-0042", "url": None,
         "source": None, "title": None, "language": "id", "published": "2016-11-20"},
        {"article_id": 3, "origin": str(jsonl_folder / "second.jsonl"), "external_id": "kp-2024-0007",
         "url": CLEAN_UP["url"], "source": "Kabar Priangan", "title": CLEAN_UP["title"], "language": "id",
         "published": None},
    ]


@pytest.mark.parametrize("name, main_event", [
    # Senin (4/3/2024); "Banjir merendam": a disaster, no named actor
    ("flood", {"date": "2024-03-04", "precision": "day", "type": "DISASTER", "source": None, "target": None,
               "negated": False}),
    # sepanjang Maret 2024; cleaning up after a flood: its course ("Warga" is no name)
    ("clean_up", {"date": "2024-03-01", "precision": "month", "type": "DISASTER", "source": None, "target": None,
                  "negated": False}),
    # pada 2016
    ("old_flood", {"date": "2016-01-01", "precision": "year", "type": "DISASTER", "source": None, "target": None,
                   "negated": False}),
])
def test_jsonl_main_event(jsonl_records, name, main_event):
    assert jsonl_records[name]["main_event"] == main_event


def test_jsonl_events(jsonl_records):
    assert jsonl_records["flood"]["events"] == [
        {"date": "2024-03-04", "precision": "day", "date_end": "2024-03-04", "inferred": False, "date_partial": None,
         "kind": "main",
         "summary": "Banjir merendam dua desa di Kecamatan Tarogong Kidul, Kabupaten Garut, pada Senin (4/3/2024).",
         "actors": ["BPBD Garut", "Hendra Saputra"], "places": ["Kabupaten Garut", "Tarogong Kidul"],
         "type": "DISASTER", "source": None, "target": None, "negated": False},
        {"date": "2024-03-05", "precision": "day", "date_end": "2024-03-05", "inferred": True, "date_partial": None,
         "kind": "other",  # said on the day of publication
         "summary": "\"Air mulai surut sore ini,\" kata Hendra.", "actors": ["Hendra Saputra"], "places": [],
         "type": "STATEMENT", "source": "Hendra Saputra", "target": None, "negated": False},
        {"date": "2024-03-05", "precision": "day", "date_end": "2024-03-05", "inferred": True, "date_partial": None,
         "kind": "other",  # Selasa, the day after Senin 4 March
         "summary": "Bupati Garut Rudi Hartawan meninjau lokasi pada Selasa.", "actors": ["Rudi Hartawan"],
         "places": ["Garut"], "type": "OTHER", "source": "Rudi Hartawan", "target": None, "negated": False},
    ]


@pytest.mark.parametrize("name, actors", [
    ("flood", [
        {"name": "BPBD Garut", "kind": "organization", "mentions": ["BPBD Garut"], "roles": []},
        {"name": "Hendra Saputra", "kind": "person", "mentions": ["Hendra Saputra", "Hendra"],
         "roles": ["Kepala Pelaksana BPBD Garut"]},
        {"name": "Rudi Hartawan", "kind": "person", "mentions": ["Rudi Hartawan"], "roles": ["Bupati Garut"]},
    ]),
    ("clean_up", [{"name": "Asep Mulyadi", "kind": "person", "mentions": ["Asep Mulyadi", "Asep"], "roles": []}]),
    ("old_flood", []),
])
def test_jsonl_actors(jsonl_records, name, actors):
    assert jsonl_records[name]["actors"] == actors


@pytest.mark.parametrize("name, places", [
    ("flood", [
        place(*GARUT, "GARUT", "Garut"),  # the dateline's and the body's
        place("Kabupaten Garut", "regency", "ID", -7.245, 107.921, "Kabupaten Garut"),
        place("Tarogong Kidul", "district", None, None, None, "Kecamatan Tarogong Kidul"),  # not in the gazetteer
    ]),
    ("clean_up", [place(*GARUT, "Garut"), place("Sukakarya", "district", None, None, None, "Desa Sukakarya")]),
    ("old_flood", [place(*GARUT, "Garut")]),
])
def test_jsonl_places(jsonl_records, name, places):
    assert jsonl_records[name]["places"] == places


def test_jsonl_related_article_id_once_the_target_is_imported(jsonl_exports):
    before, after = ({name: rec["related"] for name, rec in by_name(records).items() if rec}
                     for records in jsonl_exports)
    weather = {"title": "Cuaca Ekstrem Diprediksi Hingga April", "url": "https://kabarpriangan.example/cuaca-ekstrem",
               "article_id": None}
    assert before["flood"] == [{"title": CLEAN_UP["title"], "url": None, "article_id": None}, weather]
    assert after["flood"] == [{"title": CLEAN_UP["title"], "url": None, "article_id": 3}, weather]  # by its title
    assert after["clean_up"] == [{"title": FLOOD["title"], "url": FLOOD["url"], "article_id": 1}]  # by its URL
    assert after["old_flood"] == []


def test_jsonl_records_keep_the_contract(jsonl_records):
    faults = {name: contract_faults(rec, f"{TEXTS[name].get('title') or ''}\n{TEXTS[name]['text']}", {1, 2, 3})
              for name, rec in jsonl_records.items()}
    assert faults == {name: [] for name in TEXTS}


def test_fixture_records_keep_the_contract():
    """Every record of the fixture articles' export has the contract's form: mentions verbatim
    in the text the database holds, dates as their precision says..."""
    records, texts = fixture_scores.fixture_export(), fixture_scores.fixture_texts()
    ids = {rec["article_id"] for rec in records}
    faults = {rec["origin"]: contract_faults(rec, texts[rec["article_id"]], ids) for rec in records}
    assert {origin: f for origin, f in faults.items() if f} == {}


# --- score.py reads the exports -------------------------------------------------------------

SCORE_PY = fixture_scores.SCORE_PY
needs_score_py = pytest.mark.skipif(not SCORE_PY.is_file(), reason=f"{SCORE_PY} comes with ../shared")


def score_py(*args) -> str:
    """The summary line score.py prints last."""
    done = subprocess.run([sys.executable, str(SCORE_PY), *args], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()[-1]


@needs_score_py
def test_score_py_scores_the_seed_export_perfectly(seed_export):
    summary = score_py("score", "--mode", "articles", "--export", seed_export,
                       "--gold", str(SCORE_PY.parent / "gold" / "seeds.jsonl"))
    assert summary == ("articles=1 missing=0 persons_f1=1.000 places_f1=1.000 orgs_f1=n/a related_f1=1.000 "
                       "date_acc=1.000 source_acc=1.000")


@needs_score_py
def test_score_py_finds_jsonl_records_by_their_ids(jsonl_records, tmp_path):
    """NER mode matches records by external_id and compares the mentions of each kind."""
    (tmp_path / "export.jsonl").write_text("".join(json.dumps(r) + "\n" for r in jsonl_records.values()))
    gold = [
        {"id": 101, "text": FLOOD["text"], "entities": [
            {"text": t, "label": label} for label, t in [
                ("LOC", "Garut"), ("LOC", "Kabupaten Garut"), ("LOC", "Kecamatan Tarogong Kidul"),
                ("ORG", "BPBD Garut"), ("PER", "Hendra Saputra"), ("PER", "Hendra"), ("PER", "Rudi Hartawan")]]},
        {"id": "kp-2024-0007", "text": CLEAN_UP["text"], "entities": [
            {"text": t, "label": label} for label, t in [
                ("LOC", "Garut"), ("LOC", "Desa Sukakarya"), ("PER", "Asep Mulyadi"), ("PER", "Asep")]]},
    ]
    summary = score_py("score", "--mode", "ner", "--export", str(tmp_path / "export.jsonl"),
                       "--gold", write_jsonl(tmp_path / "gold.jsonl", *gold))
    assert summary == "sentences=2 missing=0 PER_f1=1.000 LOC_f1=1.000 ORG_f1=1.000 overall_f1=1.000"
