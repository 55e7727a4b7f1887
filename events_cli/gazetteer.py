"""The place gazetteer: aliases of countries, regions, provinces, cities and landmarks.

The data file ``events_cli/data/places.tsv`` (or ``places.tsv.gz``) is generated
by ``scripts/build_gazetteer.py`` (see ``data/GAZETTEER.md``). It is loaded lazily,
once, on the first call of any function here; importing this module reads nothing.

Row format (tab-separated, ``#`` lines are comments)::

    alias  canonical  kind  country_code  lat  lon  tier

``tier`` (S strong, M medium, W weak) is how much context a bare mention of the
alias needs; :mod:`events_cli.extract.places` uses it.
"""
from __future__ import annotations

import gzip
import re
from functools import lru_cache
from importlib import resources

from events_cli.models import PlaceEntry

__all__ = ["lookup", "place_aliases", "automaton", "record", "match_key", "within"]

_DATA_NAMES = ("places.tsv", "places.tsv.gz")
_NONWORD = re.compile(r"[^\w ]|_")  # every non-word character but the space, which stays as it is
_TIER_RANK = {"S": 0, "M": 1, "W": 2}


def _read_text(names: tuple[str, ...] = _DATA_NAMES) -> str:
    base = resources.files("events_cli") / "data"
    for name in names:
        f = base / name
        if f.is_file():
            raw = f.read_bytes()
            if name.endswith(".gz"):
                raw = gzip.decompress(raw)
            return raw.decode("utf-8")
    raise FileNotFoundError(f"events_cli/data/{names[0]}: run scripts/build_gazetteer.py")


@lru_cache(maxsize=1)
def within() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The places that lie inside a province, and the province each lies in (two lists of
    canonical names, in the same order), from ``data/places_within.tsv`` (Indonesian cities,
    regencies, districts, landmarks and facilities, by their GeoNames admin1 code)."""
    places, provinces = [], []
    for line in _read_text(("places_within.tsv",)).splitlines():
        if line and line[0] != "#":
            place, _cc, province = line.split("\t")
            places.append(place)
            provinces.append(province)
    return tuple(places), tuple(provinces)


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """alias -> the rest of its row (canonical, kind, cc, lat, lon, tier), unparsed."""
    table: dict[str, str] = {}
    for line in _read_text().splitlines():
        if not line or line[0] == "#":
            continue
        alias, _, rest = line.partition("\t")
        table.setdefault(alias, rest)
    return table


@lru_cache(maxsize=1)
def _folded() -> dict[str, str]:
    """lower-cased alias -> the best alias with that spelling (strongest tier)."""
    out: dict[str, str] = {}
    for alias, rest in _table().items():
        low = alias.lower()
        cur = out.get(low)
        if cur is None or _TIER_RANK[rest[-1]] < _TIER_RANK[_table()[cur][-1]]:
            out[low] = alias
    return out


@lru_cache(maxsize=None)
def _entry(rest: str) -> tuple[PlaceEntry, str]:
    canonical, kind, cc, lat, lon, tier = rest.split("\t")
    return (
        PlaceEntry(
            canonical,
            kind,
            cc or None,
            float(lat) if lat else None,
            float(lon) if lon else None,
        ),
        tier,
    )


def record(alias: str) -> tuple[PlaceEntry, str] | None:
    """(entry, tier) for an exact alias, or None."""
    rest = _table().get(alias)
    return None if rest is None else _entry(rest)


def lookup(surface: str) -> PlaceEntry | None:
    """The place an exact alias names: "Rusia", "Jaksel", "Kota Kembang", "the"→None.

    Whitespace is normalised. The match is case-sensitive; a surface written all
    in capitals or all in lower case ("JAKARTA", "jakarta") of at least 4 characters
    falls back to a case-insensitive match.
    """
    s = " ".join(surface.split())
    if not s:
        return None
    rest = _table().get(s)
    if rest is None and len(s) >= 4 and (s.isupper() or s.islower()):
        alias = _folded().get(s.lower())
        if alias is not None:
            rest = _table()[alias]
    return None if rest is None else _entry(rest)[0]


@lru_cache(maxsize=1)
def place_aliases() -> frozenset[str]:
    """Every alias, lower-cased (for a tagger's gazetteer feature)."""
    return frozenset(a.lower() for a in _table())


# match_key's ASCII part as a byte table: letters, digits and the space stay, every other
# ASCII byte becomes a space; bytes >= 128 (UTF-8 sequences of other characters) stay as they are.
_ASCII_KEY = bytes(
    i if i >= 128 or chr(i).isalnum() or i == 32 else 32 for i in range(256)
)
_ASCII_BYTES = bytes(range(128))


def match_key(text: str) -> str:
    """The form the automaton searches: lower case, every non-word char a space.

    Length-preserving, so offsets into the key are offsets into ``text``.
    (The same as ``_NONWORD.sub(" ", low)``, many times faster: the ASCII characters go
    through one byte translation; the few other characters of a text are blanked one by
    one, each that is not a word character, i.e. not alphanumeric.)
    """
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two ("İ")
        low = "".join(c if len(c) == 1 else o for c, o in zip((ch.lower() for ch in text), text))
    raw = low.encode("utf-8", "surrogatepass")
    key = raw.translate(_ASCII_KEY).decode("utf-8", "surrogatepass")
    if len(raw) != len(low):  # not all ASCII: the other characters are those of `raw` without its ASCII bytes
        for ch in set(raw.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")):
            if not ch.isalnum():
                key = key.replace(ch, " ")
    return key


_PADDED: tuple = (None, "")  # the last text given to padded_key, and its key (one tuple: threads may call)


def padded_key(text: str) -> str:
    """``" " + match_key(text) + " "``, the form the finders' automata search: the places and
    the bodies finders both search the same article's text, which is folded once (the key
    of the last text is kept, and that text with it, so that it is never another's)."""
    global _PADDED
    last = _PADDED
    if last[0] is text:
        return last[1]
    key = " " + match_key(text) + " "
    _PADDED = (text, key)
    return key


@lru_cache(maxsize=1)
def lower_initials() -> frozenset[str]:
    """The letters that open an alias in lower case ("eSwatini", "al-Yarmūk"): a word that
    opens with any other small letter ("itu", "kota", "para") begins no alias as written."""
    return frozenset(a[0] for a in _table() if a[:1].islower())


@lru_cache(maxsize=1)
def automaton():
    """A pyahocorasick Automaton over the aliases (built once, cached).

    Keys are ``" " + match_key(alias).strip() + " "``: lower case, punctuation as
    spaces, padded so that hits on the equally normalised and padded text fall on
    word boundaries. Values are the key lengths (``STORE_LENGTH``); the alias itself
    is recovered from the text span (``record(span)``), which keeps the build cheap.
    """
    import ahocorasick

    table = _table()
    # one bulk normalisation instead of 20,000 small ones ("\n" maps to a space too);
    # the few aliases whose lower case changes length go the slow way
    plain = [a for a in table if len(a.lower()) == len(a)]
    norm = _NONWORD.sub(" ", "\n".join(plain).lower())
    keys = {f" {k.strip()} " for k in _split_keys(norm, plain)}
    keys.update(f" {match_key(a).strip()} " for a in table if len(a.lower()) != len(a))
    auto = ahocorasick.Automaton(ahocorasick.STORE_LENGTH)
    add = auto.add_word
    for key in keys:
        if len(key) >= 4:  # at least two characters between the pads
            add(key)
    auto.make_automaton()
    return auto


def _split_keys(norm: str, plain: list[str]):
    pos = 0
    for a in plain:
        yield norm[pos : pos + len(a)]
        pos += len(a) + 1
