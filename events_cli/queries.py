"""The named queries behind the listing commands. Every value reaches SQL as a parameter.

Each query returns a :class:`Table` (column names and rows) for :func:`events_cli.render.render`.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

import duckdb

from events_cli import gazetteer
from events_cli.errors import NotFoundError, QueryError, UsageError


@dataclass
class Table:
    columns: list[str]
    rows: list[tuple]
    title: str | None = None  # a heading shown above the table in human formats
    notes: list[str] = field(default_factory=list)  # lines shown under the heading in human formats


@dataclass(frozen=True)
class TimelineFilter:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    actor: str | None = None
    place: str | None = None
    source: str | None = None
    limit: int | None = None
    reverse: bool = False
    text: str | None = None  # words the event's article holds, all of them (see search)
    kind: str | None = None  # main or other (events)
    columns: tuple[str, ...] = ()  # of TIMELINE_COLUMNS, in this order; () for the default ones
    types: tuple[str, ...] = ()  # only events of these types (ONTOLOGY.md)
    min_outlets: int | None = None  # stories: only those at least this many outlets reported
    sort: str = "date"  # stories: date, outlets or articles (the most reported first)


# Ids of the actors (places) whose canonical name or any written form contains the text.
_ACTOR_IDS = """(SELECT actor_id FROM actors WHERE contains(lower(name), lower($actor))
    UNION SELECT actor_id FROM actor_aliases WHERE contains(lower(alias), lower($actor)))"""
# Ids of the places a --place NAME means, as `events places NAME` finds them: the place of that
# name, else those written so, else those whose name or a written form contains it; with every
# place inside a country or province it names: a country holds the places of its country code
# ("Indonesia" holds Bandung), a province those the gazetteer puts in it ($within_place and
# $within_of, from data/places_within.tsv: "Jawa Barat" holds Bandung and Kabupaten Bekasi).
# Where no stored place has that name or written form, the gazetteer's country or province of
# that name ($region_*: "Jabar", "DKI", "West Java") stands for it, stored or not.
_PLACE_IDS = """(WITH hit AS (
        SELECT place_id, 1 AS tier FROM places WHERE lower(name) = lower($place)
        UNION ALL SELECT place_id, 2 FROM place_aliases WHERE lower(alias) = lower($place)
        UNION ALL SELECT place_id, 3 FROM places WHERE contains(lower(name), lower($place))
        UNION ALL SELECT place_id, 3 FROM place_aliases WHERE contains(lower(alias), lower($place))),
    named AS (SELECT place_id FROM hit WHERE tier = (SELECT min(tier) FROM hit)),
    region AS (SELECT kind, name, country_code FROM places
               WHERE kind IN ('country', 'province') AND place_id IN (SELECT place_id FROM named)
               UNION SELECT $region_kind, $region_name, $region_country
               WHERE $region_kind IS NOT NULL AND NOT EXISTS (SELECT 1 FROM hit WHERE tier <= 2)),
    inside AS (SELECT unnest($within_place) AS place, unnest($within_of) AS province)
    SELECT place_id FROM named
    UNION SELECT p.place_id FROM places p JOIN region r ON p.country_code = r.country_code
    WHERE r.kind = 'country' OR p.kind = 'province' AND p.name = r.name
       OR p.name IN (SELECT place FROM inside WHERE province = r.name))"""


def _place_params(place: str) -> dict:
    """The parameters of _PLACE_IDS besides $place: the gazetteer's country or province of that
    name, and the places inside provinces."""
    entry = gazetteer.lookup(place)
    region = entry if entry is not None and entry.kind in ("country", "province") and entry.country_code else None
    inside, of = gazetteer.within()
    return {"region_kind": region and region.kind, "region_name": region and region.name,
            "region_country": region and region.country_code, "within_place": list(inside), "within_of": list(of)}



# An event's date as the listings show it: "2011" (a year), "2023-09" (a month), "2023-10-08" (a
# day), "2023-10-20..2023-10-25" (a range), "2019-10-08~" (a year or day read from context, not
# written: the publication date, the text's other dates), "--10-08" (a day and month whose year
# is unknown), "" (undated).
_UNIT_LENGTH = "CASE e.precision WHEN 'year' THEN 4 WHEN 'month' THEN 7 ELSE 10 END"  # of YYYY-MM-DD
_PERIOD_END = ("CASE e.precision WHEN 'year' THEN make_date(year(e.date), 12, 31) WHEN 'month' THEN last_day(e.date) "
               "ELSE e.date END")
DATE_LABEL = f"""CASE WHEN e.date IS NULL THEN coalesce(e.date_partial, '')
    ELSE left(CAST(e.date AS VARCHAR), {_UNIT_LENGTH})
         || CASE WHEN e.date_end > {_PERIOD_END} THEN '..' || left(CAST(e.date_end AS VARCHAR), {_UNIT_LENGTH}) ELSE '' END
         || CASE WHEN e.inferred THEN '~' ELSE '' END END"""
# An event's type as the listings show it: "COERCE", "not COERCE" (denied, or said not to have
# happened), "" (stored before schema 5, untyped).
_TYPE_LABEL = "CASE WHEN e.negated THEN 'not ' ELSE '' END || coalesce(e.type, '')"
# No precision for an undated event.
_PRECISION = "CASE WHEN e.date IS NULL AND e.date_partial IS NULL THEN NULL ELSE e.precision END"


def _with_lists(picked_sql: str, columns: str, order: str) -> str:
    """Rows for the events `picked_sql` selects (event_id, date, plus any extra columns),
    with their article's source and their actor and place lists, gathered for those
    events only: a handful after LIMIT, not the whole database."""
    return f"""
        WITH picked AS ({picked_sql}),
        al AS (SELECT ea.event_id, list(ac.name ORDER BY ac.name) AS actors
               FROM picked JOIN event_actors ea USING (event_id) JOIN actors ac USING (actor_id) GROUP BY ALL),
        pl AS (SELECT ep.event_id, list(p.name ORDER BY p.name) AS places
               FROM picked JOIN event_places ep USING (event_id) JOIN places p USING (place_id) GROUP BY ALL)
        SELECT {columns}
        FROM picked JOIN events e USING (event_id) JOIN articles a ON a.article_id = e.article_id
        LEFT JOIN al USING (event_id) LEFT JOIN pl USING (event_id)
        ORDER BY {order}
    """


# The columns `timeline` can show (--columns), by name; the first eight are the default.
TIMELINE_COLUMNS = {
    "id": "'e' || e.event_id", "date": DATE_LABEL, "precision": _PRECISION, "event": "e.sentence",
    "actors": "coalesce(al.actors, [])", "places": "coalesce(pl.places, [])", "source": "a.source",
    "kind": "e.kind", "type": _TYPE_LABEL, "article": "'a' || a.article_id", "title": "a.title", "published": "a.published",
    "url": "a.url", "origin": "a.origin",
}
DEFAULT_TIMELINE_COLUMNS = ("id", "date", "precision", "type", "event", "actors", "places", "source")


# Events in a range of dates (--from, --to, as _filters takes them). An event matches when it is
# known to fall in the range: a year or a month when the range holds all of it ("2011" is within
# --from 2011 and --to 2011-12, not within June 2011: a day's listing is that day's events, not
# every event of its year), days when any of them is in it (a protest of 19-21 September is on
# the 20th).
_EVENT_DATES = {"date_from": "(e.date >= $date_from OR (e.precision = 'day' AND e.date_end >= $date_from))",
                "date_to": "(e.date_end <= $date_to OR (e.precision = 'day' AND e.date <= $date_to))"}


def _typed(types: tuple[str, ...], where: list[str], params: dict) -> None:
    """Adds the condition for events of any of `types` (none: every event)."""
    if types:
        where.append("e.type IN (SELECT unnest($types))")
        params["types"] = list(types)


def timeline(con: duckdb.DuckDBPyConnection, f: TimelineFilter) -> Table:
    """One row per event in date order."""
    where, params = _filters(f, {
        **_EVENT_DATES,
        "actor": f"e.event_id IN (SELECT event_id FROM event_actors WHERE actor_id IN {_ACTOR_IDS})",
        "place": f"e.event_id IN (SELECT event_id FROM event_places WHERE place_id IN {_PLACE_IDS})",
        "source": "e.article_id IN (SELECT article_id FROM articles WHERE contains(lower(source), lower($source)))"})
    if f.text:
        where.append(f"e.article_id IN (SELECT article_id FROM ({_MATCHING_ARTICLES}))")
        params["text"] = f.text
    if f.kind:
        where.append("e.kind = $kind")
        params["kind"] = f.kind
    _typed(f.types, where, params)
    direction = "DESC" if f.reverse else "ASC"
    limit = _limit_clause(f.limit, params)
    order = f"e.date {direction}, e.event_id {direction}"
    # Only ids and dates are sorted; the sentences and lists come for the rows kept.
    picked = f"SELECT e.event_id, e.date FROM events e WHERE {' AND '.join(where)} ORDER BY {order} {limit}"
    columns = ", ".join(f'{TIMELINE_COLUMNS[name]} AS "{name}"' for name in f.columns or DEFAULT_TIMELINE_COLUMNS)
    return _table(con, _with_lists(picked, columns, order), params)


# Articles that hold every word of $text, each with its BM25 score (k1 = 1.2; no length
# normalisation, which would need each article's length), from article_terms (see schema.sql).
def _matching_articles() -> str:
    from events_cli.store import TERM_HASH_SQL, WORDS_SQL

    return f"""
    WITH q AS (SELECT DISTINCT {TERM_HASH_SQL.format(word="word")} AS term_hash
               FROM (SELECT unnest({WORDS_SQL.format(text="$text")}) AS word) WHERE length(word) > 1),
    m AS (SELECT t.* FROM article_terms t WHERE t.term_hash IN (SELECT term_hash FROM q)),
    df AS (SELECT term_hash, count(*) AS n FROM m GROUP BY term_hash),
    total AS (SELECT count(*) AS n FROM articles)
    SELECT m.article_id, sum(ln(1 + (total.n - df.n + 0.5) / (df.n + 0.5)) * m.tf * 2.2 / (m.tf + 1.2)) AS score
    FROM m JOIN df USING (term_hash) CROSS JOIN total
    GROUP BY m.article_id
    HAVING count(*) = (SELECT count(*) FROM q)"""


_MATCHING_ARTICLES = _matching_articles()


def search(con: duckdb.DuckDBPyConnection, text: str, f: TimelineFilter) -> Table:
    """Articles that hold every word of `text`, best match first, each with its event whose
    sentence holds most of the words (the main event first among equals)."""
    if not any(len(word) > 1 for word in _words(text)):
        raise UsageError(f"nothing to search for in {text!r}: give words of two letters or more")
    where, params = _filters(f, {
        "date_from": "a.published >= $date_from", "date_to": "a.published <= $date_to",
        "actor": f"a.article_id IN (SELECT article_id FROM article_actors WHERE actor_id IN {_ACTOR_IDS})",
        "place": f"a.article_id IN (SELECT article_id FROM article_places WHERE place_id IN {_PLACE_IDS})",
        "source": "contains(lower(a.source), lower($source))"})
    params.update(text=text, words=_words(text))
    limit = _limit_clause(f.limit, params)
    # (a top-N sort of the matches: no window over all of them, which a common word makes many)
    order = ("{t}score ASC, {t}published ASC NULLS FIRST, {t}article_id" if f.reverse else
             "{t}score DESC, {t}published DESC NULLS LAST, {t}article_id DESC")
    sql = f"""
        WITH hits AS ({_MATCHING_ARTICLES}),
        picked AS (SELECT a.article_id, hits.score, a.published
                   FROM hits JOIN articles a USING (article_id)
                   WHERE {' AND '.join(where)} ORDER BY {order.format(t="")} {limit}),
        best AS (SELECT e.article_id, arg_max(e.event_id, (
                        len(list_filter($words, lambda w: contains(lower(e.sentence), w))), e.kind = 'main', -e.event_id)
                 ) AS event_id
                 FROM events e JOIN picked USING (article_id) GROUP BY e.article_id)
        SELECT 'a' || a.article_id AS id, round(picked.score, 2) AS score, a.published, a.source, a.title,
               'e' || best.event_id AS event, e.sentence AS "matching event"
        FROM picked JOIN articles a USING (article_id)
        LEFT JOIN best USING (article_id) LEFT JOIN events e ON e.event_id = best.event_id
        ORDER BY {order.format(t="picked.")}
    """
    return _table(con, sql, params)


def _words(text: str) -> list[str]:
    """The words of `text` as search matches them (as store.WORDS_SQL splits them)."""
    import re

    return [w for w in re.split(r"[^\w]+|_", text.lower()) if len(w) > 1]


def _filters(f: TimelineFilter, conditions: dict[str, str]) -> tuple[list[str], dict]:
    """The WHERE conditions and their parameters for the filters of `conditions` that `f` sets,
    each written as `conditions` says for the rows the query lists (events, articles, stories)."""
    where, params = ["TRUE"], {}
    for name, condition in conditions.items():
        value = getattr(f, name)
        if value:
            where.append(condition)
            params[name] = value
            if name == "place":
                params.update(_place_params(value))
    return where, params


def article_ids_to_forget(con: duckdb.DuckDBPyConnection, ids: list[int], origin: str | None = None,
                          url: str | None = None, source: str | None = None) -> list[int]:
    """The stored articles named by id, by the file or URL they were imported from (`origin`;
    a folder names every file below it), by their own URL, or by outlet (case-insensitive)."""
    if missing := sorted(set(ids) - {r[0] for r in con.execute(
            "SELECT article_id FROM articles WHERE article_id IN (SELECT unnest($ids))", {"ids": ids}).fetchall()}):
        raise NotFoundError(f"no article {', '.join(f'a{i}' for i in missing)}")
    where, params = ["article_id IN (SELECT unnest($ids))"], {"ids": ids}
    if origin:
        where.append("(origin = $origin OR starts_with(origin, rtrim($origin, '/') || '/'))")
        params["origin"] = origin
    if url:
        where.append("url = $url")
        params["url"] = url
    if source:
        where.append("lower(source) = lower($source)")
        params["source"] = source
    return [r[0] for r in con.execute(
        f"SELECT article_id FROM articles WHERE {' OR '.join(where)} ORDER BY article_id", params).fetchall()]


@dataclass(frozen=True)
class NetworkFilter:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    actor: str | None = None
    types: tuple[str, ...] = ()
    limit: int | None = None


def network(con: duckdb.DuckDBPyConnection, f: NetworkFilter) -> Table:
    """Who did what to whom: one row per source actor, target actor and event type, with how many
    events (not denied ones) link them and their first and last date; most events first."""
    where, params = _filters(f, {**_EVENT_DATES, "actor": f"(s.actor_id IN {_ACTOR_IDS} OR t.actor_id IN {_ACTOR_IDS})"})
    where.append("NOT e.negated")
    _typed(f.types, where, params)
    sql = f"""
        SELECT sa.name AS source, sa.kind AS source_kind, ta.name AS target, ta.kind AS target_kind, e.type AS type,
               count(*) AS events, min(e.date) AS first_date, max(e.date) AS last_date
        FROM events e
        JOIN event_actors s ON s.event_id = e.event_id AND s.part = 'source'
        JOIN event_actors t ON t.event_id = e.event_id AND t.part = 'target'
        JOIN actors sa ON sa.actor_id = s.actor_id JOIN actors ta ON ta.actor_id = t.actor_id
        WHERE {' AND '.join(where)}
        GROUP BY ALL ORDER BY events DESC, source, target, type {_limit_clause(f.limit, params)}"""
    return _table(con, sql, params)


def _story_where(f: TimelineFilter, params: dict) -> str:
    """The stories `f` asks for: their day in the range; with an article (main event) naming
    the actor or place, or from the outlet, or holding all the words of `f.text`."""
    where, values = _filters(f, {
        "date_from": "s.date >= $date_from",
        "date_to": "s.date <= $date_to",
        "actor": f"""s.story_id IN (SELECT e.story_id FROM events e JOIN event_actors ea USING (event_id)
                                     WHERE ea.actor_id IN {_ACTOR_IDS})""",
        "place": f"""s.story_id IN (SELECT e.story_id FROM events e JOIN event_places ep USING (event_id)
                                     WHERE ep.place_id IN {_PLACE_IDS})""",
        "source": "s.story_id IN (SELECT story_id FROM articles WHERE contains(lower(source), lower($source)))",
    })
    params.update(values)
    if f.text:  # an article of the story holds every word
        where.append(f"s.story_id IN (SELECT story_id FROM articles WHERE article_id IN (SELECT article_id FROM ({_MATCHING_ARTICLES})))")
        params["text"] = f.text
    if f.min_outlets:
        where.append("s.n_outlets >= $min_outlets")
        params["min_outlets"] = f.min_outlets
    if f.types:  # what most of its articles' main events are (_story_types)
        where.append(f"s.story_id IN (SELECT story_id FROM {_story_types('events e')} WHERE type IN (SELECT unnest($types)))")
        params["types"] = list(f.types)
    return " AND ".join(where)


def _story_types(events: str) -> str:
    """(story_id, type, negated) of the stories of the `events` (a FROM clause naming events e;
    the events of the stories picked, or all): a story's type is the one most of its articles' main events have, and whether
    they deny it ("not COERCE"), the types for what fits no other (STATEMENT, OTHER) counted
    half: later reports quote reactions to what the first ones told, and "Jokowi asks the DPR to
    put the bill off" stays a REQUEST however many reports carry his words. A tie goes to the
    first article's main event, then A to Z. (A first report may tell a side of the happening:
    the plenary's empty seats before the law it passed, told by twenty more.)"""
    residual = ", ".join(f"'{t}'" for t in RESIDUAL_TYPES)
    return f"""(SELECT DISTINCT ON (story_id) story_id, type, negated FROM (
        SELECT e.story_id, e.type, e.negated, count(*) AS n, max((e.article_id = t.first_article_id)::INT) AS first
        FROM {events} JOIN stories t USING (story_id) WHERE e.kind = 'main' GROUP BY ALL)
        ORDER BY story_id, n * CASE WHEN type IN ({residual}) THEN 0.5 ELSE 1 END DESC, first DESC,
                 type NULLS LAST, negated)"""


RESIDUAL_TYPES = ("STATEMENT", "OTHER")  # ONTOLOGY.md: what is none of the specific types


_STORY_TYPE = "CASE WHEN ty.negated THEN 'not ' ELSE '' END || coalesce(ty.type, '')"  # (of _stories_sql's ty)


STORY_SORTS = ("date", "outlets", "articles")


def _stories_sql(f: TimelineFilter, params: dict, columns: str) -> str:
    """Stories in date order (then by id), or the most reported first (by outlets or articles,
    then date), with the outlets, actors and places of their articles, gathered for the stories
    kept only."""
    direction = "DESC" if f.reverse else "ASC"
    order = f"s.date {direction} NULLS LAST, s.story_id {direction}"
    if f.sort in STORY_SORTS[1:]:  # the most reported first; --reverse: the least
        size = ("s.n_outlets", "s.n_articles") if f.sort == "outlets" else ("s.n_articles", "s.n_outlets")
        most = "ASC" if f.reverse else "DESC"
        order = f"{size[0]} {most}, {size[1]} {most}, s.date ASC NULLS LAST, s.story_id ASC"
    limit = _limit_clause(f.limit, params)
    return f"""
        WITH picked AS (SELECT s.story_id FROM stories s WHERE {_story_where(f, params)} ORDER BY {order} {limit}),
        src AS (SELECT a.story_id, list(DISTINCT a.source ORDER BY a.source) AS outlets
                FROM picked JOIN articles a USING (story_id) GROUP BY ALL),
        al AS (SELECT story_id, list(name ORDER BY n DESC, name)[:5] AS actors FROM (
                   SELECT e.story_id, ac.name, count(*) AS n FROM picked JOIN events e USING (story_id)
                   JOIN event_actors ea USING (event_id) JOIN actors ac USING (actor_id) GROUP BY ALL) GROUP BY ALL),
        pl AS (SELECT story_id, list(name ORDER BY n DESC, name)[:3] AS places FROM (
                   SELECT e.story_id, p.name, count(*) AS n FROM picked JOIN events e USING (story_id)
                   JOIN event_places ep USING (event_id) JOIN places p USING (place_id) GROUP BY ALL) GROUP BY ALL),
        ty AS {_story_types("picked JOIN events e USING (story_id)")}
        SELECT {columns}
        FROM picked JOIN stories s USING (story_id) LEFT JOIN src USING (story_id)
        LEFT JOIN al USING (story_id) LEFT JOIN pl USING (story_id) LEFT JOIN ty USING (story_id)
        ORDER BY {order}"""


def stories(con: duckdb.DuckDBPyConnection, f: TimelineFilter) -> Table:
    """One row per story (happening) by date: its articles and outlets, the first to report it."""
    params: dict = {}
    columns = (f"'s' || s.story_id AS id, s.date, {_STORY_TYPE} AS type, s.n_articles AS articles, "
               "s.n_outlets AS outlets, s.title, coalesce(src.outlets, []) AS sources, s.first_source AS first")
    return _table(con, _stories_sql(f, params, columns), params)


def story_timeline(con: duckdb.DuckDBPyConnection, f: TimelineFilter) -> Table:
    """The timeline with one row per happening: its type, title, main actors and places, and
    how many outlets reported it."""
    params: dict = {}
    columns = (f"'s' || s.story_id AS id, s.date, s.precision, {_STORY_TYPE} AS type, s.title AS event, "
               "coalesce(al.actors, []) AS actors, "
               "coalesce(pl.places, []) AS places, "
               "'reported by ' || s.n_outlets || CASE WHEN s.n_outlets = 1 THEN ' outlet' ELSE ' outlets' END "
               "|| CASE WHEN s.n_articles > s.n_outlets THEN ' (' || s.n_articles || ' articles)' ELSE '' END AS reported")
    return _table(con, _stories_sql(f, params, columns), params)


def show_story(con: duckdb.DuckDBPyConnection, story_id: int) -> dict:
    """One story: its day, title and counts, and its articles in the order they were published
    (by day, then clock time, those without one last, then content hash: as the first to report
    it is chosen)."""
    row = con.execute("""SELECT story_id, date, precision, title, n_articles, n_outlets, first_article_id, first_source
                         FROM stories WHERE story_id = ?""", [story_id]).fetchone()
    if row is None:
        raise NotFoundError(f"no story s{story_id}: list stories with `events stories`")
    keys = ["story_id", "date", "precision", "title", "n_articles", "n_outlets", "first_article_id", "first_source"]
    record = dict(zip(keys, row))
    record["story_id"] = f"s{story_id}"
    record["articles"] = [
        {"article_id": a, "published": p, "source": src, "title": t, "main_event": d}
        for a, p, src, t, d in con.execute("""
            SELECT a.article_id, a.published, a.source, a.title, e.date
            FROM articles a LEFT JOIN events e ON e.article_id = a.article_id AND e.kind = 'main'
            WHERE a.story_id = ?
            ORDER BY a.published NULLS FIRST, a.published_time NULLS LAST, a.content_hash""", [story_id]).fetchall()
    ]
    return record


def _limit_clause(limit: int | None, params: dict) -> str:
    """"LIMIT $limit" with its parameter added to `params`, or nothing when there is no limit."""
    if limit is None:
        return ""
    params["limit"] = limit
    return "LIMIT $limit"


def _entity_stats(entity: str, limit: int | None, kind: str | None) -> tuple[str, dict]:
    """Actors or places named in any article, ranked by events, then articles, from the
    counts and dates the store keeps on each row (see schema.sql)."""
    table = {"actor": "actors", "place": "places"}[entity]
    extra = "" if entity == "actor" else ", country_code AS country, lat, lon"
    params: dict = {"kind": kind}
    limit_sql = _limit_clause(limit, params)
    sql = f"""
        SELECT name, kind{extra}, n_events AS events, n_articles AS articles, first_date AS first,
               last_date AS last
        FROM {table}
        WHERE n_articles > 0 AND ($kind IS NULL OR kind = $kind)
        ORDER BY events DESC, articles DESC, name
        {limit_sql}
    """
    return sql, params


def actors(con: duckdb.DuckDBPyConnection, kind: str | None = None, limit: int | None = None) -> Table:
    """Actors with their number of events and articles, first and last event date."""
    return _table(con, *_entity_stats("actor", limit, kind))


def _not_found(what: str, name: str) -> NotFoundError:
    return NotFoundError(f"no {what} named {name!r}: list them with `events {what}s`")


def _find(con, sql: str, name: str, what: str) -> list[tuple]:
    """Entities whose name is `name` (case-insensitive); else those written so (an alias:
    "Papua" is the name of the province and a form "Provinsi Papua" is written as); else those
    whose name or mention contains it. `sql` tells the three apart by $match: name, alias or part."""
    for match in ("name", "alias", "part"):
        rows = con.execute(sql, {"name": name, "match": match}).fetchall()
        if rows:
            return rows
    raise _not_found(what, name)


def _find_actors(con, name: str) -> list[tuple]:
    """(actor_id, name, kind, n_events) of the actors named or written `name` (any case), the one
    written so in the most articles first (as often: the one of that name, then the most active);
    else of those whose name or written form holds it,
    the most active first. NotFoundError when none."""
    exact = [r[0] for r in con.execute("""
        SELECT actor_id FROM actors WHERE lower(name) = lower($name)
        UNION SELECT actor_id FROM actor_aliases WHERE lower(alias) = lower($name)""", {"name": name}).fetchall()]
    if exact:
        # how many articles wrote each so: counted for these few actors only
        written = "" if len(exact) == 1 else """(SELECT count(*) FROM article_actors aa WHERE aa.actor_id = ac.actor_id
            AND list_contains(list_transform(aa.mentions, lambda m: lower(m)), lower($name))) DESC,
            lower(name) = lower($name) DESC, """  # as often: the one of that name
        return con.execute(f"""SELECT actor_id, name, kind, n_events FROM actors ac WHERE actor_id IN (SELECT unnest($ids))
                               ORDER BY {written}n_events DESC, name""",
                           {"ids": exact, **({"name": name} if written else {})}).fetchall()
    rows = con.execute("""
        SELECT actor_id, name, kind, n_events FROM actors
        WHERE contains(lower(name), lower($name))
           OR actor_id IN (SELECT actor_id FROM actor_aliases WHERE contains(lower(alias), lower($name)))
        ORDER BY n_events DESC, name""", {"name": name}).fetchall()
    if not rows:
        raise _not_found("actor", name)
    return rows


def actor_detail(con: duckdb.DuckDBPyConnection, name: str, limit: int | None = None) -> Table:
    """One actor's events (the first `limit`, by date) with the role written there and who else
    was in them. The actor is the one most often named or written so (a name is no better
    evidence than a written form: "Habibie" names a stray one-article actor and is how BJ
    Habibie is written in hundreds), else the most active whose name or written form holds it;
    the others that match are named in a note, to be asked for by their full names."""
    (actor_id, actor_name, kind, _), *others = _find_actors(con, name)
    params: dict = {"id": actor_id}
    picked = f"""SELECT ea.event_id, e.date, ac.name AS actor, ea.role
                 FROM event_actors ea JOIN actors ac USING (actor_id) JOIN events e USING (event_id)
                 WHERE ea.actor_id = $id ORDER BY e.date, e.event_id {_limit_clause(limit, params)}"""
    columns = (f"'e' || e.event_id AS id, {DATE_LABEL} AS date, {_PRECISION} AS precision, picked.actor, picked.role, "
               "e.sentence AS event, "
               "list_filter(coalesce(al.actors, []), lambda x: x <> picked.actor) AS \"with\", "
               "coalesce(pl.places, []) AS places, a.source")
    table = _table(con, _with_lists(picked, columns, "e.date, e.event_id"), params)
    table.title = f"{actor_name} ({kind})"
    roles = con.execute("""
        SELECT r.role, count(*) FROM article_actors aa, unnest(aa.roles) AS r(role)
        WHERE aa.actor_id = $id GROUP BY r.role ORDER BY count(*) DESC, r.role""", {"id": actor_id}).fetchall()
    mentions = con.execute("""SELECT m.mention FROM article_actors aa, unnest(aa.mentions) AS m(mention)
        WHERE aa.actor_id = $id GROUP BY m.mention ORDER BY count(*) DESC, m.mention""", {"id": actor_id}).fetchall()
    seen_with = con.execute("""
        SELECT ac.name, count(DISTINCT other.event_id) AS n
        FROM event_actors mine JOIN event_actors other USING (event_id) JOIN actors ac ON ac.actor_id = other.actor_id
        WHERE mine.actor_id = $id AND other.actor_id <> $id
        GROUP BY ac.name ORDER BY n DESC, ac.name LIMIT 10""", {"id": actor_id}).fetchall()
    table.notes = [
        "written as: " + ", ".join(m for (m,) in mentions),
        "roles: " + (", ".join(f"{r} ({n})" for r, n in roles) or "none written"),
        "seen with: " + (", ".join(f"{a} ({n})" for a, n in seen_with) or "nobody"),
    ]
    if others:
        shown = ", ".join(f"{n} ({k}, {e} event{'' if e == 1 else 's'})" for _, n, k, e in others[:_OTHERS_SHOWN])
        more = f" and {len(others) - _OTHERS_SHOWN} more" if len(others) > _OTHERS_SHOWN else ""
        table.notes.append(f"also matching {name!r}: {shown}{more} (ask for one by its full name)")
    return table


_OTHERS_SHOWN = 8  # the other actors a name matches, named under an actor's detail


def places(con: duckdb.DuckDBPyConnection, kind: str | None = None, limit: int | None = None) -> Table:
    """Places with kind, country, coordinates, number of events and articles, first and last date."""
    return _table(con, *_entity_stats("place", limit, kind))


def place_detail(con: duckdb.DuckDBPyConnection, name: str, limit: int | None = None) -> Table:
    """The events at one place (the first `limit`, by date)."""
    found = _find(con, """
        SELECT DISTINCT p.place_id, p.name, p.kind, p.country_code, p.lat, p.lon
        FROM places p LEFT JOIN place_aliases pa USING (place_id)
        WHERE CASE $match WHEN 'name' THEN lower(p.name) = lower($name)
                          WHEN 'alias' THEN lower(pa.alias) = lower($name)
                          ELSE contains(lower(p.name), lower($name)) OR contains(lower(pa.alias), lower($name)) END
        ORDER BY p.name""", name, "place")
    ids = [r[0] for r in found]
    params: dict = {"ids": ids}
    picked = f"""SELECT ep.event_id, e.date, p.name AS place
                 FROM event_places ep JOIN places p USING (place_id) JOIN events e USING (event_id)
                 WHERE ep.place_id IN (SELECT unnest($ids)) ORDER BY e.date, e.event_id {_limit_clause(limit, params)}"""
    columns = (f"'e' || e.event_id AS id, {DATE_LABEL} AS date, {_PRECISION} AS precision, picked.place, "
               "e.sentence AS event, "
               "coalesce(al.actors, []) AS actors, a.source")
    table = _table(con, _with_lists(picked, columns, "e.date, e.event_id"), params)
    table.title = "; ".join(
        f"{name} ({kind}" + (f", {cc}" if cc else "") + (f", {lat:.4f}, {lon:.4f}" if lat is not None else "") + ")"
        for _, name, kind, cc, lat, lon in found
    )
    return table


def related(con: duckdb.DuckDBPyConnection, article_id: int | None = None, limit: int | None = None) -> Table:
    """Related-article links, and whether each target is in the database."""
    params: dict = {"id": article_id}
    limit_sql = _limit_clause(limit, params)
    table = _table(con, f"""
        SELECT r.article_id AS "from", a.title AS from_title, r.title AS link_title, r.url,
               r.target_article_id AS "to", CASE WHEN r.target_article_id IS NULL THEN 'missing' ELSE 'imported' END AS target
        FROM related_links r JOIN articles a USING (article_id)
        WHERE $id IS NULL OR r.article_id = $id OR r.target_article_id = $id
        ORDER BY r.article_id, r.position
        {limit_sql}
    """, params)
    if article_id is not None:
        _article_exists(con, article_id)
    return table


def _article_exists(con, article_id: int) -> None:
    if not con.execute("SELECT 1 FROM articles WHERE article_id = ?", [article_id]).fetchone():
        raise NotFoundError(f"no article {article_id}: list articles with `events sql \"SELECT article_id, title FROM articles\"`")


def show_article(con: duckdb.DuckDBPyConnection, article_id: int) -> dict:
    """One article in full: metadata, events, actors, places and links both ways."""
    records = list(export_records(con, article_ids=[article_id]))
    if not records:
        _article_exists(con, article_id)
    record = records[0]
    record["text"] = con.execute("SELECT text FROM articles WHERE article_id = ?", [article_id]).fetchone()[0]
    record["linked_from"] = [
        {"article_id": a, "title": t}
        for a, t in con.execute("""SELECT r.article_id, a.title FROM related_links r JOIN articles a USING (article_id)
                                   WHERE r.target_article_id = ? ORDER BY r.article_id""", [article_id]).fetchall()
    ]
    return record


def show_event(con: duckdb.DuckDBPyConnection, event_id: int) -> dict:
    row = con.execute("""
        SELECT e.event_id, e.kind, e.date, e.date_end, e.date_partial, e.precision, e.inferred, e.date_text, e.sentence,
               e.type, e.negated, a.article_id, a.title, a.source, a.published, a.origin
        FROM events e JOIN articles a USING (article_id) WHERE e.event_id = ?""", [event_id]).fetchone()
    if row is None:
        raise NotFoundError(f"no event e{event_id}: list events with `events timeline`")
    keys = ["event_id", "kind", "date", "date_end", "date_partial", "precision", "inferred", "date_text", "sentence",
            "type", "negated", "article_id", "title", "source", "published", "origin"]
    record = dict(zip(keys, row))
    record["event_id"] = f"e{event_id}"
    record["actors"] = [
        {"name": n, "kind": k, "role": r, "part": p}  # part: source, target or other
        for n, k, r, p in con.execute("""SELECT ac.name, ac.kind, ea.role, ea.part FROM event_actors ea
                                         JOIN actors ac USING (actor_id) WHERE ea.event_id = ? ORDER BY ac.name""",
                                      [event_id]).fetchall()
    ]
    record["places"] = [
        {"name": n, "kind": k, "country_code": c, "lat": la, "lon": lo}
        for n, k, c, la, lo in con.execute("""SELECT p.name, p.kind, p.country_code, p.lat, p.lon FROM event_places ep
                                            JOIN places p USING (place_id) WHERE ep.event_id = ? ORDER BY p.name""",
                                           [event_id]).fetchall()
    ]
    return record


def run_sql(con: duckdb.DuckDBPyConnection, sql: str, params: dict[str, str] | None = None) -> Table:
    """Any SQL the user writes, with its $name parameters; a read-only connection refuses writes."""
    try:
        cursor = con.execute(sql, params or None)
    except duckdb.Error as exc:
        message = str(exc).strip().splitlines()[0]
        if "read-only" in message:
            raise QueryError("the database is opened read-only: add --write to change it") from None
        raise QueryError(f"SQL error: {message}") from None
    if cursor.description is None:
        return Table(["result"], [("ok",)])
    return Table([d[0] for d in cursor.description], cursor.fetchall())


def _table(con, sql: str, params) -> Table:
    cursor = con.execute(sql, params)
    return Table([d[0] for d in cursor.description], cursor.fetchall())


def export_records(con: duckdb.DuckDBPyConnection, article_ids: list[int] | None = None,
                   batch: int = 20_000) -> Iterator[dict]:
    """One dict per article in the export format of ../shared/eval/README.md, streamed in batches."""
    all_ids = article_ids if article_ids is not None else [
        r[0] for r in con.execute("SELECT article_id FROM articles ORDER BY article_id").fetchall()]
    for i in range(0, len(all_ids), batch):
        yield from _export_batch(con, all_ids[i:i + batch])


def _grouped(con, sql: str, ids: list[int]) -> dict[int, list[tuple]]:
    out: dict[int, list[tuple]] = {}
    for row in con.execute(sql, {"ids": ids}).fetchall():
        out.setdefault(row[0], []).append(row[1:])
    return out


def _export_batch(con, ids: list[int]) -> Iterator[dict]:
    articles = con.execute("""
        SELECT article_id, origin, external_id, url, source, title, language, published, story_id
        FROM articles WHERE article_id IN (SELECT unnest(?)) ORDER BY article_id""", [ids]).fetchall()
    # (the events' lists gathered for the batch's events only: the timeline view would gather
    # those of every event in the database before keeping the batch's)
    events = _grouped(con, _with_lists(
        "SELECT e.event_id, e.date FROM events e WHERE e.article_id IN (SELECT unnest($ids))",
        "e.article_id, e.kind, e.date, e.precision, e.sentence, coalesce(al.actors, []), coalesce(pl.places, []), "
        "e.date_end, e.inferred, e.date_partial, e.type, e.negated, e.event_id",
        "e.article_id, e.event_id"), ids)
    parts: dict[tuple[int, str], str] = {}  # (event, "source" | "target") -> the actor's name
    for event_id, part, name in con.execute("""
            SELECT ea.event_id, ea.part, min(ac.name) FROM events e JOIN event_actors ea USING (event_id)
            JOIN actors ac USING (actor_id)
            WHERE e.article_id IN (SELECT unnest(?)) AND ea.part <> 'other' GROUP BY ALL""", [ids]).fetchall():
        parts[(event_id, part)] = name
    actors_of = _grouped(con, """
        SELECT aa.article_id, ac.name, ac.kind, aa.mentions, aa.roles
        FROM article_actors aa JOIN actors ac USING (actor_id)
        WHERE aa.article_id IN (SELECT unnest($ids)) ORDER BY aa.article_id, ac.name""", ids)
    places_of = _grouped(con, """
        SELECT ap.article_id, p.name, p.kind, p.country_code, p.lat, p.lon, ap.mentions
        FROM article_places ap JOIN places p USING (place_id)
        WHERE ap.article_id IN (SELECT unnest($ids)) ORDER BY ap.article_id, p.name""", ids)
    links = _grouped(con, """
        SELECT article_id, title, url, target_article_id FROM related_links
        WHERE article_id IN (SELECT unnest($ids)) ORDER BY article_id, position""", ids)
    for article_id, origin, external_id, url, source, title, language, published, story_id in articles:
        evs = events.get(article_id, [])
        main = next((e for e in evs if e[0] == "main"), None)
        yield {
            "article_id": article_id,
            "origin": origin,
            "external_id": external_id,
            "url": url,
            "source": source,
            "title": title,
            "language": language,
            "published": published.isoformat() if published else None,
            "main_event": {**{k: v for k, v in _event_date(*main[1:3], *main[6:9]).items() if k in ("date", "precision")},
                           **_event_type(parts, *main[9:])}
            if main else None,
            "events": [
                {**_event_date(d, p, *rest[:3]), "kind": k, "summary": s, "actors": a, "places": pl,
                 **_event_type(parts, *rest[3:])}
                for k, d, p, s, a, pl, *rest in evs
            ],
            "actors": [
                {"name": n, "kind": k, "mentions": m, "roles": r} for n, k, m, r in actors_of.get(article_id, [])
            ],
            "places": [
                {"name": n, "kind": k, "country_code": c, "lat": la, "lon": lo, "mentions": m}
                for n, k, c, la, lo, m in places_of.get(article_id, [])
            ],
            "related": [{"title": t, "url": u, "article_id": target} for t, u, target in links.get(article_id, [])],
            "story": story_id,
        }


def _event_type(parts: dict[tuple[int, str], str], type_: str | None, negated: bool, event_id: int) -> dict:
    """What happened in the export: the type (null when stored untyped, before schema 5), the
    source and target actors' names (or null), whether it is denied."""
    return {"type": type_, "source": parts.get((event_id, "source")), "target": parts.get((event_id, "target")),
            "negated": negated}


def _event_date(date: dt.date | None, precision: str, date_end: dt.date | None, inferred: bool,
                partial: str | None) -> dict:
    """An event's date in the export: `date` null when undated or its year unknown (what is
    known of it then in `date_partial`), `date_end` the last day it may mean (a range's)."""
    return {
        "date": date.isoformat() if date else None,
        "precision": precision if date or partial else None,
        "date_end": date_end.isoformat() if date_end else None,
        "inferred": inferred,
        "date_partial": partial,
    }
