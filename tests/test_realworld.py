"""Real-world articles: what extraction must find in them, and what it must not.

Table-driven from tests/fixtures/articles/gold.jsonl (the gold format of ../shared/eval), which
also lists each article's credit names ("credits") and the titles of its page furniture
("furniture_titles"), neither of which may come out as persons or related links.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import pytest

from events_cli.extract import extract_article
from events_cli.models import Article
from events_cli.readers import read_file

FIXTURES = Path(__file__).parent / "fixtures" / "articles"
GOLD = [json.loads(line) for line in (FIXTURES / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]

# Floors for the whole set (the project's targets).
MIN_DATE_ACCURACY = 0.9
MIN_RELATED_PRECISION = 0.95
MIN_RELATED_RECALL = 0.95
MIN_SOURCE_ACCURACY = 0.9

_PUNCT = re.compile(r"[\-\u2010-\u2015'\u2018\u2019\".,:;!?()\[\]]+")


def norm(text: str | None) -> str:
    """The comparison score.py makes: case- and punctuation-insensitive."""
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return " ".join(_PUNCT.sub(" ", text).split())


@lru_cache(maxsize=None)
def record(name: str):
    (article,) = list(read_file(FIXTURES / name))
    return extract_article(article)


@lru_cache(maxsize=1)
def pipeline_reads_stamps_and_credits() -> bool:
    """Whether extract_article takes the publication date from a stamp line and drops credits.

    Until it does, the articles that need either are expected failures, not regressions.
    """
    probe = Article(text="Senin, 15 Mei 2023 14:20 WIB\n\nJakarta - Warga berkumpul kemarin.\n\nPenulis: Ani Lestari",
                    origin="probe")
    rec = extract_article(probe)
    main = rec.main_event
    return (main is not None and main.date == dt.date(2023, 5, 14)
            and not any("Ani" in m for a in rec.actors for m in a.mentions))


def date_matches(gold: str, event) -> bool:
    if event is None:
        return False
    want = len(gold.split("-"))
    have = {"year": 1, "month": 2, "day": 3}[event.precision]
    return have >= want and event.date.isoformat()[: len(gold)] == gold


def _xfail_unless_wired(row):
    if not pipeline_reads_stamps_and_credits():
        pytest.xfail("extract_article does not read publication stamps and credits yet")


@pytest.mark.parametrize("row", GOLD, ids=[g["file"] for g in GOLD])
def test_main_event_date(row):
    rec = record(row["file"])
    if not date_matches(row["main_event_date"], rec.main_event):
        _xfail_unless_wired(row)
    main = rec.main_event
    got = main and (main.date.isoformat(), main.precision)
    assert date_matches(row["main_event_date"], main), got


@pytest.mark.parametrize("row", [g for g in GOLD if g.get("source")], ids=[g["file"] for g in GOLD if g.get("source")])
def test_source(row):
    assert norm(record(row["file"]).source) == norm(row["source"])


@pytest.mark.parametrize("row", [g for g in GOLD if not g.get("source")], ids=[g["file"] for g in GOLD if not g.get("source")])
def test_no_source_is_invented(row):
    """A dateline with a place only ("Bandung -"): the place is not the outlet."""
    assert record(row["file"]).source is None


@pytest.mark.parametrize("row", GOLD, ids=[g["file"] for g in GOLD])
def test_related_titles_exact(row):
    assert [link.title for link in record(row["file"]).related] == row["related_titles"]


@pytest.mark.parametrize("row", GOLD, ids=[g["file"] for g in GOLD])
def test_furniture_is_no_link_and_no_text(row):
    rec = record(row["file"])
    titles = {norm(link.title) for link in rec.related}
    for furniture in row["furniture_titles"]:
        assert norm(furniture) not in titles
        assert furniture not in rec.body


@pytest.mark.parametrize("row", [g for g in GOLD if g["credits"]], ids=[g["file"] for g in GOLD if g["credits"]])
def test_no_credit_name_among_persons(row):
    rec = record(row["file"])
    forms = {norm(m) for a in rec.actors if a.kind == "person" for m in [a.name, *a.mentions]}
    leaked = [name for name in row["credits"] if forms & {norm(name), *map(norm, name.split())}]
    if leaked:
        _xfail_unless_wired(row)
    assert not leaked


def test_aggregate_gate():
    dates_ok = sum(date_matches(g["main_event_date"], record(g["file"]).main_event) for g in GOLD)
    with_source = [g for g in GOLD if g.get("source")]
    source_ok = sum(norm(record(g["file"]).source) == norm(g["source"]) for g in with_source)
    tp = fp = fn = 0
    for g in GOLD:
        got = [norm(link.title) for link in record(g["file"]).related]
        want = [norm(t) for t in g["related_titles"]]
        hits = sum(1 for t in got if t in want)
        tp, fp, fn = tp + hits, fp + len(got) - hits, fn + len(want) - hits
    date_accuracy = dates_ok / len(GOLD)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    source_accuracy = source_ok / len(with_source)
    assert precision >= MIN_RELATED_PRECISION and recall >= MIN_RELATED_RECALL, (precision, recall)
    assert source_accuracy >= MIN_SOURCE_ACCURACY, source_accuracy
    if date_accuracy < MIN_DATE_ACCURACY and not pipeline_reads_stamps_and_credits():
        pytest.xfail(f"date accuracy {date_accuracy:.3f}: extract_article does not read publication stamps yet")
    assert date_accuracy >= MIN_DATE_ACCURACY, date_accuracy
