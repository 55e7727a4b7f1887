"""Stories: one happening, many reports (events_cli/resolve/stories.py and its commands).

The articles of tests/fixtures/stories/articles.jsonl are made up: an earthquake reported by
three outlets, a flood by two, the earthquake's aftershock the next day by two, and a
checklist that reports no happening.
"""
from __future__ import annotations

import datetime as dt
import json
import math
import random
from collections import Counter

import pytest
from typer.testing import CliRunner

from events_cli import importer, queries, resolve, store
from events_cli.cli import app
from events_cli.resolve import stories as S

from conftest import FIXTURES

ARTICLES = FIXTURES / "stories" / "articles.jsonl"
RECORDS = [json.loads(line) for line in ARTICLES.read_text(encoding="utf-8").splitlines()]
# The stories they report, as sets of the articles' ids.
EXPECTED = {frozenset({"gempa-a", "gempa-b", "gempa-c"}), frozenset({"banjir-a", "banjir-b"}),
            frozenset({"susulan-a", "susulan-b"}), frozenset({"tips"})}
runner = CliRunner()
D = dt.date


def run(*args):
    return runner.invoke(app, list(args))


def ok(*args):
    result = run(*args)
    assert result.exit_code == 0, result.output
    return result


def stories_of(db) -> set[frozenset]:
    con = store.connect(str(db), read_only=True)
    try:
        groups: dict[int, set] = {}
        for external_id, story_id in con.execute("SELECT external_id, story_id FROM articles").fetchall():
            groups.setdefault(story_id, set()).add(external_id)
    finally:
        con.close()
    return {frozenset(g) for g in groups.values()}


def import_records(db, records, batch_size: int, monkeypatch) -> None:
    path = db.parent / f"in-{len(records)}-{batch_size}-{records[0]['id']}.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    monkeypatch.setattr(importer, "BATCH_SIZE", batch_size)
    con = store.connect(str(db))
    try:
        importer.import_paths(con, [str(path)], workers=1)
    finally:
        con.close()


# --- the pure functions -------------------------------------------------------------------------

@pytest.mark.parametrize("published, date, precision, day", [
    (D(2024, 4, 24), D(2024, 4, 24), "day", D(2024, 4, 24)),
    (D(2024, 4, 26), D(2024, 4, 25), "day", D(2024, 4, 25)),   # reported the next day
    (D(2024, 4, 24), D(2024, 4, 25), "day", D(2024, 4, 25)),   # a preview of tomorrow
    (D(2024, 4, 24), D(2024, 4, 27), "day", D(2024, 4, 24)),   # days ahead: not what it reports
    (D(2024, 4, 24), D(2023, 4, 24), "day", D(2024, 4, 24)),   # a year back: background
    (D(2024, 4, 24), D(2024, 4, 1), "month", D(2024, 4, 24)),  # a month is no day
    (None, D(2024, 4, 24), "day", D(2024, 4, 24)),
    (None, None, None, None),
])
def test_happening_day(published, date, precision, day):
    assert S.happening_day(published, date, precision) == day


@pytest.mark.parametrize("text, lede", [
    ("JAKARTA, KOMPAS.com - Presiden membuka rapat.", "Presiden membuka rapat."),
    ("Garut (ANTARA) - Gempa mengguncang.", "Gempa mengguncang."),
    ("- Meski sempat menghilang, kini membaik.", "Meski sempat menghilang, kini membaik."),
    ("Bekasi - Kali Bekasi meluap.", "Bekasi - Kali Bekasi meluap."),  # no outlet: kept whole
    ("Polisi menangkap dua orang.", "Polisi menangkap dua orang."),
])
def test_lede(text, lede):
    assert S.lede(text) == lede


@pytest.mark.parametrize("vec, centroid, expected", [
    ({"a": 1.0}, {"a": 2.0}, 1.0),
    ({"a": 0.6, "b": 0.8}, {"a": 1.0}, 0.6),
    ({"a": 1.0}, {"b": 1.0}, 0.0),
    ({"a": 1.0}, {}, 0.0),
])
def test_cosine(vec, centroid, expected):
    assert S.cosine(vec, centroid) == pytest.approx(expected)


def _doc(day, terms, persons=()):
    return S.Doc(1, day, day, "k", terms, frozenset(persons))


def _story(story_id, day, centroid, persons=()):
    return S.Story(story_id, day, dict(centroid), 1, S.length(centroid), Counter(persons))



def test_heaviest_terms_as_a_full_sort_gives_them():
    """The vector's and the centroid's cut (only the pairs weighing at least the n-th weight are
    sorted): the same pairs in the same order as sorting them all, ties broken by the term."""
    rng = random.Random(7)
    for _ in range(300):
        weights = {f"t{i}": rng.choice([0.1, 0.2, 0.25, 0.5, rng.random()]) for i in range(rng.randint(2, 80))}
        for n in (1, 2, 30, 40):
            if n <= len(weights):
                full = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
                assert S._heaviest(weights, n) == full

@pytest.mark.parametrize("doc_day, story_day, persons, story_persons, expected", [
    (D(2024, 4, 24), D(2024, 4, 24), (), (), 0.8),
    (D(2024, 4, 25), D(2024, 4, 24), (), (), 0.8 - S.DAY_OFF_PENALTY),
    (D(2024, 4, 26), D(2024, 4, 24), (), (), None),  # two days apart: another happening
    (D(2024, 4, 24), D(2024, 4, 24), (7,), (7,), 0.8 + S.PERSON_WEIGHT),
    (D(2024, 4, 24), D(2024, 4, 24), (7, 8), (7,), 0.8 + S.PERSON_WEIGHT / 2),
    (D(2024, 4, 24), D(2024, 4, 24), (8,), (7,), 0.8),
    (None, D(2024, 4, 24), (), (), 0.8),
])
def test_similarity(doc_day, story_day, persons, story_persons, expected):
    score = S.similarity(_doc(doc_day, {"a": 0.6, "b": 0.8}, persons), _story(1, story_day, {"b": 1.0}, story_persons))
    # (no publication times: the untimed bar)
    assert score == (None if expected is None else pytest.approx(expected - S.UNTIMED_PENALTY))


T = dt.datetime


@pytest.mark.parametrize("doc_time, story_times, expected", [
    (T(2024, 4, 24, 9), [T(2024, 4, 24, 9)], 0.8),                                   # the same hour
    (T(2024, 4, 24, 12), [T(2024, 4, 24, 9)], 0.8 - S.HOURS_PENALTY * min(3, S.HOURS_CAP) / S.HOURS_CAP),
    (T(2024, 4, 24, 12), [T(2024, 4, 24, 7), T(2024, 4, 24, 11, 30), T(2024, 4, 24, 20)],
     0.8 - S.HOURS_PENALTY * 0.5 / S.HOURS_CAP),                                     # the median report
    (T(2024, 4, 24, 19), [T(2024, 4, 24, 7), T(2024, 4, 24, 8), T(2024, 4, 24, 18)],
     0.8 - S.HOURS_PENALTY),                    # an hour after the last, but eleven after the median: all of it
    (T(2024, 4, 24, 10), [T(2024, 4, 24, 7), T(2024, 4, 24, 9), T(2024, 4, 24, 10), T(2024, 4, 24, 11)],
     0.8 - S.HOURS_PENALTY * 0.5 / S.HOURS_CAP),                                     # between the middle two
    (T(2024, 4, 24, 21), [T(2024, 4, 24, 7)], 0.8 - S.HOURS_PENALTY),                 # hours apart: all of it
    (None, [T(2024, 4, 24, 7)], 0.8 - S.UNTIMED_PENALTY),                             # no time: the untimed bar
    (T(2024, 4, 24, 21), [], 0.8 - S.UNTIMED_PENALTY),
])
def test_similarity_counts_the_hours_from_the_storys_median_report(doc_time, story_times, expected):
    doc = S.Doc(1, D(2024, 4, 24), D(2024, 4, 24), "k", {"a": 0.6, "b": 0.8}, time=doc_time)
    story = _story(1, D(2024, 4, 24), {"b": 1.0})
    story.times = story_times
    assert S.similarity(doc, story) == pytest.approx(expected)


def test_a_report_hours_after_the_story_on_the_same_words_starts_another():
    """The morning's rumour and the evening's briefing on the same topic: as similar in words,
    one joins the story of reports an hour before it, the other starts its own."""
    story = _story(1, D(2024, 4, 24), {"b": 1.0})
    S.add(story, S.Doc(2, D(2024, 4, 24), D(2024, 4, 24), "k2", {"b": 1.0}, time=T(2024, 4, 24, 8)))
    terms = {"a": math.sqrt(1 - 0.4 ** 2), "b": 0.4}  # cosine 0.4 with the story's centroid
    assert S.best_story(S.Doc(3, D(2024, 4, 24), D(2024, 4, 24), "k3", terms, time=T(2024, 4, 24, 9)), [story]) is story
    assert S.best_story(S.Doc(4, D(2024, 4, 24), D(2024, 4, 24), "k4", terms, time=T(2024, 4, 24, 19)), [story]) is None
    S.add(story, S.Doc(5, D(2024, 4, 24), D(2024, 4, 24), "k5", {"b": 1.0}, time=T(2024, 4, 24, 6)))
    assert story.times == [T(2024, 4, 24, 6), T(2024, 4, 24, 8)]  # kept sorted


@pytest.mark.parametrize("headline, expected", [
    ((("b", 1.0),), 0.8),                          # the headline says what the story's report says
    ((("b", 0.25), ("c", 0.75)), 0.8 - S.NOVEL_PENALTY * 0.75),  # a word of its own weighs three quarters
    ((("c", 0.5), ("d", 0.5)), 0.8 - S.NOVEL_PENALTY),           # nothing the story's report said
    ((), 0.8),                                     # no title: nothing held against it
])
def test_similarity_holds_the_headlines_new_words_against_a_story(headline, expected):
    doc = S.Doc(1, D(2024, 4, 24), D(2024, 4, 24), "k", {"a": 0.6, "b": 0.8}, headline=headline)
    assert S.similarity(doc, _story(1, D(2024, 4, 24), {"b": 1.0})) == pytest.approx(expected - S.UNTIMED_PENALTY)


def test_a_headline_of_new_words_starts_another_story():
    """Two reports of an earthquake, then two articles as close to them in words: one headlines
    what the reports told ("gempa garut"), the other a new actor and action ("bupati tinjau",
    the regent visits): the first joins, the second starts a story. The story's words are all
    its reports' terms, not only those its centroid keeps."""
    day = D(2024, 4, 24)
    story = S.Story(1, day, {})
    S.add(story, S.Doc(1, day, day, "k1", {"gempa": 0.8, "garut": 0.6}))
    assert story.words is None  # (one report: its centroid's terms)
    S.add(story, S.Doc(2, day, day, "k2", {"gempa": 0.8, "rusak": 0.6}))
    assert story.words == {"gempa", "garut", "rusak"}
    terms = {"gempa": 0.45, "x": math.sqrt(1 - 0.45 ** 2)}  # cosine ~0.40 with the centroid
    same = S.Doc(3, day, day, "k3", terms, headline=(("gempa", 0.5), ("garut", 0.5)))
    other = S.Doc(4, day, day, "k4", terms, headline=(("bupati", 0.5), ("tinjau", 0.5)))
    assert S.best_story(same, [story]) is story
    assert S.best_story(other, [story]) is None


def test_a_storys_centroid_weighs_its_newest_reports_most():
    """Each report that joins a story decays the weights its earlier reports left in the
    centroid by DECAY: a happening told for hours (a protest, a launch) is found by how its
    newest reports tell it, not by its first report's words alone."""
    day = D(2024, 4, 24)
    story = S.Story(1, day, {})
    for i, terms in enumerate(({"demo": 0.6, "gedung": 0.8}, {"demo": 0.6, "audiensi": 0.8},
                               {"demo": 0.6, "mosi": 0.8}), 1):
        S.add(story, S.Doc(i, day, day, f"k{i}", terms))
    assert 0 < S.DECAY < 1
    assert story.centroid["gedung"] == pytest.approx(0.8 * S.DECAY ** 2)
    assert story.centroid["audiensi"] == pytest.approx(0.8 * S.DECAY)
    assert story.centroid["mosi"] == pytest.approx(0.8)
    assert story.centroid["demo"] == pytest.approx(0.6 * (1 + S.DECAY + S.DECAY ** 2))
    assert story.norm == pytest.approx(S.length(story.centroid))


def test_a_term_the_centroid_decays_under_the_index_weight_is_no_longer_indexed():
    """A story is indexed under the distinctive terms its centroid weighs INDEX_WEIGHT or more;
    as the centroid decays, a term that falls under it leaves the index: the stories held in
    memory are indexed as the stored ones read back are."""
    day = D(2024, 4, 24)
    light = S.INDEX_WEIGHT / S.DECAY ** 1.5  # over the weight after one report joins, under it after two
    c = S.Clusterer()
    first = S.Doc(1, day, day, "k1", {"zqlight": light, "zqmain": math.sqrt(1 - light ** 2)})
    story, created = c.place(first)
    assert created and "zqlight" in story.indexed
    c.place(S.Doc(2, day, day, "k2", {"zqmain": 1.0}))
    assert "zqlight" in story.indexed
    assert c.place(S.Doc(3, day, day, "k3", {"zqmain": 1.0}))[0] is story
    assert "zqlight" in story.centroid and "zqlight" not in story.indexed
    assert (day, "zqlight") not in c.index
    read_back = S.Clusterer([S.Story(9, day, dict(story.centroid), story.n, story.norm)])
    assert read_back.by_day[day][0].indexed == story.indexed


def test_headline_words_share_their_idf_weight():
    words = dict(S.headline("Gempa Guncang Garut, Gempa Susulan"))
    assert set(words) == {"gempa", "guncang", "garut", "susulan"}  # once each
    assert sum(words.values()) == pytest.approx(1.0)
    assert S.headline("") == () and S.headline("- ,") == ()


@pytest.mark.parametrize("centroids, expected", [
    ([{"x": 1.0}, {"b": 1.0}], 2),                 # the most similar
    ([{"x": 1.0}], None),                          # none passes the threshold: a new story
    ([{"b": 1.0}, {"b": 2.0}], 1),                 # a tie: the lower id
    ([{"a": 1.0}, {"b": 1.0}], 2),
])
def test_best_story(centroids, expected):
    stories = [_story(i, D(2024, 4, 24), c) for i, c in enumerate(centroids, 1)]
    found = S.best_story(_doc(D(2024, 4, 24), {"a": 0.6, "b": 0.8}), stories)
    assert (found.story_id if found else None) == expected


def test_a_batch_is_clustered_in_the_same_order_whatever_order_it_came_in():
    docs = [S.Doc(i, D(2024, 4, 24 + i % 2), D(2024, 4, 24 + i % 2), f"k{i % 3}{i}", {"w": 1.0}) for i in range(6)]
    shuffled = docs[:]
    random.Random(4).shuffle(shuffled)
    assert S.order(shuffled) == S.order(docs) == sorted(docs, key=lambda d: (d.published, d.day, d.key))


def test_a_days_articles_are_placed_as_they_were_published():
    """Within a publication day, the reports are placed by their clock time (those without one
    last), whatever their content keys: the first report founds the story, as the news came in."""
    day = D(2024, 4, 24)
    docs = [S.Doc(1, day, day, "a", {"w": 1.0}, time=T(2024, 4, 24, 15)),
            S.Doc(2, day, day, "b", {"w": 1.0}),
            S.Doc(3, day, day, "c", {"w": 1.0}, time=T(2024, 4, 24, 8)),
            S.Doc(4, day + dt.timedelta(days=1), day + dt.timedelta(days=1), "0", {"w": 1.0}, time=T(2024, 4, 25, 1))]
    assert [d.article_id for d in S.order(docs)] == [3, 1, 2, 4]


def test_idf_table_is_shipped_and_weighs_rare_words_more():
    n, df = S.document_frequencies()
    assert n == 19091
    assert S.idf("yang", (n, df)) < S.idf("gempa", (n, df)) < S.idf("zzzunseenword", (n, df))


# --- the stage on stored articles ---------------------------------------------------------------

def test_import_groups_the_reports_of_each_happening(isolated_db):
    ok("import", str(ARTICLES))
    assert stories_of(isolated_db) == EXPECTED


@pytest.mark.parametrize("seed, batch_size", [(1, 1000), (3, 1), pytest.param(2, 3, marks=pytest.mark.slow),
                                              pytest.param(4, 2, marks=pytest.mark.slow)])  # (more orders: slow)
def test_the_same_stories_whatever_the_order_and_batches(isolated_db, monkeypatch, seed, batch_size):
    records = RECORDS[:]
    random.Random(seed).shuffle(records)
    import_records(isolated_db, records, batch_size, monkeypatch)
    assert stories_of(isolated_db) == EXPECTED


def _tables(db) -> tuple[list, list]:
    con = store.connect(str(db), read_only=True)
    try:
        return (con.execute("SELECT * FROM stories ORDER BY ALL").fetchall(),
                con.execute("SELECT story_id, term, round(weight, 12) FROM story_terms ORDER BY ALL").fetchall())
    finally:
        con.close()


def import_reading_stories_anew(path, records, assign, monkeypatch) -> None:
    """Import `records` one a batch with the stage's held stories dropped before each run of
    `assign`: the stories are read from the database every time."""
    def forgetting(con):
        S.forget_held()
        assign(con)
    monkeypatch.setattr(S, "assign", forgetting)
    import_records(path, records, 1, monkeypatch)


@pytest.mark.parametrize("seed", [5, pytest.param(6, marks=pytest.mark.slow)])  # (another order: a slow check)
def test_stories_held_between_batches_are_those_stored(tmp_path, monkeypatch, seed):
    """The stage keeps the window's stories in memory between its runs in one import (here after
    every batch: a backlog of one); the result is the one it gets when it reads them from the
    database before every run."""
    monkeypatch.setattr(S, "BACKLOG", 1)
    records = RECORDS[:]
    random.Random(seed).shuffle(records)
    held, reread = tmp_path / "held.duckdb", tmp_path / "reread.duckdb"
    assign = S.assign
    kept = []  # what each run leaves in memory (let go once the import is over: resolve.release)

    def keeping(con):
        assign(con)
        kept.append(sorted((s.story_id, s.day) for day in S._held.clusterer.by_day.values() for s in day))
    monkeypatch.setattr(S, "assign", keeping)
    import_records(held, records, 1, monkeypatch)
    assert len(kept) >= 2 and S._held is None
    assert kept[-1] == sorted((r[0], r[1]) for r in _tables(held)[0])

    import_reading_stories_anew(reread, records, assign, monkeypatch)
    assert _tables(held) == _tables(reread)
    assert stories_of(held) == EXPECTED
    # the terms of the stories of two articles or more are stored; a story of one is its article's vector
    stored = {story_id for story_id, _, _ in _tables(held)[1]}
    assert stored == {r[0] for r in _tables(held)[0] if r[4] > 1} and len(stored) == 3


def test_a_storys_title_is_its_first_reports_headline_or_else_the_start_of_its_text(tmp_path, monkeypatch):
    """(The start of the text is read for the reports without a headline only: reading every text
    held the whole archive's texts in memory at the stage's end.)"""
    records = [dict(r, title=None) if r["id"] == "tips" else dict(r, title=f"  {r['title']} ") for r in RECORDS]
    db = tmp_path / "t.duckdb"
    import_records(db, records, 100, monkeypatch)
    con = store.connect(str(db), read_only=True)
    try:
        rows = con.execute("""SELECT s.title, a.external_id, a.text, s.n_articles FROM stories s
                              JOIN articles a ON a.article_id = s.first_article_id""").fetchall()
    finally:
        con.close()
    by_id = {r["id"]: r for r in RECORDS}
    assert len(rows) == len(EXPECTED)
    for title, external_id, text, n in rows:  # (a story of TITLE_VOTERS reports: the headline most like the others')
        if n < S.TITLE_VOTERS:
            assert title == (by_id[external_id]["title"].strip() if external_id != "tips" else text.strip()[:80])
        else:
            assert title in {r["title"].strip() for r in RECORDS if r["id"] != "tips"}
    assert any(external_id == "tips" for _, external_id, _, _ in rows)


def test_publication_times_are_stored_and_read_back_with_the_stories(tmp_path, monkeypatch):
    """Given clock times, the stories held between batches carry their reports' times, and the
    stories read from the database again carry the same: the same stories either way."""
    monkeypatch.setattr(S, "BACKLOG", 1)
    records = [dict(r, published=f"{r['published']}T{8 + i:02d}:{5 * i:02d}") for i, r in enumerate(RECORDS)]
    held, reread = tmp_path / "held.duckdb", tmp_path / "reread.duckdb"
    from events_cli import resolve

    monkeypatch.setattr(resolve, "release", lambda: None)  # (keep the held stories past the import's end)
    import_records(held, records, 1, monkeypatch)
    in_memory = {s.story_id: s.times for day in S._held.clusterer.by_day.values() for s in day}
    words = {s.story_id: s.words for day in S._held.clusterer.by_day.values() for s in day}
    con = store.connect(str(held), read_only=True)
    try:
        stamps = con.execute("SELECT published + published_time FROM articles ORDER BY ALL").fetchall()
        days = [r[0] for r in con.execute("SELECT DISTINCT date FROM stories").fetchall()]
        loaded = S.load_stories(con, days)
        from_store = {s.story_id: s.times for s in loaded}
        words_from_store = {s.story_id: s.words for s in loaded}
        # the first to report a story is the earliest, by its clock time, and `show` lists them so
        firsts = con.execute("""SELECT s.first_article_id, arg_min(a.article_id, a.published + a.published_time)
                                FROM stories s JOIN articles a USING (story_id) GROUP BY ALL""").fetchall()
        shown = queries.show_story(con, con.execute("SELECT story_id FROM stories WHERE n_articles = 3").fetchone()[0])
        times = dict(con.execute("SELECT article_id, published_time FROM articles").fetchall())
    finally:
        con.close()
    assert all(first == earliest for first, earliest in firsts)
    assert [times[a["article_id"]] for a in shown["articles"]] == sorted(times[a["article_id"]] for a in shown["articles"])
    assert [r[0] for r in stamps] == sorted(dt.datetime.fromisoformat(r["published"]) for r in records)
    assert from_store == in_memory and sum(len(t) for t in in_memory.values()) == len(records)
    # the terms of the reports' vectors (novelty) are made again from the stored articles
    assert words_from_store == words and sum(w is not None for w in words.values()) == 3
    import_reading_stories_anew(reread, records, S.assign, monkeypatch)
    assert _tables(held) == _tables(reread)


@pytest.mark.parametrize("seeds", [(7, 8), pytest.param((9, 10), marks=pytest.mark.slow)])
def test_one_import_gives_the_same_stories_and_ids_in_any_order(tmp_path, monkeypatch, seeds):
    """The articles of one import wait for its last batch and are placed in one order: the same
    stories, ids and centroids, however the input is ordered and cut into batches (the articles'
    own ids follow the input's order: the first report is compared by its external id)."""
    tables = []
    for seed in seeds:
        records = RECORDS[:]
        random.Random(seed).shuffle(records)
        db = tmp_path / f"{seed}.duckdb"
        import_records(db, records, seed % 3 + 1, monkeypatch)
        con = store.connect(str(db), read_only=True)
        try:
            external = dict(con.execute("SELECT article_id, external_id FROM articles").fetchall())
        finally:
            con.close()
        stories, terms = _tables(db)
        tables.append(([r[:6] + (external[r[6]],) + r[7:] for r in stories], terms))
    assert tables[0] == tables[1]
    assert stories_of(tmp_path / f"{seeds[0]}.duckdb") == EXPECTED


# Three made-up reports of one morning, 20 minutes apart: the second shares words with the first and
# with the third, which shares next to none with the first. In publication order the first two make
# a story and the third starts another (the story's words are then mostly the first's); placed in
# the opposite order, the third and second make one, and the first joins them.
LANDSLIDE = [
    {"id": "longsor-a", "published": "2024-05-02T08:00", "source": "KOMPAS.com",
     "title": "Longsor Tutup Jalan Cibeber Sukaraja, Dua Truk Tertimbun",
     "text": "CIANJUR, KOMPAS.com - Longsor menutup jalan Cibeber Sukaraja pagi ini. Dua truk pengangkut "
             "pasir tertimbun material longsor di tikungan Gunungsari."},
    {"id": "longsor-b", "published": "2024-05-02T08:20", "source": "ANTARA",
     "title": "Dua Truk Tertimbun Longsor di Sukaraja, Evakuasi Sopir Dikebut",
     "text": "Cianjur (ANTARA) - Dua truk tertimbun longsor di Sukaraja. Tim SAR mengevakuasi sopir truk "
             "dengan alat berat dari Pos Cikalong."},
    {"id": "longsor-c", "published": "2024-05-02T08:40", "source": "detikNews",
     "title": "Evakuasi Sopir Dikebut, Alat Berat dari Pos Cikalong Dikerahkan",
     "text": "Cianjur - Tim SAR gabungan mengerahkan alat berat dari Pos Cikalong untuk mengevakuasi "
             "sopir, kata Kepala Pos Cikalong Wahyudi."},
]
LANDSLIDE = [dict(r, url=f"https://news.example/{r['id']}", language="id") for r in LANDSLIDE]


def test_the_stories_an_import_overtakes():
    """A story of a new article's day is placed again when one of its reports is known to be
    published after the new article: a later day, or a later time that both have. A report
    without a time is placed after those with one by convention only, and a story whose reports
    lie days apart (not one the stage makes) is left alone."""
    day = D(2024, 5, 2)

    def key(published, hour=None, happened=None):
        return S._order_key(S.Doc(0, happened or published, published, "k", {},
                                  time=None if hour is None else T(published.year, published.month, published.day, hour)))
    first = S.earliest([(day, key(day, 9)), (day, key(day, 14)), (day + dt.timedelta(days=1), key(day, 23))])
    assert first == {day: key(day, 9), day + dt.timedelta(days=1): key(day, 23)}
    members = [(1, day, key(day, 8)), (1, day, key(day, 10)),           # a report at 10, after 9
               (2, day, key(day, 8)), (2, day, key(day)),                # without a time: not known
               (3, day, key(day + dt.timedelta(days=1))),                # published the day after
               (4, day - dt.timedelta(days=1), key(day, 10)),            # a day without new articles
               (5, day, key(day, 10)), (5, day, key(D(2021, 1, 1), 8)),  # reports years apart
               (6, day + dt.timedelta(days=1), key(day + dt.timedelta(days=1), 1))]
    assert S.overtaken_ids(first, members) == {1, 3, 6}


def test_separate_imports_in_any_order_give_the_stories_of_one_import(tmp_path, monkeypatch):
    """An import whose articles were published before some reports already placed places those
    reports' stories again with its own, in publication order: separate imports, newest first,
    give the stories of one import (and keep a story's id where its articles stay together)."""
    one, apart = tmp_path / "one.duckdb", tmp_path / "apart.duckdb"
    import_records(one, LANDSLIDE, 3, monkeypatch)
    for record in reversed(LANDSLIDE):
        import_records(apart, [record], 1, monkeypatch)
    assert stories_of(apart) == stories_of(one) == {frozenset({"longsor-a", "longsor-b"}), frozenset({"longsor-c"})}
    stored = [[r[1:6] + r[7:] for r in _tables(db)[0]] for db in (one, apart)]
    assert sorted(stored[0]) == sorted(stored[1])
    con = store.connect(str(apart), read_only=True)
    try:  # the first story made (longsor-c's) kept its id through both imports after it
        assert con.execute("SELECT min(story_id), max(story_id) FROM stories").fetchone() == (1, 2)
        assert con.execute("SELECT count(*) FROM events WHERE kind = 'main' AND story_id IS DISTINCT FROM "
                           "(SELECT story_id FROM articles a WHERE a.article_id = events.article_id)").fetchone()[0] == 0
    finally:
        con.close()


def test_articles_wait_for_the_last_batch_or_a_backlog(isolated_db, monkeypatch):
    ok("import", str(ARTICLES))
    con = store.connect(str(isolated_db))
    try:
        con.execute("UPDATE articles SET story_id = NULL")
        con.execute("UPDATE events SET story_id = NULL")
        con.execute("DELETE FROM stories")
        con.execute("DELETE FROM story_terms")
        ids = [r[0] for r in con.execute("SELECT article_id FROM articles").fetchall()]
        resolve.after_batch(con, ids[:2], last=False)
        assert S.backlog(con) == len(RECORDS) == 8
        monkeypatch.setattr(S, "BACKLOG", 8)
        resolve.after_batch(con, ids[2:], last=False)  # a backlog of BACKLOG: placed before the end
        assert S.backlog(con) == 0
    finally:
        con.close()
    assert stories_of(isolated_db) == EXPECTED


def test_stories_table_counts_and_first_report(isolated_db, imported):
    imported(ARTICLES)
    rows = json.loads(ok("stories", "--format", "json").stdout)
    assert [(r["date"], r["articles"], r["outlets"], r["sources"]) for r in rows] == [
        ("2024-04-24", 3, 3, ["ANTARA", "KOMPAS.com", "detikNews"]),
        ("2024-04-24", 2, 2, ["KOMPAS.com", "detikNews"]),
        ("2024-04-24", 1, 1, ["detikNews"]),
        ("2024-04-25", 2, 2, ["ANTARA", "KOMPAS.com"]),
    ]
    con = store.connect(str(isolated_db), read_only=True)
    try:
        # every main event carries its article's story; other events none
        assert con.execute("""SELECT count(*) FROM events e JOIN articles a USING (article_id)
                              WHERE e.kind = 'main' AND e.story_id IS DISTINCT FROM a.story_id""").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM events WHERE kind = 'other' AND story_id IS NOT NULL").fetchone()[0] == 0
        first = con.execute("""SELECT s.first_source, a.external_id FROM stories s JOIN articles a
                               ON a.article_id = s.first_article_id WHERE s.n_articles = 3""").fetchone()
    finally:
        con.close()
    # all three on the same day (no times kept): the first by content hash, whatever the import order
    assert first[1] in {"gempa-a", "gempa-b", "gempa-c"} and first[0] == rows[0]["first"]


def test_replace_and_an_interrupted_import_leave_the_stories_right(isolated_db, imported):
    imported(ARTICLES)
    ok("import", "--replace", str(ARTICLES))
    assert stories_of(isolated_db) == EXPECTED
    con = store.connect(str(isolated_db))
    try:
        assert con.execute("SELECT sum(n_articles), count(*) FROM stories").fetchone() == (8, 4)
        # as if an import had been interrupted after writing these articles, before placing them
        unplaced = "(SELECT story_id FROM articles WHERE external_id LIKE 'banjir%' OR external_id = 'tips')"
        con.execute(f"DELETE FROM stories WHERE story_id IN {unplaced}")
        con.execute(f"DELETE FROM story_terms WHERE story_id IN {unplaced}")
        con.execute(f"UPDATE events SET story_id = NULL WHERE story_id IN {unplaced}")
        con.execute("UPDATE articles SET story_id = NULL WHERE external_id LIKE 'banjir%' OR external_id = 'tips'")
    finally:
        con.close()
    ok("import", str(ARTICLES))  # nothing new: the stage catches up all the same
    assert stories_of(isolated_db) == EXPECTED
    con = store.connect(str(isolated_db), read_only=True)
    try:
        assert con.execute("SELECT sum(n_articles), count(*) FROM stories").fetchone() == (8, 4)
        assert con.execute("SELECT count(*) FROM story_terms WHERE story_id NOT IN (SELECT story_id FROM stories)"
                           ).fetchone()[0] == 0
    finally:
        con.close()


def test_after_batch_of_nothing_changes_nothing(isolated_db, imported):
    imported(ARTICLES)
    con = store.connect(str(isolated_db))
    try:
        before = con.execute("SELECT * FROM stories ORDER BY ALL").fetchall()
        resolve.after_batch(con, [])
        assert con.execute("SELECT * FROM stories ORDER BY ALL").fetchall() == before
    finally:
        con.close()


# --- the commands -------------------------------------------------------------------------------

def test_stories_command_and_filters(isolated_db, imported):
    imported(ARTICLES)
    table = ok("stories").stdout
    assert "ANTARA, KOMPAS.com, detikNews" in table
    assert [r["articles"] for r in json.loads(ok("stories", "--from", "2024-04-25", "--format", "json").stdout)] == [2]
    assert [r["articles"] for r in json.loads(ok("stories", "--source", "antara", "--format", "json").stdout)] == [3, 2]
    assert [r["articles"] for r in json.loads(ok("stories", "-r", "-n", "1", "--format", "json").stdout)] == [2]
    assert ok("stories", "--format", "csv").stdout.splitlines()[0] == "id,date,type,articles,outlets,title,sources,first"
    # --type keeps the stories whose first article's main event is of that type (here, all are quakes and floods)
    assert [r["type"] for r in json.loads(ok("stories", "--format", "json").stdout)] == ["DISASTER"] * 4
    assert len(json.loads(ok("stories", "--type", "protest,disaster", "--format", "json").stdout)) == 4
    assert json.loads(ok("stories", "--type", "PROTEST", "--format", "json").stdout) == []
    assert "not an event type" in run("stories", "--type", "PICNIC").output
    # --text keeps the stories with an article that holds every word (and so does timeline --stories)
    garut = json.loads(ok("stories", "--text", "gempa garut", "--format", "json").stdout)
    holding = json.loads(ok("sql", "SELECT DISTINCT 's' || story_id AS id FROM articles WHERE (title || ' ' || text) ILIKE '%gempa%' "
                                   "AND (title || ' ' || text) ILIKE '%garut%' ORDER BY 1", "--format", "json").stdout)
    assert sorted(r["id"] for r in garut) == [r["id"] for r in holding]
    assert 0 < len(garut) < len(json.loads(ok("stories", "--format", "json").stdout))
    assert [r["id"] for r in json.loads(ok("timeline", "--stories", "--text", "gempa garut", "--format", "json").stdout)] == [
        r["id"] for r in garut]
    assert json.loads(ok("stories", "--text", "zzzqqq", "--format", "json").stdout) == []


def test_a_storys_type_is_what_most_of_its_reports_tell(isolated_db, imported):
    import duckdb

    imported(ARTICLES)
    story = next(r for r in json.loads(ok("stories", "--format", "json").stdout) if r["articles"] == 3)
    sid = int(story["id"][1:])
    cases = [  # (the main events' types, the first article's first), the story's type
        # the type most of them have...
        ([("OTHER", False), ("ASSAULT", False), ("ASSAULT", False)], "ASSAULT"),
        # ...the types for what fits no other counted half (a tie goes to the first article's)
        ([("PROTEST", False), ("STATEMENT", False), ("STATEMENT", False)], "PROTEST"),
        ([("STATEMENT", False), ("OTHER", False), ("REQUEST", False)], "REQUEST"),
        ([("COERCE", True), ("COERCE", True), ("STATEMENT", False)], "not COERCE"),
    ]
    for types, shown in cases:
        with duckdb.connect(str(isolated_db)) as con:
            first, = con.execute("SELECT first_article_id FROM stories WHERE story_id = ?", [sid]).fetchone()
            mains = [r[0] for r in con.execute("""SELECT event_id FROM events WHERE story_id = ? AND kind = 'main'
                                                  ORDER BY article_id <> ?, article_id""", [sid, first]).fetchall()]
            assert len(mains) == 3
            for event_id, (type_, negated) in zip(mains, types):
                con.execute("UPDATE events SET type = ?, negated = ? WHERE event_id = ?", [type_, negated, event_id])
        rows = {r["id"]: r for r in json.loads(ok("stories", "--format", "json").stdout)}
        assert rows[story["id"]]["type"] == shown
        # --type keeps the stories of that type (denied or not), not those of their first report's
        wanted = shown.removeprefix("not ")
        firsts = types[0][0] if types[0][0] != wanted else "AID"
        for asked, kept in ((wanted, True), (firsts, False)):
            listed = json.loads(ok("stories", "--type", asked, "--format", "json").stdout)
            assert (story["id"] in [r["id"] for r in listed]) == kept


def test_stories_most_reported_first_and_by_outlets(isolated_db, imported):
    imported(ARTICLES)
    by_date = json.loads(ok("stories", "--format", "json").stdout)
    size = {r["id"]: (r["outlets"], r["articles"]) for r in by_date}
    assert len(set(size.values())) > 1  # stories of different sizes to order
    for order, key in (("outlets", lambda r: (-r["outlets"], -r["articles"])),
                       ("articles", lambda r: (-r["articles"], -r["outlets"]))):
        rows = json.loads(ok("stories", "--sort", order, "--format", "json").stdout)
        assert sorted(r["id"] for r in rows) == sorted(size)
        assert [key(r) for r in rows] == sorted(key(r) for r in rows)
        least = json.loads(ok("stories", "--sort", order.upper(), "-r", "--format", "json").stdout)
        assert [key(r) for r in least] == sorted((key(r) for r in rows), reverse=True)
    top = json.loads(ok("stories", "--sort", "outlets", "-n", "1", "--format", "json").stdout)
    assert top[0]["outlets"] == max(o for o, _ in size.values())
    # --min-outlets keeps the stories at least that many outlets reported, in stories and timeline --stories
    for n in range(1, 5):
        kept = [r["id"] for r in by_date if r["outlets"] >= n]
        assert [r["id"] for r in json.loads(ok("stories", "--min-outlets", str(n), "--format", "json").stdout)] == kept
        assert [r["id"] for r in json.loads(ok("timeline", "--stories", "--min-outlets", str(n),
                                                "--format", "json").stdout)] == kept
    assert json.loads(ok("stories", "--min-outlets", "99", "--format", "json").stdout) == []


@pytest.mark.parametrize("args, message", [
    (["stories", "--format", "nope"], "unknown format"),
    (["stories", "--from", "not a date"], "--from: cannot read"),
    (["timeline", "--stories", "--to", "not a date"], "--to: cannot read"),
    (["stories", "--sort", "size"], "--sort must be one of date, outlets, articles"),
    (["stories", "--min-outlets", "0"], "--min-outlets"),
    (["timeline", "--min-outlets", "2"], "add --stories"),
    (["timeline", "--sort", "outlets"], "add --stories"),
    (["show", "s999"], "no story s999"),
    (["show", "sx"], "is not an id"),
])
def test_story_commands_fail_in_one_line(isolated_db, imported, args, message):
    imported(ARTICLES)
    result = run(*args)
    assert result.exit_code != 0
    assert message in result.output and "Traceback" not in result.output


def test_stories_without_database(isolated_db):
    result = run("stories")
    assert result.exit_code != 0 and "no database" in result.output


def test_timeline_by_story(isolated_db, imported):
    imported(ARTICLES)
    rows = json.loads(ok("timeline", "--stories", "--format", "json").stdout)
    assert [(r["date"], r["reported"]) for r in rows] == [
        ("2024-04-24", "reported by 3 outlets"), ("2024-04-24", "reported by 2 outlets"),
        ("2024-04-24", "reported by 1 outlet"), ("2024-04-25", "reported by 2 outlets")]
    assert list(rows[0]) == ["id", "date", "precision", "type", "event", "actors", "places", "reported"]
    assert "Wardiman Sasmita" in rows[0]["actors"]
    assert [r["type"] for r in rows] == [r["type"] for r in json.loads(ok("stories", "--format", "json").stdout)]


def test_a_story_of_three_reports_is_titled_by_the_headline_most_like_the_others(isolated_db, imported):
    import duckdb

    imported(ARTICLES)
    with duckdb.connect(str(isolated_db)) as con:
        by_size = {n: sid for sid, n in con.execute("SELECT story_id, n_articles FROM stories").fetchall()}
        big, small = by_size[3], by_size[2]
        for sid, titles in ((big, ["Rapat Paripurna dan Bangku Kosong di Senayan", "DPR Sahkan Revisi UU KPK",
                                   "Revisi UU KPK Disahkan DPR"]),
                            (small, ["Banjir Rendam Ratusan Rumah", "Revisi UU KPK Disahkan DPR"])):
            ranked = [r[0] for r in con.execute(f"SELECT article_id FROM ({S._DAYS_SQL}) ORDER BY rank",
                                                {"ids": [sid]}).fetchall()]
            for article_id, title in zip(ranked, titles):
                con.execute("UPDATE articles SET title = ? WHERE article_id = ?", [title, article_id])
        S.refresh(con, {big, small})
        titles = dict(con.execute("SELECT story_id, title FROM stories").fetchall())
    # the first report told a side; of the two alike, the earlier; two reports keep the first's
    assert titles[big] == "DPR Sahkan Revisi UU KPK"
    assert titles[small] == "Banjir Rendam Ratusan Rumah"
    # a headline with an empty item (a name the scraper dropped) is passed over for the next
    with duckdb.connect(str(isolated_db)) as con:
        ranked = [r[0] for r in con.execute(f"SELECT article_id FROM ({S._DAYS_SQL}) ORDER BY rank",
                                            {"ids": [big]}).fetchall()]
        con.execute("UPDATE articles SET title = 'DPR Sahkan , Revisi UU KPK' WHERE article_id = ?", [ranked[1]])
        S.refresh(con, {big})
        assert con.execute("SELECT title FROM stories WHERE story_id = ?", [big]).fetchone()[0] == "Revisi UU KPK Disahkan DPR"


def test_show_story_lists_its_articles_in_publication_order(isolated_db, imported):
    imported(ARTICLES)
    story = json.loads(ok("stories", "--from", "2024-04-25", "--format", "json").stdout)[0]["id"]
    record = json.loads(ok("show", story, "--format", "json").stdout)
    assert record["story_id"] == story and record["n_articles"] == 2 and record["n_outlets"] == 2
    assert [a["published"] for a in record["articles"]] == ["2024-04-26", "2024-04-26"]
    assert {a["source"] for a in record["articles"]} == {"ANTARA", "KOMPAS.com"}
    text = ok("show", story).stdout
    assert f"story_id: {story}" in text and "articles:" in text


def test_export_carries_the_story(isolated_db, imported, tmp_path):
    imported(ARTICLES)
    records = [json.loads(line) for line in ok("export").stdout.splitlines()]
    groups: dict = {}
    for r in records:
        groups.setdefault(r["story"], set()).add(r["external_id"])
    assert {frozenset(g) for g in groups.values()} == EXPECTED
    header = ok("export", "--format", "csv").stdout.splitlines()[0].split(",")
    assert header[-1] == "story_id"
    ok("export", "--format", "parquet", "--output", str(tmp_path / "pq"))
    import duckdb

    con = duckdb.connect()
    assert con.execute(f"SELECT sum(n_articles) FROM '{tmp_path / 'pq' / 'stories.parquet'}'").fetchone()[0] == 8


def test_sql_that_writes_leaves_the_stories_counted_right(isolated_db):
    ok("import", str(ARTICLES))
    con = store.connect(str(isolated_db), read_only=True)
    try:
        story_id, n, first = con.execute(
            "SELECT story_id, n_articles, first_article_id FROM stories WHERE n_articles > 1 ORDER BY story_id LIMIT 1").fetchone()
    finally:
        con.close()
    ok("sql", "--write", f"UPDATE articles SET source = 'Kabar Baru' WHERE article_id = {first}")
    ok("sql", "--write", f"DELETE FROM events WHERE article_id IN (SELECT article_id FROM articles WHERE story_id = {story_id} "
                         f"AND article_id <> {first})")
    ok("sql", "--write", f"DELETE FROM articles WHERE story_id = {story_id} AND article_id <> {first}")
    con = store.connect(str(isolated_db), read_only=True)
    try:
        assert con.execute(f"SELECT n_articles, n_outlets, first_source FROM stories WHERE story_id = {story_id}").fetchall() == [
            (1, 1, "Kabar Baru")]
        assert n > 1
    finally:
        con.close()


def test_an_import_lets_go_of_what_the_stages_held(tmp_path, monkeypatch):
    """Once an import is over, the window's stories and the actors' caches of names are let go
    (before the words' sort: their memory would add to its), and the next import, which reads
    them again, decides the same (test_stories_held_between_batches_are_those_stored)."""
    from events_cli.resolve import actors

    import_records(tmp_path / "db.duckdb", RECORDS, 1000, monkeypatch)
    assert S._held is None
    assert actors._groups_held == {} and actors.person_words.cache_info().currsize == 0


def test_the_words_of_vectors_are_one_object_each():
    """A window holds some ten thousand stories, each centroid keyed by its words: the words
    of every vector (and of the stored centroids read back) are interned, one copy a word."""
    a = S.vector("Banjir melanda Kabupaten Garut", "Banjir bandang melanda Garut pada Senin.")
    b = S.vector("Warga Garut mengungsi", "Ribuan warga " + "Garut" + " mengungsi akibat banjir.")
    word_a = next(t for t in a if t == "garut")
    word_b = next(t for t in b if t == "garut")
    assert word_a is word_b
    story = S.Story(1, None, dict(a))
    assert not hasattr(story, "__dict__")  # (slots: no dictionary of attributes per story)
