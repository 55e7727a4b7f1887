"""Generate a large events database (default 1,000,000 events) for the query benchmarks.

The schema is the project's own (events_cli.store.connect applies schema.sql); every table is
then filled by DuckDB alone with INSERT ... SELECT over range(), no Python loop:

- articles: --events/5 of them, 8 outlets of unequal size, published 2015-01-01..2025-12-31,
  short synthetic texts (the queries never read them).
- events: 1-9 per article (5 on average), the first one `main` on the publication date, the
  others mostly in the two years before it; precision 75% day, 17% month, 8% year (dates at
  the start of their month or year, date_end at its end); sentences of ~20 words.
- actors (--events/20, 70% people, 30% organisations) and places (--events/50, gazetteer-like
  kinds, 80% in Indonesia) with Zipf popularity (rank r drawn with probability ~ 1/r), made-up
  but word-like unique names ("Sukarwan Tamidi", "Partai Bedalo").
- article_actors: 2-7 per article, with mentions (full name, and the last name for people) and a
  role for a third of the people; event_actors: 1-4 per event out of its article's actors.
- article_places: 0-4 per article; event_places: 0-3 per event out of its article's places.
- related_links: 0-3 per article, 40% resolved to another article.
- actor_aliases/place_aliases, when the schema has them as tables: the distinct mentions.
- stories: every article in one (30% join one of the two articles before), with the words of
  its titles as its centroid (story_terms), the main events' story set.
- schema 5: the actors are stored as the extraction's names (extracted_actors,
  extracted_event_actors) and resolved across the archive as an upgrade does.

Pseudo-random values come from hash(), so the same --events gives the same database on every
run and machine. The sequences are advanced past the ids used, so `events import` still works.

    python bench/gen_events.py [--events 1000000] [--db bench-1m.duckdb] [--force]
"""
from __future__ import annotations

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from bench._common import record  # noqa: E402

SYLLABLES = ["ba", "da", "ka", "la", "ma", "na", "ra", "sa", "ta", "wa", "bu", "du", "ku", "lu", "mu", "nu",
             "ru", "su", "tu", "yu", "di", "ki", "li", "mi", "ni", "ri", "si", "ti", "wi", "jo", "ko", "lo",
             "mo", "no", "ro", "so", "to", "han", "man", "yan"]
WORDS = ["presiden", "menteri", "rapat", "warga", "kota", "polisi", "banjir", "pemilu", "harga", "pasar",
         "sekolah", "jalan", "proyek", "bantuan", "sidang", "kasus", "gempa", "pertemuan", "kebijakan", "pajak",
         "dalam", "pada", "dengan", "untuk", "yang", "di", "ke", "dari", "oleh", "telah", "akan", "mengatakan",
         "menyampaikan", "meresmikan", "menghadiri", "bertemu", "membahas", "menolak", "mendukung", "melaporkan",
         "tahun", "bulan", "pekan", "lalu", "ini", "daerah", "nasional", "pemerintah", "anggaran", "program"]
OUTLETS = ["detik.com", "kompas.com", "tribunnews.com", "antaranews.com", "jabarekspres.com", "liputan6.com",
           "cnnindonesia.com", "tempo.co"]
ROLES = ["Presiden", "Menteri Keuangan", "Gubernur", "Bupati", "Wali Kota", "Ketua DPR", "Kapolda", "Juru Bicara",
         "Direktur Utama", "Ketua Umum", "Menteri Luar Negeri", "Kepala Dinas"]
ORG_PREFIXES = ["Partai", "Kementerian", "PT", "Komisi", "Badan", "Universitas", "Polda", "Dinas", "Yayasan", "Bank"]
PLACE_KINDS = ["country"] * 1 + ["province"] * 2 + ["region"] * 5 + ["city"] * 20 + ["regency"] * 25 + \
              ["district"] * 30 + ["facility"] * 9 + ["landmark"] * 8
COUNTRIES = ["ID"] * 16 + ["MY", "SG", "US", "CN", "RU", "JP", "AU", "SA", "KR", "GB"]


def lit(values: list[str]) -> str:
    return "[" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + "]"


def caps(values: list[str]) -> list[str]:
    return [v[0].upper() + v[1:] for v in values]


MACROS = f"""
-- u(x, salt): a uniform number in [0, 1) drawn from hash(), the same on every run.
CREATE OR REPLACE TEMP MACRO u(x, salt) AS (hash(x, salt) % 1000003)::DOUBLE / 1000003;
-- zipf(x, salt, m): a rank in 1..m, rank r with probability ~ 1/r (log-uniform).
CREATE OR REPLACE TEMP MACRO zipf(x, salt, m) AS least(m, floor(exp(u(x, salt) * ln(m + 1)))::BIGINT);
CREATE OR REPLACE TEMP MACRO pick(list, x, salt) AS list[1 + (hash(x, salt) % len(list))::BIGINT];
-- word(i): a unique capitalised made-up word for every i < 2,560,000: the digits in base 40 of
-- i scrambled (i * 7919 mod 64000 is a bijection, 7919 being prime to 64000) read as syllables.
CREATE OR REPLACE TEMP MACRO word(i) AS
    {lit(caps(SYLLABLES))}[1 + (i * 7919 % 64000) % 40] || {lit(SYLLABLES)}[1 + (i * 7919 % 64000 // 40) % 40]
    || {lit(SYLLABLES)}[1 + (i * 7919 % 64000 // 1600) % 40] || CASE WHEN i >= 64000 THEN {lit(SYLLABLES)}[1 + (i // 64000) % 40] ELSE '' END;
CREATE OR REPLACE TEMP MACRO surname(x) AS
    {lit(caps(SYLLABLES))}[1 + (hash(x, 1) % 40)::BIGINT] || {lit(SYLLABLES)}[1 + (hash(x, 2) % 40)::BIGINT] || {lit(SYLLABLES)}[1 + (hash(x, 3) % 40)::BIGINT];
CREATE OR REPLACE TEMP MACRO words(x, n) AS array_to_string(list_transform(range(n), lambda k: pick({lit(WORDS)}, x, 100 + k)), ' ');
"""


def steps(n_events: int) -> list[tuple[str, str]]:
    n_articles = max(1, n_events // 5)
    n_actors = max(10, n_events // 20)
    n_places = max(10, n_events // 50)
    return [
        ("articles", f"""
        INSERT INTO articles (article_id, origin, external_id, url, source, title, published, language,
                              dateline_place, text, content_hash, dedup_key, imported_at)
        SELECT i, 'bench/gen', NULL, url, source, title, published, lang, NULL, text, sha256(text), 'url:' || url,
               TIMESTAMP '2025-12-31 00:00:00'
        FROM (
            SELECT i, pick({lit(OUTLETS[:3])} || {lit(OUTLETS)}, i, 10) AS source,
                   'https://' || source || '/read/' || i AS url,
                   upper(words(i, 1)[1]) || words(i, 1)[2:] || ' ' || words(i * 7, 6 + (hash(i, 11) % 5)::INT) AS title,
                   DATE '2015-01-01' + (hash(i, 12) % 4018)::INT AS published,
                   CASE WHEN u(i, 13) < 0.9 THEN 'id' ELSE 'en' END AS lang,
                   title || '. ' || words(i * 13, 20) AS text
            FROM range(1, {n_articles} + 1) r(i)
        )"""),
        ("actors", f"""
        INSERT INTO actors (actor_id, name, kind)
        SELECT i, CASE WHEN kind = 'person' THEN word(i) || ' ' || surname(i)
                       ELSE pick({lit(ORG_PREFIXES)}, i, 21) || ' ' || word(i) END, kind
        FROM (SELECT i, CASE WHEN u(i, 20) < 0.7 THEN 'person' ELSE 'organization' END AS kind
              FROM range(1, {n_actors} + 1) r(i))"""),
        ("places", f"""
        INSERT INTO places (place_id, name, kind, country_code, lat, lon)
        SELECT i, word(i) || CASE WHEN u(i, 31) < 0.3 THEN ' ' || surname(i) ELSE '' END,
               pick({lit(PLACE_KINDS)}, i, 30), pick({lit(COUNTRIES)}, i, 32),
               round(-11 + 17 * u(i, 33), 4), round(95 + 46 * u(i, 34), 4)
        FROM range(1, {n_places} + 1) r(i)"""),
        # Which actors and places each article names: Zipf-popular, 2-7 actors and 0-4 places.
        ("article_actors", f"""
        INSERT INTO article_actors (article_id, actor_id, mentions, roles)
        SELECT g.article_id, g.actor_id,
               CASE WHEN ac.kind = 'person' AND u(g.article_id * 31 + g.actor_id, 41) < 0.6
                    THEN [ac.name, split_part(ac.name, ' ', 2)] ELSE [ac.name] END,
               CASE WHEN ac.kind = 'person' AND u(g.article_id * 31 + g.actor_id, 42) < 0.33
                    THEN [pick({lit(ROLES)}, g.actor_id, 43)] ELSE [] END
        FROM (SELECT DISTINCT article_id, zipf(article_id * 8 + k, 40, {n_actors}) AS actor_id
              FROM (SELECT i AS article_id, unnest(range(2 + (hash(i, 44) % 6)::INT)) AS k
                    FROM range(1, {n_articles} + 1) r(i))) g
        JOIN actors ac USING (actor_id)"""),
        ("article_places", f"""
        INSERT INTO article_places (article_id, place_id, mentions)
        SELECT g.article_id, g.place_id, [p.name]
        FROM (SELECT DISTINCT article_id, zipf(article_id * 8 + k, 50, {n_places}) AS place_id
              FROM (SELECT i AS article_id, unnest(range((hash(i, 51) % 5)::INT)) AS k
                    FROM range(1, {n_articles} + 1) r(i))) g
        JOIN places p USING (place_id)"""),
        # 1-9 events an article (5 on average), numbered in article order; cut at --events.
        ("events", f"""
        INSERT INTO events (event_id, article_id, date, date_end, precision, kind, sentence, date_text, inferred)
        SELECT event_id, article_id, date, date_end, precision, kind, sentence,
               CASE WHEN kind = 'main' AND u(event_id, 60) < 0.2 THEN NULL
                    WHEN precision = 'day' THEN strftime(date, '%-d %B %Y')
                    WHEN precision = 'month' THEN strftime(date, '%B %Y') ELSE strftime(date, '%Y') END,
               NOT (kind = 'main') AND u(event_id, 61) < 0.15
        FROM (
            SELECT *, CASE precision WHEN 'day' THEN raw WHEN 'month' THEN date_trunc('month', raw)::DATE
                                     ELSE date_trunc('year', raw)::DATE END AS date,
                      CASE precision WHEN 'day' THEN raw WHEN 'month' THEN last_day(raw)
                                     ELSE make_date(year(raw), 12, 31) END AS date_end
            FROM (
                SELECT event_id, article_id, kind,
                       CASE WHEN kind = 'main' THEN published
                            ELSE greatest(DATE '2015-01-01', least(DATE '2025-12-31',
                                 published - (730 * u(event_id, 62) ^ 2)::INT + (u(event_id, 63) < 0.1)::INT * 60))
                       END AS raw,
                       CASE WHEN kind = 'main' OR u(event_id, 64) < 0.75 THEN 'day'
                            WHEN u(event_id, 65) < 0.68 THEN 'month' ELSE 'year' END AS precision,
                       upper(words(event_id, 1)[1]) || words(event_id, 1)[2:] || ' '
                           || words(event_id * 3, 14 + (hash(event_id, 66) % 12)::INT) || '.' AS sentence
                FROM (
                    SELECT row_number() OVER (ORDER BY article_id, k) AS event_id, article_id, published,
                           CASE WHEN k = 0 THEN 'main' ELSE 'other' END AS kind
                    FROM (SELECT article_id, published, unnest(range(1 + (hash(article_id, 67) % 9)::INT)) AS k
                          FROM articles)
                ) WHERE event_id <= {n_events}
            )
        )"""),
        ("trim articles", "DELETE FROM articles WHERE article_id > (SELECT max(article_id) FROM events)"),
        ("event_actors", """
        INSERT INTO event_actors (event_id, actor_id, role)
        SELECT event_id, actor_id, any_value(role)
        FROM (
            SELECT e.event_id, aa.actor_id,
                   CASE WHEN u(e.event_id * 7 + aa.actor_id, 71) < 0.5 THEN aa.roles[1] END AS role
            FROM (SELECT event_id, article_id, unnest(range(1 + (hash(event_id, 72) % 4)::INT)) AS k FROM events) e
            JOIN (SELECT article_id, actor_id, roles, row_number() OVER (PARTITION BY article_id ORDER BY actor_id) AS pos,
                         count(*) OVER (PARTITION BY article_id) AS n FROM article_actors) aa
              ON aa.article_id = e.article_id AND aa.pos = 1 + hash(e.event_id, 73 + e.k) % aa.n
        ) GROUP BY event_id, actor_id"""),
        ("event_places", """
        INSERT INTO event_places (event_id, place_id)
        SELECT DISTINCT e.event_id, ap.place_id
        FROM (SELECT event_id, article_id, unnest(range((hash(event_id, 81) % 4)::INT)) AS k FROM events) e
        JOIN (SELECT article_id, place_id, row_number() OVER (PARTITION BY article_id ORDER BY place_id) AS pos,
                     count(*) OVER (PARTITION BY article_id) AS n FROM article_places) ap
          ON ap.article_id = e.article_id AND ap.pos = 1 + hash(e.event_id, 82 + e.k) % ap.n"""),
        ("related_links", f"""
        INSERT INTO related_links (article_id, position, title, url, target_article_id)
        SELECT l.article_id, l.position, coalesce(t.title, 'Berita ' || words(l.article_id * 5 + l.position, 7)),
               NULL, t.article_id
        FROM (SELECT article_id, k + 1 AS position,
                     CASE WHEN u(article_id * 4 + k, 91) < 0.4
                          THEN 1 + hash(article_id, 92 + k) % (SELECT max(article_id) FROM articles) END AS target
              FROM (SELECT article_id, unnest(range((hash(article_id, 93) % 4)::INT)) AS k FROM articles)) l
        LEFT JOIN articles t ON t.article_id = l.target AND t.article_id <> l.article_id"""),
        # Stories of one to three articles (30% of articles join an earlier one), as the stories stage leaves them
        # (so that an import into the archive finds none to catch up on), each with its title's
        # words as its centroid.
        ("stories", """
        UPDATE articles SET story_id = article_id - (hash(article_id, 101) % 3)::INT
                                        * (u(article_id, 102) < 0.3)::INT"""),
        ("stories table", """
        INSERT INTO stories (story_id, date, precision, title, n_articles, n_outlets, first_article_id, first_source)
        SELECT story_id, arg_min(published, article_id), 'day', arg_min(title, article_id), count(*),
               count(DISTINCT source), min(article_id), arg_min(source, article_id)
        FROM articles GROUP BY story_id"""),
        ("story_terms", """
        INSERT INTO story_terms (story_id, term, weight)
        SELECT story_id, term, count(*) FROM (SELECT story_id, unnest(list_distinct(string_split(lower(title), ' '))) AS term
                                              FROM articles) WHERE term <> '' GROUP BY ALL"""),
        ("main events' stories", """
        UPDATE events SET story_id = a.story_id FROM articles a
        WHERE events.article_id = a.article_id AND events.kind = 'main'"""),
        # Advance the sequences past the ids used, as if the rows had been imported.
        ("sequences", """
        SELECT (SELECT max(nextval('story_ids')) FROM range((SELECT max(story_id) FROM stories))),
               (SELECT max(nextval('article_ids')) FROM range((SELECT max(article_id) FROM articles))),
               (SELECT max(nextval('event_ids')) FROM range((SELECT max(event_id) FROM events))),
               (SELECT max(nextval('actor_ids')) FROM range((SELECT max(actor_id) FROM actors))),
               (SELECT max(nextval('place_ids')) FROM range((SELECT max(place_id) FROM places)))"""),
    ]


def fill_alias_tables(con, verbose: bool) -> None:
    """Newer schemas keep the forms names were written in as tables (older ones as views over
    article_actors/article_places): fill them from the mentions when they are tables."""
    for table, source, id_column in (("actor_aliases", "article_actors", "actor_id"),
                                     ("place_aliases", "article_places", "place_id")):
        kind = con.execute("SELECT table_type FROM information_schema.tables WHERE table_name = ?", [table]).fetchone()
        if not kind or kind[0] != "BASE TABLE":
            continue
        columns = {r[0] for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]).fetchall()}
        if columns != {id_column, "alias"}:
            print(f"  warning: {table} has columns {sorted(columns)}, not ({id_column}, alias): left empty")
            continue
        t0 = time.perf_counter()
        con.execute(f"INSERT INTO {table} ({id_column}, alias) SELECT DISTINCT {id_column}, unnest(mentions) FROM {source}")
        if verbose:
            print(f"  {table:<15} {time.perf_counter() - t0:6.2f} s")


def resolve_actors(con, verbose: bool) -> None:
    """Schema 5 keeps the actors as extracted apart from the actors they resolve to: store the
    generated actors as the extraction's names, and resolve them all, as an upgrade does
    (events_cli/resolve/actors.py)."""
    if "extracted_actors" not in {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}:
        return
    from events_cli.resolve import actors

    t0 = time.perf_counter()
    con.execute("""INSERT INTO extracted_actors (article_id, name, kind, mentions, roles) SELECT aa.article_id, ac.name, ac.kind, aa.mentions, aa.roles
                   FROM article_actors aa JOIN actors ac USING (actor_id)""")
    con.execute("""INSERT INTO extracted_event_actors SELECT ea.event_id, ac.name, ac.kind, ea.role, ea.part
                   FROM event_actors ea JOIN actors ac USING (actor_id)""")
    con.execute("INSERT INTO actors_unresolved SELECT article_id FROM articles")
    actors.resolve(con)
    con.execute("DELETE FROM actors WHERE actor_id NOT IN (SELECT actor_id FROM actor_names WHERE actor_id IS NOT NULL)")
    if verbose:
        print(f"  {'actor identity':<15} {time.perf_counter() - t0:6.2f} s")


def generate(db: str, n_events: int, verbose: bool = True) -> dict[str, int]:
    from events_cli.store import TABLES, connect, index_terms, refresh_stats, sort_terms_when_due, table_counts

    con = connect(db)
    try:
        if any(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES):
            raise SystemExit(f"{db} is not empty: use --force to start from a fresh file")
        con.execute(MACROS)
        con.begin()
        for name, sql in steps(n_events):
            t0 = time.perf_counter()
            con.execute(sql)
            if verbose:
                print(f"  {name:<15} {time.perf_counter() - t0:6.2f} s")
        fill_alias_tables(con, verbose)
        resolve_actors(con, verbose)
        t0 = time.perf_counter()
        refresh_stats(con)  # the counts and dates events keeps on actors and places
        if verbose:
            print(f"  {'entity stats':<15} {time.perf_counter() - t0:6.2f} s")
        t0 = time.perf_counter()
        index_terms(con)  # the words of each article, for search (bench/search.py puts real texts in)
        if verbose:
            print(f"  {'article terms':<15} {time.perf_counter() - t0:6.2f} s")
        con.commit()
        sort_terms_when_due(con, force=True)  # (as the imports that made such an archive leave it)
        t0 = time.perf_counter()
        con.execute("CHECKPOINT")
        if verbose:
            print(f"  {'checkpoint':<15} {time.perf_counter() - t0:6.2f} s")
        return table_counts(con)
    finally:
        con.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--db", help="database file (default: bench-<N>.duckdb in the current folder)")
    ap.add_argument("--force", action="store_true", help="remove the file first if it exists")
    args = ap.parse_args()
    db = args.db or f"bench-{args.events}.duckdb"
    if os.path.exists(db):
        if not args.force:
            sys.exit(f"{db} exists: pass --force to rebuild it")
        for suffix in ("", ".wal"):
            if os.path.exists(db + suffix):
                os.remove(db + suffix)
    print(f"gen_events: {args.events} events into {db}")
    t0 = time.perf_counter()
    counts = generate(db, args.events)
    elapsed = time.perf_counter() - t0
    print("  " + ", ".join(f"{k}={v}" for k, v in counts.items()))
    size = os.path.getsize(db) / 2**20
    record(f"generate {args.events} events", elapsed, 60, "s", note=f"{size:.0f} MB")
    print(f"SUMMARY gen_events: {counts['events']} events, {counts['articles']} articles, {counts['actors']} actors, "
          f"{counts['places']} places in {elapsed:.1f} s ({size:.0f} MB) -> {db}")


if __name__ == "__main__":
    main()
