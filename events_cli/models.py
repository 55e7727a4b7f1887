"""The values that flow between readers, extractors, the store and the queries.

Readers produce an :class:`Article`; :func:`events_cli.extract.extract_article`
turns it into an :class:`ArticleRecord`, which the store writes in one
transaction. Every span carries character offsets into the text it was found in.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

PRECISIONS = ("day", "month", "year")


@dataclass(frozen=True)
class RelatedLink:
    """A "BACA JUGA: <title>" line or its kin: a link to another article."""

    title: str
    url: str | None = None


@dataclass
class Article:
    """One article as read from a file, a JSON Lines record or stdin."""

    text: str
    origin: str
    external_id: str | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None
    published: dt.date | None = None
    language: str | None = None
    related: tuple[RelatedLink, ...] = ()  # links a page made outside its text (HTML blocks)
    published_time: dt.time | None = None  # the clock time of publication, when the input gave one


@dataclass(frozen=True)
class DateMention:
    """A date written in the text: "13 September 2023", "Rabu (13/9)", "pada 2011"."""

    start: int
    end: int
    text: str
    value: dt.date | None  # first day of the month or year for coarser precisions; None: year unknown
    precision: str  # "day" | "month" | "year"
    inferred: bool = False  # year or day read from context (publication, the text's anchors), not written
    last: dt.date | None = None  # a range's last day (month, year): "20-25 Oktober 2023" 2023-10-25
    partial: str | None = None  # what is known when the year is not: "--10-08" (ISO 8601 month and day)


@dataclass(frozen=True)
class EntitySpan:
    """A named-entity span found by the tagger: PER, ORG or LOC."""

    start: int
    end: int
    text: str
    label: str  # "PER" | "ORG" | "LOC"


@dataclass(frozen=True)
class PlaceEntry:
    """A place as the gazetteer knows it."""

    name: str  # canonical name
    kind: str  # country | region | city | facility | landmark | other
    country_code: str | None = None  # ISO 3166-1 alpha-2
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    text: str
    place: PlaceEntry


@dataclass(frozen=True)
class ActorMention:
    """A person or organisation named in the text, resolved to its canonical name."""

    start: int
    end: int
    text: str  # the surface form exactly as written ("Putin")
    name: str  # canonical name ("Vladimir Putin")
    kind: str  # "person" | "organization"
    role: str | None = None  # title written before the name ("Menteri Luar Negeri Rusia")
    cued: bool = False  # the kind is the article's words' ("klub X", "istrinya, X"), not the tagger's guess


@dataclass(frozen=True)
class Dateline:
    """The lede's opening: "JAKARTA, KOMPAS.com -" gives source and place."""

    source: str | None
    place: str | None
    end: int  # offset where the article's own words begin
    within: str | None = None  # the country or province written after the place: "MANILA, Philippines -"
    # where the lede begins, after the dateline, when the captions above it are kept in the
    # article's words (`end` is then where they begin); None: at `end`
    lede: int | None = None


@dataclass
class Actor:
    name: str
    kind: str
    # the forms the article writes; none for a country or capital that acts in an event ("Rusia menuduh ..."):
    # an actor of that event, not one the article names as such (it is among the article's places)
    mentions: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    # the kind is the article's words' ("istrinya, X", "klub X", "anggota X"), not the tagger's guess
    cued: bool = False


@dataclass
class Place:
    name: str
    kind: str
    country_code: str | None
    lat: float | None
    lon: float | None
    mentions: list[str] = field(default_factory=list)


@dataclass
class EventActor:
    name: str
    role: str | None = None
    part: str = "other"  # "source" (who acts) | "target" (to or with whom) | "other"


@dataclass
class Event:
    date: dt.date | None  # None: undated, or a day and month whose year is unknown (`partial`)
    precision: str
    kind: str  # "main" | "other"
    sentence: str
    date_text: str | None  # the words that gave the date
    inferred: bool = False
    actors: list[EventActor] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    last: dt.date | None = None  # a range's last day (month, year)
    partial: str | None = None  # "--10-08": day and month of a date whose year is unknown
    type: str = "OTHER"  # what happened: one of events_cli.extract.evtypes.TYPES (ONTOLOGY.md)
    negated: bool = False  # the sentence says it did not happen, or denies it

    @property
    def source(self) -> str | None:
        return next((a.name for a in self.actors if a.part == "source"), None)

    @property
    def target(self) -> str | None:
        return next((a.name for a in self.actors if a.part == "target"), None)


@dataclass
class ArticleRecord:
    """Everything extracted from one article, ready to be stored."""

    article: Article | None  # None while a record travels back from a worker process
    body: str  # the text without dateline furniture and related-link lines
    source: str | None
    published: dt.date | None
    language: str | None
    dateline_place: str | None
    events: list[Event]
    actors: list[Actor]
    places: list[Place]
    related: list[RelatedLink]

    @property
    def main_event(self) -> Event | None:
        return next((e for e in self.events if e.kind == "main"), None)
