"""Real-world articles: what extraction must find in them, and what it must not.

Table-driven from tests/fixtures/articles/gold.jsonl (the gold format of ../shared/eval), which
also lists each article's credit names ("credits") and the titles of its page furniture
("furniture_titles"). The articles are imported and exported through the CLI, as
../shared/eval/score.py runs the tool.

Two kinds of test. What must hold for every article, however hard, is asserted article by
article: no credit is a person, page furniture is neither a link nor text of the body, no outlet
is invented, a related title that is found is found exactly. What measures how well extraction
does (score.py's P/R/F1 of persons, places, organisations and related titles, the accuracy of
the main event's date and of the outlet) and the junk the gold rules out are held, over the
whole set, to the floors and ceilings recorded in tests/fixture_floors.json: print today's
figures with `python scripts/measure_fixtures.py`.
"""
from __future__ import annotations

from functools import lru_cache

import pytest


import fixture_scores
from fixture_scores import norm

GOLD = fixture_scores.gold_rows()
FLOORS = fixture_scores.read_floors()


def rows(keep=lambda row: True):
    """pytest parameters: the gold rows that `keep` keeps, named by their file."""
    return [pytest.param(row, id=row["file"]) for row in GOLD if keep(row)]


def exported(row: dict) -> dict:
    record = fixture_scores.by_file(fixture_scores.fixture_export()).get(row["file"])
    assert record is not None, f"{row['file']} is not in the export"
    return record


@lru_cache(maxsize=None)
def test_every_annotated_article_is_exported():
    records = fixture_scores.by_file(fixture_scores.fixture_export())
    assert [g["file"] for g in GOLD if g["file"] not in records] == []


@pytest.mark.parametrize("row", rows(lambda g: not g.get("source")))
def test_no_source_is_invented(row):
    """A dateline with a place only ("Bandung -"), a page without a credit line: no outlet."""
    assert exported(row)["source"] is None


@pytest.mark.parametrize("row", rows(lambda g: g.get("related_titles")))
def test_related_titles_found_are_exact(row):
    """A related title that is found is the title as written: not cut, not run on, not recased."""
    gold = {norm(title): title for title in row["related_titles"]}
    found = [link["title"] for link in exported(row)["related"] if norm(link["title"]) in gold]
    assert found == [gold[norm(title)] for title in found]


@pytest.mark.parametrize("row", rows(lambda g: g.get("furniture_titles")))
def test_furniture_is_no_link(row):
    """A teaser list's titles are never related links. (Those still left in the text are counted
    against a ceiling: junk.furniture_text in tests/fixture_floors.json.)"""
    titles = {norm(link["title"]) for link in exported(row)["related"]}
    assert [f for f in row["furniture_titles"] if norm(f) in titles] == []


@pytest.mark.parametrize("row", rows(lambda g: g.get("credits")))
def test_no_credit_name_among_persons(row):
    persons = [a for a in exported(row)["actors"] if a["kind"] == "person"]
    assert fixture_scores.credit_leaks(row, persons) == []


@pytest.fixture(scope="module")
def figures():
    scorer = fixture_scores.load_scorer()
    if scorer is None:
        pytest.skip(f"{fixture_scores.SCORE_PY} not present (it comes with ../shared)")
    return fixture_scores.measure(scorer)


@pytest.mark.parametrize("name", fixture_scores.AT_LEAST)
def test_at_least_the_recorded_floor(figures, name):
    measures, _, explained, _ = figures
    assert name in FLOORS["at_least"], f"no floor for {name} in tests/fixture_floors.json"
    why = "\n".join(line for line in explained if f" {fixture_scores.EXPLAINED_BY[name]}:" in line)
    assert measures[name] >= FLOORS["at_least"][name], (
        f"{name} {measures[name]:.4f} fell below its floor {FLOORS['at_least'][name]}:\n{why}")


@pytest.mark.parametrize("name", fixture_scores.AT_MOST)
def test_junk_at_most_the_recorded_ceiling(figures, name):
    found = figures[3][name]
    assert name in FLOORS["at_most"], f"no ceiling for {name} in tests/fixture_floors.json"
    assert len(found) <= FLOORS["at_most"][name], (
        f"{name}: {len(found)} over its ceiling {FLOORS['at_most'][name]}:\n" + "\n".join(found))
