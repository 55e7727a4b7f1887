"""The first acceptance test: everything in the seed's gold comes out of the seed article."""
import json
import re
import unicodedata

import pytest

from events_cli.extract import extract_article
from events_cli.models import Article

from conftest import FIXTURES, SEED

GOLD = json.loads((FIXTURES / "seeds.gold.jsonl").read_text(encoding="utf-8").splitlines()[0])
_PUNCT = re.compile(r"[\-\u2010-\u2015'\u2018\u2019\".,:;!?()\[\]]+")


def norm(s):
    """The scorer's comparison: case- and punctuation-insensitive."""
    s = _PUNCT.sub(" ", unicodedata.normalize("NFKC", s).casefold())
    return " ".join(s.split())


@pytest.fixture(scope="module")
def record():
    return extract_article(Article(text=SEED.read_text(encoding="utf-8"), origin=str(SEED)))


def _names(entities):
    return {norm(e.name) for e in entities}


def _check(predicted, gold, optional):
    gold, optional = {norm(g) for g in gold}, {norm(o) for o in optional}
    assert gold <= predicted, f"missed {gold - predicted}"
    assert predicted <= gold | optional, f"extra {predicted - gold - optional}"


def test_persons(record):
    persons = [a for a in record.actors if a.kind == "person"]
    _check(_names(persons), GOLD["persons"], GOLD["optional"]["persons"])


def test_organizations(record):
    orgs = [a for a in record.actors if a.kind == "organization"]
    _check(_names(orgs), GOLD["organizations"], GOLD["optional"]["organizations"])


def test_places(record):
    _check(_names(record.places), GOLD["places"], GOLD["optional"]["places"])


def test_related_titles(record):
    assert [norm(link.title) for link in record.related] == [norm(t) for t in GOLD["related_titles"]]


def test_main_event_and_source(record):
    main = record.main_event
    assert (main.date.isoformat(), main.precision) == (GOLD["main_event_date"], "day")
    # the lede's places, and the venue an undated sentence gives; not places merely talked about
    assert main.places == ["Vladivostok", "Rusia", "Vostochny Cosmodrome"]
    assert {a.name for a in main.actors} == {"Vladimir Putin", "Kim Jong-un", "Sergey Lavrov", "Kim Yong Chol"}
    assert norm(record.source) == norm(GOLD["source"])


def test_dated_statements(record):
    assert [(e.date.isoformat(), e.precision, e.kind) for e in record.events] == [
        ("2023-09-13", "day", "main"), ("2011-01-01", "year", "other")]
    assert [a.name for a in record.events[1].actors] == ["Kim Jong-un"]


def test_short_names_and_roles(record):
    by_name = {a.name: a for a in record.actors}
    assert set(by_name["Vladimir Putin"].mentions) == {"Vladimir Putin", "Putin"}
    assert set(by_name["Kim Jong-un"].mentions) == {"Kim Jong-un", "Kim"}
    assert by_name["Sergey Lavrov"].roles == ["Menteri Luar Negeri Rusia"]
    assert by_name["Kim Yong Chol"].roles == ["Wakil Ketua Komite Sentral Korea Utara"]
    assert "Kim" not in by_name["Kim Yong Chol"].mentions
