"""Extraction: one pure module per field, wired together by :func:`extract_article`.

    related links -> dateline -> sentences -> dates, entities -> actors, places -> events

Related-link lines are removed first, so their titles never count as the article's own
words; the dateline is blanked out (offsets kept) so the outlet is not taken for an actor.

:func:`extract_articles` does the same for many articles, in three passes: each article up
to its sentences (:func:`_prepare`), the named-entity tagger over the sentences of all of
them at once (far cheaper than once per article), then each article's actors, places,
dates and events (:func:`_complete`).
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from types import SimpleNamespace

from events_cli.models import (
    Actor,
    ActorMention,
    Article,
    ArticleRecord,
    Place,
    PlaceMention,
)


_STEPS = None


def _steps():
    """The extraction modules, imported on first use (importing this package stays cheap:
    the CLI's start-up must not load the tagger's or the gazetteer's dependencies)."""
    global _STEPS
    if _STEPS is None:
        from events_cli.extract import actors, bodies, dateline, dates, events, evtypes, ner, places, related, text, tokens

        _STEPS = SimpleNamespace(actors=actors, bodies=bodies, dateline=dateline, dates=dates, events=events, evtypes=evtypes,
                                 ner=ner, places=places, related=related, text=text, tokens=tokens)
    return _STEPS


def extract_article(article: Article) -> ArticleRecord:
    """Everything `events` knows how to find in one article."""
    result = extract_articles([article])[0]
    if isinstance(result, Exception):
        raise result
    return result


def extract_articles(articles: list[Article]) -> list[ArticleRecord | Exception]:
    """:func:`extract_article` of each article, the names of all of them tagged in one pass
    (far cheaper than a pass per article). An article whose extraction raises gets the
    exception in its place; the others are unaffected."""
    steps = _STEPS or _steps()
    prepared: list = []
    for article in articles:
        try:
            prepared.append(_prepare(steps, article))
        except Exception as exc:
            prepared.append(exc)
    ready = [p for p in prepared if not isinstance(p, Exception)]
    stretches = [s for p in ready for s in p.stretches]
    try:
        tagged = steps.ner.tag_many(stretches)
    except Exception:
        tagged = None  # tag each article alone, so that only the one at fault fails
    k = 0
    out: list[ArticleRecord | Exception] = []
    for p in prepared:
        if isinstance(p, Exception):
            out.append(p)
            continue
        try:
            if tagged is None:
                found = steps.ner.tag_many(p.stretches)
            else:
                found = tagged[k: k + len(p.stretches)]
                k += len(p.stretches)
            out.append(_complete(steps, p, found))
        except Exception as exc:
            out.append(exc)
    return out


@dataclass(slots=True)
class _Prepared:
    """An article read up to the tagger: its text, sentences, dateline, the stretches to tag
    (each ``(text, tokens or None)``) and how far each stretch's offsets are to be shifted."""

    article: Article
    related: list
    dateline: object
    text: str
    published: object
    sentences: list[tuple[int, int]]
    spans: list[tuple[int, int]]
    stretches: list[tuple[str, list[tuple[int, int]] | None]]
    offsets: list[int]


def _prepare(steps, article: Article) -> _Prepared:
    dateline_, related_, text_, tokens = steps.dateline, steps.related, steps.text, steps.tokens
    body, related = related_.extract_related_links(article.text)
    # Credits ("Penulis: X", "(ant/pri)") and page furniture (menus, share lines, tag lists)
    # blanked in place, so their names are no actors and their lines no events.
    unblanked = body  # (a stamp may share its line with a credit: "Ani Lestari , Jurnalis-Kamis, 05 Oktober 2023")
    body = text_.blank_degrees(text_.strip_furniture(text_.strip_credits(body)))
    glued = dateline_.glued_stamp(body)  # "9 Januari 2024, 21:39 WIBJAKARTA, KOMPASTV –": the stamp blanked
    if glued is not None:
        body = body[:glued[1]] + " " * (glued[2] - glued[1]) + body[glued[2]:]
    dateline = dateline_.parse_dateline(body)
    # Blank the dateline out rather than cut it, so offsets still point into `body`.
    text = text_.blank_outlet_bylines(" " * dateline.end + body[dateline.end:])
    if dateline.lede is not None:  # (captions kept above it: the dateline's own words blanked where they stand)
        head = body.rfind("\n", dateline.end, dateline.lede) + 1 or dateline.end
        text = text[:head] + " " * (dateline.lede - head) + text[dateline.lede:]
    # No metadata date: the page's own stamp, as a title line or among the lines above the dateline.
    # (with no dateline's place, the lines skipped may end above the stamp: the Jakarta Post's masthead,
    # headline, caption, byline, then "Fri, March 10, 2017")
    published = article.published or dateline_.find_publication_stamp(
        "\n".join((article.title or "", unblanked[:dateline.end] or unblanked))) or (
        dateline.end and dateline.place is None and dateline_.find_publication_stamp(unblanked)) or (
        glued[0] if glued is not None else None) or dateline_.head_date(body[:dateline.end], body)
    sentences = text_.split_sentences(text)

    # The article is tokenised once, for the tagger and for the actors. A sentence's own
    # tokens are the article's tokens inside it, unless a token crosses its edge: such a
    # sentence is tagged as a text of its own (its offsets shifted back afterwards).
    spans = tokens.tokenize(text)
    starts = [s for s, _ in spans]
    stretches, offsets = [], []
    for start, end in sentences:
        i = bisect_left(starts, start)
        j = bisect_left(starts, end, i)
        if (i and spans[i - 1][1] > start) or (j > i and spans[j - 1][1] > end):
            stretches.append((text[start:end], None))
            offsets.append(start)
        elif j > i:
            stretches.append((text, spans[i:j]))
            offsets.append(0)
    return _Prepared(article=article, related=related, dateline=dateline, text=text, published=published,
                     sentences=sentences, spans=spans, stretches=stretches, offsets=offsets)


def _complete(steps, p: _Prepared, tagged: list) -> ArticleRecord:
    actors, bodies, dates, events_, places = steps.actors, steps.bodies, steps.dates, steps.events, steps.places
    dateline_, related_, text_ = steps.dateline, steps.related, steps.text
    article, text, sentences, dateline, published = p.article, p.text, p.sentences, p.dateline, p.published
    entities = []
    for shift, found in zip(p.offsets, tagged):
        if shift:
            entities.extend(type(e)(e.start + shift, e.end + shift, e.text, e.label) for e in found)
        else:
            entities.extend(found)
    source = dateline_.article_source(article.source, article.url, dateline.source, article.text,
                                      title=article.title or "")
    actor_mentions = actors.extract_actors(text, entities, p.spans, source)
    if dateline.place and dateline.place.isupper():
        # the dateline's place in capitals, kept in the text below a caption ("MANILA, Philippines –")
        actor_mentions = [m for m in actor_mentions if m.text != dateline.place]
    # the bodies the tagger missed or cut short ("Polda Jabar")
    actor_mentions, regions = bodies.complete_bodies(text, actor_mentions, entities)
    actor_mentions = bodies.same_bodies_joined(actor_mentions)
    people = [(m.start, m.end) for m in actor_mentions if m.kind == "person"]
    organizations = [(m.start, m.end) for m in actor_mentions if m.kind == "organization"]
    # The tagger, which reads context, decides which names are places; the gazetteer resolves
    # them and adds the cities, regions and landmarks it missed. Not countries: "Israel
    # melancarkan serangan" names a state acting, and only context tells that from a place.
    place_mentions = places.tagged_places(text, entities, people + organizations)
    taken = [(m.start, m.end) for m in place_mentions] + people + organizations
    found = places.find_places(text, exclude=taken)
    def placed(m):  # ("in Indonesia", "Indonesia's central bank"; not "Indonesia said")
        return places.after_location_cue(text, m.start) or places.before_possessive(text, m.end)

    place_mentions += [m for m in found if m.place.kind != "country" or placed(m)]
    unplaced = [m for m in found if m.place.kind == "country" and not placed(m)]
    place_mentions += bodies.region_places(text, regions, place_mentions)
    place_mentions += places.facility_places(text, [(m.start, m.end) for m in place_mentions] + people + organizations)
    # ("The Jakarta Post" names an outlet, not Jakarta)
    # (nor are someone's initials with an age, "AS (37)", Amerika Serikat)
    def kept(m):  # (nor a currency's country, "US$35,000", "S$2 billion")
        return not dateline_.in_outlet_name(text, m.start, m.end) and not (
            m.end - m.start <= 4 and (text_.initials(text, m.start, m.end) or text[m.end:m.end + 1] == "$"))

    place_mentions = [m for m in place_mentions if kept(m)]
    # a name the article gives a person, taken elsewhere in it for a place no gazetteer knows ("Menko
    # Airlangga" beside "Airlangga Hartarto"; "Purbaya Yudhi Sadewa" beside "kata Purbaya"): the person's
    # (a one-word person's name alone is no proof: the tagger takes a village for a person as readily)
    # (nor a word of a person's full name, "ke makam Ainun" beside "Hasri Ainun Besari", nor a one-word
    # name the article gives a person more often than a place: "ke Habibie" among a dozen "Habibie menemani")
    person_forms = {m.text for m in actor_mentions if m.kind == "person" and (" " in m.text or " " in m.name)}
    person_forms.update(w for form in list(person_forms) for w in form.split() if len(w) > 2 and w.istitle())
    first_words = Counter(m.text for m in actor_mentions if m.kind == "person" and " " not in m.text)
    if first_words:
        as_places = Counter(m.text for m in place_mentions if m.place.kind == "other" and m.text in first_words)
        person_forms.update(w for w, n in as_places.items() if first_words[w] > 2 * n)
    if first_words:
        # ... and the other way round: a one-word "person" the article writes as a town of the gazetteer more than
        # twice as often ("kerusuhan Wamena" tagged a person beside "di Wamena" three times), no word of a person's
        # full name there: the town
        as_towns = Counter(m.text for m in place_mentions if m.place.kind in _TOWN_KINDS and m.text in first_words)
        towns = {w for w, n in as_towns.items() if n > 2 * first_words[w] and w not in person_forms}
        if towns:
            actor_mentions = [m for m in actor_mentions if not (m.kind == "person" and m.text in towns and m.name == m.text)]
    if person_forms or first_words:
        place_mentions = [m for m in place_mentions if m.place.kind != "other" or not (
            m.text in person_forms or (m.text.count(" ") >= 1 and m.text.split(None, 1)[0] in first_words
                                       and m.text.istitle()))]
    place_mentions.sort(key=lambda m: m.start)
    # countries and capitals, as the actors they are where they act ("Rusia menuduh ..."): the events decide
    # ("RI" qualifies an office, "Presiden RI": never the republic acting; as in actors.py, no actor)
    states = [_state(text, m) for m in sorted(place_mentions + [m for m in unplaced if kept(m)], key=lambda m: m.start)
              if (m.place.kind == "country" or m.text.lower() in steps.evtypes.CAPITALS)
              and m.text.replace(".", "").upper() != "RI"]

    date_mentions = dates.extract_dates(text, published)
    lede_start = dateline.end if dateline.lede is None else dateline.lede
    paragraph_end = text.find("\n", lede_start)
    lede_end = sentences[0][1] if sentences else 0
    if paragraph_end != -1:
        lede_end = max(lede_end, paragraph_end)
    events = events_.build_events(text, sentences, date_mentions, actor_mentions, place_mentions, published, lede_end,
                                  lede_start=dateline.lede or 0, states=states)
    named = {m.name for m in actor_mentions}
    # a country or capital acting in an event is an actor of that event, not one the article names (it stays among
    # its places): no mentions; so is a body protested at that the tagger did not name ("di depan Gedung DPRD X")
    acting = [Actor(name, "organization") for name in dict.fromkeys(
        a.name for ev in events for a in ev.actors if a.name not in named)]

    dateline_place = None
    if dateline.place:
        # The place the story was filed from counts among the article's places.
        entry = places.resolve_place(dateline.place.title() if dateline.place.isupper() else dateline.place)
        dateline_place = entry.name
        place_mentions.insert(0, PlaceMention(0, len(dateline.place), dateline.place, entry))
        if dateline.within:  # "MANILA, Philippines -": the country too
            within = places.resolve_place(dateline.within)
            place_mentions.insert(1, PlaceMention(0, len(dateline.place), dateline.within, within))

    return ArticleRecord(
        article=article,
        body=text,
        source=source,
        published=published,
        language=article.language or text_.guess_language(text),
        dateline_place=dateline_place,
        events=events,
        actors=_group_actors(actor_mentions) + acting,
        places=_group_places(place_mentions),
        related=related_.dedupe_links([*article.related, *p.related]),  # a page's links carry URLs: first
    )


_TOWN_KINDS = frozenset({"city", "regency", "province"})


def _spaced(form: str) -> str:
    """A form as written, its spaces plain and single ("Bebby\u00a0Fey" -> "Bebby Fey"): one alias
    whatever space or line break the page put between its words."""
    return form if form.isascii() and "  " not in form and "\n" not in form and "\t" not in form else " ".join(form.split())


def _state(text: str, m: PlaceMention) -> ActorMention:
    """A country or capital as an organisation, with "Pemerintah" before it ("Pemerintah Indonesia")."""
    start = m.start - len("Pemerintah ")
    if start >= 0 and text[start:m.start].lower() == "pemerintah ":
        return ActorMention(start, m.end, text[start:m.end], text[start:m.end], "organization")
    return ActorMention(m.start, m.end, m.text, m.text, "organization")


def _group_actors(mentions: list[ActorMention]) -> list[Actor]:
    actors: dict[str, Actor] = {}
    for m in mentions:
        actor = actors.setdefault(m.name, Actor(m.name, m.kind))
        actor.cued = actor.cued or (m.cued and m.kind == actor.kind)
        form = _spaced(m.text)
        if form not in actor.mentions:
            actor.mentions.append(form)
        role = m.role and _spaced(m.role)
        if role and role not in actor.roles:
            actor.roles.append(role)
    return list(actors.values())


def _group_places(mentions: list[PlaceMention]) -> list[Place]:
    places: dict[str, Place] = {}
    for m in mentions:
        p = m.place
        place = places.setdefault(p.name, Place(p.name, p.kind, p.country_code, p.lat, p.lon))
        form = _spaced(m.text)
        if form not in place.mentions:
            place.mentions.append(form)
    return list(places.values())
