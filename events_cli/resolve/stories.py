"""Stories: the articles that report one real-world happening, found across outlets.

An online clustering in the manner of Miranda et al. (EMNLP 2018, "Multilingual Clustering
of Streaming News"): each new article is compared with the stories whose day is near its
own and joins the most similar one when the similarity passes a threshold, else starts a
story. The similarity is the cosine of the TF-IDF vectors of the article's title and lede
with the story's centroid (its reports' vectors, the earlier ones decayed as newer ones join), plus the share of the article's people that the story's
articles name, less the share of its headline's words that none of the story's reports
weighs (a headline says what is new: a new actor or action is another happening), and is asked only of stories of the same day (or the day before or after,
at a cost): the sub-happenings of one topic (the second day of a protest, a minister's
resignation the day after he was named a suspect) are told apart by their day first.

The IDF weights come from a document-frequency table shipped with the package
(``data/story_df.tsv.gz``, rebuilt by ``scripts/build_story_df.py``): the weights do not
change as the archive grows, so an article is weighed the same whatever came before it.

The functions here are pure; :func:`assign` reads what the store holds, runs them, and
writes the decisions back. It runs once an import has stored its last batch (or a backlog of
BACKLOG articles), and places all the articles waiting in one order, :func:`order`'s (as they
were published: the stream the method expects): one import gives the same stories whatever order
it read its articles in. An import of articles published before reports already placed takes
those reports' stories apart and places their articles again with its own, in the same order
(:func:`overtaken`): separate imports give what one import gives, and an import of the newest
articles, as a stream brings them, places nothing again. Between its runs it keeps the
window's stories in memory (checked against the stored ones by a fingerprint), and it stores
the centroids of the stories of two articles or more only: a story of one article is that
article's vector.
"""
from __future__ import annotations

import bisect
import datetime as dt
import gzip
import heapq
import math
import re
import sys
import weakref
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import repeat
from operator import mul

from events_cli import store

LEDE_CHARS = 500  # of the text after the dateline: what the headline and lede report
WINDOW_DAYS = 1  # a story is looked for on the article's day and the days either side
THRESHOLD = 0.3  # the similarity an article needs to join a story
DAY_OFF_PENALTY = 0.15  # taken off the similarity of a story of the day before or after
PERSON_WEIGHT = 0.25  # the share of the article's people the story names, weighed against the cosine
HOURS_PENALTY = 0.2  # taken off, in full, when the story's reports came in HOURS_CAP or more apart (their median)
HOURS_CAP = 6  # (in proportion under it): the reports of one happening come in within hours of each other
UNTIMED_PENALTY = 0.05  # taken off when the article or the story has no time: the threshold chosen without times, 0.30
NOVEL_PENALTY = 0.1  # taken off, in full, when none of the headline's words is among the story's reports' terms
TITLE_WEIGHT = 2  # a title word counts as this many words of the lede
DOC_TERMS = 30  # terms kept of an article's vector: the heaviest
CENTROID_TERMS = 40  # terms kept of a story's centroid
DECAY = 0.95  # the weight left to a story's earlier reports in its centroid each time a report joins it
# (the newest reports tell most of how the happening is being told: a protest or a launch runs for hours)
MAX_DF_SHARE = 0.02  # a term of at most this share of the documents is distinctive (see Clusterer)
INDEX_WEIGHT = 0.15  # a story is indexed under a distinctive term its centroid weighs this much at least
# (a story that shares only lighter ones with an article is seldom its best; indexing them was half the cost)
MAX_CANDIDATES = 4  # stories an article is fully compared with (see Clusterer.candidates)

_TOKEN = re.compile(r"[0-9a-z]+")
# "JAKARTA, KOMPAS.com -", "Jakarta (ANTARA) -", "- ": the dateline before the lede
_DATELINE = re.compile(r"^\W*(?:[^\n]{0,60}?(?:\)|\.com|\.co|\.id|news)\s*[-\u2013\u2014]+)?\s*", re.I)


@dataclass(frozen=True)
class Doc:
    """What an article brings to the clustering."""

    article_id: int
    day: dt.date | None  # the happening's day: the main event's, when a day; else the publication's
    published: dt.date | None
    key: str  # sorts articles of one day: the content hash
    terms: dict[str, float]  # unit TF-IDF vector of title and lede
    persons: frozenset[int] = frozenset()  # actor ids of its people
    time: dt.datetime | None = None  # when it was published, when the input gave the clock time
    headline: tuple[tuple[str, float], ...] = ()  # the title's words, each with its share of their IDF weight


@dataclass(eq=False, slots=True)  # one story is one object: held in sets and dicts by identity
class Story:
    story_id: int
    day: dt.date | None
    centroid: dict[str, float]  # sum of the members' unit vectors, each earlier one decayed by DECAY
    # for every report that joined after it (the top CENTROID_TERMS kept)
    n: int = 0
    norm: float = 1.0  # the centroid's length
    persons: Counter = field(default_factory=Counter)  # actor id -> articles naming that person
    indexed: list = field(default_factory=list)  # the terms a Clusterer indexes it under (a few: a list
    # weighs a fifth of a set, and a window holds some ten thousand stories)
    times: list = field(default_factory=list)  # its members' publication times (those known), sorted
    words: set | None = None  # the terms of its members' vectors; None while it has one (its centroid's)


def tokens(text: str) -> list[str]:
    return [t for t in _TOKEN.findall(text.casefold()) if len(t) > 1]


def lede(text: str, limit: int = LEDE_CHARS) -> str:
    """The first `limit` characters of the text after its dateline."""
    return _DATELINE.sub("", text[: limit + 80], count=1)[:limit]


@lru_cache(maxsize=1)
def document_frequencies() -> tuple[int, dict[str, int]]:
    """(documents counted, term -> documents that have it) of the shipped table."""
    path = resources.files("events_cli") / "data" / "story_df.tsv.gz"
    with gzip.open(path.open("rb"), "rt", encoding="utf-8") as f:
        n = int(f.readline().split("\t")[1])
        df = {}
        for line in f:
            term, count = line.rstrip("\n").split("\t")
            df[term] = int(count)
    return n, df


def idf(term: str, table: tuple[int, dict[str, int]]) -> float:
    """Smoothed inverse document frequency; a term the table lacks is as rare as it keeps."""
    n, df = table
    return math.log((n + 1) / (df.get(term, 0) + 1)) + 1.0


@lru_cache(maxsize=1)
def _idf_weights() -> tuple[dict[str, float], float]:
    """idf of every word of the shipped table, and of a word it lacks."""
    table = document_frequencies()
    return {t: idf(t, table) for t in table[1]}, idf("", (table[0], {}))


_TF = [0.0] + [1 + math.log(c) for c in range(1, 64)]  # the sublinear term frequency of small counts


def vector(title: str, lede_text: str) -> dict[str, float]:
    """Unit TF-IDF vector of a title (each word TITLE_WEIGHT times) and its lede."""
    weight_of, unseen = _idf_weights()
    counts = Counter(_TOKEN.findall(lede_text.casefold()))
    for t in _TOKEN.findall(title.casefold()):
        counts[t] += TITLE_WEIGHT
    log = math.log
    weights = {t: (_TF[c] if c < 64 else 1 + log(c)) * weight_of.get(t, unseen)
               for t, c in counts.items() if len(t) > 1}
    if len(weights) > DOC_TERMS:
        weights = dict(_heaviest(weights, DOC_TERMS))
    norm = math.sqrt(sum([w * w for w in weights.values()])) or 1.0
    # the words interned: the stories held keep them as their centroids' keys, one copy each
    intern = sys.intern
    return {intern(t): w / norm for t, w in weights.items()}


def headline(title: str) -> tuple[tuple[str, float], ...]:
    """The title's words (once each), each with its share of their summed IDF weight."""
    weight_of, unseen = _idf_weights()
    weights = {t: weight_of.get(t, unseen) for t in _TOKEN.findall(title.casefold()) if len(t) > 1}
    total = sum(weights.values())
    intern = sys.intern
    return tuple((intern(t), w / total) for t, w in weights.items()) if total else ()


def novelty(doc: Doc, story: Story) -> float:
    """The share (by IDF weight) of the article's headline words that are none of the terms of
    the story's reports' vectors: a report of the same happening headlines what the others tell
    (the same action and actors); a reaction, a new actor's statement or the next step of the
    topic brings words of its own ("China condemns the attack", "the President prays for rain")."""
    words = story.centroid if story.words is None else story.words
    return sum([w for t, w in doc.headline if t not in words])


def _heaviest(weights: dict[str, float], n: int) -> list[tuple[str, float]]:
    """The `n` heaviest (term, weight) pairs, heaviest first (ties: by term). Only the pairs
    that weigh at least the n-th weight are sorted as pairs: the others cannot be among them."""
    cut = sorted(weights.values(), reverse=True)[n - 1]
    return sorted([kv for kv in weights.items() if kv[1] >= cut], key=_by_weight)[:n]


def _by_weight(kv: tuple[str, float]) -> tuple[float, str]:
    return -kv[1], kv[0]


def length(vec: dict[str, float]) -> float:
    return math.sqrt(sum(map(mul, vec.values(), vec.values())))


def cosine(vec: dict[str, float], centroid: dict[str, float], norm: float | None = None) -> float:
    """Cosine of a unit vector with a centroid of any length (`norm`, when known)."""
    norm = length(centroid) if norm is None else norm
    if not norm:
        return 0.0
    if len(vec) > len(centroid):
        vec, centroid = centroid, vec
    # (the products in the same order as a loop over `vec` gives them: the same sum)
    return sum(map(mul, vec.values(), map(centroid.get, vec, repeat(0.0)))) / norm


def hours_apart(time: dt.datetime, times: Sequence[dt.datetime]) -> float:
    """Hours between `time` and the median of `times` (sorted, not empty): when the story's
    reports came in. (The nearest report let a story drift through a day, report by report,
    from the morning's rumour to the evening's press conference on the same topic.)"""
    n = len(times)
    middle = times[n // 2] if n % 2 else times[n // 2 - 1] + (times[n // 2] - times[n // 2 - 1]) / 2
    return abs((middle - time).total_seconds()) / 3600


def similarity(doc: Doc, story: Story) -> float | None:
    """How well `doc` fits `story`; None when their days are too far apart to be one happening.
    When both have publication times, the hours from the article to the story's median report
    cost up to HOURS_PENALTY: the reports of one happening come in within hours of each other,
    and the morning's rumour and the evening's press conference on the same topic are two.
    Without them, UNTIMED_PENALTY keeps the bar where it was set before times were known.
    The headline's words the story's reports never used cost up to NOVEL_PENALTY (novelty)."""
    score = _before_novelty(doc, story)
    return None if score is None else score - NOVEL_PENALTY * novelty(doc, story)


def _before_novelty(doc: Doc, story: Story) -> float | None:
    """The similarity but for the novelty's cost: at least the similarity."""
    off = 0 if doc.day is None or story.day is None else abs((doc.day - story.day).days)
    if off > WINDOW_DAYS:
        return None
    score = cosine(doc.terms, story.centroid, story.norm)
    if doc.persons:
        score += PERSON_WEIGHT * sum(1 for p in doc.persons if story.persons[p]) / len(doc.persons)
    if doc.time is not None and story.times:
        score -= HOURS_PENALTY * min(hours_apart(doc.time, story.times), HOURS_CAP) / HOURS_CAP
    else:
        score -= UNTIMED_PENALTY
    return score - DAY_OFF_PENALTY * off


def best_story(doc: Doc, stories: Iterable[Story]) -> Story | None:
    """The story `doc` joins: the most similar above THRESHOLD (the lower id on a tie), or None.
    (The novelty is asked only of the stories that could pass without it: what similarity gives.)"""
    best, best_score = None, THRESHOLD
    for story in stories:
        score = _before_novelty(doc, story)
        if score is None or score < best_score:
            continue
        score -= NOVEL_PENALTY * novelty(doc, story)
        if score > best_score or (score == best_score and best is not None and story.story_id < best.story_id):
            best, best_score = story, score
    return best


def add(story: Story, doc: Doc) -> None:
    """Make `doc` a member of `story`: its vector is added to the centroid, whose earlier
    weights are first decayed by DECAY (the story follows how its newest reports tell it)."""
    if story.n:  # (a story of one article: its centroid is that article's vector, all of it)
        if story.words is None:
            story.words = set(story.centroid)
        story.words.update(doc.terms)
        story.centroid = {t: w * DECAY for t, w in story.centroid.items()}
    for t, w in doc.terms.items():
        story.centroid[t] = story.centroid.get(t, 0.0) + w
    if len(story.centroid) > CENTROID_TERMS:
        story.centroid = dict(_heaviest(story.centroid, CENTROID_TERMS))
    story.norm = length(story.centroid)
    story.n += 1
    story.persons.update(doc.persons)
    if doc.time is not None:
        bisect.insort(story.times, doc.time)


def order(docs: Iterable[Doc]) -> list[Doc]:
    """The order a batch is clustered in, whatever order it came in: by publication day and
    time (as the reports came in: the first founds the story; those without a time last), then
    happening day and content."""
    return sorted(docs, key=_order_key)


def _order_key(d: Doc) -> tuple:
    return (d.published or dt.date.min, d.time or dt.datetime.max, d.day or dt.date.min, d.key)


class Clusterer:
    """Stories held in memory, indexed by day and by their centroids' distinctive terms;
    `new_id` numbers the stories it starts.

    A story is a candidate for an article when its day is within WINDOW_DAYS of the
    article's and their vectors share a distinctive term (one of at most MAX_DF_SHARE of the
    documents): without one, the cosine cannot reach the threshold in practice, and
    comparing every story of three days with every article would cost their product.
    The index holds the Story objects themselves, so a story can be renumbered in place."""

    def __init__(self, stories: Iterable[Story] = (), new_id=None):
        self.by_day: dict[dt.date | None, list[Story]] = {}
        self.index: dict[tuple[dt.date | None, str], list[Story]] = {}
        self.table = document_frequencies()
        self.rare_df = MAX_DF_SHARE * self.table[0]
        self.extend(stories)
        self._next = new_id or _counter(1)

    def extend(self, stories: Iterable[Story]) -> None:
        """Hold these (stored) stories too."""
        for story in stories:
            self.by_day.setdefault(story.day, []).append(story)
            self._index(story, story.centroid)

    def forget(self, days: Iterable[dt.date | None]) -> None:
        """Let go of the stories of these days."""
        for day in days:
            for story in self.by_day.pop(day, ()):
                for t in story.indexed:
                    self.index.pop((day, t), None)
                story.indexed = []

    def drop(self, story_ids: set[int]) -> None:
        """Let go of these stories (their articles are placed again)."""
        for day, held in list(self.by_day.items()):
            if any(s.story_id in story_ids for s in held):
                for story in held:
                    if story.story_id in story_ids:
                        self._unindex(story, list(story.indexed))
                self.by_day[day] = [s for s in held if s.story_id not in story_ids]

    def _unindex(self, story: Story, terms: Iterable[str]) -> None:
        for t in list(terms):
            kept = [s for s in self.index[(story.day, t)] if s is not story]
            if kept:
                self.index[(story.day, t)] = kept
            else:
                del self.index[(story.day, t)]
            story.indexed.remove(t)

    def move(self, story: Story, day: dt.date | None) -> None:
        """Give a held story another day (its stored one), indexed anew."""
        self._unindex(story, story.indexed)
        self.by_day[story.day] = [s for s in self.by_day[story.day] if s is not story]
        story.day = day
        self.extend([story])

    def __len__(self) -> int:
        return sum(len(v) for v in self.by_day.values())

    def _distinctive(self, terms: Iterable[str]) -> list[str]:
        df = self.table[1]
        return [t for t in terms if df.get(t, 0) <= self.rare_df]

    def _index(self, story: Story, terms: Iterable[str]) -> None:
        """Index the story under those of `terms` that are distinctive and its centroid weighs at
        least INDEX_WEIGHT. (place() unindexes the terms whose weight fell under it, as the
        centroid decays: what is indexed is what indexing the stored centroid gives.)"""
        indexed, centroid = story.indexed, story.centroid
        for t in self._distinctive(t for t in terms if t not in indexed and centroid.get(t, 0.0) >= INDEX_WEIGHT):
            indexed.append(t)
            self.index.setdefault((story.day, t), []).append(story)

    def candidates(self, doc: Doc) -> list[Story]:
        """The stories of the window that share distinctive terms with `doc`: the
        MAX_CANDIDATES of them whose centroids weigh those terms most (ties: lower id)."""
        days = [None] if doc.day is None else [doc.day + dt.timedelta(days=k)
                                               for k in range(-WINDOW_DAYS, WINDOW_DAYS + 1)]
        dots: dict[Story, float] = {}  # the dot product over the distinctive terms
        index, df, rare = self.index, self.table[1], self.rare_df
        for t, w in doc.terms.items():
            if df.get(t, 0) > rare:  # (not distinctive: see _distinctive)
                continue
            for day in days:
                for story in index.get((day, t), ()):
                    dots[story] = dots.get(story, 0.0) + w * story.centroid.get(t, 0.0)
        if len(dots) > MAX_CANDIDATES:
            dots = dict(heapq.nsmallest(MAX_CANDIDATES, dots.items(), key=lambda kv: (-kv[1] / kv[0].norm, kv[0].story_id)))
        return sorted(dots, key=lambda s: s.story_id)

    def place(self, doc: Doc) -> tuple[Story, bool]:
        """The story `doc` joins, and whether it is new."""
        story = best_story(doc, self.candidates(doc))
        created = story is None
        if created:
            story = Story(next(self._next), doc.day, {})
            self.by_day.setdefault(doc.day, []).append(story)
        add(story, doc)
        centroid = story.centroid
        dropped = [t for t in story.indexed if centroid.get(t, 0.0) < INDEX_WEIGHT]
        if dropped:
            self._unindex(story, dropped)
        self._index(story, doc.terms)  # (what the centroid had is indexed already)
        return story, created

    def run(self, docs: Sequence[Doc]) -> dict[int, int]:
        """Place a batch, in :func:`order`; article id -> story id."""
        return {doc.article_id: self.place(doc)[0].story_id for doc in order(docs)}


def _counter(start: int, step: int = 1):
    n = start
    while True:
        yield n
        n += step


def happening_day(published: dt.date | None, date: dt.date | None, precision: str | None) -> dt.date | None:
    """The day an article's happening took place: its main event's, when that is a day of
    the week before publication (or the day after: a preview); else the publication's."""
    if date is not None and precision == "day" and (
            published is None or -1 <= (published - date).days <= 7):
        return date
    return published


# Per article: what a Doc is made of (title, the head of the text, dates, people), gathered for
# the articles asked for only (the link tables grow with the archive).
_DOCS_SQL = f"""
    WITH people AS (
        SELECT aa.article_id, list(aa.actor_id) AS persons
        FROM article_actors aa JOIN actors ac USING (actor_id)
        WHERE aa.article_id IN (SELECT unnest($ids)) AND ac.kind = 'person' GROUP BY ALL)
    SELECT a.article_id, a.title, left(a.text, {LEDE_CHARS + 80}), a.published, a.content_hash,
           e.date, e.precision, coalesce(people.persons, []), a.published + a.published_time
    FROM articles a
    LEFT JOIN (SELECT article_id, date, precision FROM events
               WHERE kind = 'main' AND article_id IN (SELECT unnest($ids))) e ON e.article_id = a.article_id
    LEFT JOIN people ON people.article_id = a.article_id
    WHERE a.article_id IN (SELECT unnest($ids))
"""


def load_docs(con, article_ids: Sequence[int]) -> list[Doc]:
    """The Docs of stored articles."""
    if not article_ids:
        return []
    docs = []
    for article_id, title, head, published, key, date, precision, persons, time in con.execute(
            _DOCS_SQL, {"ids": list(article_ids)}).fetchall():
        docs.append(Doc(article_id, happening_day(published, date, precision), published, key,
                        vector(title or "", lede(head)), frozenset(persons), time, headline(title or "")))
    return docs


# An article's happening day, as happening_day, from articles `a` and its main event `e`
_DAY = """CASE WHEN e.precision = 'day' AND e.date IS NOT NULL
                     AND (a.published IS NULL OR e.date BETWEEN a.published - 7 AND a.published + 1)
                THEN e.date ELSE a.published END AS day"""


# Each article of a story with its happening's day (as happening_day) and its rank among the
# story's reports: by publication day, then clock time (those without one last), then content
# hash (as `events show s1` lists them),
# whatever order they were imported in. (The start of the text, for a title, is read for the
# articles without one only: read for all, the texts of the 19k import's every story stayed in
# DuckDB's buffers at the stage's end, some 30 MB of the import's peak.)
_TITLE = "coalesce(nullif(trim(a.title), ''), h.head)"  # an article's title, or its start (_heads)
_RANK = ("(coalesce(a.published, DATE '0001-01-01'), coalesce(a.published_time, TIME '23:59:59.999999'), "
         "a.content_hash)")  # the order of a story's reports


def _heads(stories: str) -> str:
    """The join of the start of the text (h.head) of the articles of `stories` (a subquery of
    story ids) that have no title."""
    return f"""LEFT JOIN (SELECT article_id, left(trim(text), 80) AS head FROM articles
                          WHERE (title IS NULL OR trim(title) = '') AND story_id IN ({stories})) h
               ON h.article_id = a.article_id"""


_DAYS_SQL = f"""
    SELECT a.story_id, a.article_id, {_TITLE} AS title, a.source, {_DAY}, {_RANK} AS rank
    FROM (SELECT * FROM articles WHERE story_id IN (SELECT unnest($ids))) a
    LEFT JOIN (SELECT article_id, date, precision FROM events WHERE kind = 'main' AND article_id IN (
                   SELECT article_id FROM articles WHERE story_id IN (SELECT unnest($ids)))) e
           ON e.article_id = a.article_id
    {_heads("SELECT unnest($ids)")}
"""


# --- the stage: read the store, cluster, write back -------------------------------------------

MAX_HELD = 200_000  # stories the stage keeps in memory between the batches of an import


@dataclass
class _Held:
    """The stories the stage holds in memory between batches: those of `days` (None: the
    undated), as stored after the batch that left `fingerprint`. Kept for one connection;
    anything else writing stories makes the fingerprint differ, and the stage reads them again."""

    con: weakref.ref
    fingerprint: tuple
    clusterer: Clusterer
    days: set


_held: _Held | None = None


def _fingerprint(con) -> tuple:
    return con.execute("SELECT count(*), coalesce(max(story_id), 0), coalesce(sum(n_articles), 0) FROM stories").fetchone()


def _take(con) -> _Held:
    """What the last batch on this connection left in memory, if the stored stories are still
    as it left them; else an empty holding. The holding is taken: a batch that fails leaves none."""
    global _held
    held, _held = _held, None
    if held is None or held.con() is not con or held.fingerprint != _fingerprint(con):
        held = _Held(weakref.ref(con), (), Clusterer(), set())
    return held


def forget_held() -> None:
    """Drop the stories held in memory: for a step that rewrites what they keep without writing
    the stories table (actor ids of stored articles, say); the next batch reads them again."""
    global _held
    _held = None


BACKLOG = 20_000  # articles without a story that make the stage run before an import's last batch


def backlog(con) -> int:
    """Articles waiting for a story."""
    return con.execute("SELECT count(*) FROM articles WHERE story_id IS NULL").fetchone()[0]


def assign(con) -> None:
    """Give a story to each article without one: those of the batches an import wrote since the
    stage last ran, and any an interrupted import left. An article that was re-extracted
    (``--replace``: its main event written anew, without the story) leaves its story first and
    is placed again. One transaction.

    The stage runs once at the end of an import (and before, when BACKLOG articles wait): all
    the articles waiting are placed in one order, :func:`order`'s, whatever order the import
    read them in, so that one import of the same articles gives the same stories in any order."""
    global _held
    con.begin()
    try:
        held = _assign(con, _take(con))
        held.fingerprint = _fingerprint(con)
        con.commit()
    except BaseException:
        try:
            con.rollback()
        except Exception:  # the failure ended the transaction already
            pass
        raise
    _held = held


# The articles to place, in :func:`order`'s order (by publication day and time, happening day,
# content), with their happening day (as happening_day).
_WAITING_SQL = f"""
    SELECT a.article_id,
           {_DAY},
           a.published, a.published + a.published_time, a.content_hash
    FROM (SELECT article_id, published, published_time, content_hash FROM articles WHERE story_id IS NULL) a
    LEFT JOIN (SELECT article_id, date, precision FROM events WHERE kind = 'main') e ON e.article_id = a.article_id
    ORDER BY coalesce(a.published, DATE '0001-01-01'), a.published + a.published_time NULLS LAST,
             coalesce(day, DATE '0001-01-01'), a.content_hash
"""

# The members of the stored stories of some days, with what :func:`order` sorts them by
_MEMBERS_SQL = f"""
    SELECT a.story_id, s.date, {_DAY}, a.published, a.published + a.published_time, a.content_hash
    FROM (SELECT story_id, date FROM stories WHERE date IN (SELECT unnest($days)) OR ($undated AND date IS NULL)) s
    JOIN articles a ON a.story_id = s.story_id
    LEFT JOIN (SELECT article_id, date, precision FROM events WHERE kind = 'main' AND article_id IN (
                   SELECT article_id FROM articles WHERE story_id IN (
                       SELECT story_id FROM stories WHERE date IN (SELECT unnest($days)) OR ($undated AND date IS NULL))))
           e ON e.article_id = a.article_id
"""


def _key(day, published, time, content_hash) -> tuple:
    """:func:`_order_key` of an article read from the store."""
    return (published or dt.date.min, time or dt.datetime.max, day or dt.date.min, content_hash)


def earliest(keys: Iterable[tuple]) -> dict:
    """Happening day -> the earliest :func:`_order_key` of the (day, key) pairs given."""
    first: dict = {}
    for day, key in keys:
        if day not in first or key < first[day]:
            first[day] = key
    return first


def overtaken_ids(first: dict, members: Iterable[tuple]) -> set[int]:
    """The stories, of the (story id, story's day, member's key) given, that hold a member
    known to be published after the earliest new article of the story's day (`first`, as
    :func:`earliest` gives): on a later day, or later on the same day when both have a time
    (an article without one is placed after those with one by convention, not knowledge).
    A story whose reports' days lie farther apart than the stage places them (one written by
    other means) is left as it is: placing it again would read the stories of all their days."""
    later, wide = set(), set()
    for story_id, day, key in members:
        if day in first:
            if _after(key, first[day]):
                later.add(story_id)
            if day is not None and key[2] != dt.date.min and abs((key[2] - day).days) > WINDOW_DAYS + 1:
                wide.add(story_id)
    return later - wide


def _after(key: tuple, first: tuple) -> bool:
    """Whether the article of :func:`_order_key` `key` is known to be published after `first`'s."""
    if key[0] != first[0]:
        return key[0] > first[0]
    return key[1] != dt.datetime.max and first[1] != dt.datetime.max and key[1] > first[1]


def overtaken(con, waiting: Sequence[tuple]) -> dict[int, int]:
    """The stored stories that the waiting articles would have changed, had they come in
    publication order: the stories of a waiting article's day (their first report's) that hold
    a report published after it. Their articles are placed again with the waiting ones, in
    one order, so that separate imports give what one import of the same articles gives (an
    import of the newest articles, as a stream brings them, overtakes none). Article -> its story."""
    first = earliest((day, _key(day, published, time, content_hash)) for _, day, published, time, content_hash in waiting)
    later = overtaken_ids(first, ((story_id, date, _key(day, published, time, content_hash))
                                  for story_id, date, day, published, time, content_hash in con.execute(
                                      _MEMBERS_SQL, {"days": [d for d in first if d is not None],
                                                     "undated": None in first}).fetchall()))
    if not later:
        return {}
    return dict(con.execute("SELECT article_id, story_id FROM articles WHERE story_id IN (SELECT unnest($ids))",
                            {"ids": sorted(later)}).fetchall())
CHUNK = 2_000  # articles whose vectors are made and placed at a time (the vectors of a whole import would weigh)


def _assign(con, held: _Held) -> _Held:
    # re-extracted (--replace): placed before, but the store wrote its main event anew, without a story
    again = [r[0] for r in con.execute("""
        SELECT a.article_id FROM (SELECT article_id, story_id FROM articles WHERE story_id IS NOT NULL) a
        JOIN events e ON e.article_id = a.article_id AND e.kind = 'main'
        WHERE e.story_id IS DISTINCT FROM a.story_id""").fetchall()]
    touched = detach(con, again)
    if touched:  # stored stories rebuilt: read them again
        held = _Held(held.con, (), Clusterer(), set())
    waiting = con.execute(_WAITING_SQL).fetchall()
    if not waiting:
        refresh(con, touched)
        return held
    replaced = overtaken(con, waiting)  # article -> the story it leaves, to be placed again
    if replaced:
        ids = {"ids": sorted(set(replaced.values()))}
        con.execute("UPDATE articles SET story_id = NULL WHERE story_id IN (SELECT unnest($ids))", ids)
        con.execute("DELETE FROM story_terms WHERE story_id IN (SELECT unnest($ids))", ids)
        con.execute("DELETE FROM stories WHERE story_id IN (SELECT unnest($ids))", ids)
        held.clusterer.drop(set(replaced.values()))
        touched |= set(replaced.values())
        waiting = con.execute(_WAITING_SQL).fetchall()
    days = {r[1] + dt.timedelta(days=k) for r in waiting if r[1] is not None
            for k in range(-WINDOW_DAYS, WINDOW_DAYS + 1)}
    if any(r[1] is None for r in waiting):
        days.add(None)
    clusterer = held.clusterer
    if len(clusterer) > MAX_HELD:
        clusterer.forget(held.days - days)
        held.days &= days
    missing = days - held.days
    if missing:
        clusterer.extend(load_stories(con, sorted(d for d in missing if d is not None), None in missing))
        held.days |= missing
    clusterer._next = _counter(-1, -1)
    placed = {}
    for i in range(0, len(waiting), CHUNK):  # (in order: placing chunk by chunk is placing them all)
        placed.update(clusterer.run(load_docs(con, [r[0] for r in waiting[i:i + CHUNK]])))
    # the new stories (numbered -1, -2... while placing) get their ids: the id of the story
    # placed again that gave them most of its articles (the largest share first), else a new one
    numbers = _reused(placed, replaced)
    new = sorted({i for i in placed.values() if i < 0 and i not in numbers}, reverse=True)
    numbers.update(zip(new, (r[0] for r in con.execute(
        "SELECT nextval('story_ids') FROM range(?)", [len(new)]).fetchall())))
    by_id = {s.story_id: s for day in days for s in clusterer.by_day.get(day, ())}
    for old, number in numbers.items():
        by_id[old].story_id = number
    placed = {a: numbers.get(s, s) for a, s in placed.items()}
    touched |= set(placed.values())
    store._rows(con, """UPDATE articles SET story_id = p.story_id FROM _batch p
                        WHERE articles.article_id = p.article_id""",
                {"article_id": list(placed), "story_id": list(placed.values())})
    held_touched = [s for s in by_id.values() if s.story_id in touched]
    _write_terms(con, held_touched)
    refresh(con, touched)
    # a story's day is its first report's: an earlier report placed now may change it
    stored_day = dict(con.execute("SELECT story_id, date FROM stories WHERE story_id IN (SELECT unnest($ids))",
                                  {"ids": [s.story_id for s in held_touched]}).fetchall())
    for story in held_touched:
        day = stored_day.get(story.story_id, story.day)
        if day != story.day:
            if day not in held.days:  # its new day's stories are not held: hold them all
                clusterer.extend(s for s in load_stories(con, [] if day is None else [day], day is None)
                                 if s.story_id not in stored_day)  # (those held already)
                held.days.add(day)
            clusterer.move(story, day)
    return held


def _reused(placed: dict[int, int], replaced: dict[int, int]) -> dict[int, int]:
    """New story (numbered below 0) -> the id of a story placed again whose articles it took
    most of (pairs by the articles they share, most first; each id given once)."""
    shared = Counter((placed[a], old) for a, old in replaced.items() if placed.get(a, 0) < 0)
    out, used = {}, set()
    for (new, old), _ in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0][1], -kv[0][0])):
        if new not in out and old not in used:
            out[new] = old
            used.add(old)
    return out


def load_stories(con, days: Sequence[dt.date], undated: bool = False) -> list[Story]:
    """The stored stories of these days (and the undated ones), with their centroids and people.
    A story without stored terms (one of one article) is made again from its articles."""
    rows = con.execute("""SELECT story_id, date, n_articles FROM stories
                          WHERE date IN (SELECT unnest($days)) OR ($undated AND date IS NULL)""",
                       {"days": list(days), "undated": undated}).fetchall()
    if not rows:
        return []
    ids = [r[0] for r in rows]
    terms: dict[int, dict[str, float]] = {}
    for story_id, term, weight in con.execute(
            "SELECT story_id, term, weight FROM story_terms WHERE story_id IN (SELECT unnest($ids))", {"ids": ids}).fetchall():
        terms.setdefault(story_id, {})[sys.intern(term)] = weight
    stored = [i for i in ids if i in terms]
    persons: dict[int, Counter] = {}
    for story_id, actor_id, n in con.execute("""
            SELECT a.story_id, aa.actor_id, count(*)
            FROM (SELECT article_id, story_id FROM articles WHERE story_id IN (SELECT unnest($ids))) a
            JOIN article_actors aa USING (article_id) JOIN actors ac USING (actor_id)
            WHERE ac.kind = 'person' GROUP BY ALL""", {"ids": stored}).fetchall():
        persons.setdefault(story_id, Counter())[actor_id] = n
    times: dict[int, list] = {}
    for story_id, published in con.execute("""
            SELECT story_id, published + published_time FROM articles
            WHERE story_id IN (SELECT unnest($ids)) AND published_time IS NOT NULL AND published IS NOT NULL
            ORDER BY ALL""", {"ids": stored}).fetchall():
        times.setdefault(story_id, []).append(published)
    # the terms of the reports' vectors (see novelty), not stored: made again from the articles'
    # titles and ledes (as load_docs makes them; their people, days and headlines are not needed)
    words: dict[int, set] = {}
    for story_id, title, head in con.execute(f"""SELECT story_id, title, left(text, {LEDE_CHARS + 80}) FROM articles
                                                WHERE story_id IN (SELECT unnest($ids))""", {"ids": stored}).fetchall():
        words.setdefault(story_id, set()).update(vector(title or "", lede(head)))
    # without stored terms: a story of one article (or one a --replace is rebuilding)
    rebuilt = _rebuilt(con, [i for i in ids if i not in terms])
    out = []
    for story_id, day, n in rows:
        if story_id in terms:
            out.append(Story(story_id, day, terms[story_id], n, length(terms[story_id]),
                             persons.get(story_id, Counter()), times=times.get(story_id, []),
                             words=words.get(story_id)))
        elif story_id in rebuilt:  # (none: its articles have all left it)
            rebuilt[story_id].day = day
            out.append(rebuilt[story_id])
    return out


def _rebuilt(con, story_ids: Iterable[int]) -> dict[int, Story]:
    """Stories made again from the articles they hold now (centroid, count, people; no day)."""
    members: dict[int, list[int]] = {}
    for story_id, article_id in con.execute(
            "SELECT story_id, article_id FROM articles WHERE story_id IN (SELECT unnest($ids))",
            {"ids": list(story_ids)}).fetchall():
        members.setdefault(story_id, []).append(article_id)
    docs = {d.article_id: d for d in load_docs(con, [a for m in members.values() for a in m])}
    out = {}
    for story_id, ids in members.items():
        story = out[story_id] = Story(story_id, None, {})
        for doc in order(docs[i] for i in ids):
            add(story, doc)
    return out


def detach(con, article_ids: list[int]) -> set[int]:
    """Take articles (re-extracted, or being forgotten) out of their stories; rebuild what those
    stories keep from the members left. Returns the stories touched (to :func:`refresh`)."""
    if not article_ids:
        return set()
    stories_of = {r[0] for r in con.execute(
        "SELECT DISTINCT story_id FROM articles WHERE article_id IN (SELECT unnest($ids))", {"ids": article_ids}).fetchall()}
    con.execute("UPDATE articles SET story_id = NULL WHERE article_id IN (SELECT unnest($ids))", {"ids": article_ids})
    con.execute("DELETE FROM story_terms WHERE story_id IN (SELECT unnest($ids))", {"ids": list(stories_of)})
    _write_terms(con, list(_rebuilt(con, stories_of).values()))
    return stories_of


def _write_terms(con, stories: Sequence[Story]) -> None:
    """Store the centroids of these stories; of those of two articles or more only (a story of
    one is its article's vector, which load_stories makes again: most stories are of one
    article, and writing their terms at every batch was a third of the stage's database work)."""
    if not stories:
        return
    ids = [s.story_id for s in stories]
    con.execute("DELETE FROM story_terms WHERE story_id IN (SELECT unnest($ids))", {"ids": ids})
    store._insert(con, "story_terms", ["story_id", "term", "weight"],
                  [(s.story_id, t, w) for s in stories if s.n > 1 for t, w in s.centroid.items()])


TITLE_VOTERS = 3  # a story of this many articles or more is shown by the title most like the others
_BROKEN_TITLE = re.compile(r"(?:[,(:][ \t]*|[ \t])[,)]")  # an empty item: ", ," "( )" ": ," "Jadi , Kualifikasi"


def _choose_titles(con, ids: dict) -> None:
    """A story of TITLE_VOTERS articles or more is titled by the headline most like its other
    reports' (the greatest sum of cosines of their headlines' IDF-weighted words), not by the
    first report's, which may tell a side of the happening ("Plenary of empty seats, BPK hands
    over its audit" before twenty reports of "DPR passes the KPK law"); a tie goes to the earlier
    report. It depends on the story's articles only, not on the order they came in."""
    voting = f"SELECT story_id FROM stories WHERE story_id IN (SELECT unnest($ids)) AND n_articles >= {TITLE_VOTERS}"
    rows = con.execute(f"""SELECT a.story_id, {_TITLE}, {_RANK} FROM articles a {_heads(voting)}
                           WHERE a.story_id IN ({voting})""", ids).fetchall()
    by_story: dict[int, list[tuple]] = {}
    for story_id, title, rank in rows:
        by_story.setdefault(story_id, []).append((rank, title or ""))
    chosen = []
    for story_id, titles in by_story.items():
        titles.sort()
        heads = []
        for _, title in titles:
            h = dict(headline(title))
            norm = math.sqrt(sum([w * w for w in h.values()])) or 1.0
            heads.append({t: w / norm for t, w in h.items()})
        total: Counter = Counter()  # the sum of the unit headlines: a title's cosines with the others
        for h in heads:             # are its dot product with it, less its own (1, or 0 when empty)
            total.update(h)
        scores = [sum([w * total[t] for t, w in h.items()]) - sum([w * w for w in h.values()]) for h in heads]
        # (a headline with an empty item, a name the page or the archive's scraper dropped, "BJ Habibie
        # Wafat, , Berduka di Twitter", only when every one is so)
        best = max(range(len(titles)), key=lambda i: (_BROKEN_TITLE.search(titles[i][1]) is None,
                                                      round(scores[i], 9), -i))
        if best:
            chosen.append((story_id, titles[best][1]))
    if chosen:
        con.execute("""UPDATE stories SET title = c.title
                       FROM (SELECT unnest($ids) AS story_id, unnest($titles) AS title) c
                       WHERE stories.story_id = c.story_id""",
                    {"ids": [i for i, _ in chosen], "titles": [t for _, t in chosen]})


def refresh(con, story_ids: set[int]) -> None:
    """Recount the stories given from their articles: the first to report (by publication
    day and time, then import), its title, outlet and happening day; articles and outlets; the story
    of their main events. A story left without articles is deleted."""
    if not story_ids:
        return
    ids = {"ids": sorted(story_ids)}
    con.execute("DELETE FROM stories WHERE story_id IN (SELECT unnest($ids))", ids)
    con.execute(f"""
        INSERT INTO stories (story_id, date, precision, title, n_articles, n_outlets, first_article_id, first_source)
        SELECT story_id,
               arg_min(day, rank), CASE WHEN arg_min(day, rank) IS NULL THEN NULL ELSE 'day' END,
               arg_min(title, rank), count(*), count(DISTINCT lower(source)),
               arg_min(article_id, rank), arg_min(source, rank)
        FROM ({_DAYS_SQL}) GROUP BY story_id""", ids)
    _choose_titles(con, ids)
    con.execute("DELETE FROM story_terms WHERE story_id IN (SELECT unnest($ids)) "
                "AND story_id NOT IN (SELECT story_id FROM stories)", ids)
    con.execute("""UPDATE events SET story_id = a.story_id
                   FROM (SELECT article_id, story_id FROM articles WHERE story_id IN (SELECT unnest($ids))) a
                   WHERE events.article_id = a.article_id AND events.kind = 'main'
                     AND events.story_id IS DISTINCT FROM a.story_id""", ids)
