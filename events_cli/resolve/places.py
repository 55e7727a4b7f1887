"""Places used as teams: a town's name that the archive's words write as a side of a match.

Sports pages name a club by its town ("Napoli", "Valencia", "Juventus"), and the extraction,
which reads one article, takes the name for the place. This stage, run inside the actors'
resolution of each batch (before it), decides from the whole archive where such a name is a body:

* each article naming a place of kind "city" or "other" is read for the word right before each
  mention of it (and right after): a body's word ("klub X", "melawan X", "pemain X", "markas X",
  "X vs", "Inter X") or a place's ("di X", "kota X", "warga X", "in X"). The article *uses it as a
  team* when only body's words are found there, *as a place* when only place's words are
  (``place_uses.cue``: "body", "place", "both");
* the archive's vote (:func:`vote`, by the rule of an actor's kind, ``actors.name_kind``): a name
  its articles write as a team in at least KIND_MIN_ARTICLES, in KIND_LEAD times the articles
  that write it as a place and in KIND_EVIDENCE of all its articles is a team's name; the other
  way round, a place's name ("Makassar", "Jakarta": "PSM Makassar vs" names the club, and the
  town where it plays);
* the name is an organisation, not a place, in the articles that use it as a team, unless the
  archive's vote says it is a place's name, and, when the vote says it is a team's name, in
  those whose words say nothing either way. Its
  article_places and event_places rows there are set aside (``place_uses.moved``, with the events
  they named) and the article's extraction is given the name as an organisation
  (``extracted_actors``, ``extracted_event_actors``: the actors' stage resolves it with the
  rest); when a later vote says otherwise, they are put back.

Countries, provinces and continents are never taken for a team here (a national side, "melawan
Indonesia", is the country's business), nor the towns of Indonesia, whose clubs its news names with
their own first word ("PSM Makassar", "Persib Bandung": organisations to the extraction already; a
town's name alone there is the town: 1 of 4,319 such article-place rows read on the 19k moved).
Each decision is a function of the counts of the archive, so the order of the articles does not
matter.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

import duckdb

from events_cli import store
from events_cli.errors import NotFoundError, UsageError

CANDIDATE_KINDS = ("city", "other")

# The word right before a name that makes it a side of a match (a club, a team): its kind, a match's
# verbs and prepositions, its players and staff, its ground; in either language.
BODY_BEFORE = frozenset("""
klub club tim team kesebelasan skuad skuat melawan lawan kontra versus vs v menjamu dijamu menghadapi
dihadapi mengalahkan dikalahkan menumbangkan ditumbangkan menundukkan ditundukkan menekuk ditekuk
membekuk dibekuk menaklukkan ditaklukkan membantai dibantai menggasak digasak membela memperkuat
markas kandang suporter against beat
""".split())
# ... and a team's people (and goal), whose word comes before their own names too ("pelatih Napoli",
# "pelatih Julen Lopetegui", "gawang Juventus", "gawang Wojciech Szczesny"): a team's word for a
# name of one word or a town's only
STAFF_BEFORE = frozenset("""
gawang pemain pelatih manajer bek kiper gelandang penyerang striker winger kapten coach manager defender
midfielder goalkeeper captain
""".split())
# A club's own first word, written before its town ("Real Madrid", "Inter Milan", "AC Milan")
CLUB_FIRST = frozenset("Real Atletico Atlético Inter AC AS FC SS Sporting Olympique Borussia Bayern Eintracht "
                       "Dynamo Dinamo Hertha Werder Athletic".split())
# ... and the word right after one side of a match: "Napoli vs Juventus"
BODY_AFTER = frozenset("vs versus kontra v".split())
# The word right before a name that makes it a place (not "dari": a player comes from a club too)
PLACE_BEFORE = frozenset("""
di ke kota menuju warga penduduk tiba asal sekitar dekat wilayah kawasan provinsi negara
in at to into near city town
""".split())

_BEFORE = re.compile(r"([^\W\d_]+)\.?[ \t]+\Z")
_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")
_WORD_CHAR = re.compile(r"\w")


def article_cue(text: str, surfaces, town: bool = False) -> str | None:
    """How an article uses a name written as `surfaces` (its mentions; a `town` of the gazetteer):
    "body" when the words around its mentions are only a team's, "place" when only a place's,
    "both", or None."""
    body = place = False
    for surface in set(surfaces):
        if not surface:
            continue
        staff = town or " " not in surface.strip()
        at = text.find(surface)
        while at != -1:
            end = at + len(surface)
            if (at == 0 or not _WORD_CHAR.match(text[at - 1])) and (end == len(text) or not _WORD_CHAR.match(text[end])):
                m = _BEFORE.search(text, max(0, at - 16), at)
                if m is not None:
                    word = m.group(1)
                    if word in CLUB_FIRST or (word.islower() and (word in BODY_BEFORE or staff and word in STAFF_BEFORE)):
                        body = True  # (not "Jalan Kapten Tendean": a title in a street's name)
                    elif word in PLACE_BEFORE and word.islower():
                        place = True
                after = _AFTER.match(text, end)
                if after is not None and after.group(1).lower() in BODY_AFTER:
                    body = True
            at = text.find(surface, end)
    if body and place:
        return "both"
    return "body" if body else "place" if place else None


def vote(as_team: int, as_place: int, articles: int) -> str | None:
    """What a name `articles` articles name, `as_team` of them as a team and `as_place` as a place,
    is in the archive: "body", "place", or None when its articles' words do not clearly say (the rule
    of ``actors.name_kind``: the use its words give it in KIND_LEAD times the articles that give the
    other, in KIND_MIN_ARTICLES at least and in KIND_EVIDENCE of all its articles)."""
    from events_cli.resolve.actors import KIND_EVIDENCE, KIND_LEAD, KIND_MIN_ARTICLES

    for use, mine, theirs in (("body", as_team, as_place), ("place", as_place, as_team)):
        if mine >= KIND_MIN_ARTICLES and mine >= KIND_LEAD * theirs and mine >= KIND_EVIDENCE * articles:
            return use
    return None


def _actor_name(place: str, mentions) -> str:
    """The name the organisation goes by: the first of the article's forms not in capitals."""
    return next((m for m in mentions if not m.isupper()), place)


def candidates(con: duckdb.DuckDBPyConnection, article_ids) -> list[int]:
    """The places these articles name (or named: set aside) that a vote may concern."""
    return [r[0] for r in con.execute(f"""SELECT place_id FROM article_places JOIN places USING (place_id)
                                          WHERE article_id IN (SELECT unnest($ids)) AND kind IN {CANDIDATE_KINDS}
                                            AND country_code IS DISTINCT FROM 'ID'
                                          UNION SELECT place_id FROM place_uses WHERE article_id IN (SELECT unnest($ids))""",
                                       {"ids": list(article_ids)}).fetchall()]


def resolve(con: duckdb.DuckDBPyConnection, places=()) -> tuple[set[int], set[tuple[str, str]]]:
    """Read the unresolved articles' places, vote again for those places (and for `places`, whose
    articles went: :func:`candidates`), and move the rows the votes now give to the other side.
    Returns the articles resolved before whose extracted actors changed (the actors' stage
    rebuilds their rows) and the names given or taken back there (counted anew). The user's
    corrections are applied to the unresolved articles first."""
    apply_corrections(con)
    rows = con.execute(f"""SELECT ap.article_id, ap.place_id, ap.mentions, a.text, p.kind = 'city' FROM article_places ap
                           JOIN places p USING (place_id) JOIN articles a USING (article_id)
                           WHERE ap.article_id IN (SELECT article_id FROM actors_unresolved)
                             AND p.kind IN {CANDIDATE_KINDS} AND p.country_code IS DISTINCT FROM 'ID'""").fetchall()
    if not rows and not places:
        return set(), set()
    cues = [(a, p, c) for a, p, mentions, text, town in rows if (c := article_cue(text, mentions, town)) is not None]
    if cues:
        # (or ignored: an upgrade from before schema 5 reads every article at version 5 and again at 11)
        store._rows(con, "INSERT OR IGNORE INTO place_uses (article_id, place_id, cue) SELECT a, p, c FROM _batch",
                    dict(zip(("a", "p", "c"), zip(*cues))))
    # (a vote changes only where the words of an article said something, or where articles went; an
    # article that says nothing follows the vote of a name some article writes as a team's)
    said = {p for _, p, _ in cues}
    quiet = sorted({p for _, p, *_ in rows} - said)
    if quiet:
        said |= {r[0] for r in store._rows(con, "SELECT DISTINCT place_id FROM place_uses WHERE cue = 'body' "
                                                "AND place_id IN (SELECT p FROM _batch)", {"p": quiet})}
    touched = sorted(said | set(places))
    if not touched:
        return set(), set()
    return _vote(con, touched)


def _vote(con, touched: list[int]) -> tuple[set[int], set[tuple[str, str]]]:
    """Decide the `touched` places again and move their rows where the decision changed."""
    votes = store._rows(con, """WITH t AS (SELECT id AS place_id FROM _batch),
        u AS (SELECT place_id, count(*) FILTER (cue = 'body') AS body, count(*) FILTER (cue = 'place') AS place,
                     count(*) FILTER (moved) AS moved FROM place_uses WHERE place_id IN (SELECT place_id FROM t) GROUP BY ALL),
        a AS (SELECT place_id, count(*) AS n FROM article_places WHERE place_id IN (SELECT place_id FROM t) GROUP BY ALL)
        SELECT p.place_id, p.name, coalesce(u.body, 0), coalesce(u.place, 0), coalesce(a.n, 0) + coalesce(u.moved, 0)
        FROM places p JOIN t USING (place_id) LEFT JOIN u USING (place_id) LEFT JOIN a USING (place_id)""",
                        {"id": touched})
    names = {v[0]: v[1] for v in votes}
    # where each touched place is a body now: for a team's name, its articles that use it as a team
    # and those that say nothing of it; for a place's name, none ("PSM Makassar vs": the town is
    # named too); else those that use it as a team
    store._rows(con, "CREATE OR REPLACE TEMP TABLE _touched AS SELECT id AS place_id, use FROM _batch",
                {"id": [v[0] for v in votes], "use": [vote(*v[2:]) for v in votes]})
    body = "coalesce(t.use IS DISTINCT FROM 'place' AND u.cue = 'body' OR t.use = 'body' AND u.cue IS NULL, false)"
    wanted = con.execute(f"""
        SELECT ap.article_id, ap.place_id, ap.mentions FROM article_places ap JOIN _touched t USING (place_id)
        LEFT JOIN place_uses u USING (article_id, place_id) WHERE {body}""").fetchall()
    back = con.execute(f"""
        SELECT u.article_id, u.place_id, u.mentions, u.event_ids, u.actor_added, u.events_added, u.name
        FROM place_uses u JOIN _touched t USING (place_id) WHERE u.moved AND NOT {body}""").fetchall()
    con.execute("DROP TABLE _touched")
    if not wanted and not back:
        return set(), set()
    pending = {r[0] for r in con.execute("SELECT article_id FROM actors_unresolved").fetchall()}
    redo, names_changed = set(), set()
    from events_cli.resolve.actors import ORG

    # set aside: the article's and its events' rows of the place, the name given as an organisation
    if wanted:
        store._rows(con, "CREATE OR REPLACE TEMP TABLE _moving AS SELECT a AS article_id, p AS place_id FROM _batch",
                    {"a": [w[0] for w in wanted], "p": [w[1] for w in wanted]})
        events = defaultdict(list)
        for a, p, e in con.execute("""SELECT e.article_id, ep.place_id, ep.event_id FROM event_places ep
                                      JOIN events e USING (event_id) JOIN _moving m USING (article_id, place_id)
                                      ORDER BY ep.event_id""").fetchall():
            events[(a, p)].append(e)
        had = set(con.execute("""SELECT x.article_id, x.name FROM extracted_actors x
                                 WHERE x.kind = 'organization' AND x.article_id IN (SELECT article_id FROM _moving)""").fetchall())
        had_events = set(con.execute("""SELECT x.event_id, x.name FROM extracted_event_actors x JOIN events e USING (event_id)
                                        WHERE x.kind = 'organization' AND e.article_id IN (SELECT article_id FROM _moving)""").fetchall())
        uses, actor_rows, event_rows = [], [], []
        for a, p, mentions in wanted:
            name = _actor_name(names[p], mentions)
            evs = events[(a, p)]
            added_actor = (a, name) not in had
            if added_actor:
                actor_rows.append((a, name, ORG, list(mentions), [], False))
            added = [e for e in evs if (e, name) not in had_events]
            event_rows += [(e, name, ORG, None, "other") for e in added]
            uses.append((a, p, list(mentions), evs, added_actor, added, name))
            if a not in pending:  # (a pending article's rows are counted with the batch's)
                names_changed.add((name, ORG))
                redo.add(a)
        con.execute("""DELETE FROM event_places WHERE (event_id, place_id) IN
                       (SELECT (ep.event_id, ep.place_id) FROM event_places ep JOIN events e USING (event_id)
                        JOIN _moving m USING (article_id, place_id))""")
        con.execute("DELETE FROM article_places WHERE (article_id, place_id) IN (SELECT (article_id, place_id) FROM _moving)")
        con.execute("DROP TABLE _moving")
        if actor_rows:
            store._insert(con, "extracted_actors", ["article_id", "name", "kind", "mentions", "roles", "cued"], actor_rows)
        if event_rows:
            store._insert(con, "extracted_event_actors", ["event_id", "name", "kind", "role", "part"], event_rows)
        # (an article whose words said nothing has no row yet)
        store._rows(con, """INSERT INTO place_uses (article_id, place_id, cue) SELECT a, p, NULL FROM _batch
                            WHERE (a, p) NOT IN (SELECT (article_id, place_id) FROM place_uses)""",
                    {"a": [u[0] for u in uses], "p": [u[1] for u in uses]})
        store._rows(con, """UPDATE place_uses SET moved = true, mentions = b.m, event_ids = b.e, actor_added = b.x,
                                   events_added = b.y, name = b.n FROM _batch b
                            WHERE place_uses.article_id = b.a AND place_uses.place_id = b.p""",
                    dict(zip(("a", "p", "m", "e", "x", "y", "n"), zip(*uses))))
    # put back: the place's rows as the extraction wrote them, the organisation's rows this stage added taken out
    if back:
        store._insert(con, "article_places", ["article_id", "place_id", "mentions"], [(a, p, m) for a, p, m, *_ in back])
        store._insert(con, "event_places", ["event_id", "place_id"], [(e, p) for _, p, _, evs, *_ in back for e in evs])
        gone_actors = [(a, n) for a, _, _, _, x, _, n in back if x]
        if gone_actors:
            store._rows(con, """DELETE FROM extracted_actors WHERE kind = 'organization'
                                AND (article_id, name) IN (SELECT (a, n) FROM _batch)""",
                        {"a": [g[0] for g in gone_actors], "n": [g[1] for g in gone_actors]})
        gone_events = [(e, n) for *_, y, n in back for e in y]
        if gone_events:
            store._rows(con, """DELETE FROM extracted_event_actors WHERE kind = 'organization'
                                AND (event_id, name) IN (SELECT (e, n) FROM _batch)""",
                        {"e": [g[0] for g in gone_events], "n": [g[1] for g in gone_events]})
        store._rows(con, """UPDATE place_uses SET moved = false, mentions = NULL, event_ids = NULL, actor_added = NULL,
                                   events_added = NULL, name = NULL FROM _batch b
                            WHERE place_uses.article_id = b.a AND place_uses.place_id = b.p""",
                    {"a": [b[0] for b in back], "p": [b[1] for b in back]})
        con.execute("DELETE FROM place_uses WHERE cue IS NULL AND NOT moved")  # (as if never set aside)
        for a, _, _, _, _, _, n in back:
            if a not in pending:
                names_changed.add((n, ORG))
                redo.add(a)
    store.refresh_stats(con, actor_ids=(), place_ids=sorted({w[1] for w in wanted} | {b[1] for b in back}))
    return redo, names_changed


# --- the user's corrections ------------------------------------------------------------------------
# (`events places forget|merge|set`, kept in place_corrections: applied to every stored article when
# made, and to each article written afterwards, re-extracted ones too, before the teams' vote reads it)

KINDS = ("country", "province", "region", "city", "regency", "district", "facility", "landmark", "continent", "other")
_CHAIN_LIMIT = 64  # (a chain of merges longer than any a user makes: a guard, not a rule)


def corrections(con: duckdb.DuckDBPyConnection) -> dict[tuple[str, str], tuple | None]:
    """What each corrected place becomes, by its name in lower case and its kind (a place's names
    in other cases are the same place: "kompleks Parlemen"): None (no place), or (name, kind,
    {column: value} to set on it). The last correction of a place wins; merges follow each other
    ("A into B", "B into C": A is C); a merge that would close a circle undoes the older link."""
    nxt: dict[tuple[str, str], tuple[str, str] | None] = {}
    fields: dict[tuple[str, str], dict] = {}
    written: dict[tuple[str, str], str] = {}  # the name a place goes by, as the user's correction wrote it
    for action, name, kind, target, target_kind, cc, lat, lon in con.execute(
            "SELECT action, name, kind, target, target_kind, country_code, lat, lon FROM place_corrections "
            "ORDER BY correction_id").fetchall():
        key = (name.lower(), kind)
        if action == "forget":
            nxt[key] = None
            continue
        goal = (target.lower(), target_kind) if action == "merge" else (name.lower(), target_kind or kind)
        written[goal] = target if action == "merge" else name
        if action == "set":
            values = {c: v for c, v in (("country_code", cc), ("lat", lat), ("lon", lon)) if v is not None}
            fields.setdefault(goal, {}).update(values)
        if goal == key:
            nxt.pop(key, None)  # (a place set back to its own kind is itself again)
            continue
        chain = _chain(nxt, goal)
        if key in chain:  # a circle: the link into `key` goes, the newest correction wins
            del nxt[chain[chain.index(key) - 1]]
        nxt[key] = goal
    out: dict[tuple[str, str], tuple | None] = {}
    for key in set(nxt) | set(fields):
        node = _chain(nxt, key)[-1]
        out[key] = None if nxt.get(node, node) is None else (written.get(node, node[0]), node[1], fields.get(node, {}))
    return out


def _chain(nxt: dict, node: tuple[str, str]) -> list[tuple[str, str]]:
    """The places `node` leads to by the merges in `nxt`, itself first, up to one that leads nowhere
    further (itself, or None: no place)."""
    chain = [node]
    for _ in range(_CHAIN_LIMIT):
        step = nxt.get(node, node)
        if step is None or step == node:
            break
        chain.append(step)
        node = step
    return chain


def apply_corrections(con: duckdb.DuckDBPyConnection, articles: str = "SELECT article_id FROM actors_unresolved") -> set[int]:
    """Give the articles (`articles`: SQL of their ids) the corrected places: a forgotten place's
    rows go, a merged one's become its target's (one row an article or event, the forms written
    kept), a place set to another kind becomes that place, and a place's fields set are written on
    it. Returns the ids of the places whose rows changed (counted anew here; a place no article
    names any more goes). Runs inside the caller's transaction."""
    fixes = corrections(con)
    if not fixes:
        return set()
    keys = list(fixes)
    stored = store._rows(con, "SELECT p.place_id, p.name, p.kind, p.country_code, p.lat, p.lon FROM places p "
                              "JOIN _batch b ON lower(p.name) = b.name AND p.kind = b.kind",
                         {"name": [k[0] for k in keys], "kind": [k[1] for k in keys]})
    moves = {}
    for row in stored:
        fix = fixes.get((row[1].lower(), row[2]))
        if fix is None and (row[1].lower(), row[2]) not in fixes:
            continue  # (DuckDB's lower and Python's differ on some letters)
        if fix is not None and (fix[0], fix[1]) == (row[1], row[2]):
            # the place itself: the fields set on it (a place moved keeps its own where none is set)
            values = {c: fix[2].get(c, old) for c, old in zip(("country_code", "lat", "lon"), row[3:])}
            if tuple(values.values()) != tuple(row[3:]):
                con.execute("UPDATE places SET country_code = $country_code, lat = $lat, lon = $lon WHERE place_id = $id",
                            {**values, "id": row[0]})
        else:
            moves[row[0]] = fix
    if not moves:
        return set()
    store._rows(con, "CREATE OR REPLACE TEMP TABLE _fixed AS SELECT p AS place_id FROM _batch", {"p": list(moves)})
    touched = {r[0] for r in con.execute(f"""SELECT place_id FROM article_places WHERE place_id IN (SELECT place_id FROM _fixed)
                                               AND article_id IN ({articles})
                                             UNION SELECT place_id FROM place_uses WHERE place_id IN (SELECT place_id FROM _fixed)
                                               AND article_id IN ({articles})""").fetchall()}
    if not touched:
        con.execute("DROP TABLE _fixed")
        return set()
    targets: dict[int, int | None] = {}
    for place_id in sorted(touched):
        fix = moves[place_id]
        if fix is None:
            targets[place_id] = None
            continue
        name, kind, values = fix
        found = con.execute("SELECT place_id FROM places WHERE name = ? AND kind = ?", [name, kind]).fetchone()
        if found is None:  # (a kind set anew: the place keeps its point unless one was given)
            old = next(r for r in stored if r[0] == place_id)
            point = {"country_code": old[3], "lat": old[4], "lon": old[5], **values}
            new_id = con.execute("SELECT nextval('place_ids')").fetchone()[0]
            con.execute("INSERT INTO places (place_id, name, kind, country_code, lat, lon) VALUES (?, ?, ?, ?, ?, ?)",
                        [new_id, name, kind, point["country_code"], point["lat"], point["lon"]])
            found = (new_id,)
        targets[place_id] = found[0]
    store._rows(con, "CREATE OR REPLACE TEMP TABLE _moves AS SELECT p AS place_id, t AS target FROM _batch",
                {"p": list(targets), "t": list(targets.values())})
    # the articles' rows: to the target (the forms of both kept when the article names it too), or gone
    con.execute(f"""CREATE OR REPLACE TEMP TABLE _rows AS
                    SELECT ap.article_id, m.target, ap.mentions FROM article_places ap JOIN _moves m USING (place_id)
                    WHERE ap.article_id IN ({articles})""")
    con.execute(f"""CREATE OR REPLACE TEMP TABLE _erows AS
                    SELECT DISTINCT ep.event_id, m.target FROM event_places ep JOIN _moves m USING (place_id)
                    JOIN events e USING (event_id) WHERE e.article_id IN ({articles}) AND m.target IS NOT NULL""")
    con.execute(f"""DELETE FROM event_places WHERE place_id IN (SELECT place_id FROM _moves)
                    AND event_id IN (SELECT event_id FROM events WHERE article_id IN ({articles}))""")
    con.execute(f"""DELETE FROM article_places WHERE place_id IN (SELECT place_id FROM _moves)
                    AND article_id IN ({articles})""")
    con.execute(f"""DELETE FROM place_uses WHERE place_id IN (SELECT place_id FROM _moves)
                    AND article_id IN ({articles})""")
    con.execute("""INSERT INTO place_aliases SELECT DISTINCT r.target, m FROM (SELECT target, unnest(mentions) AS m
                   FROM _rows WHERE target IS NOT NULL) r ON CONFLICT DO NOTHING""")
    con.execute("""CREATE OR REPLACE TEMP TABLE _rows AS
                   SELECT r.article_id, r.target, list_distinct(flatten(list(r.mentions))) AS mentions
                   FROM (SELECT * FROM _rows WHERE target IS NOT NULL
                         UNION ALL SELECT article_id, place_id, mentions FROM article_places
                         WHERE (article_id, place_id) IN (SELECT (article_id, target) FROM _rows)) r GROUP BY ALL""")
    con.execute("DELETE FROM article_places WHERE (article_id, place_id) IN (SELECT (article_id, target) FROM _rows)")
    con.execute("INSERT INTO article_places SELECT article_id, target, mentions FROM _rows")
    con.execute("""INSERT INTO event_places SELECT event_id, target FROM _erows
                   WHERE (event_id, target) NOT IN (SELECT (event_id, place_id) FROM event_places)""")
    changed = set(targets) | {t for t in targets.values() if t is not None}
    store.refresh_stats(con, actor_ids=(), place_ids=sorted(changed))
    # a place no article names any more (nor has set aside as a team's name) is no place of the archive
    con.execute("""DELETE FROM place_aliases WHERE place_id IN (SELECT place_id FROM _moves) AND place_id NOT IN
                   (SELECT place_id FROM article_places UNION ALL SELECT place_id FROM place_uses)""")
    con.execute("""DELETE FROM places WHERE place_id IN (SELECT place_id FROM _moves) AND place_id NOT IN
                   (SELECT place_id FROM article_places UNION ALL SELECT place_id FROM place_uses)""")
    for table in ("_fixed", "_moves", "_rows", "_erows"):
        con.execute(f"DROP TABLE {table}")
    return changed


def find(con: duckdb.DuckDBPyConnection, name: str, kind: str | None = None) -> tuple[str, str]:
    """The stored place (name, kind) called `name` (any case; or written so in some article), of
    `kind` when given; a clear error when there is none, or several and no kind to choose."""
    if kind is not None and kind not in KINDS:
        raise UsageError(f"--kind must be one of {', '.join(KINDS)}")
    # (one row a name in lower case and kind: the name written in the most articles)
    rows = con.execute("""SELECT arg_max(name, n_articles), kind FROM places WHERE lower(name) = lower($name)
                          AND n_articles > 0 AND ($kind IS NULL OR kind = $kind) GROUP BY lower(name), kind ORDER BY 2""",
                       {"name": name, "kind": kind}).fetchall()
    if not rows:
        rows = con.execute("""SELECT arg_max(p.name, p.n_articles), p.kind FROM place_aliases a JOIN places p USING (place_id)
                              WHERE lower(a.alias) = lower($name) AND p.n_articles > 0 AND ($kind IS NULL OR p.kind = $kind)
                              GROUP BY lower(p.name), p.kind ORDER BY 2, 1""", {"name": name, "kind": kind}).fetchall()
    if not rows:
        raise NotFoundError(f"no place {name!r}{f' of kind {kind}' if kind else ''}: see `events places`")
    if len(rows) > 1:
        raise UsageError(f"{name!r} is {len(rows)} places ({', '.join(f'{n}, {k}' for n, k in rows)}): "
                         f"choose one with --kind")
    return rows[0]


def correct(con: duckdb.DuckDBPyConnection, action: str, name: str, kind: str | None = None, *,
            target: str | None = None, target_kind: str | None = None, new_kind: str | None = None,
            country: str | None = None, lat: float | None = None, lon: float | None = None) -> str:
    """Record a correction of a place (forget, merge into `target`, set its kind, country or
    point), make every stored article say so, and return the one-line outcome."""
    from events_cli.resolve import actors

    place = find(con, name, kind)
    goal = None
    if action == "merge":
        goal = find(con, target, target_kind)
        if (goal[0].lower(), goal[1]) == (place[0].lower(), place[1]):
            raise UsageError("merge needs two different places")
    elif action == "set":
        if new_kind is not None and new_kind not in KINDS:
            raise UsageError(f"--to-kind must be one of {', '.join(KINDS)}")
        if country is not None and not re.fullmatch(r"[A-Za-z]{2}", country):
            raise UsageError(f"--country takes a two-letter ISO 3166-1 code (ID, MY, US), not {country!r}")
        if (lat is None) != (lon is None):
            raise UsageError("--lat and --lon go together")
        if lat is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise UsageError(f"{lat}, {lon} is no point: latitude within -90..90, longitude within -180..180")
        if new_kind is None and country is None and lat is None:
            raise UsageError("nothing to set: give --to-kind, --country or --lat and --lon")
        country = country.upper() if country else None
    con.begin()
    try:
        con.execute("""INSERT INTO place_corrections (action, name, kind, target, target_kind, country_code, lat, lon, made_at)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    [action, *place, *(goal or (None, new_kind if new_kind != place[1] else None)), country, lat, lon,
                     dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)])
        n = con.execute("SELECT count(DISTINCT article_id) FROM article_places JOIN places USING (place_id) "
                        "WHERE lower(name) = lower(?) AND kind = ?", place).fetchone()[0]
        changed = apply_corrections(con, "SELECT article_id FROM articles")
        if changed:  # (the teams' vote of the places concerned is taken again, and their names resolved)
            actors.resolve(con, sorted(changed))
        con.commit()
    except BaseException:
        store._rollback(con)
        raise
    where = f"{place[0]} ({place[1]})"
    articles = f"{n} article{'s' if n != 1 else ''}"
    if action == "forget":
        return f"forgot {where}: no place; {articles} no longer name it"
    if action == "merge":
        return f"merged {where} into {goal[0]} ({goal[1]}): {articles}"
    row = con.execute("SELECT name, kind, country_code, lat, lon FROM places WHERE name = ? AND kind = ?",
                      [place[0], new_kind or place[1]]).fetchone()
    point = "no point" if row[3] is None else f"{row[3]:.4f}, {row[4]:.4f}"
    return f"set {where}: {row[0]} ({row[1]}), country {row[2] or '-'}, {point}; {articles}"
