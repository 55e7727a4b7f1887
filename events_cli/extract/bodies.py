"""Indonesian public bodies, parties and big companies the tagger missed or cut short.

The table ``events_cli/data/bodies.tsv`` (see ``data/BODIES.md``) lists each body's acronym,
long form and other spellings, and its level: ``national`` bodies are named alone ("KPK",
"Mahkamah Konstitusi"); ``regional`` ones are heads that name a body only with a place after
them ("Polda" + "Jabar", "Dinas Lingkungan Hidup" + "Kota Cimahi", "BPBD" + "Kabupaten
Bandung"); ``both`` may be either ("KPU", "KPU Kota Bandung"). It is loaded lazily, once.

:func:`find_bodies` is pure. One Aho-Corasick pass over the text (the key of
:func:`events_cli.gazetteer.match_key`) finds every form on word boundaries; each hit,
leftmost-longest, must be written exactly as in the table (so "pan" is no PAN and "Kpk" no
KPK), must not be a law ("UU KPK") or a street ("Jalan Polda"), nor an acronym inside an
all-caps headline. The place after a head is confirmed by the place gazetteer, or follows
"Kota", "Kabupaten", "Provinsi"; a long form may carry its acronym in brackets before the
place ("Dinas Lingkungan Hidup (DLH) Kota Cimahi"). Two rules need no table row: any "Dinas
<field> <place>" and "Komisi <roman numeral> DPR".

:func:`complete_bodies` adds what the finder found to the actors the tagger gave, as
:class:`ActorMention` values of kind "organization": a tagged organisation inside a found
body gives way to it (so one that stopped short of its region is extended), and a body that
the article writes "Long Form (ACR)" is one actor, named by its long form, wherever either
part is written.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import attrgetter
from importlib import resources

from events_cli import gazetteer
from events_cli.extract.ner import EN_ORG_HEADS, ORG_HEADS, PERSON_NOUNS
from events_cli.extract.text import SpanSet, initials
from events_cli.models import ActorMention, PlaceMention

__all__ = ["Body", "BodyMention", "find_bodies", "complete_bodies", "region_places", "lookup", "forms"]


@dataclass(frozen=True, slots=True)
class Body:
    """One row of the table."""

    acronym: str | None
    long_form: str
    level: str  # national | regional | both
    kind: str  # ministry | agency | police | court | party | company | ...


@dataclass(frozen=True, slots=True)
class BodyMention:
    """A body written in the text: ``text[start:end]``, its name (the written form without a
    bracketed acronym inside it, spaces made single) and the short form written in brackets
    right after its long form, if any ("KPK" of "Komisi Pemberantasan Korupsi (KPK)")."""

    start: int
    end: int
    text: str
    name: str
    short: str | None = None
    region: tuple[int, int] | None = None  # the place in it that the gazetteer knows


@lru_cache(maxsize=1)
def _table() -> dict[str, Body]:
    """Every form (acronym, long form, other spellings) -> its body."""
    raw = (resources.files("events_cli") / "data" / "bodies.tsv").read_text(encoding="utf-8")
    forms: dict[str, Body] = {}
    for line in raw.splitlines():
        if not line or line[0] == "#":
            continue
        acronym, long_form, others, level, kind = line.split("\t")
        body = Body(acronym or None, long_form, level, kind)
        for form in (acronym, long_form, *others.split(";")):
            if form:
                forms.setdefault(form, body)
    return forms


def forms() -> dict[str, Body]:
    """Every form the table holds (acronym, long form, other spellings) -> its body."""
    return _table()


def lookup(form: str) -> Body | None:
    """The body a form names exactly as written ("KPK", "Kementerian Kesehatan"), or None."""
    return _table().get(" ".join(form.split()))


@lru_cache(maxsize=1)
def _automaton():
    import ahocorasick

    auto = ahocorasick.Automaton(ahocorasick.STORE_LENGTH)
    for form in _table():
        key = f" {gazetteer.match_key(form).strip()} "
        if len(key) >= 4:
            auto.add_word(key)
    auto.make_automaton()
    return auto


# a law or bill that holds a body's name ("UU KPK", "RUU Polri"): no actor (as in actors.py)
_LEGAL = frozenset("""
uu ruu undang-undang perppu perpu perpres keppres inpres perda raperda permen pergub perbup perwali
""".split())
# a street, a building or a stop named after a body is a place ("Jalan Polda", "Halte BNN")
_PLACE_WORDS = frozenset("jalan jl jln gang gg halte stasiun simpang bundaran jembatan".split())
# words right after an acronym that make it part of another body ("DPD Partai Golkar")
_PARTY_WORDS = frozenset({"Partai", "Party"})
_MARKERS = ("Kota", "Kabupaten", "Kab.", "Provinsi", "Prov.")
# a direction after a place makes another place ("Polres Bengkulu Utara": not "Bengkulu")
_DIRECTIONS = frozenset("Utara Selatan Barat Timur Tengah Raya Sei".split())
# a body's name after one of these is part of another body's ("Universitas Muhammadiyah Makassar")
_WITHIN = frozenset("""
Universitas Institut Politeknik Sekolah Akademi Tinggi Fraksi Yayasan Sakit RS RSUD Stadion Pondok
Pesantren Koperasi Klub Masjid Gereja
""".split())
_PLACE_KINDS = frozenset({"province", "city", "regency", "district", "region"})
# heads whose place may be a district the gazetteer lacks ("Polsek Sukamakmur")
_LOCAL_UNITS = frozenset({"Polsek", "Polsekta", "Koramil", "Kepolisian Sektor", "Komando Rayon Militer"})
# words before a body's name that make a body of their own ("Fraksi PKS", "Rumah Sakit Polri")
_OWNERS = frozenset("fraksi rumah sakit rs rsud stadion klub perguruan pimpinan pengurus cabang".split())
_POLICE = frozenset({"police", "military"})

_WORD = re.compile(r"[ \t]+(Kab\.|Prov\.|[A-Z][\w'’\-]*)")
_UNIT_NUMBER = re.compile(r"[ \t]+\d{2,4}[ \t]*/[ \t]*")  # "Kodim 0618/Kota Bandung"
_BRACKET = re.compile(r"[ \t]*\([ \t]*([A-Z][\w\-&/. ]{0,30}?)[ \t]*\)")
_PREV_WORD = re.compile(r"[\w.\-]+")  # matched on the reversed text before a name
_ROMAN = re.compile(r"[IVX]+")
_COMMISSION = re.compile(r"Komisi[ \t]+([IVX]{1,4})[ \t]+(DPRD?(?:[ \t]+RI)?)\b")
_DINAS = re.compile(r"\bDinas(?:[ \t]+[A-Z][\w\-]*)+")


def _caps(word: str) -> bool:
    return len(word) >= 2 and word.isupper() and word.isalpha()


def _capitalised_words(text: str, pos: int, limit: int, stop: int) -> list[tuple[int, int]]:
    """Up to `limit` capitalised words from `pos`, each only spaces or tabs after the last,
    none reaching `stop` (where a person's name starts)."""
    out = []
    while len(out) < limit:
        m = _WORD.match(text, pos)
        if m is None or m.end(1) > stop:
            break
        out.append(m.span(1))
        pos = m.end()
    return out


def _place_at(text: str, pos: int, stop: int, head: Body | None, head_form: str) -> tuple[int, tuple | None] | None:
    """The end of the place that follows a head at `pos` (spaces first), and the span of the
    place if the gazetteer knows it ("Kota Cimahi" of "Dinas Lingkungan Hidup Kota Cimahi",
    "Depok" of "Polres Metro Depok"); None when no place follows."""
    m = _UNIT_NUMBER.match(text, pos) if head is not None and head.kind in _POLICE else None
    if m is not None:
        pos = m.end() - 1  # the place's words start after the "/" (the "-1" keeps a blank)
        text = text[:pos] + " " + text[pos + 1:]
    words = _capitalised_words(text, pos, 6, stop)
    if not words:
        return None
    first = text[words[0][0]:words[0][1]]
    marked = first in _MARKERS
    police = head is not None and head.kind in _POLICE
    k0 = 1 if marked else 0
    if police and not marked and first == "Metro" and len(words) > 1:
        k0 = 1  # "Polda Metro Jaya", "Polres Metro Depok"
    for j in range(len(words), k0, -1):
        name = text[words[k0][0]:words[j - 1][1]]
        rec = gazetteer.record(name) or (gazetteer.record(text[words[0][0]:words[j - 1][1]]) if marked else None)
        if rec is not None and rec[0].kind in _PLACE_KINDS and (marked or rec[1] != "W"):
            if j < len(words) and text[words[j][0]:words[j][1]] in _DIRECTIONS:
                # a district named after its city ("Polsek Pontianak Selatan"): the unit's place,
                # which the gazetteer does not know; another body's place it is not
                return (words[j][1], None) if head_form in _LOCAL_UNITS else None
            end = region_end = words[j - 1][1]
            if police and j < len(words) and text[words[j][0]:words[j][1]] == "Kota":
                end = words[j][1]  # "Polres Metro Tangerang Kota"
            return end, (words[0 if marked else k0][0], region_end)
    if k0 < len(words) and (marked or head_form in _LOCAL_UNITS) and len(words) - k0 == 1:
        return words[k0][1], None  # "Kota Sukaraja", "Polsek Sukamakmur": one more word, a name
    return None


def _skip(text: str, start: int, form: str) -> bool:
    """A law, a street or a headline's acronym, not a body."""
    before = text[max(0, start - 20):start]
    blank = before.rstrip(" \t")
    m = _PREV_WORD.match(blank[::-1]) if len(blank) < len(before) else None  # (anchored: no search)
    prev = m.group()[::-1] if m else ""
    low = prev.lower().rstrip(".")
    if low in _LEGAL and (prev.isupper() or len(prev) > 2):
        return True
    if (low in _PLACE_WORDS and prev[:1].isupper()) or prev in _WITHIN:
        return True
    if form.isupper() and initials(text, start, start + len(form)):
        return True  # "MA (17)": someone's initials, no Mahkamah Agung
    if form.isupper() and " " not in form:
        nxt = _WORD.match(text, start + len(form))
        after = nxt.group(1).rstrip(".") if nxt else ""
        for word in (prev, after):
            if _caps(word) and word != "RI" and not _ROMAN.fullmatch(word) and word not in _table():
                return True
    return False


# a person's initials set off by a comma before what the person is: "MA, sopir mobil itu, ..."
_PERSON_AFTER = re.compile(r"[ \t]*,[ \t]*(?:seorang[ \t]+|a[ \t]+|the[ \t]+)?([a-z]+)")


def _someones_initials(text: str, form: str) -> bool:
    """Whether the article writes ``form`` (a short acronym) as someone's initials anywhere: with
    an age or a cue (:func:`initials`), or before a comma and what the person is ("MA, sopir ...",
    "AS, a driver"). Then it is no body anywhere in the article: "status MA" is the same man."""
    pos = text.find(form)
    while pos != -1:
        end = pos + len(form)
        if (pos == 0 or not text[pos - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            if initials(text, pos, end):
                return True
            m = _PERSON_AFTER.match(text, end)
            if m and (m.group(1) in PERSON_NOUNS or m.group(1) in _EN_PERSON_NOUNS):
                return True
        pos = text.find(form, end)
    return False


_EN_PERSON_NOUNS = frozenset("driver resident man woman student suspect victim teacher worker farmer".split())


def find_bodies(text: str, exclude: Sequence[tuple[int, int]] = ()) -> list[BodyMention]:
    """Every body of the table (or of the Dinas and Komisi rules) named in ``text``, leftmost-
    longest, not overlapping ``exclude`` (spans of people and the like), in text order."""
    if not text:
        return []
    table = _table()
    norm = gazetteer.padded_key(text)
    # each hit (start, -length): sorted, the longest first at each start; those that begin
    # with a small letter cannot be any form as written ("pan", "bin"), and go at once
    hits = sorted((end_idx - klen + 1, -klen) for end_idx, klen in _automaton().iter(norm)
                  if text[end_idx - klen + 1].isupper())
    if not hits and "Komisi" not in text and "Dinas" not in text:
        return []
    excluded = SpanSet(exclude)
    found: list[BodyMention] = _commissions(text, excluded)
    commissions = SpanSet((m.start, m.end) for m in found)
    starts = [s for s, _ in exclude]
    if any(a > b for a, b in zip(starts, starts[1:])):
        starts.sort()
    last_end = -1
    initials_seen: dict[str, bool] | None = None
    for start, neg in hits:
        end = start - neg - 2
        form = text[start:end]
        body = table.get(form)
        if body is None and (" " in form or "\n" in form or "\t" in form):
            form = " ".join(form.split())  # (a form split over two lines or two spaces)
            body = table.get(form)
        if body is None or start < last_end or (commissions and commissions.overlaps(start, end)):
            continue
        if len(form) <= 3 and form.isupper():
            if initials_seen is None:
                initials_seen = {}
            if form not in initials_seen:
                initials_seen[form] = _someones_initials(text, form)
            if initials_seen[form]:
                continue
        mention = _mention(text, start, end, form, body, _next_start(starts, end))
        if mention is not None and not excluded.overlaps(mention.start, mention.end):
            found.append(mention)
            last_end = mention.end
    if "Dinas" in text:
        found += _dinas(text, excluded, SpanSet((m.start, m.end) for m in found), starts)
    found.sort(key=lambda m: m.start)
    return found


def _next_start(starts: list[int], pos: int) -> int:
    i = bisect_left(starts, pos)
    return starts[i] if i < len(starts) else 1 << 60


def _mention(text: str, start: int, end: int, form: str, body: Body, stop: int) -> BodyMention | None:
    if _skip(text, start, form):
        return None
    after = _WORD.match(text, end)
    if after and after.group(1) in _PARTY_WORDS:
        return None  # "DPD Partai Golkar": the party's board
    short = None
    pos = end
    b = _BRACKET.match(text, end)
    if b is not None and len(form.split()) >= 2 and b.end() <= stop and (_short_form(b.group(1)) or (
            body.level != "national" and _place_at(text, b.end(), stop, body, form) is not None)):
        # "Pengadilan Tindak Pidana Korupsi (Tipikor) Bandung": a place after the bracket
        # makes a short form of any capitalised word in it
        short, pos = " ".join(b.group(1).split()), b.end()
    place = None if body.level == "national" else _place_at(text, pos, stop, body, form)
    if place is None and body.kind in _POLICE and short is None:
        # a unit of the force named after it: "Satuan Reserse Narkoba Polres Banjarbaru",
        # "Ditreskrimum Polda Jabar" (the force and its place end the unit's name)
        owner = _WORD.match(text, pos)
        head = _table().get(owner.group(1)) if owner is not None else None
        if head is not None and head is not body and head.kind in _POLICE and owner.end() <= stop:
            place = _place_at(text, owner.end(), stop, head, owner.group(1))
    place_end, region = place if place is not None else (None, None)
    if place_end is None and body.level == "regional":
        return None
    if place_end is None:
        name = form  # the bracket after it defines a short form, and stays out of the name
    elif short is None:
        end = place_end  # "Pemerintah Kota Cimahi (Pemkot Cimahi)": the bracket defines a short form
        name = " ".join(text[start:end].split())
        b = _BRACKET.match(text, end)
        if b is not None and b.end() <= stop and _short_form(b.group(1)):
            short = " ".join(b.group(1).split())
    else:
        end = place_end
        where = " ".join(text[pos:place_end].split())
        name = f"{form} {where}"
        if short is not None:
            short = f"{short} {where}"
    return BodyMention(start, end, text[start:end], name, short, region)


def _short_form(inner: str) -> bool:
    """Whether a bracket's words are a short form ("KPK", "Pemkot Cimahi", "DLH"): its first
    word a form of the table or written with two capitals or more."""
    first = inner.split()[0].rstrip(".")
    return first in _table() or sum(map(str.isupper, first)) >= 2


def _commissions(text: str, excluded: SpanSet) -> list[BodyMention]:
    """The commissions of a parliament: "Komisi VIII DPR", "Komisi III DPR RI"."""
    if "Komisi" not in text:
        return []
    return [BodyMention(m.start(), m.end(), m.group(), " ".join(m.group().split()))
            for m in _COMMISSION.finditer(text) if not excluded.overlaps(m.start(), m.end())]


def _dinas(text: str, excluded: SpanSet, taken: SpanSet, starts: list[int]) -> list[BodyMention]:
    """A regional office no table row names: "Dinas <field> Kota <place>", "Dinas <field> <province>"."""
    out = []
    for m in _DINAS.finditer(text):
        start = m.start()
        if taken.overlaps(start, m.end()) or excluded.overlaps(start, start + 5):
            continue
        stop = _next_start(starts, start)
        words = _capitalised_words(text, start + 5, 8, stop)
        for k in range(1, len(words)):  # words[:k] the field, the place after them
            place = _place_at(text, words[k - 1][1], stop, None, "Dinas")
            if place is not None:
                end, region = place
                out.append(BodyMention(start, end, text[start:end], " ".join(text[start:end].split()), None, region))
                break
    return out


# "RI" after a body's name says whose it is: "DPR RI" is the DPR (as in actors.py)
def _canonical(name: str) -> str:
    return name[:-3] if name.endswith(" RI") and len(name) > 3 else name


# One-word heads of regional bodies that the press writes alone once the body has been named in
# full ("Polrestabes Surabaya ... Polrestabes"; "DPRD Kota Surabaya ... DPRD").
_BARE_HEADS = frozenset("""
polda polres polresta polrestabes polsek kodam korem kodim lanud lantamal kejati kejari pemkot pemkab
pemprov dprd bpbd bappeda satpol kpud bawaslu
""".split())
# Words that open the names of many bodies, which the press writes alone for the one it has
# named ("Kementerian Komunikasi dan Informatika ... Kementerian belum bisa ..."): alone they name
# that body, or none.
_GENERIC_HEADS = frozenset("""
kementerian kejaksaan kepolisian universitas institut partai badan lembaga direktorat dinas komisi
mahkamah pengadilan pemerintah yayasan
""".split())
_AREA_IN_NAME = re.compile(r"\s+(?:Kota|Kabupaten|Kab\.|Provinsi)\s+")


def same_bodies_joined(mentions: list[ActorMention]) -> list[ActorMention]:
    """The article's bodies named in several ways brought under one name: a body's short form and
    its long form from the table ("Persebaya" and "Persebaya Surabaya"), a regional body's head
    written alone after its full name ("Polrestabes" after "Polrestabes Surabaya", when the article
    names one such body; a word that opens many bodies' names, "Kementerian", is no actor alone
    when the article names no one such body), the same body with and without its area's word ("DPRD Surabaya" and
    "DPRD Kota Surabaya"), an acronym the table does not hold and the one name of the article whose
    initials it is ("USGS" and "United States Geological Survey"). The longest name stands."""
    names = list(dict.fromkeys(m.name for m in mentions if m.kind == "organization"))
    if len(names) < 2 and not (names and names[0].lower() in _GENERIC_HEADS):
        return mentions
    rename: dict[str, str] = {}
    dropped: set[str] = set()
    by_key: dict[str, list[str]] = {}
    for name in names:
        by_key.setdefault(_AREA_IN_NAME.sub(" ", name), []).append(name)
    for group in by_key.values():
        if len(group) > 1:
            longest = max(group, key=len)
            rename.update((n, longest) for n in group if n != longest)
    present = set(names)
    for name in names:
        body = lookup(name)
        if body is not None and body.acronym == name and body.long_form in present:
            rename[name] = rename.get(body.long_form, body.long_form)
        elif " " not in name and body is None and name[:1].isupper() and len(
                of := {rename.get(n, n) for n in names if n.startswith(name + " of ")}) == 1:
            rename[name] = of.pop()  # "the House" after "the House of Representatives": one body named
        elif (" " not in name and body is None and 3 <= len(name) <= 6 and name.isupper() and name.isalpha()
              and len(spelled := [n for n in names if " " in n and _initials(n) == name]) == 1):
            rename[name] = rename.get(spelled[0], spelled[0])  # "USGS" and "the United States Geological Survey"
        elif " " not in name and (name.lower() in _BARE_HEADS or name.lower() in _GENERIC_HEADS and body is None):
            longer = {rename.get(n, n) for n in names if n.startswith(name + " ")}
            if len(longer) == 1:
                rename[name] = longer.pop()
            elif name.lower() in _GENERIC_HEADS:
                dropped.add(name)  # "Kementerian" alone, no one ministry named: no actor
    if not rename and not dropped:
        return mentions
    return [replace(m, name=rename[m.name]) if m.kind == "organization" and m.name in rename else m for m in mentions
            if not (m.kind == "organization" and m.name in dropped)]


def _initials(name: str) -> str:
    """The first letters of a name's capitalised words: "United States Geological Survey" -> "USGS"."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())


def complete_bodies(text: str, mentions: list[ActorMention],
                    entities: Sequence = ()) -> tuple[list[ActorMention], list[tuple[int, int]]]:
    """``mentions`` (the tagger's actors) with the bodies :func:`find_bodies` finds outside
    their people and the places the tagger found (``entities``' LOC spans) that begin at or
    before them ("di Gedung DPR", "di Pengadilan Negeri Jakarta Selatan" name a venue; "Polda
    Jabar" holds the place "Jabar" and is a body). A tagged organisation inside a found body
    gives way to it. A short form the article defines ("Long Form (ACR)") names the same actor
    as its long form, wherever it is written (the tagger's actors resolve it only after the
    definition). Also returns the spans of the places named inside the bodies added
    (:func:`region_places`)."""
    # a "person" written exactly as a body of the table is that body ("Diskar PB")
    table = _table()
    posing = {id(m) for m in mentions if m.kind == "person" and m.text in table}
    if posing:
        mentions = [m if id(m) not in posing else
                    ActorMention(m.start, m.end, m.text, m.text, "organization", None)
                    for m in mentions]
    people = [(m.start, m.end) for m in mentions if m.kind == "person"]
    found = find_bodies(text, exclude=people)
    if found and entities:
        venues = sorted((e.start, e.end) for e in entities if e.label == "LOC")
        starts = [s for s, _ in venues]
        exact = set(venues)  # (the tagger's "place" that is exactly a body of the table is that body: "dari Manggala Agni")
        found = [b for b in found if (b.start, b.end) in exact or not _covers(venues, starts, b.start)]
    orgs = [m for m in mentions if m.kind == "organization"]
    spelled = _spelled_out_bodies(text, mentions, entities) if "(" in text else []
    if not orgs and not found and not spelled:
        return mentions, []
    keep_out = SpanSet((m.start, m.end) for m in orgs)
    tagged = {(m.start, m.end) for m in orgs}
    inside: set[int] = set()
    added: list[BodyMention] = []
    for b in found:
        if (b.start, b.end) in tagged:
            continue  # the tagger found it too (most often)
        if not keep_out.overlaps(b.start, b.end):
            added.append(b)
            continue
        crossing = [m for m in orgs if m.start < b.end and b.start < m.end]
        # a found body replaces the tagged ones inside it (one that stopped short of its
        # region), and one that only adds words before it that name no body
        outside = [m for m in crossing if not (b.start <= m.start and m.end <= b.end)]
        if (not outside and any((m.start, m.end) != (b.start, b.end) for m in crossing)) or (
                len(outside) == 1 and _led_in(text, outside[0], b)):
            inside.update(id(m) for m in crossing)
            added.append(b)
    out = [m for m in mentions if id(m) not in inside] if inside else list(mentions)
    if added:
        out += [ActorMention(b.start, b.end, b.text, _canonical(b.name), "organization", None) for b in added]
        out.sort(key=_START_END)
    if "Suku Dinas" in text:  # a Jakarta city's office, "(Kepala) Suku Dinas Lingkungan Hidup Jakarta Utara"
        out = [ActorMention(m.start - 5, m.end, "Suku " + m.text, "Suku " + m.name, m.kind, m.role)
               if m.kind == "organization" and m.text.startswith("Dinas") and text[max(0, m.start - 5):m.start] == "Suku "
               else m for m in out]
    if spelled:  # (found over the tagger's names: the table's bodies added here lie elsewhere)
        spelled = [b for b in spelled if not any(a.start < b.end and b.start < a.end for a in added)]
        out = sorted(out + [ActorMention(b.start, b.end, b.text, b.name, "organization", None) for b in spelled],
                     key=_START_END)
        added += spelled
    defined = _definitions(text, out, added)
    if defined:
        # (by its name, or as written: a bare "Kejari" the table names "Kejaksaan Negeri" is the
        # article's "Kejaksaan Negeri (Kejari) Sidoarjo")
        out = [m if m.kind != "organization" or (key := _defined_key(m, defined)) is None
               else ActorMention(m.start, m.end, m.text, defined[key], m.kind, m.role)
               for m in out]
    return out, [b.region for b in added if b.region is not None]


_START_END = attrgetter("start", "end")

# A short form in brackets after the words it abbreviates: "Commercial Crime Investigation Department
# (CCID)", "Badan Siber dan Sandi Negara (BSSN)"
_ACRONYM_BRACKET = re.compile(r"\([ \t]*([A-Z]{2,9})[ \t]*\)")
_WORD_BACK = re.compile(r"[A-Za-z][\w&'’-]*")
_LINKS = frozenset("of and for the on dan untuk & serta".split())
def _spelled_out_bodies(text: str, mentions: list[ActorMention], entities: Sequence) -> list[BodyMention]:
    """Bodies the tagger missed that the article spells out before their short form in brackets,
    the short form being the initials of the capitalised words ("Commercial Crime Investigation
    Department (CCID)"): a body when its name opens with the head of an Indonesian body's name
    ("Badan ...") or ends with an English one ("... Department"); never over a name already found.
    (Many such pairs name no body: "Pajak Bumi dan Bangunan (PBB)", "Bahan Bakar Minyak (BBM)".)"""
    taken = None
    found = []
    for br in _ACRONYM_BRACKET.finditer(text):
        short, end = br.group(1), br.start()
        while end and text[end - 1] in " \t":
            end -= 1
        if end == 0 or not text[end - 1].isalpha():
            continue
        run: list[re.Match] = []
        for w in reversed(list(_WORD_BACK.finditer(text, max(0, end - 160), end))):
            gap = text[w.end():(run[0].start() if run else end)]
            if gap.strip() or "\n" in gap or not (w.group()[:1].isupper() or (run and w.group().lower() in _LINKS)):
                break
            run.insert(0, w)
        caps = [w for w in run if w.group()[:1].isupper()]
        part = caps[len(caps) - len(short):] if len(caps) >= len(short) else []
        if not part or "".join(w.group()[0] for w in part) != short:
            continue
        start = part[0].start()
        if part[0].group().lower() in ORG_HEADS or part[-1].group().lower() in EN_ORG_HEADS:
            if taken is None:
                taken = SpanSet([(m.start, m.end) for m in mentions]
                                + [(e.start, e.end) for e in entities if e.label == "LOC"])
            if not taken.overlaps(start, end):
                found.append(BodyMention(start, end, text[start:end], " ".join(text[start:end].split()), short))
    return found


def region_places(text: str, regions: list[tuple[int, int]], taken: Sequence[PlaceMention]) -> list[PlaceMention]:
    """The places named inside the bodies :func:`complete_bodies` added ("Kota Cimahi" of "Dinas
    Lingkungan Hidup Kota Cimahi"), which the place finder skips as part of an organisation's
    name, but which are places of the article all the same; none that overlaps `taken`."""
    if not regions:
        return []
    from events_cli.extract.places import resolve_place

    covered = SpanSet((m.start, m.end) for m in taken)
    # the region of "Pemerintah Kabupaten Wakatobi" is the regency, "Kabupaten Wakatobi"
    regions = [(m.start() if (m := _AREA_BEFORE.search(text, max(0, s - 11), s)) else s, e) for s, e in regions]
    return [PlaceMention(s, e, text[s:e], resolve_place(text[s:e])) for s, e in regions if not covered.overlaps(s, e)]


_AREA_BEFORE = re.compile(r"\b(?:Kabupaten|Kota)[ \t]+$")


def _covers(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    """Whether one of the sorted, disjoint `spans` (their `starts`) holds offset `pos`."""
    i = bisect_right(starts, pos)
    return bool(i) and spans[i - 1][1] > pos


def _led_in(text: str, m: ActorMention, b: BodyMention) -> bool:
    """Whether the tagged organisation `m` is the body `b` with words before it that name no
    body: a building, a title, a headline's word ("Gedung Merah Putih KPK", "Bhabinkamtibmas
    Polsek Sukamakmur", "BOGOR–Pemerintah Kota" of "... Kota Bogor"); not "Universitas
    Pertamina" or "Fraksi PKS", whose first words make a body of their own."""
    if not (m.start < b.start < m.end <= b.end):
        return False
    lead = text[m.start:b.start].lower().replace("–", " ").replace("-", " ").split()
    return not any(w.strip(".,") in ORG_HEADS or w.strip(".,") in _OWNERS for w in lead)


def _defined_key(m: ActorMention, defined: dict[str, str]) -> str | None:
    for key in (m.name.lower(), " ".join(m.text.split()).lower()):
        if key in defined:
            return key
    return None


def _definitions(text: str, mentions: list[ActorMention], added: list[BodyMention]) -> dict[str, str]:
    """Short form (lower case) -> the long form's name, for each "Long Form (ACR)" of the
    article: "KPK", and for "Dinas Lingkungan Hidup (DLH) Kota Cimahi" "DLH Kota Cimahi",
    "Dinas DLH Kota Cimahi" and "DLH"."""
    defined: dict[str, str] = {}
    for b in added:
        if b.short:
            name = _canonical(b.name)
            head = b.name.split(None, 1)[0]
            for short in (b.short, f"{head} {b.short}", b.short.split(None, 1)[0]):
                defined.setdefault(short.lower(), name)
    if "(" in text:
        for m in mentions:
            if m.kind == "organization" and " " in m.name:
                br = _BRACKET.match(text, m.end)
                if br is not None and _short_form(br.group(1)):
                    short = " ".join(br.group(1).split())
                    if short.lower() != m.name.lower():
                        defined.setdefault(short.lower(), m.name)
    return defined
