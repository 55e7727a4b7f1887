"""Actor identity across the archive: which actor each name the extraction gave is.

The extraction names an article's actors as that article writes them ("BJ Habibie", "Bacharudin
Jusuf Habibie", "KPK", "Komisi Pemberantasan Korupsi"); the store keeps those names as they came
(``extracted_actors``, ``extracted_event_actors``). This stage, run after each written batch,
decides from everything the archive holds which names are one actor, and writes the derived rows
(``actors``, ``article_actors``, ``event_actors``, ``actor_aliases``) from its decisions.

**The rules** (each name is put in a group by its kind's rules, then the user's corrections apply):

Persons. A name is its words, initials apart ("B.J Habibie" and "BJ Habibie" are B., J., Habibie),
an apostrophe inside a word left out ("Ma'ruf" / "Maruf"), a surname's particle one word with it
("Virgil | van Dijk": "Van Dijk" and "Dijk" alone are his one-word names).
* Two names of two words or more are *compatible* when their last words are the same (in today's
  spelling: "Pandjaitan" / "Panjaitan", "Syarief" / "Syarif", "Syamsuddin" / "Syamsudin"), their
  first words match, and each other word of the shorter matches a word of the longer, in order:
  the same word, a spelling variant of it (both of five letters or more, the same first letter,
  one letter changed, added or dropped, or difflib ratio >= 0.85: "Bacharudin" / "Bacharuddin",
  "Rasyis" / "Rasyid"), or an initial of it. "BJ Habibie", "Bacharudin Jusuf Habibie" and
  "Bacharuddin Jusuf Habibie" are compatible, and "Anies Baswedan" and "Anies Rasyid Baswedan";
  "Rusli Habibie", "Ilham Akbar Habibie" and "Iriana Joko Widodo" (a first word more) are not.
  The names sharing a last word form groups, taken from the most written down (then the longest):
  a name joins a group when it is compatible with the group's CORE most written names and with at
  least half of the rest (rare spellings of one name may be further apart than either from the
  name: "Baharudin" and "Bachruddin" are both "Bacharuddin", not each other's); a name compatible
  with two groups is ambiguous and kept
  apart, unless one of them has AMBIGUOUS_LEAD times the articles of the others ("Bj Habibie" is
  BJ Habibie, not Burhanuddin Jusuf Habibie, written twice). Edhy Prabowo and Prabowo Subianto do
  not share their last word: never one.
* A one-word name ("Habibie", "Anies", "Jokowi") joins a group when the texts write it as a form
  of that group's names ("Jokowi" beside "Joko Widodo": ``actor_name_forms``) in at least half of
  such articles, and otherwise when one group clearly dominates the archive's persons of two words
  or more that contain the word: it holds at least half of their articles and at least twice as
  many as the next group (SHARE, LEAD). "Habibie" is BJ Habibie; a word two people share evenly
  joins neither. (Within one article the extraction already gives the full name.) Either way the
  group's evidence (articles writing the form, or the group's names with the word) must be at
  least EVIDENCE x the articles that write the one-word name alone: a name written alone in 120
  articles and in a longer name in one or two is a name of its own ("Wiranto" beside a garbled
  "Wiranto Panglima ABRI", "Soeharto" beside "Tommy Soeharto").
* A group of names of two words or more whose head begins longer names ("Sri Mulyani", "Sri
  Mulyani Indrawati") joins them by the same rule: the longer names' groups are the evidence,
  their extra words a name's (capitalised, no acronym, no place: not "Ahmad Yani Semarang"), and
  the group's own articles count as the one-word name's ("Agus Rahardjo" in 111 articles is not
  "Agus Rahardjo Cs" of 9).
* A group whose head is a longer name without its first word (a first name, not a title or a
  place: "Ainun Habibie", "Hasri Ainun Habibie") joins the group that dominates those longer
  names when they are written in at least SHARE of its articles: a wife written with her husband's
  name ("Iriana Joko Widodo"), far more rarely than he is, leaves him alone.

Organisations. An organisation is keyed by its body:
* every form of a row of the shipped table ``bodies.tsv`` ("KPK", "Komisi Pemberantasan Korupsi",
  "Corruption Eradication Commission") is that body, a long form in any case and a reduplicated
  word with or without its hyphen ("Perserikatan Bangsa Bangsa"); a body the table gives no
  acronym (it names other things too) takes the one its articles write beside it (below: "PPP" is
  Partai Persatuan Pembangunan), unless another body of the table with no acronym of its own has
  those initials and is written beside it as often (PBB: the United Nations, Partai Bulan Bintang;
  the first LEAD times as often as the second in an archive, the first);
* a long form that its articles write with an acronym beside it ("Komisi Pemberantasan Tindak
  Pidana Korupsi (KPK)", in at least MIN_FORM_ARTICLES articles) is the actor of that acronym,
  when the acronym's letters are the initials of the long form, in order, from its first to its
  last word (KPK of K-P-T-P-K; never DPR of Dewan Perwakilan Rakyat Daerah, nor KPK of Pengadilan
  Tindak Pidana Korupsi);
* a long form that is a more written one with one word spelt otherwise (a spelling variant, as
  for persons), with the same initials ("Komisi Pemberatansan Korupsi"), or its very words written
  otherwise ("Paris Saint Germain" / "Paris Saint-Germain"), is that one's actor; an acronym not in
  the table is itself.

One name as both kinds is the actor of the kind its articles' words give it (``extracted_actors.cued``:
"istrinya, X" or "almarhum X" for a person, "klub X", "pabrikan X", "anggota X" for a body),
when they clearly do (``name_kind``); else of the kind more articles gave it (a tie: the person):
"BJ Habibie" tagged once as an organisation is the person, "Paris Saint-Germain" tagged a person in
most of its articles is the club, for "klub Paris Saint-Germain" in some.

**Corrections** (``actor_corrections``, made by ``events actors merge/split/forget``) are read,
never written, here: a forgotten name is no actor; a split name is a group of its own, compared
with nothing; a merge makes the groups of two names one actor (unless a later split or forget
of either name undoes it).

**The actor's name** is chosen from its names, whatever their order: its kind's names of two words
or more before one-word ones, a person's names that begin or end none of its others before those
that do ("Sri Mulyani Indrawati" before "Sri Mulyani", "Hasri Ainun Habibie" before "Ainun
Habibie"), names not in capitals, then the most articles, then
a body's name as the table writes it ("Perserikatan Bangsa-Bangsa", not "Perserikatan Bangsa
Bangsa"), then the longest, then A to Z.

**Order does not matter and each batch costs what it touches.** Every decision is a function of
the counts in ``actor_names`` and ``actor_name_forms`` (a batch adds its articles' rows to those of
the names it touches)
and of the names that share a blocking key (``actor_name_keys``) with them: a person's last word
and first letter, the words of a one-word name's longer names, an organisation's initials, number
of words and first or last word (the only names its spelling may be a variant of). A batch
re-decides the names it touches and those sharing a key with them, and reads the stored decision
of any other name it needs; the derived rows are rebuilt only for the batch's articles and those
naming an actor whose identity changed.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from typing import NamedTuple

import duckdb

from events_cli import store
from events_cli.errors import NotFoundError, UsageError

PERSON, ORG = "person", "organization"
SHARE = 0.5  # a one-word name joins a group holding at least this share of the evidence...
LEAD = 2.0  # ... and at least this many times the next group's
EVIDENCE = 0.1  # ... and at least this share of the articles writing the one-word name alone
AMBIGUOUS_LEAD = 10  # a name compatible with two groups joins the one with this many times the others' articles
CORE = 2  # a name joins a group compatible with its this many most written names (and half the rest)
VARIANT = 0.85  # difflib ratio of two spellings of one word (of five letters or more)
MIN_FORM_ARTICLES = 2  # articles writing an acronym beside a long form, for the two to be one
KIND_LEAD = 2.0  # a name is the kind its articles' words give it in this many times the articles giving the other...
KIND_EVIDENCE = 0.1  # ... and in this share of all its articles...
KIND_MIN_ARTICLES = 2  # ... and in this many at least (name_kind)
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,9}")
_WORD = re.compile(r"[^\W\d_]+")
_NUMBER = re.compile(r"\d+")
_APOSTROPHE = re.compile(r"(?<=\w)['’`‘](?=\w)")
_FORGOTTEN = "forgotten"


def _single(name: str) -> bool:
    """A person's name that the forms written for it may join to a longer one: one word, or a nickname."""
    return len(person_words(name)) == 1 or _nickname(name)


@lru_cache(maxsize=200_000)
def _nickname(name: str) -> bool:
    from events_cli.extract.actors import nickname

    return nickname(name)


def _name_words(name: str) -> list[str]:
    """The words of a person's name, an apostrophe inside a word kept out ("Ma'ruf" and "Maruf"
    are one word, "N'Golo" one)."""
    return _WORD.findall(_APOSTROPHE.sub("", name))


class Word(NamedTuple):  # (made for every name a process meets: a tuple is the cheapest to make)
    text: str  # folded
    initial: bool


# Indonesian names keep the spellings before the 1947 and 1972 reforms beside today's: oe for u
# ("Soeharto"), dj for j ("Pandjaitan"), sj for sy; Dutch ie for i ("Syarief"); and a doubled
# consonant is as often written single ("Syamsuddin" / "Syamsudin", "Muhammad" / "Muhamad"). Old
# j for today's y ("Tjahjo" / "Cahyo") is left (today's j is a j), and tj / ch, whose today's c / kh
# would change the first letter an initial is compared with.
_OLD_SPELLING = re.compile(r"oe|dj|sj|ie|([b-df-hj-np-tv-z])\1")
_TODAY = {"oe": "u", "dj": "j", "sj": "sy", "ie": "i"}


@lru_cache(maxsize=200_000)
def _spelling(word: str) -> str:
    """A folded word of a name with the old spellings written as today's: "soeharto" -> "suharto",
    "pandjaitan" -> "panjaitan", "syarief" -> "syarif", "syamsuddin" -> "syamsudin"."""
    return _OLD_SPELLING.sub(lambda m: _TODAY.get(m.group(0)) or m.group(1), word)


_NO_VOWEL = re.compile(r"(?!(?:dr|drs|hj|jr|sr|mr|ms|mrs)\Z)[^\W\d_aeiouy]+\Z", re.IGNORECASE)  # "Bj Habibie": initials, "Dr" a title

# the particles of European surnames: "Virgil van Dijk" is Van Dijk, "David de Gea" De Gea
_PARTICLES = frozenset({"van", "von", "de", "da", "di", "del", "della", "der", "den", "du", "dos", "das", "le", "ter", "ten"})


@lru_cache(maxsize=200_000)
def person_words(name: str) -> tuple[Word, ...]:
    """The words of a person's name, folded, initials apart, a surname's particle one word with
    it: "B.J Habibie" -> b., j., habibie; "Virgil van Dijk" -> virgil, van dijk."""
    raw = _name_words(name)
    if len(raw) > 1 and raw[-2].casefold() in _PARTICLES:
        raw[-2:] = [f"{raw[-2]} {raw[-1]}"]
    out: list[Word] = []
    for i, w in enumerate(raw):
        if len(raw) > 1 and i < len(raw) - 1 and (len(w) == 1 or (len(w) <= 3 and (w.isupper() or _NO_VOWEL.match(w)))):
            out.extend(Word(c.casefold(), True) for c in w)
        else:
            out.append(Word(w.casefold(), False))
    return tuple(out)


@lru_cache(maxsize=200_000)
def _full_words(name: str) -> frozenset[str]:
    """The words of a person's name a one-word name may be (no initials): a surname with its
    particle as well as without ("van dijk", "dijk")."""
    texts = {w.text for w in person_words(name) if not w.initial}
    return frozenset(texts | {t.rsplit(" ", 1)[1] for t in texts if " " in t})


@lru_cache(maxsize=200_000)
def _variant(a: str, b: str) -> bool:
    """Two spellings of one word: "bacharudin" / "bacharuddin", "pemberatansan" / "pemberantasan"."""
    if a == b or _spelling(a) == _spelling(b):  # ("soebroto" / "subroto")
        return True
    if len(a) < 5 or len(b) < 5 or a[0] != b[0] or abs(len(a) - len(b)) > 2:
        return False
    if _letters_apart(a, b):
        return False
    return _near(a, b)


@lru_cache(maxsize=200_000)
def _near(a: str, b: str) -> bool:
    """_variant of two words already known to differ in today's spelling, to begin with the same
    letter, to be five letters long or more and within two of each other's length, and to have no
    more letters in one only than `_letters_apart` allows (what _closest_spelling has tested)."""
    if _one_edit(a, b):
        return True
    # not one edit: the letters difflib can match (a common subsequence) are at most the shorter
    # word's, one less when the lengths are within one; then its quick_ratio (letters in common,
    # as a multiset): both bound the ratio from above
    la, lb = len(a), len(b)
    if 2.0 * (min(la, lb) - (abs(la - lb) < 2)) / (la + lb) < VARIANT:
        return False
    if 2.0 * sum((_letters(a) & _letters(b)).values()) / (la + lb) < VARIANT:
        return False
    return SequenceMatcher(None, a, b).ratio() >= VARIANT


@lru_cache(maxsize=200_000)
def _letters(word: str) -> Counter:
    return Counter(word)


_LETTER_BIT: dict[str, int] = {}  # each letter met, its bit (in the order met: only the count of bits is read)


@lru_cache(maxsize=200_000)
def _letter_bits(word: str) -> int:
    """The set of a word's letters as the bits of an int: two words' letters in one only are the bits
    of the xor (counted without making a set, in the spelling look-up's inner loop)."""
    bits = 0
    for ch in set(word):
        bits |= 1 << _LETTER_BIT.setdefault(ch, len(_LETTER_BIT))
    return bits


def _letters_apart(a: str, b: str) -> bool:
    """More letters in one word and not in the other than one edit (two) or difflib's ratio
    allows: a letter one word has and the other not is one neither an edit nor difflib's matching
    blocks can pair, so the two are no variants. Made on sets of letters, it rejects most pairs of
    unrelated words before the costlier tests."""
    return _apart((_letter_bits(a) ^ _letter_bits(b)).bit_count(), len(a) + len(b))


def _apart(differing: int, length: int) -> bool:
    """_letters_apart of two words of `length` letters together, `differing` of their letters in one only."""
    return differing > _most_apart(length)


def _most_apart(length: int) -> float:
    """The most letters two words of `length` letters together may have in one only and be variants."""
    return max(2, (1 - VARIANT) * length + 1e-9)


def _one_edit(a: str, b: str) -> bool:
    """One letter changed, added or dropped: "rasyis" / "rasyid"."""
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + 1:] == b[i + 1:] if len(a) == len(b) else a[i:] == b[i + 1:]


def _same_word(x: Word, y: Word) -> bool:
    if x.initial or y.initial:
        return x.text[0] == y.text[0]
    return _variant(x.text, y.text)


def persons_compatible(a: tuple[Word, ...], b: tuple[Word, ...]) -> bool:
    """Two names of two words or more that may be one person (see the module's rules)."""
    if len(a) < 2 or len(b) < 2 or a[-1].initial or b[-1].initial or _spelling(a[-1].text) != _spelling(b[-1].text):
        return False
    short, long = sorted((a[:-1], b[:-1]), key=len)
    if not _same_word(short[0], long[0]):  # "Iriana Joko Widodo" is not Joko Widodo
        return False
    i = 0
    for w in short:
        while i < len(long) and not _same_word(w, long[i]):
            i += 1
        if i == len(long):
            return False
        i += 1
    return True


def person_groups(names: Iterable[tuple[str, int]]) -> dict[str, str]:
    """Names of two words or more sharing a last word -> the head of their group: the most
    written first (a long garbled name, "RI BJ Habibie", must not split the group it belongs to)."""
    entries = sorted(((c, n) for n, c in names), key=lambda e: (-e[0], -len(person_words(e[1])), e[1]))
    groups: list[list] = []  # [names, closed, articles]
    head: dict[str, str] = {}
    for count, name in entries:
        fits = [g for g in groups if _fits(name, g[0])]
        if len(fits) > 1:  # ambiguous, unless one group outweighs the others by far ("Bj Habibie")
            fits.sort(key=lambda g: -g[2])
            if fits[0][2] >= AMBIGUOUS_LEAD * sum(g[2] for g in fits[1:]):
                del fits[1:]
        if len(fits) == 1 and not fits[0][1]:
            fits[0][0].append(name)
            fits[0][2] += count
            head[name] = fits[0][0][0]
        else:  # new, or ambiguous (closed: nothing joins it)
            groups.append([[name], len(fits) > 1, count])
            head[name] = name
    return head


def _fits(name: str, members: list[str]) -> bool:
    """Whether a name may join a group of `members` (most written first): compatible with the
    first CORE of them and with at least half of the others."""
    if not all(_names_compatible(name, other) for other in members[:CORE]):
        return False
    rest = members[CORE:]
    return 2 * sum(not _names_compatible(name, other) for other in rest) <= len(rest)


@lru_cache(maxsize=500_000)
def _names_compatible(a: str, b: str) -> bool:
    """persons_compatible of two names (a block's names are compared again at each batch that touches it)."""
    return persons_compatible(person_words(a), person_words(b))


def dominant(evidence: dict[str, int], alone: int = 0) -> str | None:
    """The group that clearly dominates: >= SHARE of all the evidence, >= LEAD x the next, and
    >= EVIDENCE x `alone` (the articles writing the one-word name that would join it)."""
    if not evidence:
        return None
    ranked = sorted(evidence.items(), key=lambda kv: (-kv[1], kv[0]))
    top = ranked[0][1]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if top >= SHARE * sum(evidence.values()) and top >= LEAD * second and top >= EVIDENCE * alone:
        return ranked[0][0]
    return None


def initials(name: str) -> str:
    """First letters of a long form's words, connectors left out: "Dewan Perwakilan Rakyat" -> DPR."""
    return "".join(w[0] for w in _WORD.findall(name) if w[0].isupper()).upper()


def abbreviates(acronym: str, long_form: str) -> bool:
    """The acronym's letters are the long form's initials in order, from its first to its last word."""
    letters, init = re.sub(r"[^A-Z]", "", acronym.upper()), initials(long_form)
    if len(letters) < 2 or len(init) < 2 or letters[0] != init[0] or letters[-1] != init[-1]:
        return False
    it = iter(init)
    return all(c in it for c in letters)


@lru_cache(maxsize=200_000)
def _body(name: str):
    from events_cli.extract.bodies import lookup

    body = lookup(name)
    if body is None and name.endswith(" RI") and len(name) > 3:  # "DPR RI" is the DPR
        body = lookup(name[:-3])
    return body or _loose_forms().get(_loose(name))


def _shouted(name: str) -> bool:
    """A name of words in capitals that are no acronyms (a headline's: "PERSERIKATAN BANGSA-BANGSA",
    not "TNI AU")."""
    return name.isupper() and " " in name and any(len(w) >= 6 for w in _WORD.findall(name))


def _loose(name: str) -> str:
    """A long form as it may be written otherwise: any case, a reduplicated word's hyphen as a
    space ("Perserikatan Bangsa Bangsa", "KOMISI PEMBERANTASAN KORUPSI")."""
    return " ".join(name.replace("-", " ").casefold().split())


@lru_cache(maxsize=1)
def _loose_forms() -> dict:
    """The table's forms of two words or more, by `_loose`."""
    from events_cli.extract.bodies import forms

    loose: dict = {}
    for form, body in forms().items():
        if " " in (key := _loose(form)):
            loose.setdefault(key, body)
    return loose


def _body_key(name: str) -> str | None:
    body = _body(name)
    return None if body is None else "body:" + body.long_form


_COMPANY_WORDS = re.compile(r"^(?:PT\.?|P\.T\.)\s+|,?\s+Tbk\.?$|\s*\(Persero\)$")
_REGIONAL_PLACES = frozenset({"province", "city", "regency", "district", "region"})


@lru_cache(maxsize=200_000)
def _regional_key(name: str) -> str | None:
    """A regional body's key: the body its head names and the place after it, as the tables know
    them ("Polda Jatim", "Polda Jawa Timur" and "Kepolisian Daerah Jawa Timur": the Kepolisian
    Daerah of Jawa Timur; "DPRD Kota Bandung" and "DPRD Kabupaten Bandung" stay two); None when
    the name is no head of the bodies table and an Indonesian place."""
    from events_cli.extract import places
    from events_cli.extract.bodies import lookup

    words = name.split()
    for k in range(min(len(words) - 1, 5), 0, -1):
        body = lookup(" ".join(words[:k]))
        if body is not None:
            if body.level == "national":
                return None
            place = places.resolve_place(" ".join(words[k:]))
            if place.kind in _REGIONAL_PLACES and place.country_code == "ID":
                return f"body:{body.long_form}@{place.name}"
            return None
    return None


@lru_cache(maxsize=200_000)
def _company_key(name: str) -> str | None:
    """A company written with its legal words ("PT", "Tbk", "(Persero)") is the company written
    without them: the table's company ("PT Pertamina" is Pertamina), or the name of two words
    or more left ("PT Garuda Indonesia Tbk" is Garuda Indonesia); never a body of another kind
    ("PT PBB" is no United Nations) nor an acronym alone. None when there are no such words."""
    # (twice: a suffix may stand before another, "PT Bank Mandiri (Persero) Tbk")
    core = _COMPANY_WORDS.sub("", _COMPANY_WORDS.sub("", name)).strip()
    if not core or core == name:
        return None
    body = _body(core)
    if body is not None:
        return "body:" + body.long_form if body.kind == "company" else None
    return core if len(core.split()) >= 2 else None


def person_block(words: tuple[Word, ...]) -> str:
    """The block of a person's name of two words or more: its last word and its first letter
    (compatible names share both)."""
    return f"s:{_spelling(words[-1].text)}:{words[0].text[0]}"


@lru_cache(maxsize=200_000)
def name_prefixes(name: str, whole: bool = False) -> tuple[str, ...]:
    """The folded first words of a person's name, two words or more and fewer than all (`whole`:
    and all): "Sri Mulyani Indrawati" -> "sri mulyani" (, "sri mulyani indrawati")."""
    words = [w.casefold() for w in _name_words(name)]
    return tuple(" ".join(words[:k]) for k in range(2, len(words) + (1 if whole else 0)))


@lru_cache(maxsize=200_000)
def name_tails(name: str) -> tuple[str, ...]:
    """A person's name of three words or more without its first word, folded, when that word may
    be a first name (capitalised, no acronym, no title, no word of a kind of person, body or place,
    no place): "Hasri Ainun Habibie" -> "ainun habibie"; "Presiden Joko Widodo", "RI Joko Widodo",
    "Relawan Ungaran Peduli" -> none."""
    from events_cli.extract import places
    from events_cli.extract.ner import HONORIFICS, LOC_CUES, ORG_HEADS, PERSON_NOUNS, RANKS, ROLES

    words = _name_words(name)
    first = words[0].casefold() if words else ""
    if (len(words) < 3 or not words[0][:1].isupper() or words[0].isupper()
            or any(first in table for table in (ROLES, HONORIFICS, RANKS, PERSON_NOUNS, ORG_HEADS, LOC_CUES))
            or places.resolve_place(words[0]).kind != "other"):
        return ()
    return (" ".join(w.casefold() for w in words[1:]),)


def _extends(longer: str, prefix: str) -> bool:
    """Whether a person's name is `prefix` (folded words) and more words of a name: capitalised,
    no acronym, no place ("Sri Mulyani | Indrawati"; not "Ahmad Yani | Semarang", "Nabi Muhammad |
    SAW", "Agus Rahardjo | cs")."""
    from events_cli.extract import places

    raw = _name_words(longer)
    n = prefix.count(" ") + 1
    if len(raw) <= n or " ".join(w.casefold() for w in raw[:n]) != prefix:
        return False
    return all(w[:1].isupper() and not w.isupper() and places.resolve_place(w).kind == "other" for w in raw[n:])


@lru_cache(maxsize=200_000)
def name_keys(name: str, kind: str) -> frozenset[str]:
    """The blocking keys of a name (see actor_name_keys in schema.sql)."""
    if kind == PERSON:
        words = person_words(name)
        if not words:
            return frozenset()
        if len(words) == 1:
            return frozenset({"u:" + words[0].text})
        return frozenset({person_block(words)} | {"t:" + w for w in _full_words(name)}
                         | {"q:" + prefix for prefix in name_prefixes(name, whole=True)}
                         | {"r:" + tail for tail in name_tails(name)})
    # an organisation's long form: only spelling variants are decided by block, and two long forms
    # one word apart share their initials, their number of words, and their first or their last word
    words = [w.casefold() for w in _WORD.findall(name)]
    if len(words) < 2:
        return frozenset()
    head = f"v:{initials(name)}:{len(words)}"
    return frozenset({f"{head}:<{words[0]}", f"{head}:>{words[-1]}"})


def _fold(name: str) -> str:
    """An organisation's name as its short forms are compared: its words, lower case."""
    return " ".join(name.lower().split())


SHORT_WORDS = 3  # an organisation's short form has at most this many words


@lru_cache(maxsize=200_000)
def org_affixes(name: str) -> tuple[str, ...]:
    """The names an organisation's name may be the full name of: its first and its last words, as
    written, of up to SHORT_WORDS words and fewer than all ("Tottenham Hotspur" -> "Tottenham",
    "Hotspur")."""
    words = name.split()
    n = min(len(words) - 1, SHORT_WORDS)
    return tuple(dict.fromkeys(x for k in range(1, n + 1) for x in (" ".join(words[:k]), " ".join(words[-k:]))))


@lru_cache(maxsize=200_000)
def _folded_affixes(name: str) -> tuple[str, ...]:
    return tuple(_fold(x) for x in org_affixes(name))


_NAME_WORD = re.compile(r"[^\W\d_]+(?:[-'’&][^\W\d_]+)*")


@lru_cache(maxsize=200_000)
def _short_form(name: str) -> bool:
    """Whether an organisation's name may be a short form of a longer one: capitalised words of a
    name (no figure, no acronym: "Timnas U-16", "KPK", "PS Tira" are not), the first no kind of
    body ("Bank Sentral", "Polres Metro Bekasi": a body of that kind, not one of its branches). (Nor a
    country or province, which as a body is its government or its team, "China" no "China Open":
    told by _join_short_forms, of the names with longer ones only.)"""
    from events_cli.extract.ner import EN_ORG_HEADS, ORG_HEADS, ROLES

    words = name.split()
    if not 1 <= len(words) <= SHORT_WORDS or any(_ACRONYM.fullmatch(w) for w in words):
        return False
    if not all(_NAME_WORD.fullmatch(w) and w[0].isupper() for w in words):
        return False
    first = words[0].casefold()  # (a body of a kind: "Bank Sentral", "Polres Metro Bekasi" of "... Kota")
    return first not in ORG_HEADS and first not in EN_ORG_HEADS and first not in ROLES


_REGIONS = frozenset({"country", "province", "continent"})


@lru_cache(maxsize=200_000)
def _extends_org(longer: str, short: str) -> bool:
    """Whether an organisation's name is `short` (folded) with more words of a name before or after
    it: capitalised, no figure, no role or title; after it, no body of the table and no acronym but
    a kind of body, nor a country after a name of two words; two words at most; before a place, no
    acronym or kind of body ("Tottenham | Hotspur", "Real | Madrid", "PS | Tira Persikabo",
    "Bhayangkara | FC"; not "Dewan Pengawas | KPK", a body's own council, "Timnas Indonesia | U-16",
    "KJRI | Chicago", "Kedutaan Besar | Republik Indonesia")."""
    from events_cli.extract.ner import EN_ORG_HEADS, HONORIFICS, ORG_HEADS, RANKS, ROLES

    words, n = longer.split(), short.count(" ") + 1
    if len(words) <= n:
        return False
    folded = [w.lower() for w in words]
    if " ".join(folded[:n]) == short:
        extra, after = words[n:], True
    elif " ".join(folded[-n:]) == short:
        extra, after = words[:-n], False
    else:
        return False
    if len(extra) > 2:  # ("Angkatan Darat" is no short form of "Rumah Sakit Pusat Angkatan Darat")
        return False
    if after and n >= 2 and _place_kind(" ".join(extra)) == "country":  # ("Kedutaan Besar | Republik Indonesia")
        return False
    for w in extra:
        f = w.casefold()
        # before a place, a kind of body makes a body of that place ("KJRI | Chicago", "Kementerian Pertahanan | Arab Saudi")
        if not after and (_ACRONYM.fullmatch(w) or f in ORG_HEADS or f in EN_ORG_HEADS) and _place_kind(short) != "other":
            return False
        if not (_NAME_WORD.fullmatch(w) and w[0].isupper()) or f in ROLES or f in RANKS or f in HONORIFICS:
            return False
        if after and (_body(w) is not None or _ACRONYM.fullmatch(w) and f not in ORG_HEADS and f not in EN_ORG_HEADS):
            return False
    return not (after and _body(" ".join(extra)) is not None)


@lru_cache(maxsize=50_000)
def _place_kind(name: str) -> str:
    """The kind of place the gazetteer knows a name as ("other": none)."""
    from events_cli.extract import places

    return places.resolve_place(name).kind


def _extending(con, shorts: list[str]) -> list[_Name]:
    """The organisations' names that begin or end with one of `shorts` (folded names) and have more
    words (a superset: _extends_org tells)."""
    if not shorts:
        return []
    return _fetch(con, """WITH o AS (SELECT *, string_split(lower(name), ' ') AS w FROM actor_names
                                     WHERE kind = 'organization' AND contains(name, ' '))
                          SELECT DISTINCT name, kind, n_articles, cluster, actor_id, n_cued FROM o, range(1, """
                  f"""{SHORT_WORDS + 1}) AS r(k)
                          WHERE k < len(w) AND (array_to_string(w[1:k], ' ') IN (SELECT s FROM _batch)
                                                OR array_to_string(w[len(w) - k + 1:], ' ') IN (SELECT s FROM _batch))""",
                  {"s": shorts})


@dataclass(slots=True)
class _Name:
    name: str
    kind: str
    n: int
    cluster: str | None  # stored
    actor_id: int | None  # stored
    cued: int = 0  # of its articles, those whose words gave its kind


def resolve(con: duckdb.DuckDBPyConnection, places_gone=()) -> bool:
    """Resolve the names of every article written and not yet resolved (the batch just written,
    and any an interrupted import left), and of every name a re-extraction left (cluster NULL).
    Runs inside the caller's transaction. True when a name stored before now resolves to
    another actor (what other stages keep of stored articles' actors is then stale).
    `places_gone`: places whose articles were taken out (their use as a team is voted again)."""
    from events_cli.resolve import places

    # (places used as teams first: the names they give the articles are resolved with the rest)
    redo, renamed = places.resolve(con, places_gone)
    stale = set(con.execute("SELECT name, kind FROM actor_names WHERE cluster IS NULL").fetchall()) | renamed
    touched = stale | set(con.execute("""SELECT DISTINCT name, kind FROM extracted_actors
                                         WHERE article_id IN (SELECT article_id FROM actors_unresolved)""").fetchall())
    pending = [r[0] for r in con.execute("SELECT article_id FROM actors_unresolved").fetchall()]
    if not touched and not pending:
        return False
    # (the actors those names were of: counted anew, even if no article names them any more)
    was = {r[0] for r in store._rows(con, "SELECT actor_id FROM actor_names JOIN _batch USING (name, kind) "
                                          "WHERE actor_id IS NOT NULL",
                                     {"name": [n for n, _ in renamed], "kind": [k for _, k in renamed]})} if renamed else set()
    # (the one-word names that become or stop being an organisation's: the persons' names holding
    # them are shown by another of their names, or by them again: _garbled)
    singles = {n for n, _ in touched if len(_WORD.findall(n)) == 1}
    bodies = _bodies_names(con, singles)
    _recount(con, touched, stale)
    corrections = _corrections(con)
    flipped = bodies ^ _bodies_names(con, singles)
    scope, evidence = _scope(con, touched, flipped)
    labels = _labels(scope, evidence, con, corrections)
    # an organisation whose group changes with no change of its own: its short forms are decided
    # again with it (a round more, rare: a new name's and a touched name's are in the scope already)
    for _ in range(3):
        moved_orgs = [r.name for key, r in scope.items() if r.kind == ORG and r.cluster is not None
                      and labels.get(key) != r.cluster]
        short = sorted({x for name in moved_orgs for x in org_affixes(name) if _short_form(x)}
                       - {n for n, k in scope if k == ORG})
        short = {(r[0], ORG) for r in store._rows(con, "SELECT name FROM actor_names WHERE kind = 'organization' "
                                                       "AND name IN (SELECT name FROM _batch)", {"name": short or [""]})}
        if not short:
            break
        touched = touched | short
        scope, evidence = _scope(con, touched, flipped)
        labels = _labels(scope, evidence, con, corrections)
    moved = _apply(con, scope, labels, corrections, pending, redo, renamed, was)
    con.execute("DELETE FROM actors_unresolved")
    return moved or bool(redo)


def after_batch(con: duckdb.DuckDBPyConnection, article_ids: Iterable[int] = ()) -> bool:
    """Resolution after a written batch, in a transaction of its own. (Every unresolved article
    is taken, not only ``article_ids``: an interrupted import's are caught up.) True when a
    name stored before now resolves to another actor."""
    con.begin()
    try:
        moved = resolve(con)
        con.commit()
    except BaseException:
        store._rollback(con)
        raise
    return moved


def _store_keys(con, names: Iterable[tuple[str, str]]) -> None:
    """Key the names ((name, kind)), none of them keyed yet, in actor_name_keys (see name_keys)."""
    rows = [(key, n, k) for n, k in names for key in name_keys(n, k)]
    if rows:
        store._rows(con, "INSERT INTO actor_name_keys SELECT key, name, kind FROM _batch",
                    dict(zip(("key", "name", "kind"), zip(*rows))))


def rekey(con: duckdb.DuckDBPyConnection) -> None:
    """Key every stored name anew by today's name_keys and leave every name undecided: the next
    `resolve` decides them all again (the user's corrections applied as before). For a database
    whose keys an older events stored."""
    names = con.execute("SELECT name, kind FROM actor_names").fetchall()
    con.execute("DELETE FROM actor_name_keys")
    _store_keys(con, names)
    con.execute("UPDATE actor_names SET cluster = NULL")


def _recount(con, touched: set[tuple[str, str]], stale: set[tuple[str, str]]) -> None:
    """Bring the counts of the names touched up to date, and key the new ones. The stored counts
    of a name are those of the resolved articles (an article's rows change only when it is
    written, and it is then unresolved until this runs): the pending articles' rows are added to
    them. The `stale` names (a re-extraction or a correction left them unresolved: their
    articles' rows may have gone) are counted anew, and dropped when no article names them."""
    if not touched:
        return
    fresh = touched - stale
    _names_table(con, "_stale", stale)
    _names_table(con, "_fresh", fresh)
    counts = con.execute("""SELECT t.name, t.kind, count(x.article_id), count(x.article_id) FILTER (x.cued) FROM _stale t
                            LEFT JOIN extracted_actors x USING (name, kind) GROUP BY ALL""").fetchall() if stale else []
    counts += con.execute(f"""SELECT name, kind, count(*), count(*) FILTER (cued) FROM {_PENDING_ROWS}
                              JOIN _fresh USING (name, kind) GROUP BY ALL""").fetchall()
    known = set(con.execute("""SELECT name, kind FROM actor_names WHERE (name, kind) IN
                               (SELECT (name, kind) FROM _fresh UNION ALL SELECT (name, kind) FROM _stale)""").fetchall())
    if stale:
        con.execute("DELETE FROM actor_name_forms WHERE (name, kind) IN (SELECT (name, kind) FROM _stale)")
    gone = [(n, k) for n, k, c, _ in counts if c == 0]
    if gone:
        store._rows(con, "DELETE FROM actor_names WHERE (name, kind) IN (SELECT (name, kind) FROM _batch)",
                    {"name": [g[0] for g in gone], "kind": [g[1] for g in gone]})
        store._rows(con, "DELETE FROM actor_name_keys WHERE (name, kind) IN (SELECT (name, kind) FROM _batch)",
                    {"name": [g[0] for g in gone], "kind": [g[1] for g in gone]})
    live = [r for r in counts if r[2]]
    for added in (False, True):
        rows = [r for r in live if ((r[0], r[1]) in fresh) is added]
        if rows:
            store._rows(con, f"""INSERT INTO actor_names (name, kind, n_articles, n_cued) SELECT name, kind, n, cued FROM _batch
                                 ON CONFLICT (name, kind) DO UPDATE SET n_articles = excluded.n_articles
                                 {"+ actor_names.n_articles" if added else ""},
                                 n_cued = excluded.n_cued {"+ actor_names.n_cued" if added else ""}""",
                        dict(zip(("name", "kind", "n", "cued"), zip(*rows))))
    _store_keys(con, [(n, k) for n, k, _, _ in live if (n, k) not in known])
    # the forms: the stale names' counted anew, the pending articles' added to the others' (their
    # rows read first: a join with every article's rows costs the archive)
    from events_cli.extract.actors import NICKNAME_HONORIFICS  # a nickname ("Gus Dur") is a form as a one-word name is

    nickname_re = r"^(?i:%s)\s+\S+$" % "|".join(sorted(NICKNAME_HONORIFICS))
    for table, names, rows, add in (("_stale", stale, "extracted_actors", ""),
                                    ("_fresh", fresh, _PENDING_ROWS, "+ actor_name_forms.n_articles")):
        if names:
            con.execute(rf"""INSERT INTO actor_name_forms
                SELECT trim(m), x.name, x.kind, count(DISTINCT x.article_id) FROM {rows} x
                JOIN {table} USING (name, kind), unnest(x.mentions) AS u(m)
                WHERE (NOT regexp_matches(trim(m), '\s') OR regexp_matches(trim(m), '{nickname_re}')) AND trim(m) <> ''
                  AND NOT contains(lower(x.name), lower(trim(m))) GROUP BY ALL
                ON CONFLICT (form, name, kind) DO UPDATE SET n_articles = excluded.n_articles {add}""")
    con.execute("DROP TABLE _stale")
    con.execute("DROP TABLE _fresh")


_PENDING_ROWS = "(SELECT * FROM extracted_actors WHERE article_id IN (SELECT article_id FROM actors_unresolved))"


def _names_table(con, table: str, names: set[tuple[str, str]]) -> None:
    rows = sorted(names) or [("", "")]
    store._rows(con, f"CREATE OR REPLACE TEMP TABLE {table} AS SELECT name, kind FROM _batch WHERE name <> ''",
                {"name": [r[0] for r in rows], "kind": [r[1] for r in rows]})


# the columns a _Name is made of, of every name stored
_NAME_ROWS = "SELECT name, kind, n_articles, cluster, actor_id, n_cued FROM actor_names"


def _fetch(con, sql: str, values: dict) -> list[_Name]:
    return [_Name(*r) for r in store._rows(con, sql, values)]


# (a semi-join: each name once without a DISTINCT over the joined rows, a quarter less CPU)
_NAMES_BY_KEY = """SELECT n.name, n.kind, n.n_articles, n.cluster, n.actor_id, n.n_cued FROM actor_names n
                   WHERE (n.name, n.kind) IN (SELECT (name, kind) FROM actor_name_keys k WHERE k.key IN (SELECT key FROM _batch))"""


def _scope(con, touched: set[tuple[str, str]], flipped: set[str] = frozenset()) -> tuple[dict[tuple[str, str], _Name], dict]:
    """The names to decide anew (the touched, and those sharing a block with them) and the
    stored names their decisions read."""
    scope: dict[tuple[str, str], _Name] = {}

    def add(rows: list[_Name]) -> list[_Name]:
        new = [r for r in rows if (r.name, r.kind) not in scope]
        scope.update(((r.name, r.kind), r) for r in new)
        return new

    # the touched names, and the same names as the other kind
    names = sorted({n for n, _ in touched})
    base = add(_fetch(con, _NAME_ROWS + " WHERE name IN "
                           "(SELECT name FROM _batch)", {"name": names}))
    # the persons' names holding a one-word name that became or stopped being an organisation's
    # (`flipped`): whether it is a body's name run into a person's (_garbled)
    run_in = sorted({"t:" + w.text for name in flipped for w in person_words(name) if not w.initial})
    if run_in:
        add(_fetch(con, _NAMES_BY_KEY + " AND n.kind = 'person'", {"key": run_in}))
    # whole blocks: a person's last word and first letter, an organisation's long forms that may be
    # spellings of one another (to a fixed point)
    # ... and an organisation's short forms: the names its first or last words are ("Tottenham" of
    # "Tottenham Hotspur", whose decision reads it), with their own blocks
    # (the touched organisations' short forms too: the names their first or last words are, whose
    # decision reads them, "Tottenham" of "Tottenham Hotspur"; those of a name whose group changes
    # are brought in by `resolve`, a round more)
    short = sorted({x for r in base if r.kind == ORG for x in org_affixes(r.name) if _short_form(x)})
    if short:
        base += add(_fetch(con, _NAME_ROWS + " WHERE kind = 'organization' AND name IN (SELECT name FROM _batch)",
                           {"name": short}))
    keys = {k for r in base for k in name_keys(r.name, r.kind) if k[0] in "sv"}
    done: set[str] = set()
    while keys - done:
        todo = sorted(keys - done)
        done |= keys
        new = add(_fetch(con, _NAMES_BY_KEY, {"key": todo}))
        keys |= {k for r in new if r.kind == ORG for k in name_keys(r.name, r.kind)}
    # names of two words or more that begin others' ("Sri Mulyani", "Sri Mulyani Indrawati"): the
    # group of a name the scope's persons begin with may join theirs, and is decided anew with its
    # whole block (one round: the names these bring in are not followed further)
    # ... and the names that are one of theirs without its first word ("Ainun Habibie", "Hasri Ainun Habibie")
    pkeys = sorted({"q:" + x for r in scope.values() if r.kind == PERSON
                    for x in name_prefixes(r.name, whole=True) + name_tails(r.name)})
    if pkeys:
        new = add(_fetch(con, _NAMES_BY_KEY + " AND n.kind = 'person'", {"key": pkeys}))
        bkeys = sorted({k for r in new for k in name_keys(r.name, r.kind) if k[0] == "s"} - done)
        if bkeys:
            done |= set(bkeys)
            add(_fetch(con, _NAMES_BY_KEY, {"key": bkeys}))
    # one-word person names: the words of the persons whose count or group changes (the decision of
    # a one-word name reads only those: the others' stand), and the forms written for them
    add(_fetch(con, _NAMES_BY_KEY, {"key": sorted(_changed_words(scope, {(r.name, r.kind) for r in base}))}))
    person_names = sorted({r.name for r in scope.values() if r.kind == PERSON})
    forms = store._rows(con, "SELECT form, name, kind, n_articles FROM actor_name_forms WHERE kind = 'person' "
                             "AND name IN (SELECT name FROM _batch)", {"name": person_names})
    add(_fetch(con, _NAME_ROWS + " WHERE kind = 'person' AND "
                    "name IN (SELECT name FROM _batch)", {"name": sorted({f[0] for f in forms})}))
    # the acronyms written beside the organisations (an acronym's decision reads the long forms it is written beside)
    add(_fetch(con, _NAME_ROWS + """ WHERE kind = 'organization' AND
                       name IN (SELECT form FROM actor_name_forms WHERE kind = 'organization' AND name IN (SELECT name FROM _batch))""",
               {"name": sorted({r.name for r in scope.values() if r.kind == ORG})}))
    # the same names as the other kind (their decision may follow these)
    other = sorted({(r.name, ORG if r.kind == PERSON else PERSON) for r in scope.values()} - scope.keys())
    add(_fetch(con, _NAME_ROWS + " JOIN _batch USING (name, kind)",
               {"name": [o[0] for o in other], "kind": [o[1] for o in other]}))
    # what the one-word persons' decisions read: the forms written for them, the longer names with their word
    singles = sorted({r.name for r in scope.values() if r.kind == PERSON and _single(r.name)})
    evidence = {
        "forms": store._rows(con, """SELECT f.form, f.name, f.n_articles, n.cluster, n.n_articles FROM actor_name_forms f
                                     JOIN actor_names n USING (name, kind)
                                     WHERE f.kind = 'person' AND f.form IN (SELECT name FROM _batch)""", {"name": singles}),
        "words": _fetch(con, _NAMES_BY_KEY + " AND n.kind = 'person'",
                        {"key": sorted({"t:" + person_words(s)[0].text for s in singles})}),
        "org_forms": store._rows(con, """SELECT form, name, n_articles FROM actor_name_forms WHERE kind = 'organization'
                                         AND (name IN (SELECT name FROM _batch) OR form IN (SELECT name FROM _batch))""",
                                 {"name": sorted({r.name for r in scope.values() if r.kind == ORG})}),
        "blocks": done,
        "extending": _extending(con, sorted({_fold(r.name) for r in scope.values() if r.kind == ORG and _short_form(r.name)})),
    }
    # what the decisions of names that begin others' read: every name beginning with a group's head
    heads = {head for block, members in _person_blocks(scope.values()).items() if block in done
             for head in _groups_of(block, members).values()}
    evidence["extensions"] = _fetch(con, _NAMES_BY_KEY + " AND n.kind = 'person'",
                                    {"key": sorted({"q:" + x for h in heads for x in name_prefixes(h, whole=True)[-1:]})})
    # ... and of names that are others' without the first word: every name a group's head ends
    evidence["longer"] = _fetch(con, _NAMES_BY_KEY + " AND n.kind = 'person'",
                                {"key": sorted({"r:" + x for h in heads for x in name_prefixes(h, whole=True)[-1:]})})
    return scope, evidence


def _person_blocks(names: Iterable[_Name]) -> dict[str, list[_Name]]:
    """The persons of two words or more by block (two blocks' names are never compatible: they
    are grouped block by block)."""
    blocks: dict[str, list[_Name]] = defaultdict(list)
    for r in names:
        words = person_words(r.name)
        if r.kind == PERSON and len(words) >= 2:
            blocks[person_block(words)].append(r)
    return blocks


# block -> (its names in order, their heads), kept between batches: one entry a block of two
# names or more, replaced when its order changes
_groups_held: dict[str, tuple[tuple[str, ...], dict[str, str]]] = {}


def _groups_of(block: str, members: list[_Name]) -> dict[str, str]:
    """person_groups of a block's names. The grouping depends only on the order of the names
    (most written first): it is kept with that order, so a block a batch touches without changing
    its order (a name's count grows, passing no other) is not grouped again."""
    if len(members) == 1:
        return {members[0].name: members[0].name}
    order = tuple(r.name for r in sorted(members, key=lambda r: (-r.n, -len(person_words(r.name)), r.name)))
    held = _groups_held.get(block)
    if held is None or held[0] != order:
        held = _groups_held[block] = (order, person_groups((r.name, r.n) for r in members))
    return held[1]


def forget_caches() -> None:
    """Empty the caches of names and the blocks' groups kept between batches (they are made
    again as needed: the decisions do not depend on them)."""
    _groups_held.clear()
    for cached in (person_words, _full_words, _table_initials, _variant, _near, _letters, _letter_bits, _names_compatible, _body, name_keys,
                   name_prefixes, name_tails, _regional_key, _company_key, org_affixes, _folded_affixes, _short_form, _extends_org,
                   _place_kind):
        cached.cache_clear()


def _changed_words(scope: dict[tuple[str, str], _Name], touched: set[tuple[str, str]]) -> set[str]:
    """The "u:" keys of the words of the persons (two words or more) touched or whose group the
    rules change: the one-word names with those words are decided anew."""
    keys = set()
    for block, members in _person_blocks(scope.values()).items():
        heads = _groups_of(block, members)
        for r in members:
            if (r.name, r.kind) in touched or f"{PERSON}|{heads[r.name]}" != r.cluster:
                keys |= {"u:" + w for w in _full_words(r.name)}
    return keys


def _corrections(con) -> dict:
    """The corrections in force: forgotten and split names (folded), and merges."""
    rows = con.execute("SELECT correction_id, action, name, target FROM actor_corrections ORDER BY correction_id").fetchall()
    last: dict[str, tuple[int, str]] = {}  # folded name -> (id, split|forget) of its latest
    for cid, action, name, _ in rows:
        if action != "merge":
            last[name.casefold()] = (cid, action)
    merges = [(name, target) for cid, action, name, target in rows if action == "merge"
              and all(last.get(x.casefold(), (0, ""))[0] < cid for x in (name, target))]
    return {"forget": {n for n, (_, a) in last.items() if a == "forget"},
            "split": {n for n, (_, a) in last.items() if a == "split"}, "merge": merges}


def _labels(scope: dict, evidence: dict, con, corrections: dict) -> dict[tuple[str, str], str]:
    """The group of every name in scope: "person|<head>", "organization|<key>", "forgotten"."""
    forget, split = corrections["forget"], corrections["split"]
    labels: dict[tuple[str, str], str] = {}
    dropped = forget | split
    active = {key: r for key, r in scope.items() if r.name.casefold() not in dropped}
    for key, r in scope.items():
        if r.name.casefold() in forget:
            labels[key] = _FORGOTTEN
        elif r.name.casefold() in split:
            labels[key] = f"split|{r.kind}|{r.name}"
    # persons of two words or more, block by block (only whole blocks are decided anew)
    for block, members in _person_blocks(active.values()).items():
        if block not in evidence["blocks"]:
            for r in members:
                labels[(r.name, r.kind)] = r.cluster
            continue
        for name, head in _groups_of(block, members).items():
            labels[(name, PERSON)] = f"{PERSON}|{head}"
    _join_longer_names(labels, active, evidence, dropped)
    _join_first_word_more(labels, active, evidence, dropped)
    # organisations
    org_forms: dict[str, list[tuple[str, int]]] = defaultdict(list)
    beside: dict[str, list[tuple[str, int]]] = defaultdict(list)  # an acronym -> the long forms written beside it
    for form, name, n in evidence["org_forms"]:
        org_forms[name].append((form, n))
        beside[form].append((name, n))
    orgs = sorted((r for r in active.values() if r.kind == ORG), key=lambda r: (-r.n, r.name))
    # the long forms decided so far, by block and by their words but one (position, the others):
    # a name one word apart from another shares that with it (-> the length of the word apart ->
    # [(order in its block, words, key, their letters)])
    keyed: dict[tuple[str, tuple], dict[int, list[tuple[int, list[str], str, list[int]]]]] = defaultdict(dict)
    n_keyed: dict[str, int] = defaultdict(int)
    decided = [(r, name_keys(r.name, r.kind)) for r in orgs]
    # (a block no other long form of the scope shares is never looked up: its masks are not made)
    shared = {b for b, n in Counter(b for _, keys in decided if keys <= evidence["blocks"] for b in keys).items() if n > 1}
    for r, keys in decided:
        if not keys <= evidence["blocks"]:  # not all its blocks read: its stored decision holds
            labels[(r.name, ORG)] = r.cluster
            continue
        key = _org_key(r.name, org_forms[r.name], beside[r.name])
        words = [w.casefold() for w in _WORD.findall(r.name)]
        if key is None and any(n_keyed[b] for b in keys):  # a close spelling of a more written name, same initials
            key = _closest_spelling(words, sorted(keys), keyed, _NUMBER.findall(r.name))
        key = key or r.name
        if in_shared := keys & shared:
            letters, masks = [_letter_bits(w) for w in words], _masks(words)
            for block in in_shared:
                for i, m in masks:
                    keyed[(block, m)].setdefault(len(words[i]), []).append((n_keyed[block], words, key, letters, _NUMBER.findall(r.name)))
                n_keyed[block] += 1
        labels[(r.name, ORG)] = f"{ORG}|{key}"
    _join_short_forms(labels, active, evidence, dropped)
    # one-word persons: forms written for them, else the dominant longer name with their word
    by_form: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for form, name, n, cluster, _ in evidence["forms"]:
        group = labels.get((name, PERSON), cluster)
        if group and group != _FORGOTTEN and not group.startswith("split|"):
            by_form[form][group] += n
    by_word: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r in evidence["words"]:
        group = labels.get((r.name, PERSON), r.cluster)
        if group and group != _FORGOTTEN and not group.startswith("split|") and r.name.casefold() not in split:
            for w in _full_words(r.name):
                by_word[w][group] += r.n
    for r in active.values():
        if r.kind != PERSON:
            continue
        words = person_words(r.name)
        if len(words) == 1:
            labels[(r.name, PERSON)] = (dominant(by_form.get(r.name, {}), r.n)
                                        or dominant(by_word.get(words[0].text, {}), r.n) or f"{PERSON}|{r.name}")
        elif _nickname(r.name) and (group := dominant(by_form.get(r.name, {}), r.n)):  # "Gus Dur"
            labels[(r.name, PERSON)] = group
    for r in active.values():  # names with no words at all
        labels.setdefault((r.name, r.kind), f"{r.kind}|{r.name}")
    # one name as both kinds: the kind its articles' words give it, else the kind more articles gave it
    for (name, kind), r in active.items():
        other = scope.get((name, PERSON if kind == ORG else ORG))
        if other is not None and other.name.casefold() not in dropped:
            person, org = (r, other) if kind == PERSON else (other, r)
            if name_kind(person.n, person.cued, org.n, org.cued) != kind:
                labels[(name, kind)] = labels[(other.name, other.kind)]
    return labels


def name_kind(persons: int, persons_cued: int, bodies: int, bodies_cued: int) -> str:
    """The kind of a name its articles gave as a person's in `persons` (in `persons_cued` of them by
    their words: "istrinya, X") and as a body's in `bodies` (`bodies_cued`: "klub X",
    "anggota X"): the kind the words give it in at least KIND_LEAD times the articles whose words
    give the other, in KIND_MIN_ARTICLES at least and in KIND_EVIDENCE of all its articles; else the
    kind more articles gave it (the tagger's guess; a tie: the person). "Paris Saint-Germain", a
    person to the tagger in most of its articles, is the club of "markas Paris Saint-Germain"."""
    total = persons + bodies
    for kind, mine, theirs in ((ORG, bodies_cued, persons_cued), (PERSON, persons_cued, bodies_cued)):
        if mine >= KIND_MIN_ARTICLES and mine >= KIND_LEAD * theirs and mine >= KIND_EVIDENCE * total:
            return kind
    return PERSON if persons >= bodies else ORG


def _by_words(names: list[_Name], dropped: set[str], words_of) -> dict[str, list[_Name]]:
    """The names (none the user dropped) under each of their `words_of` (prefixes, tails)."""
    by: dict[str, list[_Name]] = defaultdict(list)
    for r in names:
        if r.name.casefold() not in dropped:
            for x in words_of(r.name):
                by[x].append(r)
    return by


def _groups_decided_now(labels: dict, active: dict, evidence: dict) -> dict[str, list[_Name]]:
    """The groups of persons of two words or more decided now, by label (the others' labels stand)."""
    groups: dict[str, list[_Name]] = defaultdict(list)
    for r in active.values():
        label = labels.get((r.name, r.kind))
        if (r.kind == PERSON and label and label.startswith(PERSON + "|") and len(words := person_words(r.name)) >= 2
                and person_block(words) in evidence["blocks"]):
            groups[label].append(r)
    return groups


def _join_longer_names(labels: dict, active: dict, evidence: dict, dropped: set[str]) -> None:
    """A group of persons decided now whose head's words begin names of more words joins the group
    that clearly dominates those names ("Sri Mulyani" -> Sri Mulyani Indrawati), by the rule of a
    one-word name (`dominant`, its evidence against the articles of the group). Groups with longer
    heads go first: the group a name joins is its final one."""
    by_prefix = _by_words(evidence["extensions"], dropped, name_prefixes)
    if not by_prefix:
        return
    groups = _groups_decided_now(labels, active, evidence)
    for label in sorted(groups, key=lambda g: (-len(_WORD.findall(g)), g)):
        head = label[len(PERSON) + 1:]
        prefixes = name_prefixes(head, whole=True)  # (its last: the head's own words, folded)
        if not prefixes or prefixes[-1] not in by_prefix:
            continue
        prefix = prefixes[-1]
        evidence_of: dict[str, int] = defaultdict(int)
        for r in by_prefix[prefix]:
            group = labels.get((r.name, PERSON), r.cluster)
            if group and group != label and group.startswith(PERSON + "|") and _extends(r.name, prefix):
                evidence_of[group] += r.n
        target = dominant(evidence_of, sum(r.n for r in groups[label]))
        if target:
            for r in groups[label]:
                labels[(r.name, PERSON)] = target


def _join_first_word_more(labels: dict, active: dict, evidence: dict, dropped: set[str]) -> None:
    """A group of persons decided now whose head is a longer name without its first word ("Ainun
    Habibie": Hasri Ainun Habibie) joins the group that clearly dominates those longer names
    (`dominant`), when they are written in at least SHARE of the articles of the group: a
    man's name is no short form of his wife's written with it, more rarely ("Iriana Joko
    Widodo" is not Joko Widodo's)."""
    by_tail = _by_words(evidence["longer"], dropped, name_tails)
    if not by_tail:
        return
    groups = _groups_decided_now(labels, active, evidence)
    for label in sorted(groups):
        whole = name_prefixes(label[len(PERSON) + 1:], whole=True)
        if not whole or whole[-1] not in by_tail:
            continue
        evidence_of: dict[str, int] = defaultdict(int)
        for r in by_tail[whole[-1]]:
            group = labels.get((r.name, PERSON), r.cluster)
            if group and group != label and group.startswith(PERSON + "|"):
                evidence_of[group] += r.n
        own = sum(r.n for r in groups[label])
        target = dominant(evidence_of, own)
        if target and evidence_of[target] >= SHARE * own:
            for r in groups[label]:
                labels[(r.name, PERSON)] = target


def _join_short_forms(labels: dict, active: dict, evidence: dict, dropped: set[str]) -> None:
    """An organisation's short form ("Tottenham", "Demokrat", "Gatot Soebroto") joins the group that
    clearly dominates the longer names of the archive made of it and more words of a name
    (`_extends_org`: "Tottenham Hotspur", "Partai Demokrat", "RSPAD Gatot Soebroto"): the rule of a
    person's one-word name (`dominant`), the longer names written in at least SHARE of the short
    form's articles too and in MIN_FORM_ARTICLES ("Madrid" is Real Madrid, not Atletico Madrid; a
    word two bodies share evenly joins neither). Its whole group moves (its spellings, "PT X").
    Longer short forms go first: the group a name joins is its final one."""
    candidates = sorted((r for r in active.values() if r.kind == ORG and _short_form(r.name)
                         and labels.get((r.name, ORG)) == f"{ORG}|{r.name}" and name_keys(r.name, ORG) <= evidence["blocks"]),
                        key=lambda r: (-len(r.name.split()), r.name))
    if not candidates:
        return
    by_short: dict[str, list[_Name]] = defaultdict(list)
    for r in evidence["extending"]:
        if r.name.casefold() not in dropped:
            for x in _folded_affixes(r.name):
                by_short[x].append(r)
    members: dict[str, list] = defaultdict(list)  # a label -> the names given it so far
    for key, g in labels.items():
        members[g].append(key)
    own_of: dict[str, int] = defaultdict(int)  # a label -> its organisations' articles
    for key, x in active.items():
        if key[1] == ORG:
            own_of[labels.get(key)] += x.n
    for r in candidates:
        own_label = f"{ORG}|{r.name}"
        if labels.get((r.name, ORG)) != own_label:
            continue
        short = _fold(r.name)
        evidence_of: dict[str, int] = defaultdict(int)
        for longer in by_short.get(short, ()):
            group = labels.get((longer.name, ORG), longer.cluster)
            if (group and group != own_label and group.startswith(ORG + "|") and longer.name != r.name
                    and _extends_org(longer.name, short)):
                evidence_of[group] += longer.n
        if not evidence_of or _place_kind(r.name) in _REGIONS:
            continue
        own = own_of[own_label]
        target = dominant(evidence_of, own)
        if target and evidence_of[target] >= max(MIN_FORM_ARTICLES, SHARE * own):
            moved = members.pop(own_label, []) + [(x.name, ORG) for x in by_short.get(short, ())
                                                   if (x.name, ORG) not in labels and x.cluster == own_label]
            for key in moved:  # (its group's names outside the scope too: "PT X")
                labels[key] = target
            members[target] += moved
            own_of[target] += own_of.pop(own_label, 0)


def _masks(words: list[str]) -> list[tuple[int, tuple]]:
    """What a long form shares with those one word apart from it: for each word that may be spelt
    otherwise (a spelling variant has five letters or more and the same first letter), its position
    and (position, first letter, the other words). Long forms are kept under a mask by the length of
    that word: a spelling's length is within two of it."""
    return [(i, (i, w[0], *words[:i], *words[i + 1:])) for i, w in enumerate(words) if len(w) >= 5]


def _closest_spelling(words: list[str], blocks: list[str], keyed: dict, numbers: list[str]) -> str | None:
    """The key of the first long form decided (by block, then in the order decided) that is
    `words` with one word written two ways ("Komisi Pemberatansan Korupsi"), or the same words
    written otherwise ("Paris Saint-Germain", "PARIS SAINT GERMAIN") with the same `numbers` (not
    "Timnas U-19" and "Timnas U-16"); None for none. A long
    form found under a mask of position i has every other word the same: only the i-th is compared."""
    masks = _masks(words)
    for block in blocks:
        # Each mask's long forms come in the order decided (one mask and length hold a long form
        # once, and two never the same one): its first that is a spelling is the only one that may
        # be the first of all, and none after the best found so far can be.
        best = None
        for i, m in masks:
            by_length = keyed.get((block, m))
            if not by_length:
                continue
            word = words[i]
            letters, size = _letter_bits(word), len(word)
            for n in range(max(5, size - 2), size + 3):
                found = by_length.get(n)
                if not found:
                    continue
                most = _most_apart(size + n)
                for c in found:
                    if best is not None and c[0] >= best[0]:
                        break
                    other = c[1][i]
                    # (_letters_apart on the letters kept with each long form: most pairs end here)
                    if (c[4] == numbers if other == word
                            else (letters ^ c[3][i]).bit_count() <= most and (_spelling(word) == _spelling(other)
                                                                              or _near(word, other))):
                        best = c
                        break
        if best is not None:
            return best[2]
    return None


def _org_key(name: str, forms: list[tuple[str, int]], beside: list[tuple[str, int]] = ()) -> str | None:
    """An organisation's body, or the acronym its articles write beside it (`forms`); None for
    neither. An acronym the table does not know is the body of the table its articles write it
    beside (`beside`: the long forms), when the table gives that body no acronym (its short form
    names other things too: PPP, KPI) and no other body of the table without an acronym of its
    own has those initials, or its articles write it beside one of them LEAD times as often as
    beside the others ("PBB": the United Nations, far more often than Partai Bulan Bintang)."""
    body = _body(name)
    if body is not None:
        return "body:" + body.long_form
    if key := _regional_key(name) or _company_key(name):
        return key
    if _ACRONYM.fullmatch(name):
        written: dict[str, int] = defaultdict(int)  # the bodies it is written beside -> articles
        for long_form, n in beside:
            if (of := _body(long_form)) is not None and of.acronym is None and abbreviates(name, long_form):
                written[of.long_form] += n
        if not written or max(written.values()) < MIN_FORM_ARTICLES:
            return name
        if _table_initials(name) <= 1:
            return "body:" + min(written, key=lambda b: (-written[b], b))
        # (initials of several bodies: the one its articles write it beside, LEAD times the others)
        top = min(written, key=lambda b: (-written[b], b))
        return "body:" + top if written[top] >= LEAD * (sum(written.values()) - written[top]) else name
    written = sorted(((n, f) for f, n in forms if n >= MIN_FORM_ARTICLES and _ACRONYM.fullmatch(f) and abbreviates(f, name)),
                     key=lambda x: (-x[0], x[1]))
    if written:
        acronym = written[0][1]
        return _body_key(acronym) or acronym
    return None


@lru_cache(maxsize=10_000)
def _table_initials(acronym: str) -> int:
    """How many bodies of the table an acronym abbreviates, of those the press knows by no other
    acronym ("PPP" is the party, not Paspampres or Pertamina; "PBB" the UN and Partai Bulan Bintang)."""
    from events_cli.extract.bodies import forms

    return len({body.long_form for body in forms().values()
                if body.acronym in (None, acronym) and abbreviates(acronym, body.long_form)})


def _apply(con, scope: dict, labels: dict, corrections: dict, pending: list[int],
           redo: set[int] = frozenset(), renamed: set[tuple[str, str]] = frozenset(), was: set[int] = frozenset()) -> bool:
    """Group the labels into actors (merges joining them), name and number the actors, store
    each name's decision, and rebuild the rows of the articles whose actors changed (and of the
    `redo` articles, resolved before, whose `renamed` names places.resolve gave or took back)."""
    # the groups the merges join, and every name in the groups concerned
    merge_names = sorted({n for pair in corrections["merge"] for n in pair}, key=str.casefold)
    merged = {r.name: r for r in _fetch(con, _NAME_ROWS + " "
                                             "WHERE lower(name) IN (SELECT lower(name) FROM _batch)", {"name": merge_names})}

    def label_of(r: _Name) -> str | None:
        return labels.get((r.name, r.kind), r.cluster)

    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    by_folded: dict[str, list[_Name]] = defaultdict(list)
    for r in merged.values():
        by_folded[r.name.casefold()].append(r)
    for a, b in corrections["merge"]:
        groups = [label_of(r) for r in by_folded[a.casefold()] + by_folded[b.casefold()]]
        groups = sorted({g for g in groups if g and g != _FORGOTTEN})
        for g in groups[1:]:
            ra, rb = find(groups[0]), find(g)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    roots = {g: find(g) for g in parent}  # (looked up for every name below, not walked)
    affected = {labels[k] for k in scope} | {r.cluster for r in scope.values() if r.cluster}
    affected = {g for g in affected if g != _FORGOTTEN}
    members_of = defaultdict(set)
    for g in parent:
        members_of[roots.get(g, g)].add(g)
    closure = set(affected)
    for g in affected:
        closure |= members_of.get(roots.get(g, g), set()) | {roots.get(g, g)}
    # (the scope's own names, most of those, are left out by the database: not fetched again)
    _names_table(con, "_scope", set(scope))
    outside = _fetch(con, _NAME_ROWS + " ANTI JOIN _scope "
                          "USING (name, kind) WHERE cluster IN (SELECT g FROM _batch)", {"g": sorted(closure)})
    # and the names that share an actor with one of the scope's (a merge undone by a split: the
    # other name of the merged actor is decided again too, or it would keep the actor's id)
    seen = {(r.name, r.kind) for r in outside}
    old_actors = sorted({r.actor_id for r in scope.values() if r.actor_id is not None})
    if old_actors:
        outside += [r for r in _fetch(con, _NAME_ROWS + " "
                                           "ANTI JOIN _scope USING (name, kind) WHERE actor_id IN (SELECT a FROM _batch)",
                                      {"a": old_actors})
                    if (r.name, r.kind) not in seen]
    con.execute("DROP TABLE _scope")
    everyone = list(scope.values()) + outside
    group_of = [(r, label_of(r)) for r in everyone]
    components: dict[str, list[_Name]] = defaultdict(list)
    for r, g in group_of:
        if g and g != _FORGOTTEN:
            components[roots.get(g, g)].append(r)
    # each component's kind and name
    merge_targets = {b.casefold() for _, b in corrections["merge"]}
    garbled = _garbled(con, components.values())
    canon: dict[str, tuple[str, str]] = {}
    for root, rs in components.items():
        n_kind, n_cued = defaultdict(int), defaultdict(int)
        for r in rs:
            n_kind[r.kind] += r.n
            n_cued[r.kind] += r.cued
        # (the kind of its names together, by the rule of one name's: "Paris Saint-Germain" tagged a person, the club)
        kind = name_kind(n_kind[PERSON], n_cued[PERSON], n_kind[ORG], n_cued[ORG])
        # (`events actors merge A B` says A is B: B names the actor)
        candidates = [r for r in rs if r.kind == kind] or rs
        if len(candidates) == 1:
            best = candidates[0]
        else:  # (a person's name that begins another of its names is a short form: "Sri Mulyani")
            # (and one that ends another without its first word: "Ainun Habibie" of Hasri Ainun Habibie)
            begun = {x for r in candidates if kind == PERSON for x in name_prefixes(r.name) + name_tails(r.name)}
            best = min(candidates, key=lambda r: (r.name.casefold() not in merge_targets, r.name in garbled,
                                                  2 if len(_WORD.findall(r.name)) < 2 else int(kind == PERSON and _nickname(r.name)),
                                                  " ".join(_name_words(r.name.casefold())) in begun,
                                                  _shouted(r.name), -r.n,
                                                  r.kind == ORG and _body_key(r.name) not in (None, "body:" + r.name),
                                                  -len(r.name), r.name))
        canon[root] = (best.name, kind)
    wanted = sorted(set(canon.values()))
    ids = dict(((n, k), i) for i, n, k in store._rows(
        con, "SELECT actor_id, a.name, a.kind FROM actors a JOIN _batch b ON a.name = b.name AND a.kind = b.kind",
        {"name": [w[0] for w in wanted], "kind": [w[1] for w in wanted]}))
    missing = [w for w in wanted if w not in ids]
    new_ids = store._ids(con, "actor_ids", len(missing))
    store._insert(con, "actors", ["actor_id", "name", "kind"], [(i, *w) for i, w in zip(new_ids, missing)])
    ids.update(zip(missing, new_ids))
    # each name's decision
    decided = []  # (those whose decision is stored already are not written again)
    for r, g in group_of:
        actor = ids[canon[roots.get(g, g)]] if g and g != _FORGOTTEN else None
        if g != r.cluster or actor != r.actor_id:
            decided.append((r.name, r.kind, g, actor, r.actor_id))
    changed = [d for d in decided if d[3] != d[4]]
    if decided:
        store._rows(con, """UPDATE actor_names SET cluster = b.cluster, actor_id = b.actor_id FROM _batch b
                            WHERE actor_names.name = b.name AND actor_names.kind = b.kind""",
                    {"name": [d[0] for d in decided], "kind": [d[1] for d in decided],
                     "cluster": [d[2] for d in decided], "actor_id": [d[3] for d in decided]})
    # the actors that gain or lose a name are counted and aliased anew; the others only add the new articles'
    regrouped = {d[i] for d in changed for i in (3, 4) if d[i] is not None}
    if redo:  # (the actors of the names given or taken back gain or lose articles: counted anew)
        regrouped |= set(was) | {a for r, g in group_of if (r.name, r.kind) in renamed
                      for a in (r.actor_id, ids[canon[roots.get(g, g)]] if g and g != _FORGOTTEN else None) if a is not None}
    _rebuild(con, pending, [(d[0], d[1]) for d in changed], regrouped, redo)
    return any(d[4] is not None for d in changed)  # a name stored before moved to another actor


def _bodies_names(con, words) -> set[str]:
    """Those of these one-word names that are an organisation's name: written so in
    MIN_FORM_ARTICLES articles or more, and that kind by ``name_kind`` (not "Habibie", which the
    tagger takes for a body in two articles)."""
    words = sorted(words)
    if not words:
        return set()
    counts = {(name, kind): (n, cued) for name, kind, n, cued in store._rows(
        con, "SELECT name, kind, n_articles, n_cued FROM actor_names WHERE name IN (SELECT w FROM _batch)", {"w": words})}
    return {w for w in words if counts.get((w, ORG), (0, 0))[0] >= MIN_FORM_ARTICLES
            and name_kind(*counts.get((w, PERSON), (0, 0)), *counts[(w, ORG)]) == ORG}


def _garbled(con, components: Iterable[list[_Name]]) -> set[str]:
    """The persons' names that are another name of their actor with a body's or a place's name
    run into it ("Jungkook BTS": a member's name and his group's; "Disney Bob Iger", "Indonesia BJ
    Habibie"): the word before or after the other name is an organisation's name in the archive
    (in MIN_FORM_ARTICLES articles or more, and of that kind by ``name_kind``: "Habibie", which the
    tagger takes for a body twice, is a person; capitals alone say nothing: "Mahfud MD", "Addie
    MS"), or, before it, a country or province (after it, a surname may be one: "Praveen Jordan").
    Before a name of two words or more only: a first name may be a brand's ("Seiko Hashimoto").
    Never an actor's name when it has another ("Sri Mulyani Indrawati" and "Hasri Ainun Habibie"
    are no such names)."""
    from events_cli import gazetteer

    edges: dict[str, list[tuple[str, bool]]] = {}  # name -> (the word run into it, after it)
    for rs in components:
        names = {r.name.casefold() for r in rs if r.kind == PERSON}
        if len(names) < 2:
            continue
        for r in rs:
            words = r.name.split()
            if r.kind != PERSON or len(words) < 2:
                continue
            if len(words) > 2 and " ".join(words[1:]).casefold() in names:  # (not "Seiko Hashimoto" of "Hashimoto")
                edges.setdefault(r.name, []).append((words[0], False))
            if " ".join(words[:-1]).casefold() in names:
                edges.setdefault(r.name, []).append((words[-1], True))
    if not edges:
        return set()
    bodies = _bodies_names(con, {w for found in edges.values() for w, _ in found})

    def run_in(word: str, after: bool) -> bool:
        if word in bodies:
            return True
        place = None if after else gazetteer.lookup(word)  # (not "Praveen Jordan")
        return place is not None and place.kind in ("country", "province", "continent")  # (not "Joaquin Phoenix")

    return {name for name, found in edges.items() if any(run_in(w, after) for w, after in found)}


def _rebuild(con, pending: list[int], changed: list[tuple[str, str]], regrouped: set[int],
             redo: set[int] = frozenset()) -> None:
    """Rebuild article_actors and event_actors of the pending articles and of those naming a
    changed name; drop actors no name resolves to; recount and re-alias the `regrouped` actors,
    and add the pending articles to the counts and aliases of the others (a recount reads every
    link row of an actor: the cost of the archive, not of the batch)."""
    store._rows(con, "CREATE OR REPLACE TEMP TABLE _changed AS SELECT name, kind FROM _batch",
                {"name": [c[0] for c in changed] or [""], "kind": [c[1] for c in changed] or [""]})
    store._rows(con, """CREATE OR REPLACE TEMP TABLE _redo AS SELECT id AS article_id FROM _batch
                        UNION SELECT article_id FROM extracted_actors JOIN _changed USING (name, kind)""",
                {"id": sorted(set(pending) | set(redo)) or [-1]})
    con.execute("DELETE FROM article_actors WHERE article_id IN (SELECT article_id FROM _redo)")
    con.execute("""DELETE FROM event_actors WHERE event_id IN
                   (SELECT event_id FROM events WHERE article_id IN (SELECT article_id FROM _redo))""")
    con.execute("""INSERT INTO article_actors (article_id, actor_id, mentions, roles)
        SELECT article_id, actor_id, list_filter(m, lambda v, i: list_position(m, v) = i),
               list_filter(r, lambda v, i: list_position(r, v) = i)
        FROM (SELECT x.article_id, n.actor_id, flatten(list(x.mentions ORDER BY x.name, x.kind)) AS m,
                     flatten(list(x.roles ORDER BY x.name, x.kind)) AS r
              FROM extracted_actors x JOIN actor_names n USING (name, kind)
              WHERE x.article_id IN (SELECT article_id FROM _redo) AND n.actor_id IS NOT NULL GROUP BY ALL)
        WHERE len(m) > 0  -- (an actor of its events only, a country acting, is no actor the article names)
        RETURNING article_id, actor_id, mentions""")
    new_rows = set(pending)  # (the pending articles' rows, as written: not read again)
    added = [r for r in con.fetchall() if r[0] in new_rows]
    # (the redo's rows taken first: planned as one query, DuckDB joined every event's names with
    # actor_names before keeping the redo's, 10x the cost in a 200,000-article archive)
    con.execute("""INSERT INTO event_actors (event_id, actor_id, role, part)
        WITH x AS MATERIALIZED (SELECT * FROM extracted_event_actors WHERE event_id IN
                                (SELECT event_id FROM events WHERE article_id IN (SELECT article_id FROM _redo)))
        SELECT x.event_id, n.actor_id, min(x.role), CASE WHEN bool_or(x.part = 'source') THEN 'source'
                                                         WHEN bool_or(x.part = 'target') THEN 'target' ELSE 'other' END
        FROM x JOIN actor_names n USING (name, kind)
        WHERE n.actor_id IS NOT NULL GROUP BY ALL""")
    ids = sorted(regrouped)
    added_events = con.execute("""SELECT ea.event_id, ea.actor_id, e.date FROM event_actors ea JOIN events e USING (event_id)
                                  WHERE e.article_id IN (SELECT unnest(?))""", [pending]).fetchall() if pending else []
    store._add_stats(con, "actors", [r for r in added if r[1] not in regrouped],
                     [r for r in added_events if r[1] not in regrouped], {r[0]: r[2] for r in added_events})
    aliases = {(r[1], m) for r in added if r[1] not in regrouped for m in r[2]}
    if aliases:
        store._rows(con, "INSERT OR IGNORE INTO actor_aliases (actor_id, alias) SELECT id, alias FROM _batch",
                    {"id": [a[0] for a in aliases], "alias": [a[1] for a in aliases]})
    if ids:
        store._rows(con, """DELETE FROM actors WHERE actor_id IN (SELECT id FROM _batch)
                            AND actor_id NOT IN (SELECT actor_id FROM actor_names WHERE actor_id IS NOT NULL)""",
                    {"id": ids})
        store._rows(con, "DELETE FROM actor_aliases WHERE actor_id IN (SELECT id FROM _batch)", {"id": ids})
        store._rows(con, """INSERT OR IGNORE INTO actor_aliases (actor_id, alias)
            SELECT DISTINCT actor_id, alias FROM (
                SELECT actor_id, unnest(mentions) AS alias FROM article_actors WHERE actor_id IN (SELECT id FROM _batch)
                UNION ALL SELECT actor_id, name FROM actor_names WHERE actor_id IN (SELECT id FROM _batch))""",
                    {"id": ids})
        store.refresh_stats(con, actor_ids=ids)
    con.execute("DROP TABLE _redo")
    con.execute("DROP TABLE _changed")


# --- corrections -----------------------------------------------------------------------------------

def _stored_names(con, name: str) -> list[str]:
    """The extracted names written as `name` (any case), or the names of the actor called so."""
    rows = [r[0] for r in con.execute("SELECT DISTINCT name FROM actor_names WHERE lower(name) = lower(?) ORDER BY 1",
                                      [name]).fetchall()]
    if not rows:
        raise NotFoundError(f"no actor name {name!r}: see `events actors`")
    return rows


def correct(con: duckdb.DuckDBPyConnection, action: str, name: str, target: str | None = None) -> str:
    """Record a correction and resolve the names it concerns anew; returns the one-line outcome."""
    if action == "merge":
        if target is None or name.casefold() == target.casefold():
            raise UsageError("merge needs two different names")
        [a, b] = [_stored_names(con, x)[0] for x in (name, target)]
    else:
        a, b = _stored_names(con, name)[0], None
    con.begin()
    try:
        con.execute("INSERT INTO actor_corrections (action, name, target, made_at) VALUES (?, ?, ?, ?)",
                    [action, a, b, dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)])
        con.execute("UPDATE actor_names SET cluster = NULL WHERE lower(name) IN (lower(?), lower(?))", [a, b or a])
        resolve(con)
        con.commit()
    except BaseException:
        store._rollback(con)
        raise
    if action == "forget":
        return f"forgot {a}: no actor"
    row = con.execute("SELECT ac.name, ac.kind FROM actor_names n JOIN actors ac USING (actor_id) "
                      "WHERE lower(n.name) = lower(?) ORDER BY n.n_articles DESC LIMIT 1", [a]).fetchone()
    if action == "merge":
        return f"merged {a} and {b}: {row[0]} ({row[1]})"
    return f"split {a}: {row[0]} ({row[1]})"
