"""The named queries behind the listing commands. Every value reaches SQL as a parameter.

Each query returns a :class:`Table` (column names and rows) for :func:`events_cli.render.render`.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

import duckdb

from events_cli.errors import NotFoundError, QueryError


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


# Ids of the actors (places) whose canonical name or any written form contains the text.
_ACTOR_IDS = """(SELECT actor_id FROM actors WHERE contains(lower(name), lower($actor))
    UNION SELECT actor_id FROM actor_aliases WHERE contains(lower(alias), lower($actor)))"""
_PLACE_IDS = """(SELECT place_id FROM places WHERE contains(lower(name), lower($place))
    UNION SELECT place_id FROM place_aliases WHERE contains(lower(alias), lower($place)))"""



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


def timeline(con: duckdb.DuckDBPyConnection, f: TimelineFilter) -> Table:
    """One row per event in date order."""
    params: dict = {}
    # An event matches when the period its date may mean overlaps the range: "2011" (a year)
    # is within --from 2011-06.
    where = _where(f, params, {
        "date_from": "e.date_end >= $date_from",
        "date_to": "e.date <= $date_to",
        "actor": f"e.event_id IN (SELECT event_id FROM event_actors WHERE actor_id IN {_ACTOR_IDS})",
        "place": f"e.event_id IN (SELECT event_id FROM event_places WHERE place_id IN {_PLACE_IDS})",
        "source": "e.article_id IN (SELECT article_id FROM articles WHERE contains(lower(source), lower($source)))",
    })
    direction = "DESC" if f.reverse else "ASC"
    limit = _limit_clause(f.limit, params)
    order = f"e.date {direction}, e.event_id {direction}"
    # Only ids and dates are sorted; the sentences and lists come for the rows kept.
    picked = f"SELECT e.event_id, e.date FROM events e WHERE {where} ORDER BY {order} {limit}"
    columns = (f"'e' || e.event_id AS id, {DATE_LABEL} AS date, {_PRECISION} AS precision, e.sentence AS event, "
               "coalesce(al.actors, []) AS actors, coalesce(pl.places, []) AS places, a.source")
    return _table(con, _with_lists(picked, columns, order), params)


def _where(f: TimelineFilter, params: dict, conditions: dict[str, str]) -> str:
    """The WHERE condition of the filters `f` sets, each of `conditions` (filter: SQL reading
    it as $filter), its value added to `params`."""
    where = ["TRUE"]
    for name, sql in conditions.items():
        value = getattr(f, name)
        if value is not None and value != "":
            where.append(sql)
            params[name] = value
    return " AND ".join(where)


def _story_where(f: TimelineFilter, params: dict) -> str:
    """The stories `f` asks for: their day in the range; with an article (main event) naming
    the actor or place, or from the outlet."""
    return _where(f, params, {
        "date_from": "s.date >= $date_from",
        "date_to": "s.date <= $date_to",
        "actor": f"""s.story_id IN (SELECT e.story_id FROM events e JOIN event_actors ea USING (event_id)
                                     WHERE ea.actor_id IN {_ACTOR_IDS})""",
        "place": f"""s.story_id IN (SELECT e.story_id FROM events e JOIN event_places ep USING (event_id)
                                     WHERE ep.place_id IN {_PLACE_IDS})""",
        "source": "s.story_id IN (SELECT story_id FROM articles WHERE contains(lower(source), lower($source)))",
    })


def _stories_sql(f: TimelineFilter, params: dict, columns: str) -> str:
    """Stories in date order (then by id) with the outlets, actors and places of their
    articles, gathered for the stories kept only."""
    direction = "DESC" if f.reverse else "ASC"
    order = f"s.date {direction} NULLS LAST, s.story_id {direction}"
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
                   JOIN event_places ep USING (event_id) JOIN places p USING (place_id) GROUP BY ALL) GROUP BY ALL)
        SELECT {columns}
        FROM picked JOIN stories s USING (story_id) LEFT JOIN src USING (story_id)
        LEFT JOIN al USING (story_id) LEFT JOIN pl USING (story_id)
        ORDER BY {order}"""


def stories(con: duckdb.DuckDBPyConnection, f: TimelineFilter) -> Table:
    """One row per story (happening) by date: its articles and outlets, the first to report it."""
    params: dict = {}
    columns = ("'s' || s.story_id AS id, s.date, s.n_articles AS articles, s.n_outlets AS outlets, s.title, "
               "coalesce(src.outlets, []) AS sources, s.first_source AS first")
    return _table(con, _stories_sql(f, params, columns), params)


def story_timeline(con: duckdb.DuckDBPyConnection, f: TimelineFilter) -> Table:
    """The timeline with one row per happening: its title, main actors and places, and how
    many outlets reported it."""
    params: dict = {}
    columns = ("'s' || s.story_id AS id, s.date, s.precision, s.title AS event, coalesce(al.actors, []) AS actors, "
               "coalesce(pl.places, []) AS places, "
               "'reported by ' || s.n_outlets || CASE WHEN s.n_outlets = 1 THEN ' outlet' ELSE ' outlets' END "
               "|| CASE WHEN s.n_articles > s.n_outlets THEN ' (' || s.n_articles || ' articles)' ELSE '' END AS reported")
    return _table(con, _stories_sql(f, params, columns), params)


def show_story(con: duckdb.DuckDBPyConnection, story_id: int) -> dict:
    """One story: its day, title and counts, and its articles in the order they were published
    (by day: articles of one day by content hash, as the first to report it is chosen)."""
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
            WHERE a.story_id = ? ORDER BY a.published NULLS FIRST, a.content_hash""", [story_id]).fetchall()
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


def _find(con, sql: str, name: str, what: str) -> list[tuple]:
    """Entities whose name is `name` (case-insensitive); else those written so (an alias:
    "Habibie" is the name of one actor and a mention of several); else those whose name or
    mention contains it. `sql` tells the three apart by $match: name, alias or part."""
    for match in ("name", "alias", "part"):
        rows = con.execute(sql, {"name": name, "match": match}).fetchall()
        if rows:
            return rows
    raise NotFoundError(f"no {what} named {name!r}: list them with `events {what}s`")


def actor_detail(con: duckdb.DuckDBPyConnection, name: str) -> Table:
    """One actor's events with the role written there and who else was in them."""
    found = _find(con, """
        SELECT DISTINCT ac.actor_id, ac.name, ac.kind FROM actors ac LEFT JOIN actor_aliases al USING (actor_id)
        WHERE CASE $match WHEN 'name' THEN lower(ac.name) = lower($name)
                          WHEN 'alias' THEN lower(al.alias) = lower($name)
                          ELSE contains(lower(ac.name), lower($name)) OR contains(lower(al.alias), lower($name)) END
        ORDER BY ac.name""", name, "actor")
    ids = [r[0] for r in found]
    picked = """SELECT ea.event_id, e.date, ac.name AS actor, ea.role
                FROM event_actors ea JOIN actors ac USING (actor_id) JOIN events e USING (event_id)
                WHERE ea.actor_id IN (SELECT unnest($ids))"""
    columns = (f"'e' || e.event_id AS id, {DATE_LABEL} AS date, {_PRECISION} AS precision, picked.actor, picked.role, "
               "e.sentence AS event, "
               "list_filter(coalesce(al.actors, []), lambda x: x <> picked.actor) AS \"with\", "
               "coalesce(pl.places, []) AS places, a.source")
    table = _table(con, _with_lists(picked, columns, "e.date, e.event_id"), {"ids": ids})
    table.title = ", ".join(f"{r[1]} ({r[2]})" for r in found)
    roles = con.execute("""
        SELECT r.role, count(*) FROM article_actors aa, unnest(aa.roles) AS r(role)
        WHERE aa.actor_id IN (SELECT unnest($ids)) GROUP BY r.role ORDER BY count(*) DESC, r.role""",
                        {"ids": ids}).fetchall()
    mentions = con.execute("""SELECT m.mention FROM article_actors aa, unnest(aa.mentions) AS m(mention)
        WHERE aa.actor_id IN (SELECT unnest($ids)) GROUP BY m.mention ORDER BY count(*) DESC, m.mention""",
                           {"ids": ids}).fetchall()
    seen_with = con.execute("""
        SELECT ac.name, count(DISTINCT other.event_id) AS n
        FROM event_actors mine JOIN event_actors other USING (event_id) JOIN actors ac ON ac.actor_id = other.actor_id
        WHERE mine.actor_id IN (SELECT unnest($ids)) AND other.actor_id NOT IN (SELECT unnest($ids))
        GROUP BY ac.name ORDER BY n DESC, ac.name LIMIT 10""", {"ids": ids}).fetchall()
    table.notes = [
        "written as: " + ", ".join(m for (m,) in mentions),
        "roles: " + (", ".join(f"{r} ({n})" for r, n in roles) or "none written"),
        "seen with: " + (", ".join(f"{a} ({n})" for a, n in seen_with) or "nobody"),
    ]
    return table


def places(con: duckdb.DuckDBPyConnection, kind: str | None = None, limit: int | None = None) -> Table:
    """Places with kind, country, coordinates, number of events and articles, first and last date."""
    return _table(con, *_entity_stats("place", limit, kind))


def place_detail(con: duckdb.DuckDBPyConnection, name: str) -> Table:
    """The events at one place."""
    found = _find(con, """
        SELECT DISTINCT p.place_id, p.name, p.kind, p.country_code, p.lat, p.lon
        FROM places p LEFT JOIN place_aliases pa USING (place_id)
        WHERE CASE $match WHEN 'name' THEN lower(p.name) = lower($name)
                          WHEN 'alias' THEN lower(pa.alias) = lower($name)
                          ELSE contains(lower(p.name), lower($name)) OR contains(lower(pa.alias), lower($name)) END
        ORDER BY p.name""", name, "place")
    ids = [r[0] for r in found]
    picked = """SELECT ep.event_id, e.date, p.name AS place
                FROM event_places ep JOIN places p USING (place_id) JOIN events e USING (event_id)
                WHERE ep.place_id IN (SELECT unnest($ids))"""
    columns = (f"'e' || e.event_id AS id, {DATE_LABEL} AS date, {_PRECISION} AS precision, picked.place, "
               "e.sentence AS event, "
               "coalesce(al.actors, []) AS actors, a.source")
    table = _table(con, _with_lists(picked, columns, "e.date, e.event_id"), {"ids": ids})
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
               a.article_id, a.title, a.source, a.published, a.origin
        FROM events e JOIN articles a USING (article_id) WHERE e.event_id = ?""", [event_id]).fetchone()
    if row is None:
        raise NotFoundError(f"no event e{event_id}: list events with `events timeline`")
    keys = ["event_id", "kind", "date", "date_end", "date_partial", "precision", "inferred", "date_text", "sentence",
            "article_id", "title", "source", "published", "origin"]
    record = dict(zip(keys, row))
    record["event_id"] = f"e{event_id}"
    record["actors"] = [
        {"name": n, "kind": k, "role": r}
        for n, k, r in con.execute("""SELECT ac.name, ac.kind, ea.role FROM event_actors ea JOIN actors ac USING (actor_id)
                                      WHERE ea.event_id = ? ORDER BY ac.name""", [event_id]).fetchall()
    ]
    record["places"] = [
        {"name": n, "kind": k, "country_code": c, "lat": la, "lon": lo}
        for n, k, c, la, lo in con.execute("""SELECT p.name, p.kind, p.country_code, p.lat, p.lon FROM event_places ep
                                            JOIN places p USING (place_id) WHERE ep.event_id = ? ORDER BY p.name""",
                                           [event_id]).fetchall()
    ]
    return record


def run_sql(con: duckdb.DuckDBPyConnection, sql: str) -> Table:
    """Any SQL the user writes; a read-only connection refuses writes."""
    try:
        cursor = con.execute(sql)
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
        "e.date_end, e.inferred, e.date_partial",
        "e.article_id, e.event_id"), ids)
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
            "main_event": {k: v for k, v in _event_date(main[1], main[2], *main[6:]).items() if k in ("date", "precision")}
            if main else None,
            "events": [
                {**_event_date(d, p, *rest), "kind": k, "summary": s, "actors": a, "places": pl}
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
