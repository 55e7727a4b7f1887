-- The events database: articles, the dated events found in them, the actors and
-- places they name, and the related-article links between articles.
--
-- This file is the one source of the schema. events_cli/store.py applies it to a new
-- database (every statement is idempotent) and records its version in
-- schema_migrations; a database made by an older version is brought up to date by
-- the ordered migrations in events_cli/store.py.
--
-- Relations are written as "-> table.column" in the comments. They are not declared
-- as FOREIGN KEYs: DuckDB checks those eagerly inside a transaction, which breaks
-- re-extraction (--replace) of an article that other rows point to.

CREATE TABLE IF NOT EXISTS schema_migrations (
    version     INTEGER PRIMARY KEY,           -- schema version reached
    applied_at  TIMESTAMP NOT NULL DEFAULT current_timestamp  -- when this database reached it
);

CREATE SEQUENCE IF NOT EXISTS article_ids;
CREATE SEQUENCE IF NOT EXISTS event_ids;
CREATE SEQUENCE IF NOT EXISTS actor_ids;
CREATE SEQUENCE IF NOT EXISTS place_ids;
CREATE SEQUENCE IF NOT EXISTS story_ids;

CREATE TABLE IF NOT EXISTS articles (
    article_id      BIGINT PRIMARY KEY DEFAULT nextval('article_ids'), -- shown as 12 or a12
    origin          VARCHAR NOT NULL,      -- file path, "<stdin>" or URL it was imported from
    external_id     VARCHAR,               -- the "id" of a JSON Lines record, as given
    url             VARCHAR,               -- the article's own URL, when known
    source          VARCHAR,               -- the outlet: "JABAR EKSPRES", "KOMPAS.com"
    title           VARCHAR,               -- the headline, when the input gave one
    published       DATE,                  -- publication date; NULL when unknown (never invented)
    language        VARCHAR,               -- "id", "en" or NULL
    dateline_place  VARCHAR,               -- the place of the dateline: "JAKARTA, KOMPAS.com -"
    text            VARCHAR NOT NULL,      -- the text as imported
    content_hash    VARCHAR NOT NULL,      -- sha256 of the whitespace-normalised text
    dedup_key       VARCHAR NOT NULL UNIQUE, -- "url:<url>" when the url is known, else "sha256:<hash>"
    imported_at     TIMESTAMP NOT NULL,    -- when it was (last) extracted
    title_key       VARCHAR,               -- the title as related links are matched to it: lower case,
                                           -- each run of characters other than a-z and 0-9 one space, trimmed
    story_id        BIGINT,                -- -> stories.story_id: the happening its main event reports,
                                           -- NULL until the stories stage has placed it
    published_time  TIME                   -- the clock time of publication as the input gave it (the outlet's
                                           -- own, a Unix time's in UTC); NULL when it gave a day only
);

CREATE TABLE IF NOT EXISTS events (
    event_id    BIGINT PRIMARY KEY DEFAULT nextval('event_ids'), -- shown as e34
    article_id  BIGINT NOT NULL,           -- -> articles.article_id
    date        DATE,                      -- first day of the month or year for coarser precisions; NULL when
                                           -- undated or its year unknown (never guessed: see date_partial)
    date_end    DATE,                      -- last day the date may mean: date itself, the month's or year's last
                                           -- day, or a range's last ("20-25 Oktober 2023": 2023-10-25)
    precision   VARCHAR NOT NULL CHECK (precision IN ('day', 'month', 'year')),
                                           -- how much of the date the text gave
    kind        VARCHAR NOT NULL CHECK (kind IN ('main', 'other')),
                                           -- main: the event the article reports (one per article)
    sentence    VARCHAR NOT NULL,          -- the sentence the date was found in
    date_text   VARCHAR,                   -- the words that gave the date ("13 September 2023"); NULL
                                           -- when the main event falls back to the publication date
    inferred    BOOLEAN NOT NULL DEFAULT false, -- year or day read from context (the publication, the text's
                                           -- other dates), not written: "Selasa (8/10)", "kemarin"
    date_partial VARCHAR,                  -- what is known of a date whose year is not: "--10-08" (ISO 8601
                                           -- month and day); NULL otherwise
    -- schema 5: what happened (the actors' part in it: event_actors.part)
    type        VARCHAR,                   -- the event type of ONTOLOGY.md: one of PLOVER's 16 (AGREE, CONSULT,
                                           -- SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT,
                                           -- THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT) or DISASTER,
                                           -- ACCIDENT, DEATH, STATEMENT, OTHER; NULL: stored before schema 5
                                           -- and not re-extracted since (import --replace types it)
    negated     BOOLEAN NOT NULL DEFAULT false, -- the sentence says it did not happen or denies it ("membantah
                                           -- menganiaya", "tidak menangkap", "denied")
    story_id    BIGINT                     -- -> stories.story_id: the story of a main event (its article's);
                                           -- NULL for other events
);

-- Actors and places carry their counts and first and last event dates, kept up to date by
-- events itself (by each import batch, and after `events sql --write`), so that listing
-- them never aggregates the link tables.
CREATE TABLE IF NOT EXISTS actors (
    actor_id    BIGINT PRIMARY KEY DEFAULT nextval('actor_ids'), -- the actor's number
    name        VARCHAR NOT NULL,          -- canonical name: "Vladimir Putin"
    kind        VARCHAR NOT NULL CHECK (kind IN ('person', 'organization')), -- person or organization
    n_events    INTEGER NOT NULL DEFAULT 0,  -- rows of event_actors naming it
    n_articles  INTEGER NOT NULL DEFAULT 0,  -- rows of article_actors naming it
    first_date  DATE,                      -- the earliest date of its events
    last_date   DATE,                      -- the latest date of its events
    UNIQUE (name, kind)
);

CREATE TABLE IF NOT EXISTS places (
    place_id      BIGINT PRIMARY KEY DEFAULT nextval('place_ids'), -- the place's number
    name          VARCHAR NOT NULL,        -- canonical name: "Rusia", "Vladivostok"
    kind          VARCHAR NOT NULL,        -- country | province | region | city | regency | district
                                           -- | facility | landmark | continent | other
    country_code  VARCHAR,                 -- ISO 3166-1 alpha-2, when known
    lat           DOUBLE,                  -- latitude of its point (WGS 84 degrees): a country's approximate
                                           -- centre, never its capital's; NULL when the gazetteer has none
    lon           DOUBLE,                  -- longitude of the same point
    n_events      INTEGER NOT NULL DEFAULT 0,  -- rows of event_places naming it
    n_articles    INTEGER NOT NULL DEFAULT 0,  -- rows of article_places naming it
    first_date    DATE,                    -- the earliest date of its events
    last_date     DATE,                    -- the latest date of its events
    UNIQUE (name, kind)
);

CREATE TABLE IF NOT EXISTS article_actors (
    article_id  BIGINT NOT NULL,           -- -> articles.article_id
    actor_id    BIGINT NOT NULL,           -- -> actors.actor_id
    mentions    VARCHAR[] NOT NULL,        -- surface forms as written in the article: ["Vladimir Putin", "Putin"]
    roles       VARCHAR[] NOT NULL         -- titles written with the name: ["Menteri Luar Negeri Rusia"]
    -- (one row an article and actor, as resolution writes them: no key checks it since schema 11: see actor_name_keys)
);

CREATE TABLE IF NOT EXISTS article_places (
    article_id  BIGINT NOT NULL,           -- -> articles.article_id
    place_id    BIGINT NOT NULL,           -- -> places.place_id
    mentions    VARCHAR[] NOT NULL,        -- surface forms as written: ["Rusia"]
    PRIMARY KEY (article_id, place_id)
);

CREATE TABLE IF NOT EXISTS event_actors (
    event_id  BIGINT NOT NULL,             -- -> events.event_id
    actor_id  BIGINT NOT NULL,             -- -> actors.actor_id
    role      VARCHAR,                     -- the role as written in that sentence, if any
    part      VARCHAR NOT NULL DEFAULT 'other'  -- schema 5: 'source' (who acts), 'target' (to or with whom it
                                           -- is done), 'other' (named in the event's sentences, no part in it)
    -- (one row an event and actor, as resolution writes them: no key checks it since schema 11: see actor_name_keys)
);

CREATE TABLE IF NOT EXISTS event_places (
    event_id  BIGINT NOT NULL,             -- -> events.event_id
    place_id  BIGINT NOT NULL,             -- -> places.place_id
    PRIMARY KEY (event_id, place_id)
);

CREATE TABLE IF NOT EXISTS related_links (
    article_id         BIGINT NOT NULL,    -- -> articles.article_id: the article the link is in
    position           INTEGER NOT NULL,   -- 1 for the article's first link, 2 for the next...
    title              VARCHAR NOT NULL,   -- the linked article's title as written after "BACA JUGA:"
    url                VARCHAR,            -- the link's URL, when the input kept it
    target_article_id  BIGINT,             -- -> articles.article_id once the target is imported
    title_key          VARCHAR,            -- the title normalised as articles.title_key
    PRIMARY KEY (article_id, position)
);

-- One row per event with its article, actors and places, for SQL by hand. (`events timeline`
-- filters and limits events before it gathers their lists, which is much faster on large
-- databases; see events_cli/queries.py.)
CREATE OR REPLACE VIEW timeline AS
SELECT
    e.event_id,
    e.date,
    e.date_end,
    e.precision,
    e.kind,
    e.sentence,
    e.date_text,
    e.inferred,
    e.type,                                -- what happened (schema 5)
    e.negated,
    a.article_id,
    a.source,
    a.title,
    a.published,
    coalesce((SELECT list(ac.name ORDER BY ac.name) FROM event_actors ea JOIN actors ac USING (actor_id)
              WHERE ea.event_id = e.event_id), []) AS actors, -- names of the event's actors, A to Z
    coalesce((SELECT list(p.name ORDER BY p.name) FROM event_places ep JOIN places p USING (place_id)
              WHERE ep.event_id = e.event_id), []) AS places  -- names of the event's places, A to Z
FROM events e
JOIN articles a USING (article_id);

CREATE TABLE IF NOT EXISTS actor_aliases (
    actor_id  BIGINT NOT NULL,             -- -> actors.actor_id
    alias     VARCHAR NOT NULL,            -- a form the actor was written as in some article: "Putin"
    PRIMARY KEY (actor_id, alias)
);

CREATE TABLE IF NOT EXISTS place_aliases (
    place_id  BIGINT NOT NULL,             -- -> places.place_id
    alias     VARCHAR NOT NULL,            -- a form the place was written as in some article: "RUSIA"
    PRIMARY KEY (place_id, alias)
);

-- The words of each article, for `events search` and `--text` (DuckDB's full-text extension is
-- not bundled): a word is a run of letters and digits of the title and text, lower-cased, two
-- characters or more. Kept by events itself when an article is written or re-extracted.
CREATE TABLE IF NOT EXISTS article_terms (
    term_hash   UINTEGER NOT NULL,         -- the word, as the upper 32 bits of its MD5 (a number is
                                           -- scanned several times faster than text): see store.py
    article_id  BIGINT NOT NULL,           -- -> articles.article_id
    tf          USMALLINT NOT NULL         -- how many times the word occurs in the text, plus three times
                                           -- in the title
);

-- How many rows of article_terms were in order of term_hash when it was last sorted (by the
-- import that found a quarter of it unsorted: see store.sort_terms_when_due); one row, or none.
CREATE TABLE IF NOT EXISTS article_terms_sorted (
    rows        BIGINT NOT NULL            -- article_terms' rows then
);

-- Stories: the articles (and their main events) that report one real-world happening, across
-- outlets, kept up to date by the stories stage after each import batch
-- (events_cli/resolve/stories.py). The "first" article is the first to report it: by
-- publication day, then content hash (publication times are not kept).
CREATE TABLE IF NOT EXISTS stories (
    story_id          BIGINT PRIMARY KEY,  -- shown as s12
    date              DATE,                -- the happening's day: its first article's main event day (when
                                           -- that is a day of the week before publication), else its publication day
    precision         VARCHAR,             -- "day", or NULL when the first article has no date
    title             VARCHAR,             -- the headline of its first article (without one, the start of its text), or
                                           -- of three articles or more the headline most like the others'
    n_articles        INTEGER NOT NULL,    -- articles reporting it
    n_outlets         INTEGER NOT NULL,    -- distinct outlets (articles.source, case-insensitive) among them
    first_article_id  BIGINT,              -- -> articles.article_id: the first to report it
    first_source      VARCHAR              -- that article's outlet
);

-- What the stories stage keeps to place later articles without reading the earlier ones again:
-- each story's centroid, the sum of its articles' unit TF-IDF vectors of title and lede, its
-- heaviest terms only.
CREATE TABLE IF NOT EXISTS story_terms (
    story_id  BIGINT NOT NULL,             -- -> stories.story_id
    term      VARCHAR NOT NULL,            -- a word, lower case
    weight    DOUBLE NOT NULL              -- its weight in the centroid
    -- (one row a story and term, as the stage writes a story's whole centroid: no key checks it since schema 11)
);

-- Actor identity across articles (events_cli/resolve/actors.py). The extraction's own names are
-- kept as it gave them, per article (extracted_actors) and per event (extracted_event_actors);
-- resolution decides which actor each extracted name is (actor_names), from the whole archive's
-- evidence and the user's corrections (actor_corrections), and writes actors, article_actors,
-- event_actors and actor_aliases from them. Those four are derived: resolution rebuilds the rows of
-- the names a batch touches, and gives the same rows whatever order the articles came in.
CREATE TABLE IF NOT EXISTS extracted_actors (
    article_id  BIGINT NOT NULL,           -- -> articles.article_id
    name        VARCHAR NOT NULL,          -- the extraction's name of the actor in this article: "BJ Habibie"
    kind        VARCHAR NOT NULL CHECK (kind IN ('person', 'organization')), -- the kind the extraction gave it
    mentions    VARCHAR[] NOT NULL,        -- surface forms as written in the article: ["BJ Habibie", "Habibie"],
                                           -- empty for a country or capital that only acts in its events,
                                           -- "Rusia menuduh ...": an event actor, no article_actors row
    roles       VARCHAR[] NOT NULL,        -- titles written with the name: ["Presiden ketiga RI"]
    cued        BOOLEAN NOT NULL DEFAULT false -- the kind is the article's words' ("istrinya, X", "almarhum X":
                                           -- a person; "klub X", "anggota X": a body), not the tagger's guess
    -- (one row an article, name and kind, as the import writes them: no key checks it, see below)
);

CREATE TABLE IF NOT EXISTS extracted_event_actors (
    event_id    BIGINT NOT NULL,           -- -> events.event_id
    name        VARCHAR NOT NULL,          -- -> extracted_actors.name of the event's article
    kind        VARCHAR NOT NULL,          -- -> extracted_actors.kind
    role        VARCHAR,                   -- the role as written in that sentence, if any
    part        VARCHAR NOT NULL DEFAULT 'other' -- its part in the event (-> event_actors.part)
    -- (one row an event, name and kind, as the import writes them: no key checks it, see below)
);

CREATE TABLE IF NOT EXISTS actor_names (
    name        VARCHAR NOT NULL,          -- a name some article's extraction gave: "Bacharudin Jusuf Habibie"
    kind        VARCHAR NOT NULL,          -- its kind there
    n_articles  INTEGER NOT NULL DEFAULT 0, -- articles whose extraction gave this name and kind
    cluster     VARCHAR,                   -- the group the rules put it in, before the user's merges:
                                           -- "person|Bacharuddin Jusuf Habibie"; NULL until (re)resolved
    actor_id    BIGINT,                    -- -> actors.actor_id it resolves to; NULL: not an actor
                                           -- (`events actors forget`) or not resolved yet
    n_cued      INTEGER NOT NULL DEFAULT 0, -- of n_articles, those whose words gave the kind (extracted_actors.cued)
    PRIMARY KEY (name, kind)
);

CREATE TABLE IF NOT EXISTS actor_name_keys (
    key         VARCHAR NOT NULL,          -- what names are compared by, so that a batch re-resolves only
                                           -- the names that share one with its own: "s:habibie:b" (a person's
                                           -- last word and first letter), "t:jusuf" (a word of a person's name
                                           -- of two words or more), "u:habibie" (a one-word person name),
                                           -- "q:sri mulyani" (the first two words or more of a person's
                                           -- name, and the whole: names beginning others'),
                                           -- "r:ainun habibie" (a person's name of three words or more
                                           -- without its first: "Hasri Ainun Habibie"),
                                           -- "v:KPK:3:<komisi", "v:KPK:3:>korupsi" (an organisation's long
                                           -- form: initials, number of words, first or last word)
    name        VARCHAR NOT NULL,          -- -> actor_names.name
    kind        VARCHAR NOT NULL           -- -> actor_names.kind
    -- (one row a key and name, as resolution writes them: no key checks it. These three tables
    -- are only ever read whole or joined: an index kept with them (schema 9 and before) cost an
    -- import its upkeep, its writing out at every checkpoint and its memory, and served no query)
);

CREATE TABLE IF NOT EXISTS actor_name_forms (
    form        VARCHAR NOT NULL,          -- a one-word form an article wrote for the name that is no word of
                                           -- it: "KPK" for "Komisi Pemberantasan Korupsi", "Jokowi"
    name        VARCHAR NOT NULL,          -- -> actor_names.name
    kind        VARCHAR NOT NULL,          -- -> actor_names.kind
    n_articles  INTEGER NOT NULL,          -- articles that wrote it so
    PRIMARY KEY (form, name, kind)
);

CREATE SEQUENCE IF NOT EXISTS actor_correction_ids;

CREATE TABLE IF NOT EXISTS actor_corrections (
    correction_id BIGINT PRIMARY KEY DEFAULT nextval('actor_correction_ids'), -- in the order they were made
    action      VARCHAR NOT NULL CHECK (action IN ('merge', 'split', 'forget')),
                                           -- merge: `name` is the same actor as `target`; split: `name` is an
                                           -- actor of its own, joined to no other name by the rules or by an
                                           -- earlier merge; forget: `name` is no actor
    name        VARCHAR NOT NULL,          -- an extracted name (either kind): "Habibie apolitis"
    target      VARCHAR,                   -- merge: the extracted name it joins; NULL otherwise
    made_at     TIMESTAMP NOT NULL DEFAULT current_timestamp -- when the user made it
);

-- Schema 13: the user's corrections of places (`events places forget|merge|set`), in the order made.
-- They hold for every article stored and every article imported or re-extracted afterwards
-- (events_cli/resolve/places.py): a forgotten place's rows go, a merged place's become its
-- target's, a place set to another kind becomes that place, a place's country or point is set.
CREATE SEQUENCE IF NOT EXISTS place_correction_ids;

CREATE TABLE IF NOT EXISTS place_corrections (
    correction_id BIGINT PRIMARY KEY DEFAULT nextval('place_correction_ids'), -- in the order they were made
    action        VARCHAR NOT NULL CHECK (action IN ('forget', 'merge', 'set')),
                                           -- forget: the place is no place, merge: it is the place `target`,
                                           -- set: its kind (target_kind), country or point are these
    name          VARCHAR NOT NULL,        -- the place corrected, as places names it: "Jabar"
    kind          VARCHAR NOT NULL,        -- ... and its kind (a name may be places of several kinds)
    target        VARCHAR,                 -- merge: the place it is ("Jawa Barat"); NULL otherwise
    target_kind   VARCHAR,                 -- merge: the target's kind; set: the new kind (NULL: unchanged)
    country_code  VARCHAR,                 -- set: ISO 3166-1 alpha-2 (NULL: unchanged)
    lat           DOUBLE,                  -- set: its point's latitude (NULL: unchanged)
    lon           DOUBLE,                  -- set: its point's longitude (NULL: unchanged)
    made_at       TIMESTAMP NOT NULL DEFAULT current_timestamp -- when the user made it
);

-- Schema 12: places used as teams (events_cli/resolve/places.py). One row an article and place of
-- kind city or other whose words say how the article uses the name, or whose rows the stage set aside.
CREATE TABLE IF NOT EXISTS place_uses (
    article_id    BIGINT NOT NULL,         -- -> articles.article_id
    place_id      BIGINT NOT NULL,         -- -> places.place_id, as the extraction gave it
    cue           VARCHAR,                 -- the words before (or after) its mentions: 'body' ("melawan X",
                                           -- "klub X", "X vs"), 'place' ("di X", "kota X"), 'both'; NULL: none
    moved         BOOLEAN NOT NULL DEFAULT false, -- the name is an organisation there: its article_places and
                                           -- event_places rows set aside, kept below to put back
    mentions      VARCHAR[],               -- (moved) article_places.mentions as written
    event_ids     BIGINT[],                -- (moved) the events whose event_places named it
    name          VARCHAR,                 -- (moved) the organisation's name given to extracted_actors
    actor_added   BOOLEAN,                 -- (moved) whether this stage added that extracted_actors row
    events_added  BIGINT[],                -- (moved) the events it added an extracted_event_actors row to
    PRIMARY KEY (article_id, place_id)
);

CREATE TABLE IF NOT EXISTS actors_unresolved (
    article_id  BIGINT PRIMARY KEY         -- -> articles.article_id written whose actors resolution has not
                                           -- placed yet (an import interrupted between the two is caught up)
);
