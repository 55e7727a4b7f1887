"""Events: the article's main event and every other dated statement, with who and where.

Pure: takes the spans the other extractors found in one text and groups them by sentence.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Sequence

from events_cli.models import ActorMention, DateMention, Event, EventActor, PlaceMention

# "Pertemuan tersebut diadakan di Vostochny Cosmodrome": an undated sentence that gives the
# venue of what the article reports. Only such places join the main event; a place merely
# talked about ("situasi di Ukraina") does not.
_VENUE = re.compile(
    r"\b(?:diadakan|digelar|berlangsung|dilangsungkan|dilaksanakan|diselenggarakan|terjadi|bertempat|berada|"
    r"tiba|bertemu|held|took\s+place|happened|occurred|met|arrived)\s+(?:di|ke|in|at)\s+$",
    re.IGNORECASE,
)


def build_events(
    text: str,
    sentences: Sequence[tuple[int, int]],
    dates: Sequence[DateMention],
    actors: Sequence[ActorMention],
    places: Sequence[PlaceMention],
    published: dt.date | None,
    lede_end: int,
) -> list[Event]:
    """One event per (sentence, date) pair; the first lede date, else the publication date, is the main one.

    `lede_end` is the offset where the lede (the first paragraph) ends. Sentences with no
    date of their own tell the main event's story: their actors join it, and so do the
    places they give as its venue.
    """
    if not sentences:
        return []
    starts = [s for s, _ in sentences]

    def sentence_of(offset: int) -> int:
        return max(bisect_right(starts, offset) - 1, 0)

    actors_in: dict[int, list[ActorMention]] = {}
    for mention in actors:
        actors_in.setdefault(sentence_of(mention.start), []).append(mention)
    places_in: dict[int, list[PlaceMention]] = {}
    for mention in places:
        places_in.setdefault(sentence_of(mention.start), []).append(mention)

    dated = {sentence_of(d.start) for d in dates}
    undated = [i for i in range(len(sentences)) if i not in dated]

    def make(index: int, kind: str, date: dt.date, precision: str, date_text: str | None, inferred: bool) -> Event:
        start, end = sentences[index]
        story = [index] + (undated if kind == "main" else [])
        roles: dict[str, str | None] = {}
        for i in story:
            for mention in actors_in.get(i, []):
                if roles.get(mention.name) is None:
                    roles[mention.name] = mention.role
        places = [m.place.name for m in places_in.get(index, [])]
        if kind == "main":
            places += [m.place.name for i in undated for m in places_in.get(i, [])
                       if _VENUE.search(text, max(sentences[i][0], m.start - 40), m.start)]
        return Event(
            date=date, precision=precision, kind=kind, sentence=" ".join(text[start:end].split()),
            date_text=date_text, inferred=inferred,
            actors=[EventActor(name, role) for name, role in roles.items()],
            places=list(dict.fromkeys(places)),
        )

    usable = list(dates)
    main = _main_date(text, usable, published, lede_end)
    events: list[Event] = []
    seen: set[tuple[int, dt.date, str]] = set()
    if main is not None:
        index = sentence_of(main.start)
        events.append(make(index, "main", main.value, main.precision, main.text, main.inferred))
        seen.add((index, main.value, main.precision))
    elif published is not None:
        events.append(make(0, "main", published, "day", None, False))
    for mention in usable:
        index = sentence_of(mention.start)
        key = (index, mention.value, mention.precision)
        if key in seen:
            continue
        seen.add(key)
        events.append(make(index, "other", mention.value, mention.precision, mention.text, mention.inferred))
    if main is None and published is None and len(events) > 0:
        events[0].kind = "main"  # no lede date and no publication date: the first dated statement
    return events


def _main_date(text: str, dates: Sequence[DateMention], published: dt.date | None, lede_end: int) -> DateMention | None:
    """The date of the reported event: the lede's first date to the day, else the next
    paragraph's ("Jakarta (ANTARA) - KPU menetapkan ... periode 2019-2024." then "..., Selasa
    (10/10/2023), mengatakan"), else the lede's first date of any precision.

    A year or month in the lede more often qualifies a noun ("anggota DPR periode 2019-2024",
    "pada 2011") than dates the news.
    """
    possible = [d for d in dates if published is None or d.value <= published]
    lede = [d for d in possible if d.start < lede_end]
    day = next((d for d in lede if d.precision == "day"), None)
    if day is not None:
        return day
    if lede:
        following_end = _next_paragraph_end(text, lede_end)
        later = next((d for d in possible if lede_end <= d.start < following_end and d.precision == "day"), None)
        return later or lede[0]
    return None


def _next_paragraph_end(text: str, lede_end: int) -> int:
    """Where the paragraph after the lede ends (the end of its first non-blank line)."""
    match = re.compile(r"\s*[^\n]*").match(text, lede_end)
    return match.end() if match else lede_end
