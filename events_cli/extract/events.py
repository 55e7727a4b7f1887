"""Events: the article's main event and every other dated statement, with who and where.

Pure: takes the spans the other extractors found in one text and groups them by sentence.

* One event per sentence that tells a happening, not one per date written in it: the
  sentence's date is its first of the finest precision that is not a reference ("sejak
  2018", "periode 2019-2024", "since 2004") when it has another.
* A sentence repeated on a page (a photo caption under each picture) is one event.
* Furniture is no event: a publication stamp, a byline or credit, a line with no word of
  running text ("Kompas.com - 08/10/2019, 14:30 WIB", "Oleh Budi Santoso").
* The lede opens with the first sentence told that is neither a heading (a line of its own
  with no closing stop) nor in a photo caption (a short line with a picture's credit).
* The main event is the lede's: its date to the day (but when that dates the telling,
  "officials said Tuesday", the happening's a few days before it, dated in the lede or the
  next paragraph: "slopes collapsed late Monday"), else the statement's in the next
  paragraph ("..., kata X, Kamis (16/1)") or a day it names relative to the publication
  ("filed ... on Monday"), else a month or year of the lede's first sentence
  (near the publication date: an older one is background, "Pada 2004, ..."; never a
  reference, "since 1976"), else the
  publication date; without one, a day and month of the lede whose year is unknown, else
  the first statement dated to the day, else the lede's first sentence undated. An article with a
  sentence of running text always has a main event.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Sequence

from events_cli.extract import evtypes
from events_cli.extract.text import CREDIT_WORD, archive_photo
from events_cli.models import ActorMention, DateMention, Event, EventActor, PlaceMention

# "Pertemuan tersebut diadakan di Vostochny Cosmodrome": an undated sentence that gives the
# venue of what the article reports. Only such places join the main event; a place merely
# talked about ("situasi di Ukraina") does not.
_VENUE = re.compile(
    r"\b(?:diadakan|digelar|berlangsung|dilangsungkan|dilaksanakan|diselenggarakan|terjadi|bertempat|berada|"
    r"tiba|bertemu|held|took\s+place|happened|occurred|met|arrived)\s+(?:di|ke|in|at)\s+$",
    re.IGNORECASE,
)
# A byline or credit (text.CREDIT_WORDS: "Penulis: Ani", "Reporting by Budi") or a page's stamp that
# opens a sentence: no happening. A credit's word is followed by a colon or a name ("Oleh karena
# itu, ...", "Authors of the study said ..." are sentences).
_BYLINE = re.compile(r"\s*(?:" + CREDIT_WORD + r"\b\s*(?::|(?=[A-Z\"\u201c]))"
                     r"|(?i:updated|diperbarui|dipublikasikan|published|posted)\b\s*:?)")
# A word of running text: one in lower case, of two letters or more ("di", "menahan", "said").
_RUNNING_WORD = re.compile(r"(?<![\w.@/])[a-z][a-z'’\-]+\b")
# A date read as a reference rather than the happening: "sejak 2018", "periode 2019-2024".
_REFERENCE_CUE = re.compile(r"(?:sejak|semenjak|periode|masa\s+jabatan|since|term|until|hingga|sampai|per)\s+(?:tahun\s+|year\s+)?$",
                            re.IGNORECASE)
# How far a coarse lede date (a month, a year) may lie before the publication and still be the
# news rather than background: "inflasi September 2023" in an October 2023 article.
_COARSE_NEWS_DAYS = {"month": 62, "year": 366}
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
# The next paragraph dates the lede's news when it says who said it ("..., kata X, Kamis
# (16/1)") or dates it the way news does ("di Jakarta, Selasa (10/10/2023)"), in its first
# sentences (a text with no line breaks is one paragraph).
_STATEMENT = re.compile(
    r"\b(?:kata|ujar|ucap|tutur|jelas|ungkap|sebut|terang|tegas|imbuh|papar|paparnya|menurut|mengatakan|menyatakan|"
    r"menjelaskan|mengungkapkan|menyebutkan|menegaskan|said|says|told|stated|announced|according)\w*\b",
    re.IGNORECASE,
)
_FOLLOWING_SENTENCES = 3
# How many sentences after the lede a statement's day is looked for in (see `_main`).
_FURTHER_SENTENCES = 6
# A lede that tells what someone said, thinks or answered: its day is the statement's.
_STATEMENT_LEDE = re.compile(
    r"\b(?:menilai|mengatakan|menyatakan|menyebut|menegaskan|mengaku|menanggapi|berkomentar|memberi\s+tanggapan|"
    r"mengungkapkan|menjelaskan|meminta|mengimbau|said|says|stated|urged|warned)\w*\b",
    re.IGNORECASE,
)
# A day that dates the telling, not the happening: "officials said Tuesday", "said on Monday",
# "kata Kapolres X kepada wartawan, Selasa (9/11)", "..., Minggu, mengatakan".
_SAID_BEFORE = re.compile(
    r"\b(?:(?:kata|ujar|ucap|tutur|jelas|ungkap|sebut|terang|tegas|imbuh|papar)(?:nya)?|mengatakan|menyatakan|menjelaskan|"
    r"mengungkapkan|menyebutkan|menegaskan|said|says|told\s+\w+|stated|announced)\b[^.!?\"“”]{0,100}?"
    r"(?:,\s*|\s+(?:here\s+)?(?:on\s+)?)$",
    re.IGNORECASE,
)
_SAID_AFTER = re.compile(
    r"\s*,?\s*(?:mengatakan|menyatakan|menjelaskan|mengungkapkan|menyebutkan|menegaskan|menuturkan|said|told)\b",
    re.IGNORECASE,
)
# A photo caption: a short line with a picture's credit.
_CAPTION_CHARS = 400
# (or after the caption's last stop: "... a checkpoint. Photo supplied", "... barang bukti.--Humas Polres X")
_CAPTION_CREDIT = re.compile(
    r"©|\((?:[^()]*\b(?:foto|photo|photograph|pic|gambar)\b[^()]*)\)|^(?:foto|photo|photograph|file(?:[ \t]+photo)?)\s*:"
    r"|(?<=[.!?])[ \t]*(?:--|—|–)?[ \t]*(?:foto|photo|picture)\b[^.!?\n]{0,60}\.?$|(?<=[.!?])--[A-Z][^.!?\n]{2,60}$"
    r"|\([ \t]{3,}\)"  # (a bracketed credit the credits' blanking emptied: "(Photo: Name)")
    # ("... Surabaya, Indonesia. CNS photo/ Name, Antara Foto via Reuters": an agency's credit closing the line)
    r"|(?<=[.!?])[ \t]*[A-Z]{2,8}[ \t]+(?:photo|foto)[ \t]*/[^.!?\n]{0,80}$|\bvia[ \t]+(?:reuters|afp|ap|epa)[ \t]*\.?$",
    re.IGNORECASE,
)
_CLOSING_STOPS = (".", "!", "?", '"', "”", "’", "'", ")", ":", ";", ",")
# How far before the telling a happening the lede or the next paragraph dates may lie and still
# be its news: "slopes collapsed late Monday ..., officials said Tuesday".
_TOLD_AFTER_DAYS = 7
# How many sentences of a quotation around an event's sentence are read for its type and roles.
_QUOTED_SENTENCES = 5


def build_events(
    text: str,
    sentences: Sequence[tuple[int, int]],
    dates: Sequence[DateMention],
    actors: Sequence[ActorMention],
    places: Sequence[PlaceMention],
    published: dt.date | None,
    lede_end: int,
    lede_start: int = 0,
    states: Sequence[ActorMention] = (),
) -> list[Event]:
    """One event per sentence that tells a dated happening, and the main event (see the module).

    `lede_end` is the offset where the lede (the first paragraph) ends; `lede_start`, where it
    begins when photo captions above the dateline stand before it (they are no lede). Sentences with no
    date of their own tell the main event's story: their actors join it, and so do the
    places they give as its venue. `states` are the countries and capitals named, as actors: one that acts
    in an event's sentence is its source or target (evtypes.CAPITALS), and among its actors.
    """
    if not sentences:
        return []
    starts = [s for s, _ in sentences]

    def sentence_of(offset: int) -> int:
        return max(bisect_right(starts, offset) - 1, 0)

    actors_in: dict[int, list[ActorMention]] = {}
    for mention in actors:
        actors_in.setdefault(sentence_of(mention.start), []).append(mention)
    states_in: dict[int, list[ActorMention]] = {}
    for mention in states:
        states_in.setdefault(sentence_of(mention.start), []).append(mention)
    places_in: dict[int, list[PlaceMention]] = {}
    for mention in places:
        places_in.setdefault(sentence_of(mention.start), []).append(mention)

    # Which sentences tell something: not furniture, not a repeat of an earlier sentence.
    told: list[int] = []
    seen_text: dict[str, int] = {}
    copy_of: dict[int, int] = {}  # a sentence written again -> where it was first written
    said = [" ".join(text[s:e].split()) for s, e in sentences]
    for i, sentence in enumerate(said):
        key = sentence.lstrip("•·▪-–—* ")  # (the same caption set off as a list's item, and again below the photo)
        if key in seen_text:
            copy_of[i] = seen_text[key]
            continue
        if _is_furniture(sentence):
            continue
        seen_text[key] = i
        told.append(i)
    if not told:
        return []
    told_set = set(told)

    in_sentence: dict[int, list[DateMention]] = {}
    for mention in dates:
        in_sentence.setdefault(sentence_of(mention.start), []).append(mention)
    dated = {i: _happening(text, sentences[i][0], found) for i, found in in_sentence.items() if i in told_set}
    undated = [i for i in told if i not in dated]

    def shown(index: int, extent: tuple[int, int]) -> tuple[tuple[int, int], str]:
        """The sentences an event's shown sentence spans, and that sentence: the whole quotation it
        stands in (`extent`), not 'Kami terus membantu," kata Doni.' alone, when that is one (opened at
        the start of its first sentence, closed in its last, short); else its own sentence."""
        lo, hi = extent
        whole = _quotation(text, sentences[lo][0], sentences[hi][1]) if lo != hi else None
        return ((lo, hi), whole) if whole is not None else ((index, index), said[index])

    def make(index: int, kind: str, mention: DateMention | None, date: dt.date | None = None) -> Event:
        story = [index] + (undated if kind == "main" else [])
        roles: dict[str, str | None] = {}
        for i in story:
            for m in actors_in.get(i, []):
                if roles.get(m.name) is None:
                    roles[m.name] = m.role
        found_places = [m.place.name for m in places_in.get(index, [])]
        if kind == "main":
            found_places += [m.place.name for i in undated for m in places_in.get(i, [])
                             if _VENUE.search(text, max(sentences[i][0], m.start - 40), m.start)]
        if mention is None:
            value, precision, date_text, inferred, last, partial = date, "day", None, False, None, None
        else:
            value, precision, date_text = mention.value, mention.precision, mention.text
            inferred, last, partial = mention.inferred, mention.last, mention.partial
        # what happened and who did it to whom, from the event's own sentence (the whole quotation
        # when it stands in one that spans several: "kata X" after the last says who speaks) and its names
        lo, hi = _quoted_extent(text, sentences, index)
        typed = evtypes.classify(text, sentences[lo][0], sentences[hi][1],
                                 [m for i in range(lo, hi + 1) for m in actors_in.get(i, ())],
                                 [m for i in range(lo, hi + 1) for m in states_in.get(i, ())])
        part = {typed.target: "target", typed.source: "source"}
        for name in (typed.source, typed.target):
            if name is not None and name not in roles:
                roles[name] = None  # a state acting (no actor of the sentences otherwise)
        _, sentence = shown(index, (lo, hi))
        return Event(
            date=value, precision=precision, kind=kind, sentence=sentence, date_text=date_text,
            inferred=inferred, actors=[EventActor(name, role, part.get(name, "other")) for name, role in roles.items()],
            places=list(dict.fromkeys(found_places)), last=last, partial=partial,
            type=typed.type, negated=typed.negated,
        )

    # The lede opens with the first sentence told that is neither a heading (a line of its own
    # with no closing stop: "Kasir Koperasi Ditangkap di Lampung") nor in a photo caption.
    # (past the captions above the dateline; a lede the page wrote above it too, as its standfirst, is
    # told where it was first written: "Jakarta, CNN Indonesia" between the two copies)
    opening = next((copy_of.get(i, i) for i in range(len(sentences)) if (i in told_set or i in copy_of)
                    and sentences[i][1] > lede_start and not _heading_or_caption(text, *sentences[i])), None)
    if opening is None:
        opening = next((i for i in told if not _heading_or_caption(text, *sentences[i])), told[0])
    first = sentences[opening]
    if lede_end <= first[0]:  # the first paragraph was furniture: the lede is the next one told
        paragraph_end = text.find("\n", first[0])
        lede_end = max(first[1], paragraph_end if paragraph_end != -1 else len(text))
    lede = [i for i in told if first[0] <= sentences[i][0] < lede_end]
    main_index, main_mention = _main(text, sentences, told, lede, dated, published, lede_end)
    events = [make(main_index, "main", main_mention, published if main_mention is None else None)]
    # one event for a quotation of several sentences, shown whole (the date of what it tells among
    # its sentences' dates), not one for each of its sentences that writes a date
    main_extent, _ = shown(main_index, _quoted_extent(text, sentences, main_index))
    extents: dict[tuple[int, int], list[int]] = {}
    for index in told:
        if index in dated and (index != main_index or main_mention is None):
            extent, _ = shown(index, _quoted_extent(text, sentences, index))
            if extent != main_extent or main_mention is None:  # (else the main event shows it)
                extents.setdefault(extent, []).append(index)
    for extent, indices in extents.items():
        chosen = _happening(text, sentences[extent[0]][0], [dated[i] for i in indices])
        events.append(make(next(i for i in indices if dated[i] is chosen), "other", chosen))
    return events


_QUOTATION_CHARS = 400


def _quotation(text: str, start: int, end: int) -> str | None:
    """text[start:end] as one line, if it is one quotation with what follows its close (a few
    sentences that a quotation mark opens and the last closes: '"A. B," kata X.'); else None."""
    if end - start > _QUOTATION_CHARS or text[start] not in '"“' or _quote_open(text, start, end):
        return None
    return " ".join(text[start:end].split())


def _quote_open(text: str, start: int, end: int) -> bool:
    """Whether the quotation marks in text[start:end] leave a quotation open."""
    return text.count('"', start, end) % 2 == 1 or text.count("“", start, end) > text.count("”", start, end)


def _quoted_extent(text: str, sentences: Sequence[tuple[int, int]], index: int) -> tuple[int, int]:
    """The first and last sentence of the quotation sentence `index` stands in, within its
    paragraph and at most _QUOTED_SENTENCES away; (index, index) when it stands in none."""
    start, end = sentences[index]
    paragraph = text.rfind("\n", 0, start) + 1
    paragraph_end = text.find("\n", end)
    paragraph_end = len(text) if paragraph_end == -1 else paragraph_end
    lo = hi = index
    if _quote_open(text, paragraph, start):  # opened before: back to the sentence that opened it
        while lo > 0 and index - lo < _QUOTED_SENTENCES and sentences[lo - 1][0] >= paragraph:
            lo -= 1
            if not _quote_open(text, paragraph, sentences[lo][0]):
                break
    while (hi + 1 < len(sentences) and hi - index < _QUOTED_SENTENCES and sentences[hi + 1][0] < paragraph_end
           and _quote_open(text, paragraph, sentences[hi][1])):  # still open: on to where it closes
        hi += 1
    return lo, hi


def _is_furniture(sentence: str) -> bool:
    """A stamp, a byline or credit, or a line with no word of running text."""
    return _BYLINE.match(sentence) is not None or _RUNNING_WORD.search(sentence) is None or _is_stamp(sentence)


_YEAR_FIGURES = re.compile(r"(?:19|20)\d\d")
_CLOCK_END = re.compile(r"\d[ \t]*[AaPp]\.?[Mm]\.?[ \t]*$")


def _is_stamp(sentence: str) -> bool:
    """A publication stamp standing as a sentence of its own, its clock written with "am"/"pm"
    (a word of running text): "Jakarta | Wed, November 25, 2015 | 06:24 pm"."""
    if len(sentence) > 110 or _CLOCK_END.search(sentence) is None or _YEAR_FIGURES.search(sentence) is None:
        return False
    from events_cli.extract.dateline import _stamp_date

    return _stamp_date(sentence) is not None


def _happening(text: str, sentence_start: int, mentions: list[DateMention]) -> DateMention:
    """The date of what a sentence tells: its first of the finest precision with a year,
    a reference ("sejak 2018") only when there is nothing else."""
    def key(m: DateMention) -> tuple:
        return _is_reference(text, sentence_start, m), m.value is None, _PRECISION_RANK.get(m.precision, 3), m.start

    return min(mentions, key=key)


def _is_reference(text: str, sentence_start: int, m: DateMention) -> bool:
    """Whether a date is read as a reference, not a happening: "sejak 2018", "since 1976"."""
    return _REFERENCE_CUE.search(text, max(sentence_start, m.start - 24), m.start) is not None


# A day the sentence gives as planned, not as what happened: "dijadwalkan 22 Oktober 2020 pekan
# depan", "rencananya dilaksanakan 30 Juli 2019 mendatang", "scheduled for May 3"
_PLANNED_BEFORE = re.compile(
    r"\b(?:dijadwalkan|direncanakan|rencananya|akan|scheduled|planned|will|due)\b[^.!?\"“”,]{0,40}$", re.IGNORECASE)
_PLANNED_AFTER = re.compile(r"[ \t]*(?:mendatang|(?:pekan|minggu|bulan|tahun)[ \t]+depan|nanti)\b", re.IGNORECASE)


# "... pada 4 Desember 2024 lalu": a day the article writes as past, background to its news
_GONE_BY = re.compile(r"[ \t]+lalu\b")


def _gone_by(text: str, m: DateMention) -> bool:
    return m.text.endswith(" lalu") or _GONE_BY.match(text, m.end) is not None


def _planned(text: str, sentence_start: int, m: DateMention) -> bool:
    return (_PLANNED_AFTER.match(text, m.end) is not None
            or _PLANNED_BEFORE.search(text, max(sentence_start, m.start - 48), m.start) is not None)


def _main(text: str, sentences, told: list[int], lede: list[int], dated: dict[int, DateMention],
          published: dt.date | None, lede_end: int) -> tuple[int, DateMention | None]:
    """(sentence index, date mention) of the main event; a None mention: the publication
    date, or undated when that is unknown."""
    def possible(i: int) -> DateMention | None:
        m = dated.get(i)
        if m is None or (published is not None and m.value is not None and m.value > published):
            return None
        return m

    def day(i: int) -> DateMention | None:
        m = possible(i)
        return m if m is not None and m.value is not None and m.precision == "day" else None

    following_end = _next_paragraph_end(text, lede_end)
    following = [i for i in told if lede_end <= sentences[i][0] < following_end][:_FOLLOWING_SENTENCES]
    # the paragraphs after the lede where a statement's date is still read ("Menurut Kapolres X, ...
    # \n\n "...," ujar X, Senin (13/11)."), when the lede and the paragraph after it date nothing
    further_end = _next_paragraph_end(text, _next_paragraph_end(text, following_end))
    further = [i for i in told if lede_end <= sentences[i][0] < further_end][:_FURTHER_SENTENCES]

    def told_on(i: int) -> DateMention | None:
        """The day a statement was made, written after its "kata X"/"ujar X" (not a day it tells)."""
        m = day(i)
        if m is None or not _said_on(text, sentences[i][0], m) or (
            published is not None and (published - m.value).days > _TOLD_AFTER_DAYS):
            return None
        return m
    for n, i in enumerate(lede):  # the lede's date to the day
        m = day(i)
        if m is not None and _is_reference(text, sentences[i][0], m) and any(
            day(k) is not None and not _is_reference(text, sentences[k][0], day(k)) for k in lede[n + 1:]
        ):
            continue  # "terendam sejak Selasa malam. ... mengungsi, Rabu (6/11)": when it began, not the news
        if m is not None and _planned(text, sentences[i][0], m):
            continue  # "dijadwalkan 22 Oktober pekan depan": what is to come, told today
        if m is not None:
            if _said_on(text, sentences[i][0], m):
                # the day it was told: the happening's, a few days before, when the lede or the
                # next paragraph dates it ("collapsed late Monday ..., officials said Tuesday")
                for j in [k for k in lede if k > i] + following:
                    n = day(j)
                    if n is not None and not _said_on(text, sentences[j][0], n) and (
                        0 < (m.value - n.value).days <= _TOLD_AFTER_DAYS
                    ):
                        return j, n
            return i, m
    if lede and any(day(i) is None for i in lede[:1]) and _STATEMENT_LEDE.search(text, *sentences[lede[0]]):
        # a lede that tells what someone said or thinks ("Presiden X menilai bahwa ...", undated):
        # the day it was said, from its "kata X, Selasa (20/6/2023)" below, before a day the story
        # gives as background ("X diketahui makan siang ... pada Minggu (18/6/2023)")
        # (the lede stays the event: it says what happened; the statement below only dates it)
        for i in further:
            m = told_on(i)
            if m is not None:
                return lede[0], m
    for i in following:
        # the statement's date in the next paragraph ("..., kata X, Kamis (16/1)"), or a day
        # it names the way news does, relative to the publication ("filed ... on Monday")
        m = day(i)
        if m is not None and (
            "(" in m.text or _STATEMENT.search(text, sentences[i][0], sentences[i][1])
            or (m.inferred and not any(ch.isdigit() for ch in m.text)
                and (published is None or (published - m.value).days <= _TOLD_AFTER_DAYS))
        ):
            return i, m
    # (the first day written there, when a statement's: "Salah satunya ... pada Minggu 7 April 2024" before
    # "..., ujar X, Senin 8 April 2024" dates the happening itself)
    first_day = next((i for i in further if day(i) is not None), None)
    if first_day is not None and told_on(first_day) is not None:
        return lede[0], told_on(first_day)  # (the lede tells it; the statement below dates it)
    if first_day is None and published is not None:
        # (nothing dated there: the first day further down, past those given as the state of things
        # "per 2 Agustus" or a span's end "hingga 5 Agustus", when a statement's: "..., ucapnya saat
        # ditemui Minggu (6/8/2023)" six short paragraphs below)
        later = next((i for i in told if sentences[i][0] >= further_end and day(i) is not None
                      and not _is_reference(text, sentences[i][0], day(i))), None)
        if later is not None and told_on(later) is not None:
            return lede[0], told_on(later)
    # A month or a year of the lede's first sentence, unless background: a reference ("since
    # 1976"), older than the publication ("Pada 2004, ..."), or, with no publication date,
    # further on in the lede.
    # (not "this year's Hajj", a year read from the publication date: the publication's day says more)
    m = possible(lede[0])
    if m is not None and m.value is not None and not _is_reference(text, sentences[lede[0]][0], m) and not (
        m.precision == "day" and _planned(text, sentences[lede[0]][0], m)) and (
        published is None or ((published - m.value).days <= _COARSE_NEWS_DAYS.get(m.precision, 0)
                              and not (m.precision != "day" and m.inferred and not any(c.isdigit() for c in m.text)))
    ):
        if m.precision != "day" and published is None:
            # a year or month, often an edition's name ("Porprov XII Tahun 2023 resmi ditutup"): a
            # statement below dated to a day within it dates the lede ("..., kata X, Sabtu (5/8/2023)")
            finer = next((d for i in told if sentences[i][0] >= lede_end and (d := day(i)) is not None
                          and not d.inferred and _within(d.value, m)
                          and ("(" in d.text or _said_on(text, sentences[i][0], d))
                          and _STATEMENT.search(text, *sentences[i])), None)
            if finer is not None:
                return lede[0], finer
        return lede[0], m
    if published is None:
        for i in lede:  # a day and month whose year is unknown
            m = dated.get(i)
            if m is not None and m.value is None:
                return i, m
        days = [(i, m) for i in told if (m := dated.get(i)) is not None and m.value is not None and m.precision == "day"
                and not archive_photo(text, sentences[i][0])]
        # the first statement dated to the day, one that tells what is to come only when no other is,
        # nor one of time gone by ("banjir bandang yang terjadi pada 4 Desember 2024 lalu")
        if days:
            return min(days, key=lambda d: (_planned(text, sentences[d[0]][0], d[1]), _gone_by(text, d[1])))
    # The publication date (or none): for the lede's first sentence that is not dated as
    # background of its own ("Pada 2004, bank itu berdiri. Kini bank itu memangkas...").
    return next((i for i in lede if i not in dated), lede[0]), None


def _within(day: dt.date, coarse: DateMention) -> bool:
    """Whether a day falls in a month's or a year's date (up to a range's last month or year)."""
    last = coarse.last or coarse.value
    if coarse.precision == "year":
        return coarse.value.year <= day.year <= last.year
    return (coarse.value.year, coarse.value.month) <= (day.year, day.month) <= (last.year, last.month)


def _heading_or_caption(text: str, start: int, end: int) -> bool:
    """Whether a sentence is a heading (a whole line with no closing stop) or stands in a photo
    caption (a line with a picture's credit: "(Foto: ANTARA/Budi)", "©2021 Merdeka.com", or an
    archive photo's label: "FILE:", "(FILES)")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end != -1 else len(text)].strip()
    if archive_photo(text, start):
        return True  # an archive photo's caption, however long: "(FILES) Patients gather outside ..."
    if len(line) > _CAPTION_CHARS:
        return False
    if _CAPTION_CREDIT.search(line):
        return True
    return text[line_start:start].strip() == "" and line == text[start:end].strip() and line_end != -1 and (
        not line.endswith(_CLOSING_STOPS))


def _said_on(text: str, sentence_start: int, m: DateMention) -> bool:
    """Whether a date dates the telling ("officials said Tuesday"), not the happening."""
    return (_SAID_BEFORE.search(text, max(sentence_start, m.start - 120), m.start) is not None
            or _SAID_AFTER.match(text, m.end) is not None)


def _next_paragraph_end(text: str, lede_end: int) -> int:
    """Where the paragraph after the lede ends (the end of its first non-blank line)."""
    match = re.compile(r"\s*[^\n]*").match(text, lede_end)
    return match.end() if match else lede_end
