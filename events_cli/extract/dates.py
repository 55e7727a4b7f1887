"""Dates written in Indonesian and English news text, with their precision.

Pure: text in, :class:`DateMention` values out. Candidates are found with compiled regular
expressions and read with fixed tables; `dateparser` is used only by :func:`parse_date` for
free-form input the tables cannot read, and is imported lazily (it costs ~110 ms to import
and ~8-10 ms per `search_dates` call over an article; this module takes ~0.3 ms).

Choices worth knowing:

* Day before month: "13/9/2023" is 13 September; "13/9/23" is 2023; "12-10-22" and
  "12.10.22" only after the weekday they fall on ("rabu 12-10-22").
* A written date with a year is kept as written, even after `published`. Dates whose year,
  day or month had to be guessed (weekdays, relative words, "13 Juli" without a year) are
  marked ``inferred=True`` and dropped when they would fall after `published`; so "besok",
  "Juli mendatang", "next week" never come out of :func:`extract_dates`.
* Relative words ("kemarin", "bulan lalu", "Senin") are resolved only when `published` is
  known. "Kamis (13/3)" without `published` takes the most recent year, up to today, in which
  13 March is a Thursday.
* "pekan lalu" / "minggu lalu" / "last week" (and "dua pekan lalu"): the day is unknown, so
  they give **month** precision, the month of `published` minus 7 days per week; "pekan ini"
  and "this week" (past or future) give nothing. :func:`parse_date`, which reads a whole
  query bound such as ``--from "last week"``, gives the day 7 days back instead.
* Ranges: "1-15 Juli 2023", "13 dan 14 September" give one day-precision mention of the
  first day spanning the whole range; "periode 2019-2024" gives the year 2019. A day-month
  without a year borrows the year of the range's end ("30 Juni - 2 Juli 2023").
* A month name alone ("Mei Lestari") is no date; it needs a day, a year, a qualifier
  ("Juli lalu", "Juli mendatang") or a cue ("bulan Juli", "last May", "in May").
* A bare year needs a cue ("pada 2011", "tahun 2011", "sejak", "in 2011", "since"...);
  "Covid-19", "G20", "Pemilu 2019" give nothing. The cue word ("pada") is not part of the
  mention's text, "tahun"/"bulan" are.
* A bare weekday counts when capitalised ("Senin", "on Tuesday", "Minggu pagi"): the most
  recent such day on or before `published` (without it, on or before a day written with its
  date near it: "amankan Minggu malam," kata X, Selasa (9/11/2021); else on or before the
  text's first stamp, a written date with a clock time: "Thursday, 11 July 2024 19:05"); "Senin lalu" / "last Monday" is strictly
  before; "Jumat pekan lalu" / "Friday last week" is that day of the week (Monday to Sunday)
  before the publication's. "Minggu lalu"/"Minggu ini" mean last/this week, "dua minggu" is
  a duration.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from events_cli import isodate
from events_cli.extract.text import SpanSet, archive_photo
from events_cli.isodate import MAX_YEAR, MIN_YEAR, iso_stamp, read_stamp
from events_cli.isodate import YEAR as _YEAR
from events_cli.isodate import make_date as _date
from events_cli.models import DateMention

__all__ = ["extract_dates", "parse_date"]

# A day-month without a year may reach back into the previous year, but only this far:
# "31 Desember" in a 2 January article is last year's; "20 Oktober" in a September one is not.
_PREVIOUS_YEAR_REACH_DAYS = 183
# How many years back to look for the year in which "Kamis (13/3)" falls on a Thursday.
_WEEKDAY_YEAR_SEARCH = 60

# --- tables -----------------------------------------------------------------------------

_MONTH_NAMES: Mapping[str, int] = {
    "januari": 1, "january": 1,
    "februari": 2, "pebruari": 2, "february": 2,
    "maret": 3, "march": 3,
    "april": 4,
    "mei": 5, "may": 5,
    "juni": 6, "june": 6,
    "juli": 7, "july": 7,
    "agustus": 8, "august": 8,
    "september": 9,
    "oktober": 10, "october": 10,
    "november": 11, "nopember": 11,
    "desember": 12, "december": 12,
}
# Abbreviations may carry a dot ("Sept.") and count only next to a day or a year.
_MONTH_ABBREVIATIONS: Mapping[str, int] = {
    "jan": 1, "feb": 2, "peb": 2, "mar": 3, "mrt": 3, "apr": 4,
    "jun": 6, "jul": 7, "agu": 8, "agt": 8, "ags": 8, "agst": 8, "agus": 8, "aug": 8,
    "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "nop": 11, "des": 12, "dec": 12,
}
_MONTHS: Mapping[str, int] = {**_MONTH_NAMES, **_MONTH_ABBREVIATIONS}
_ENGLISH_MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
})

_WEEKDAY_NAMES: Mapping[str, int] = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "jum\u2019at": 4,
    "sabtu": 5, "minggu": 6, "ahad": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
# Only in front of a written date ("Mon, 09 May 2022"), never alone ("Sun", "Sat").
_WEEKDAY_ABBREVIATIONS: Mapping[str, int] = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
    "sat": 5, "sun": 6,
}
_WEEKDAYS: Mapping[str, int] = {**_WEEKDAY_NAMES, **_WEEKDAY_ABBREVIATIONS}


def is_day_or_month_word(word: str) -> bool:
    """Whether `word` names a day of the week or a month ("Senin", "Sept.", "Oktober")."""
    low = word.lower().rstrip(".")
    return low in _WEEKDAYS or low in _MONTHS

_NUMBER_WORDS: Mapping[str, int] = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "se": 1,
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
# Quantities too vague to place: "beberapa tahun lalu", "a few weeks ago".
_VAGUE_QUANTITIES = (
    "beberapa", "puluhan", "belasan", "ratusan", "ribuan", "sekian", "several", "few",
    "a few", "many", "some", "dozens of", "hundreds of",
)

# Words for a day relative to the reference date: offset in days.
_RELATIVE_DAYS: Mapping[str, int] = {
    "kemarin lusa": -2, "kemarin": -1, "hari ini": 0, "besok": 1, "lusa": 2,
    "semalam": -1, "tadi malam": -1, "malam tadi": -1, "tadi pagi": 0, "tadi siang": 0,
    "tadi sore": 0, "dini hari tadi": 0, "pagi ini": 0, "siang ini": 0, "sore ini": 0,
    "malam ini": 0,
    "the day before yesterday": -2, "yesterday": -1, "today": 0, "tonight": 0,
    "this morning": 0, "this afternoon": 0, "this evening": 0, "last night": -1,
    "tomorrow": 1, "the day after tomorrow": 2,
}

_TIMES_OF_DAY = (
    "dini hari", "pagi", "siang", "sore", "petang", "malam", "subuh",
    "morning", "afternoon", "evening", "night",
)

_UNITS: Mapping[str, str] = {
    "hari": "day", "pekan": "week", "minggu": "week", "bulan": "month", "tahun": "year",
    "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
    "months": "month", "year": "year", "years": "year",
}
_ID_UNITS = ("hari", "pekan", "minggu", "bulan", "tahun")  # those "se" joins: "sehari", "setahun"


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation that tries longer words first ("Sept" before "Sep")."""
    return "|".join(re.escape(w).replace("\\ ", r"\s+") for w in sorted(set(words), key=lambda w: (-len(w), w)))


# --- patterns ---------------------------------------------------------------------------

_I = re.IGNORECASE
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_MONTH = rf"(?:(?:{_alternation(_MONTH_NAMES)})(?![\w'’])|(?:{_alternation(_MONTH_ABBREVIATIONS)})(?![\w'’])\.?)"
_MONTH_FULL = rf"(?:{_alternation(_MONTH_NAMES)})(?![\w'’])"
_ENGLISH_MONTH = rf"(?:(?:{_alternation(m for m in _ENGLISH_MONTHS if m in _MONTH_NAMES)})(?![\w'’])|(?:{_alternation(m for m in _ENGLISH_MONTHS if m in _MONTH_ABBREVIATIONS)})(?![\w'’])\.?)"
_WEEKDAY = rf"(?:{_alternation(_WEEKDAY_NAMES)})(?![\w'’])"
_ANY_WEEKDAY = rf"(?:(?:{_alternation(_WEEKDAY_NAMES)})|(?:{_alternation(_WEEKDAY_ABBREVIATIONS)})\.?)"
_TIME_OF_DAY = _alternation(_TIMES_OF_DAY)
# the words between the two ends of a period ("20-25", "20 hingga 25 Oktober"); two days may also be listed
_PERIOD_LINKS = r"-|–|—|s\.?/d\.?|s\.d\.?|sampai\s+dengan|hingga|sampai|to|until|through"
_RANGE_LINK = rf"(?:{_PERIOD_LINKS}|dan|and)"
# Written right after a number's first digit (not before it) so that `re` can skip to digits
# in C: the number must not continue one ("113/9", "2.13/9", "1,13/9", "0812-13").
_FIRST_DIGIT = r"\d(?<![\w/:.\-–]\d)(?<!\d,\d)"

# 13/9/2023, 13-09-2023, 13.9.2023, 13/9/23 (two-digit years only with "/").
_NUMERIC_DATE = re.compile(
    rf"(?P<d>{_FIRST_DIGIT}\d?)(?P<sep>[/.\-])(?P<m>[01]?\d)(?P=sep)(?P<y>{_YEAR}|\d\d(?!\d))"
    r"(?![/:]\d|[.\-]\d|[^\W\d])"
)
# 2023-09-13, also the date part of 2023-09-13T08:00.
_ISO_DATE = re.compile(
    r"(?P<y>(?:19|20)\d\d(?<![\w/:.\-–]\d{4})(?<!\d,\d{4}))-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?!\d|[/.:\-]\d|[^\W\dT])"
)
# (13/3): day and month alone, a date only right after a weekday ("Kamis (13/3)").
_PAREN_DAY_MONTH = re.compile(r"\(\s*(?P<d>[0-3]?\d)/(?P<m>[01]?\d)\s*\)")
# 13 September 2023, 1-15 Juli, 7th of May 2023, 13 Juli lalu, 30 Juni (- 2 Juli 2023).
_DAY_MONTH = re.compile(
    rf"(?P<d>{_FIRST_DIGIT}\d?(?:st|nd|rd|th)?)(?:\s*{_RANGE_LINK}\s*(?P<d2>{_DAY}))?\s+(?:of\s+)?(?P<mon>{_MONTH})"
    rf"(?:(?:,\s*|\s+)(?:tahun\s+)?(?P<y>{_YEAR})(?![.,]\d))?"
    r"(?:\s+(?P<q>yang\s+lalu|lalu|kemarin|silam|mendatang|depan|nanti)(?!\w))?"
    rf"(?:(?=\s*{_RANGE_LINK}\s*{_DAY}\s+{_MONTH}(?:,\s*|\s+)(?P<ly>{_YEAR})))?",
    _I,
)
# May 7, 2023 / Sept. 13 / May 7th.
_MONTH_DAY = re.compile(
    rf"(?<![\w'’])(?P<mon>{_ENGLISH_MONTH})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\w:]|[.,]\d)"
    rf"(?:,?\s+(?P<y>{_YEAR})(?![.,]\d))?",
    _I,
)
# September 2023, bulan Mei 2023, Juli tahun 2019, Januari-Maret 2019 (the first month).
_MONTH_LINK_WORDS = ("hingga", "sampai", "to", "until")
_MONTH_YEAR = re.compile(
    rf"(?<![\w'’])(?P<bulan>bulan\s+)?(?:(?P<mon1>{_MONTH})\s*(?:-|–|—|{'|'.join(_MONTH_LINK_WORDS)})\s*)?(?P<mon>{_MONTH})(?:\s*,?\s+|\s+tahun\s+)(?P<y>{_YEAR})(?![.,]\d|[\w/\-])",
    _I,
)
# Juli lalu, bulan Juli, last May, Juli tahun lalu, Oktober mendatang.
_MONTH_ALONE = re.compile(
    rf"(?<![\w'’\-])(?:(?P<cue>bulan|last|this|next|in|since|early|late|mid)(?:\s+|-))?(?P<mon>{_MONTH_FULL})"
    r"(?:\s+(?P<q>tahun\s+lalu|tahun\s+kemarin|tahun\s+ini|tahun\s+depan|yang\s+lalu|lalu|kemarin|silam|"
    r"mendatang|depan|nanti|ini))?(?!\w|['’]s)",
    _I,
)
# pada 2011, tahun 2011, sejak tahun 2011, in 2011, mid-2011, periode 2019-2024.
_CUED_YEAR = re.compile(
    r"(?<![\w\-])(?:(?:pada|sejak|hingga|sampai|selama|periode|era|awal|akhir|pertengahan|medio|"
    r"jelang|menjelang|in|since|during|until|early|late|mid|around)(?:\s+|-))?"
    rf"(?P<tahun>(?:tahun|year)\s+)?(?P<y>{_YEAR})(?P<range>\s*[-–—/]\s*(?:{_YEAR}|\d\d(?!\d)))?"
    r"(?![.,:]\d|[\w\-/])",
    _I,
)
# kemarin, dua hari lalu, setahun lalu, pekan lalu, bulan ini, 3 weeks ago, last month.
_NUMBER = rf"\d{{1,2}}|{_alternation(w for w in _NUMBER_WORDS if w != 'se')}|{_alternation(_VAGUE_QUANTITIES)}"
_RELATIVE = re.compile(
    r"(?<![\w\-])(?:"
    rf"(?:(?P<q>{_NUMBER})\s+|(?P<se>se))?(?P<unit>{'|'.join(_ID_UNITS)})\s+"
    r"(?P<rel>yang\s+lalu|lalu|silam|kemarin|sebelumnya|lagi|depan|mendatang|ini|terakhir|belakangan)"
    rf"|(?P<eq>{_NUMBER})\s+(?P<eunit>days?|weeks?|months?|years?)\s+(?P<ago>ago|earlier|later|before|after)"
    r"|(?P<which>last|this|next|past|coming)\s+(?P<wunit>week|month|year)"
    rf"|(?<!makan\s)(?P<word>{_alternation(_RELATIVE_DAYS)})"
    r")(?![\w\-])",
    _I,
)
# Senin, pada Senin, Senin lalu, Minggu pagi, on Tuesday, last Monday.
_BARE_WEEKDAY = re.compile(
    rf"(?<![\w\-'’])(?:(?P<pre>pada|hari|on|last|next|this|setiap|tiap|every|se|dua|tiga|empat|lima|beberapa|\d+)\s+)?"
    rf"(?P<wd>{_WEEKDAY})(?:\s+(?P<post>{_TIME_OF_DAY}|(?:pekan|minggu)\s+lalu|last\s+week|lalu|kemarin|depan|mendatang|nanti|ini))?(?![\w\-])",
    _I,
)
_NAMED_DAY = re.compile(r"(?<![\w])(?:black|good|cyber|super|ash|holy|maundy|palm|easter|giving)\s+$", _I)
_NAMED_DAY_AFTER = re.compile(r"\s+(?:Agung|Putih)\b")
# What may stand right before a written date to make it "Rabu (13/9/2023)", "Jumat, 30 Juni 2017".
_WEEKDAY_BEFORE = re.compile(
    rf"(?<![\w'’])(?P<wd>{_ANY_WEEKDAY})(?:\s+(?:{_TIME_OF_DAY}))?\s*,?\s*(?P<paren>\(\s*)?", _I
)
_CLOSING_PAREN = re.compile(r"\s*\)")
# What may stand right before "(5/6)" to make it "kemarin (5/6)", "tadi malam (5/6)".
_RELATIVE_DAY_BEFORE = re.compile(
    rf"(?<![\w'’])(?:{_alternation(w for w, offset in _RELATIVE_DAYS.items() if offset <= 0)})"
    rf"(?:\s+(?:{_TIME_OF_DAY}))?\s*,?\s*\(\s*$",
    _I,
)
_WORD_START = re.compile(r"(?<![^\W_])[^\W_]")
# How far before a trigger word a reading may begin: "sejak pertengahan tahun 2011",
# "the day before yesterday", "beberapa hari lalu".
_REACH = 26

# parse_date: what may surround a date in a metadata field.
# "2 tahun", "tiga jam": a length of time, which dateparser would read as "ago".
_DURATION = re.compile(
    rf"(?:{_NUMBER})\s+(?:hari|pekan|minggu|bulan|tahun|jam|menit|detik|days?|weeks?|months?|years?|hours?|minutes?|seconds?)",
    _I,
)
_RESIDUE = re.compile(
    rf"(?:[\s,.;:|()\-–—/]+|{_ANY_WEEKDAY}(?!\w)|(?:pukul|pkl|jam|at|on|pada|tanggal|tgl|hari)(?!\w)"
    r"|\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:\s*(?:am|pm|a\.m\.|p\.m\.))?"
    r"|(?:WIB|WITA|WIT|UTC|GMT|Z)(?!\w)|[+\-]\d\d:?\d\d)*",
    _I,
)


# --- resolution -------------------------------------------------------------------------

@dataclass(frozen=True)
class _Reference:
    """The day relative words are read against, and what to do with dates after it."""

    date: dt.date | None  # None: relative words cannot be placed
    allow_future: bool = False  # parse_date reads "besok" as tomorrow; articles drop it
    week_as_day: bool = False  # parse_date reads "last week" as the day 7 days back


class _Candidate(NamedTuple):
    start: int
    end: int
    value: dt.date | None  # None: not a date we can place, but it still hides shorter readings inside
    precision: str = "day"
    inferred: bool = False
    last: dt.date | None = None  # a range's last day (month, year): "20-25 Oktober 2023"
    # A day and month whose year is still to be read from the text's anchors (see `_anchored`):
    # (month, day, weekday or None, the range's last day or None).
    partial: tuple[int, int, int | None, int | None] | None = None
    # A weekday alone with no publication date to read it against: (weekday, strictly before),
    # read against a written date next to it instead (see `_near_weekday`).
    weekday_only: tuple[int, bool] | None = None


def _add_days(base: dt.date, days: int) -> dt.date | None:
    try:
        value = base + dt.timedelta(days=days)
    except OverflowError:
        return None
    return value if MIN_YEAR <= value.year <= MAX_YEAR else None


def _add_months(base: dt.date, months: int) -> dt.date | None:
    index = base.year * 12 + base.month - 1 + months
    return _date(index // 12, index % 12 + 1)


def _expand_year(digits: str) -> int:
    """Two-digit years are this century's unless that lies far ahead: "23" 2023, "98" 1998."""
    if len(digits) == 4:
        return int(digits)
    year = 2000 + int(digits)
    return year if year <= isodate.today().year + 10 else year - 100


def _day_number(token: str) -> int:
    return int(token.rstrip("stndrhSTNDRH"))


@functools.lru_cache(maxsize=4096)
def _latest_with_weekday(month: int, day: int, weekday: int, limit: dt.date) -> dt.date | None:
    """The latest `day`/`month` on or before `limit` that falls on `weekday`."""
    for year in range(limit.year, limit.year - _WEEKDAY_YEAR_SEARCH, -1):
        value = _date(year, month, day)
        if value is not None and value <= limit and value.weekday() == weekday:
            return value
    return None


def _infer_day(ref: _Reference, month: int, day: int, weekday: int | None, tense: str | None) -> tuple[dt.date | None, bool]:
    """The year of a day and month written without one, read against the publication date.
    `tense`: "past", "future" or None.

    Returns (date or None, whether the text's own anchors should be asked instead): with no
    publication date, or when the weekday written with it agrees with none of the years near
    the publication ("Selasa (8/10)" in a page republished years later). Never today's year.
    """
    if ref.date is None:
        return None, True
    base = ref.date
    if ref.allow_future:
        value = _date(base.year, month, day)
        if value is not None and weekday is not None and value.weekday() != weekday:
            value = _latest_with_weekday(month, day, weekday, base) or value
        if value is not None and tense == "future" and value < base:
            value = _date(base.year + 1, month, day)
        return value, False
    if tense == "future":
        return None, False
    options = [
        value for value in (_date(base.year, month, day), _date(base.year - 1, month, day))
        if value is not None and value <= base
    ]
    if tense != "past":
        options = [v for v in options if v.year == base.year or (base - v).days <= _PREVIOUS_YEAR_REACH_DAYS]
    if weekday is not None and options:
        agreeing = [value for value in options if value.weekday() == weekday]
        return (agreeing[0], False) if agreeing else (None, True)
    return (options[0] if options else None), False


def _infer_month(ref: _Reference, month: int, tense: str | None) -> dt.date | None:
    """The year of a month written without one ("Juli lalu", "bulan Juli", "Oktober mendatang")."""
    if ref.date is None:
        return None
    base = ref.date
    if tense == "past":
        year = base.year if month < base.month else base.year - 1
    elif tense == "last year":
        year = base.year - 1
    elif tense == "this year":
        year = base.year
    elif tense == "future":
        if not ref.allow_future:
            return None
        year = base.year if month > base.month else base.year + 1
    else:
        year = base.year if month <= base.month or ref.allow_future else base.year - 1
    return _date(year, month)


def _recent_weekday(base: dt.date, weekday: int, strictly_before: bool) -> dt.date | None:
    back = (base.weekday() - weekday) % 7
    if back == 0 and strictly_before:
        back = 7
    return _add_days(base, -back)


def _word_starts(text: str, start: int, end: int) -> list[int]:
    return [m.start() for m in _WORD_START.finditer(text, max(0, start), end)]


def _literal_words(*patterns: re.Pattern[str]) -> frozenset[str]:
    """The words a match of `patterns` may hold (in ASCII), and some more: the runs of letters
    of their source, which hold every literal word (and names of groups, "s" of \\s...).
    """
    return frozenset(word for p in patterns for word in re.findall(r"[a-z]+", p.pattern.lower()))


def _pattern_words(*patterns: re.Pattern[str]) -> frozenset[bytes]:
    """:func:`_literal_words` as bytes, as `_may_begin_before` compares them."""
    return frozenset(word.encode() for word in _literal_words(*patterns))


_CUE_WORDS = _pattern_words(_CUED_YEAR)  # (and the first year of a range: `_YEAR_NUMBERS`)
_WEEKDAY_BEFORE_WORDS = _pattern_words(_WEEKDAY_BEFORE)
# How many digits a number may have (see `_may_begin_before`).
_NO_NUMBERS = range(0)
_YEAR_NUMBERS = range(4, 5)
_DAY_NUMBERS = range(1, 3)  # \d{1,2}
_ANY_NUMBERS = range(1, 1 << 31)  # \d+
# ASCII letters (in lower case) and digits kept, every other byte a space: the words of a
# text in lower case (once every character beyond ASCII is a "?", by encoding it with
# errors="replace").
_WORD_BYTES = bytes(ord(chr(i).lower()) if i < 128 and chr(i).isalnum() else 32 for i in range(256))


def _may_begin_before(text: str, at: int, words: frozenset[bytes], numbers: range = _NO_NUMBERS) -> bool:
    """Whether a match that holds the text right before `at` may begin at a word before `at`
    (within `_REACH`), for patterns whose matches hold only `words` and numbers of as many
    digits as `numbers` allows.

    Such a match holds the whole word right before `at`: False when that is none of these
    (most places), and so no other word need be tried. Always True when the text before `at`
    is not all ASCII, where `re.IGNORECASE` matches "ſ" to "s" and `\\d` matches "٢".
    """
    head = text[max(0, at - _REACH):at]
    if not head.isascii():
        return True
    last = head.encode("ascii").translate(_WORD_BYTES).rsplit(None, 1)
    return bool(last) and (last[-1] in words or (last[-1].isdigit() and len(last[-1]) in numbers))


def _match_back(
    pattern: re.Pattern[str], text: str, at: int, starts: list[int] | None = None
) -> re.Match[str] | None:
    """The earliest match of `pattern` that begins at a word shortly before `at` and runs past it.

    `starts` may hold those word starts (``_word_starts(text, at - _REACH, at + 1)``), when
    several patterns are tried at one place.
    """
    if starts is None:
        starts = _word_starts(text, at - _REACH, at + 1)
    for start in starts:
        match = pattern.match(text, start)
        if match is not None and match.end() > at:
            return match
    return None


def _with_weekday(text: str, start: int, end: int) -> tuple[int, int, int | None]:
    """Widen a written date over the weekday before it: "Rabu (13/9/2023)", "Jumat, 30 Juni 2017"."""
    before = start
    while before > 0 and text[before - 1] in " \t\u00a0,(":
        before -= 1
    if before == 0 or not text[before - 1].isalpha() or not _may_begin_before(text, before, _WEEKDAY_BEFORE_WORDS):
        return start, end, None
    for word in _word_starts(text, before - _REACH, before):
        match = _WEEKDAY_BEFORE.match(text, word)
        if match is None or match.end() != start:
            continue
        if match.group("paren"):
            closing = _CLOSING_PAREN.match(text, end)
            if closing is None:
                return start, end, None
            end = closing.end()
        return match.start(), end, _WEEKDAYS[_normalise_weekday(match.group("wd"))]
    return start, end, None


def _normalise_weekday(word: str) -> str:
    return word.lower().rstrip(".")


def _month_number(token: str) -> int | None:
    """The month a token names; lower-case "may" is the English verb, not the month."""
    if token == "may":
        return None
    return _MONTHS.get(token.lower().rstrip("."))


def _tense(word: str | None) -> str | None:
    if not word:
        return None
    word = " ".join(word.lower().split())
    if word in ("lalu", "yang lalu", "kemarin", "silam", "last"):
        return "past"
    if word in ("mendatang", "depan", "nanti", "next"):
        return "future"
    if word in ("tahun lalu", "tahun kemarin"):
        return "last year"
    if word in ("tahun ini", "ini", "this"):
        return "this year"
    if word == "tahun depan":
        return "future"
    return None


# --- readers: one match in, one candidate out ---------------------------------------------
# A candidate whose value is None still hides the shorter readings inside it ("2-1 Juli").

def _read_numeric(text: str, match: re.Match[str]) -> _Candidate | None:
    year_digits = match.group("y")
    start, end, weekday = _with_weekday(text, match.start(), match.end())
    value = _date(_expand_year(year_digits), int(match.group("m")), int(match.group("d")))
    if len(year_digits) == 2 and match.group("sep") != "/" and (value is None or value.weekday() != weekday):
        # "12-10-22" alone may be a score or a code; after the weekday it falls on
        # ("rabu 12-10-22") it is a date.
        return None
    return _Candidate(start, end, value)


# A street, square or venue named after a day: "Jalan 17 Agustus", "Stadion 29 November", "Simpang
# Lima 1 Mei"; the day is part of its name, not a date.
_NAMED_AFTER_DAY = re.compile(
    r"(?<![\w.])(?:jalan|jln?\.?|gang|gg\.?|stadion|gedung|lapangan|taman|tugu|monumen|bundaran|simpang|alun-alun|"
    r"universitas|pelabuhan|pasar)\s+$", _I)


def _read_day_month(text: str, match: re.Match[str], ref: _Reference) -> _Candidate | None:
    month = _month_number(match.group("mon"))
    if month is None:
        return None
    if match.group("mon")[:1].isupper() and _NAMED_AFTER_DAY.search(text, max(0, match.start() - 14), match.start()):
        return _Candidate(match.start(), match.end(), None)  # a name's: its span yields no date
    day = _day_number(match.group("d"))
    if match.group("d2") and _day_number(match.group("d2")) <= day:
        return _Candidate(match.start(), match.end(), None)  # "2-1 Juli" is no range
    last_day = _day_number(match.group("d2")) if match.group("d2") else None
    start, end, weekday = _with_weekday(text, match.start(), match.end())
    year = match.group("y") or match.group("ly")
    if year:
        value = _date(int(year), month, day)
        return _Candidate(start, end, value, last=last_day and _date(int(year), month, last_day))
    return _day_without_year(start, end, ref, month, day, weekday, _tense(match.group("q")), last_day)


def _read_month_day(text: str, match: re.Match[str], ref: _Reference) -> _Candidate | None:
    month = _month_number(match.group("mon"))
    if month is None:
        return None
    day = int(match.group("d"))
    start, end, weekday = _with_weekday(text, match.start(), match.end())
    if match.group("y"):
        return _Candidate(start, end, _date(int(match.group("y")), month, day))
    return _day_without_year(start, end, ref, month, day, weekday, None)


def _day_without_year(start: int, end: int, ref: _Reference, month: int, day: int, weekday: int | None,
                      tense: str | None, last_day: int | None = None) -> _Candidate:
    """A day and month written without a year ("Selasa (8/10)", "13 Juli", "Jan. 23"): its
    year from the publication date, else left for the text's anchors (`_anchored`)."""
    if _date(2000, month, day) is None:  # (a leap year: 29/2 is a date)
        return _Candidate(start, end, None)
    value, ask_anchors = _infer_day(ref, month, day, weekday, tense)
    last = _date(value.year, month, last_day) if value is not None and last_day else None
    return _Candidate(start, end, value, "day", True, last, (month, day, weekday, last_day) if ask_anchors else None)


def _read_month_year(match: re.Match[str]) -> _Candidate | None:
    month = _month_number(match.group("mon"))
    if match.group("mon1"):
        first = _month_number(match.group("mon1"))
        if month is None or first is None or first >= month:
            return None
        month = first
    if month is None:
        return None
    last = _date(int(match.group("y")), _month_number(match.group("mon"))) if match.group("mon1") else None
    return _Candidate(match.start(), match.end(), _date(int(match.group("y")), month), "month", last=last)


def _read_month_alone(match: re.Match[str], ref: _Reference) -> _Candidate | None:
    cue, qualifier = (match.group("cue") or "").lower(), match.group("q")
    month = _month_number(match.group("mon"))
    if month is None or not (cue or qualifier):
        return None
    if cue == "in" and qualifier is None and not match.group("mon")[0].isupper():
        return None
    start = match.start() if cue in ("bulan", "last") else match.start("mon")
    value = _infer_month(ref, month, _tense(qualifier) or _tense(cue))
    return _Candidate(start, match.end(), value, "month", True)


# The number of a law or regulation right before "Tahun 2002": "UU Nomor 30 Tahun 2002",
# "PP No. 109 Tahun 2012", "Perpres 7 Tahun 2019". The year is part of its name (when it was
# enacted), not when what the sentence tells happened.
_LAW_NUMBER = re.compile(
    r"(?<![\w.])(?:(?:nomor|bernomor|nomer|no|nr)\.?\s*|(?:uu|pp|perpres|perppu|perda|pergub|perwali|perwal|perbup|"
    r"permen|keppres|kepres|inpres|tap\s+mpr)\s+)\d+[a-z]?\s+$",
    _I,
)


def _read_cued_year(match: re.Match[str]) -> _Candidate | None:
    if match.start("y") == match.start() and not match.group("tahun"):
        return None  # a bare number: "Covid-19", "Pemilu 2019", "2019 orang"
    year = int(match.group("y"))
    end_year = year
    if match.group("range"):
        end_digits = match.group("range").strip(" -–—/")
        end_year = int(end_digits) if len(end_digits) == 4 else year // 100 * 100 + int(end_digits)
        if end_year <= year:
            return None  # "2019-12" and the like are no range of years
    start = match.start("tahun") if match.group("tahun") else match.start("y")
    last = _date(end_year, 1) if match.group("range") else None
    return _Candidate(start, match.end(), _date(year, 1), "year", last=last)


def _quantity(word: str | None) -> int | None:
    """The number in "dua hari lalu", "3 weeks ago"; None when vague ("beberapa")."""
    if word is None:
        return 1
    word = " ".join(word.lower().split())
    if word.isdigit():
        return int(word)
    return _NUMBER_WORDS.get(word)


def _shift(ref: _Reference, unit: str, amount: int) -> _Candidate:
    """The date `amount` units from the reference (negative: back), with its precision."""
    base = ref.date
    assert base is not None
    if unit == "day":
        return _Candidate(0, 0, _add_days(base, amount), "day", True)
    if unit == "week":
        moved = _add_days(base, 7 * amount)
        if ref.week_as_day:
            return _Candidate(0, 0, moved, "day", True)
        return _Candidate(0, 0, moved and moved.replace(day=1), "month", True)
    if unit == "month":
        return _Candidate(0, 0, _add_months(base, amount), "month", True)
    return _Candidate(0, 0, _date(base.year + amount, 1), "year", True)


def _read_relative(match: re.Match[str], ref: _Reference) -> _Candidate | None:
    if ref.date is None:
        return None
    found: _Candidate | None = None
    if match.group("unit"):
        unit = _UNITS[match.group("unit").lower()]
        rel = " ".join(match.group("rel").lower().split())
        amount = _quantity(match.group("q"))
        explicit = match.group("q") is not None or match.group("se") is not None
        if amount is None:
            pass  # "beberapa tahun lalu": vague
        elif rel in ("lalu", "yang lalu", "silam", "kemarin"):
            if unit != "day" or explicit or rel == "kemarin":
                found = _shift(ref, unit, -amount)
        elif rel == "ini" and not explicit and unit in ("day", "month", "year"):
            found = _shift(ref, unit, 0)
        elif rel in ("depan", "mendatang", "lagi") and ref.allow_future and (unit != "day" or explicit):
            found = _shift(ref, unit, amount)
        # "sebelumnya" (before some other event), "terakhir" (a duration), "pekan ini": nothing
    elif match.group("eunit"):
        amount = _quantity(match.group("eq"))
        if amount is not None and match.group("ago").lower() == "ago":
            found = _shift(ref, _UNITS[match.group("eunit").lower()], -amount)
    elif match.group("which"):
        which, unit = match.group("which").lower(), match.group("wunit").lower()
        if which == "last":
            found = _shift(ref, unit, -1)
        elif which == "this" and unit != "week":
            found = _shift(ref, unit, 0)
        elif which in ("next", "coming") and ref.allow_future:
            found = _shift(ref, unit, 1)
    else:
        offset = _RELATIVE_DAYS[" ".join(match.group("word").lower().split())]
        found = _Candidate(0, 0, _add_days(ref.date, offset), "day", True)
    if found is None:
        return _Candidate(match.start(), match.end(), None)
    return found._replace(start=match.start(), end=match.end())


def _read_bare_weekday(text: str, match: re.Match[str], ref: _Reference) -> _Candidate | None:
    word = match.group("wd")
    if not word[0].isupper():
        return None  # "minggu" in lower case is a week
    weekday = _WEEKDAY_NAMES[word.lower()]
    is_minggu = word.lower() == "minggu"
    pre = (match.group("pre") or "").lower()
    post = " ".join((match.group("post") or "").lower().split())
    if pre and (pre[0].isdigit() or pre in _NUMBER_WORDS or pre == "beberapa"):
        return _Candidate(match.start(), match.end(), None) if is_minggu else None  # "dua Minggu"
    if is_minggu and post in ("lalu", "kemarin", "ini", "depan", "mendatang", "nanti"):
        return None  # "Minggu lalu" is last week: left to the relative reading
    if _NAMED_DAY.search(text, max(0, match.start("wd") - 10), match.start("wd")) or _NAMED_DAY_AFTER.match(
        text, match.end("wd")
    ):
        return None  # "Black Friday", "Jumat Agung": a holiday's name
    start = match.start() if pre == "last" else match.start("wd")
    if pre in ("next", "this", "setiap", "tiap", "every") or post in ("depan", "mendatang", "nanti", "ini"):
        return _Candidate(start, match.end(), None, "day", True)
    strictly_before = pre == "last" or post in ("lalu", "kemarin")
    if post in ("pekan lalu", "minggu lalu", "last week"):
        if ref.date is None:
            return _Candidate(start, match.end(), None)
        # "Jumat pekan lalu": that weekday of the week (Monday to Sunday) before the publication's
        return _Candidate(start, match.end(), _add_days(ref.date, -ref.date.weekday() - 7 + weekday), "day", True)
    if ref.date is None:
        return _Candidate(start, match.end(), None, "day", True, weekday_only=(weekday, strictly_before))
    return _Candidate(start, match.end(), _recent_weekday(ref.date, weekday, strictly_before), "day", True)


# --- finding: digits are scanned for in C; words only where a trigger word occurs -------

_RELATIVE_TRIGGERS = (
    "hari", "pekan", "minggu", "bulan", "tahun", "kemarin", "besok", "lusa", "semalam", "malam",
    "pagi", "siang", "sore", "setahun", "sebulan", "sepekan", "seminggu", "sehari",
    "yesterday", "today", "tonight", "tomorrow", "night", "morning", "afternoon", "evening",
    "day", "week", "month", "year",
)


def _build_triggers() -> tuple[tuple[str, frozenset[str]], ...]:
    """Lower-case word beginnings to look for, each with the kinds of reading to try there.

    A word that begins with a shorter trigger ("september" and "sep") is found through it.
    """
    kinds: dict[str, set[str]] = {}
    for words, kind in ((_MONTHS, "month"), (_WEEKDAY_NAMES, "weekday"), (_RELATIVE_TRIGGERS, "relative")):
        for word in words:
            kinds.setdefault(word, set()).add(kind)
    merged: dict[str, set[str]] = {}
    for word in sorted(kinds, key=len):
        key = next((k for k in merged if word.startswith(k)), word)
        merged.setdefault(key, set()).update(kinds[word])
    return tuple((key, frozenset(found)) for key, found in merged.items())


def _trie_pattern(words: Iterable[str]) -> str:
    """An alternation shaped as a trie, which `re` walks far faster than a flat one."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = "|".join(branches)
        return f"(?:{body})?" if "" in node else (body if len(branches) == 1 else f"(?:{body})")

    return emit(root)


_TRIGGERS = dict(_build_triggers())
# For each kind of reading, the words that may stand right before a word inside a match of
# the patterns read back from its trigger (see `_may_begin_before`), and how many digits a
# number there may have.
# Two literals of a pattern may also meet with no space between them: "se" and a unit
# ("sehari"), a month after the word of a range ("hinggaMaret").
_SE_UNITS = frozenset(f"se{unit}" for unit in _ID_UNITS)  # "sehari": "se" and a unit, one word
_KIND_LEADS = {
    "month": (_pattern_words(_MONTH_YEAR, _MONTH_ALONE) | frozenset(
        f"{link}{month}".encode() for link in _MONTH_LINK_WORDS for month in _MONTHS
    ), _NO_NUMBERS),
    "weekday": (_pattern_words(_BARE_WEEKDAY), _ANY_NUMBERS),
    "relative": (_pattern_words(_RELATIVE) | frozenset(word.encode() for word in _SE_UNITS), _DAY_NUMBERS),
}
_TRIGGER_LEADS = {
    trigger: (
        frozenset().union(*(_KIND_LEADS[kind][0] for kind in kinds)),
        max((_KIND_LEADS[kind][1] for kind in kinds), key=len),  # (each holds the shorter ones)
    )
    for trigger, kinds in _TRIGGERS.items()
}
# Trigger words are prefix-free (see _build_triggers), so each match names one trigger.
# Only at the start of a word ("Umar" holds no "Mar"); an underscore does not join words.
_TRIGGER_WORDS = re.compile(rf"(?<![^\W_])(?:{_trie_pattern(_TRIGGERS)})")


# The words a reading found at a trigger may have there. A reading covers the whole word at
# its trigger (every word of these patterns ends before white space or a non-word character),
# so that word is one of the literal words of the patterns (or "se" + a unit, "sehari"):
# a trigger at any other word ("desa", "seperti", "Agung") gives nothing. Those that a
# trigger can begin, as written (in ASCII letters).
_READING_PATTERNS = (_MONTH_DAY, _MONTH_YEAR, _MONTH_ALONE, _BARE_WEEKDAY, _RELATIVE)
_READING_WORDS = frozenset(
    word
    for word in _literal_words(*_READING_PATTERNS) | _SE_UNITS
    if _TRIGGER_WORDS.match(word)
) | frozenset(  # the first word of a trigger that holds an apostrophe: "jum" of "jum'at"
    re.match(r"[a-z]+", trigger).group() for trigger in _TRIGGERS if not trigger.isalpha()
)
_LONGEST_TRIGGER = max(map(len, _TRIGGERS))
# The only characters beyond ASCII that `re.IGNORECASE` matches to ASCII letters.
_ASCII_LOOKALIKES = ("\u0130", "\u0131", "\u017f", "\u212a")  # İ ı ſ K (Kelvin)


def _trigger_positions(text: str) -> list[tuple[int, str]]:
    """(offset, trigger) of the triggers in `text` at which a reading may begin, in order.

    Only the triggers at one of the `_READING_WORDS` are looked at, found by splitting the
    text into words (most texts hold none: nothing is scanned for then). A text holding one
    of the `_ASCII_LOOKALIKES` (where a reading's word may be spelled otherwise) is scanned
    for every trigger instead.
    """
    if not text.isascii() and any(ch in text for ch in _ASCII_LOOKALIKES):
        return [(m.start(), m.group()) for m in _TRIGGER_WORDS.finditer(_lowered(text))]
    words = text.encode("ascii", "replace").translate(_WORD_BYTES).decode("ascii")
    present = _READING_WORDS.intersection(words.split())
    if not present:
        return []
    words = f" {words} "
    found = []
    for word in present:
        needle = f" {word} "
        i = words.find(needle)
        while i >= 0:  # words[i + 1] is text[i], the start of a word
            # (`_TRIGGER_WORDS` at `i` of the whole text in lower case: a letter is one in lower
            # case too, and only the `_ASCII_LOOKALIKES` lower to ASCII)
            if i == 0 or not text[i - 1].isalnum():
                trigger = _TRIGGER_WORDS.match(text[i:i + _LONGEST_TRIGGER].lower())
                if trigger is not None:
                    found.append((i, trigger.group()))
            i = words.find(needle, i + len(word) + 1)
    found.sort()
    return found


def _lowered(text: str) -> str:
    """`text` in lower case, one character for one, so offsets still match."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower()[:1] for ch in text)  # "İ" lowers to two characters


def _candidates(text: str, ref: _Reference) -> list[_Candidate]:
    found: list[_Candidate | None] = []
    add = found.append
    _digit_candidates(text, ref, add)
    _word_candidates(text, ref, add)
    return [candidate for candidate in found if candidate is not None]


# Every other byte of ASCII text as a space, its digits kept: where runs of digits are.
_DIGIT_GAPS = bytes(i if chr(i) in "0123456789" else 32 for i in range(256))
_ASCII_BYTES = bytes(range(128))
_ANY_DIGIT = re.compile(r"\d")
_DIGIT_RUN = re.compile(r"\d+")
_YEAR_AT = re.compile(_YEAR)


def _digit_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of digits in `text`, in order.

    Found with bytes operations, which run in C at memory speed, rather than with `re`, which
    spends tens of nanoseconds on each character it scans. A text holding digits beyond
    ASCII ("٢٠٢٣", which `\\d` matches) is scanned instead.
    """
    if not text.isascii() and _ANY_DIGIT.search(text.encode("utf-8", "replace").translate(None, _ASCII_BYTES).decode()):
        return [match.span() for match in _DIGIT_RUN.finditer(text)]
    digits = text.encode("ascii", "replace").translate(_DIGIT_GAPS)  # (one byte a character)
    runs = []
    end = 0
    for run in digits.split():
        start = digits.index(run, end)  # (only spaces lie between two runs)
        end = start + len(run)
        runs.append((start, end))
    return runs


def _digit_candidates(text: str, ref: _Reference, add) -> None:
    """The readings that begin with a number, each tried only where a run of digits begins.

    The patterns are matched at the runs of digits they can begin at rather than scanned for
    over the whole text: a year is the last four digits of a run (`_YEAR` is four digits not
    followed by one); the day of `_NUMERIC_DATE` and of `_DAY_MONTH` is a whole run of one or
    two digits (`_FIRST_DIGIT` follows no digit; a separator or a letter follows the day),
    with a separator after it for `_NUMERIC_DATE`.
    """
    runs = _digit_runs(text)
    if not runs:
        return
    years = [end - 4 for start, end in runs if end - start >= 4 and _YEAR_AT.match(text, end - 4)]
    days = [(start, end) for start, end in runs if end - start <= 2]
    for match in _matches_at(_NUMERIC_DATE, text, [start for start, end in days if text.startswith(("/", ".", "-"), end)]):
        add(_read_numeric(text, match))
    for year in years:  # an ISO date begins with the year: found there rather than scanned for
        match = _ISO_DATE.match(text, year) if text.startswith("-", year + 4) else None
        if match is not None:
            add(_Candidate(match.start(), match.end(), _date(int(match.group("y")), int(match.group("m")), int(match.group("d")))))
    for match in _PAREN_DAY_MONTH.finditer(text):
        start, end, weekday = _with_weekday(text, match.start("d"), match.end("m"))
        relative = None if weekday is not None else _RELATIVE_DAY_BEFORE.search(
            text, max(0, match.start() - _REACH), match.start("d"))
        if relative is not None:  # "kemarin (5/6)": the day named twice
            closing = _CLOSING_PAREN.match(text, match.end("m"))
            add(_day_without_year(relative.start(), closing.end() if closing else match.end(), ref,
                                  int(match.group("m")), int(match.group("d")), None, "past"))
        elif weekday is None:
            add(_Candidate(match.start(), match.end(), None))
        else:
            add(_day_without_year(start, end, ref, int(match.group("m")), int(match.group("d")), weekday, None))
    for match in _matches_at(_DAY_MONTH, text, [start for start, _ in days]):
        add(_read_day_month(text, match, ref))
    for year in years:
        if not _may_begin_before(text, year, _CUE_WORDS, _YEAR_NUMBERS):
            continue  # (none begins before the year; one that begins at it gives nothing)
        cued = _match_back(_CUED_YEAR, text, year)
        if cued is not None:
            law = _LAW_NUMBER.search(text, max(0, cued.start() - 30), cued.start()) if cued.group("tahun") else None
            if law is not None and cued.start() == cued.start("tahun"):
                add(_Candidate(law.start(), cued.end(), None))  # a law's name: its span yields no date
            else:
                add(_read_cued_year(cued))


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` gives, when its matches can only begin at `starts` (in order)."""
    end = 0
    for start in starts:
        if start >= end:
            match = pattern.match(text, start)
            if match is not None:
                end = match.end()
                yield match


def _word_candidates(text: str, ref: _Reference, add) -> None:
    for at, trigger in _trigger_positions(text):
        kinds = _TRIGGERS[trigger]
        # The word starts shared by the readings tried here (the trigger's own when no reading
        # may begin before it).
        starts = _word_starts(text, at - _REACH, at + 1) if _may_begin_before(text, at, *_TRIGGER_LEADS[trigger]) else [at]
        if "month" in kinds:
            match = _MONTH_DAY.match(text, at)
            if match is not None:
                add(_read_month_day(text, match, ref))
            match = _match_back(_MONTH_YEAR, text, at, starts)
            if match is not None:
                add(_read_month_year(match))
            match = _match_back(_MONTH_ALONE, text, at, starts)
            if match is not None:
                add(_read_month_alone(match, ref))
        if "weekday" in kinds:
            match = _match_back(_BARE_WEEKDAY, text, at, starts)
            if match is not None:
                add(_read_bare_weekday(text, match, ref))
        if "relative" in kinds:
            match = _match_back(_RELATIVE, text, at, starts)
            if match is not None:
                add(_read_relative(match, ref))


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates, longest first, then in order of position."""
    chosen: list[_Candidate] = []
    taken = SpanSet()
    for candidate in sorted(candidates, key=lambda c: (c.start - c.end, c.start)):
        if not taken.overlaps(candidate.start, candidate.end):
            chosen.append(candidate)
            taken.add(candidate.start, candidate.end)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _mentions(text: str, ref: _Reference) -> list[DateMention]:
    return _without_weekdays_of_dates(text, _all_mentions(text, ref))


# How near a written date a weekday names it: "Rabu pagi ini, 23 Oktober 2019", "Senin sampai
# dengan Minggu tanggal 19 hingga 25 Agustus 2019".
_WEEKDAY_REACH = 40


def _without_weekdays_of_dates(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """A weekday alone, written near a date that falls on that weekday on the same line, names
    that date ("Pada hari Selasa, tanggal 27 Agustus 2019"), not the last such weekday before the
    publication: it is left out, and the written date stands. (A stamp on the next line, "said on
    Monday.\nNovember 20, 2023 16:12", does not name the day the lede tells.)"""
    written = [m for m in mentions if not m.inferred and m.precision == "day"]
    if not written:
        return mentions
    out = []
    for m in mentions:
        if m.inferred and m.precision == "day" and not any(ch.isdigit() for ch in m.text):
            weekday = _WEEKDAY_NAMES.get(_normalise_weekday(m.text.split()[0]))
            if weekday is not None and any(
                w.value.weekday() == weekday and max(w.start - m.end, m.start - w.end) <= _WEEKDAY_REACH
                and "\n" not in text[min(m.end, w.end):max(m.start, w.start)]
                for w in written
            ):
                continue
        out.append(m)
    return out


def _all_mentions(text: str, ref: _Reference) -> list[DateMention]:
    chosen = _select(_candidates(text, ref))
    # Written dates with their year: the anchors a day and month without one is read against.
    anchors = [c for c in chosen if c.value is not None and not c.inferred]
    chosen = [_anchored(c, anchors) if c.value is None and c.partial is not None else c for c in chosen]
    if any(c.value is None and c.partial is not None and c.partial[2] is not None for c in chosen):
        chosen = _by_bare_years(text, chosen)
    mentions = []
    for candidate in chosen:
        if candidate.weekday_only is not None:
            candidate = _near_weekday(text, candidate, chosen)
        value = candidate.value
        if value is None and candidate.partial is None:
            continue
        if candidate.inferred and value is not None and ref.date is not None and not ref.allow_future and value > ref.date:
            continue
        partial = None if value is not None else "--{:02d}-{:02d}".format(*candidate.partial[:2])
        mentions.append(DateMention(
            candidate.start, candidate.end, text[candidate.start:candidate.end], value,
            candidate.precision, candidate.inferred, candidate.last, partial,
        ))
    return _joined_ranges(text, mentions)


# Between two whole dates (or months), the words that make them one period ("20 September 2019 – 27 September
# 2019", "30 Juni sampai 2 Juli 2023", "from May 3, 2023 to May 5, 2023"); "dan"/"and" list two days.
_DATE_RANGE_LINK = re.compile(rf"\s*(?:{_PERIOD_LINKS}|till)\s*", _I)
# The longest period two written days are read as: a longer one is two dates ("1 Januari 2018 -
# 5 Maret 2020" in a timeline of a case).
_RANGE_DAYS = 366


def _joined_ranges(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """Two written days (or months) linked by a range word, the second later, are one period: the
    first with the second as its `last`."""
    out: list[DateMention] = []
    for m in mentions:
        first = out[-1] if out else None
        if (first is not None and first.precision == m.precision in ("day", "month") and first.value is not None
                and m.value is not None and first.last is None and m.last is None
                and 0 < (m.value - first.value).days <= _RANGE_DAYS
                and _DATE_RANGE_LINK.fullmatch(text, first.end, m.start)):
            out[-1] = DateMention(first.start, m.end, text[first.start:m.end], first.value, m.precision,
                                  first.inferred or m.inferred, m.value, None)
            continue
        out.append(m)
    return out


# A day and month without a year is read against the nearest written date only this far either
# side of it: "Rabu (8/1)" two paragraphs after "Rabu (8/1/2020)" is 2020's.
_ANCHOR_REACH_DAYS = 200


def _anchored(candidate: _Candidate, anchors: list[_Candidate]) -> _Candidate:
    """A day and month written without a year, its year read from the text's own anchors:
    the nearest written date (before or after it) gives the year, or the one before or after
    when that lies nearer ("25 Desember" near "8 Januari 2020" is 2019's); a period or a year
    ("periode 2019-2024", "tahun 2019") only with a weekday, which must fall in exactly one of
    its years. The weekday, when written, must agree; no anchor, no year (never today's)."""
    month, day, weekday, last_day = candidate.partial
    by_distance = sorted(anchors, key=lambda a: max(a.start - candidate.end, candidate.start - a.end))
    value = None
    for anchor in by_distance:
        if anchor.precision == "year":
            if weekday is None:
                continue
            last_year = (anchor.last or anchor.value).year
            fits = [v for y in range(anchor.value.year, last_year + 1)
                    if (v := _date(y, month, day)) is not None and v.weekday() == weekday]
            value = fits[0] if len(fits) == 1 else None
        else:
            around = anchor.value
            fits = [v for y in (around.year - 1, around.year, around.year + 1)
                    if (v := _date(y, month, day)) is not None and (weekday is None or v.weekday() == weekday)
                    and abs((v - around).days) <= _ANCHOR_REACH_DAYS]
            value = min(fits, key=lambda v: abs((v - around).days)) if fits else None
        if value is not None or weekday is None:
            break  # (a weekday that agrees with no year near this anchor may with a farther one)
    if value is None:
        return candidate
    last = _date(value.year, month, last_day) if last_day else None
    return candidate._replace(value=value, last=last, partial=None)


# A year written alone, as a name's part or a number ("peserta pemilu 2014", "sejak 2019"), not a
# figure's or a reference's part ("7/2017", "Rp2.014", "2014-2019" is a period the anchors hold)
# (a stop after it closes the sentence: "... tahun anggaran 2025.")
_BARE_YEAR = re.compile(r"(?<![\d.,/:-])(19[5-9]\d|20[0-4]\d)(?![\d,/:-]|\.\d)")


def _by_bare_years(text: str, chosen: list[_Candidate]) -> list[_Candidate]:
    """Days and months written with their weekday and no year that the anchors left undated
    ("Selasa (4/3)"), dated by the years the article writes alone ("peserta pemilu 2014"): when
    the weekday falls on that day and month in exactly one of those years, or else in exactly one
    of the years next to them ("Minggu (15/1)" beside "tahun anggaran 2022" is January 2023's: the
    weekdays of one day in three years running are three different days)."""
    years = {int(m.group(1)) for m in _BARE_YEAR.finditer(text)}
    if not years:
        return chosen
    next_to = {y + k for y in years for k in (-1, 1)} - years
    out = []
    for c in chosen:
        if c.value is None and c.partial is not None and c.partial[2] is not None:
            month, day, weekday, last_day = c.partial
            fits = [v for y in sorted(years) if (v := _date(y, month, day)) is not None and v.weekday() == weekday]
            if not fits:
                fits = [v for y in sorted(next_to) if (v := _date(y, month, day)) is not None and v.weekday() == weekday]
            if len(fits) == 1:
                last = _date(fits[0].year, month, last_day) if last_day else None
                c = c._replace(value=fits[0], last=last, partial=None)
        out.append(c)
    return out


# How near a day written with its date a weekday alone is read against it, when the publication
# date is unknown: "Tersangka kami amankan Minggu malam," kata X, Selasa (9/11/2021).
_NEAR_WEEKDAY_CHARS = 250


# A clock time right after a written date makes it a stamp: "11 July 2024 19:05", "November 20,
# 2023 16:12 JST", "2021-11-09 16:42:10", "23 Jan 2024 04:12PM", "14 Mei 2018 | 15:11 WIB".
_CLOCK_AFTER = re.compile(r"\s*(?:[,|\-–—]\s*)?(?:pukul\s+|at\s+)?[0-2]?\d[:.][0-5]\d(?![\d.,]\d)", _I)


def _near_weekday(text: str, candidate: _Candidate, chosen: list[_Candidate]) -> _Candidate:
    """A weekday alone, with no publication date: the latest such day on or before the nearest
    day written with its date (or its year read from the text) within `_NEAR_WEEKDAY_CHARS`,
    else on or before the text's first stamp (a written date with a clock time), as if that day
    were the publication's; no such day, no date."""
    weekday, strictly_before = candidate.weekday_only
    days = [c for c in chosen if c.value is not None and c.precision == "day" and c.weekday_only is None
            and not archive_photo(text, c.start)]
    near = [c for c in days if max(c.start - candidate.end, candidate.start - c.end) <= _NEAR_WEEKDAY_CHARS]
    if near:
        anchor = min(near, key=lambda c: max(c.start - candidate.end, candidate.start - c.end))
    else:
        anchor = next((c for c in days if not c.inferred and _CLOCK_AFTER.match(text, c.end)), None)
        if anchor is None:
            return candidate
    return candidate._replace(value=_recent_weekday(anchor.value, weekday, strictly_before), weekday_only=None)


# --- public API -------------------------------------------------------------------------

def extract_dates(text: str, published: dt.date | None = None) -> list[DateMention]:
    """Every date written in `text`, in order of position, non-overlapping (longest wins)."""
    if isinstance(published, dt.datetime):
        published = published.date()
    if published is not None and not MIN_YEAR <= published.year <= MAX_YEAR:
        published = None
    return _mentions(text, _Reference(published))


def parse_date(expression: str, relative_to: dt.date | None = None) -> tuple[dt.date, str] | None:
    """Parse one whole expression ("2023-09", "13 September 2023", "kemarin", "last month",
    "2011", "Rabu (13/9/2023)") into (date, precision); None if it is not a date.
    Used for CLI --from/--to and for metadata like a JSON Lines `published` field
    ("2019-10-01 08:00:00", "Rabu 02 Nov 2022 21:13 WIB", "27/10/2017, 16:09 WIB", "Monday, 09-05-2022").

    Relative words are read against `relative_to`, or today when it is not given.
    """
    expression = " ".join(str(expression).split())
    if not expression:
        return None
    if isinstance(relative_to, dt.datetime):
        relative_to = relative_to.date()
    stamp = iso_stamp(expression)
    if stamp is not None:
        return read_stamp(stamp)
    if expression.isdigit() or not any(ch.isalnum() for ch in expression):
        return None
    reference = relative_to or isodate.today()
    ref = _Reference(reference, allow_future=True, week_as_day=True)
    mentions = [m for m in _mentions(expression, ref) if m.value is not None]
    if len(mentions) == 1:
        mention = mentions[0]
        residue = expression[:mention.start] + " " + expression[mention.end:]
        if _RESIDUE.fullmatch(residue):
            return mention.value, mention.precision
    if not any(ch.isalpha() for ch in expression) or _DURATION.fullmatch(expression):
        return None
    return _parse_with_dateparser(expression, reference)


@functools.lru_cache(maxsize=1024)
def _parse_with_dateparser(expression: str, reference: dt.date) -> tuple[dt.date, str] | None:
    """Free-form input the tables cannot read ("13 Sep 23", "2 minggu yang lalu")."""
    data = _date_data_parser(reference).get_date_data(expression)
    if data is None or data.date_obj is None:
        return None
    found = data.date_obj.date()
    precision = {"year": "year", "month": "month"}.get(data.period or "day", "day")
    value = _date(found.year, 1) if precision == "year" else _date(found.year, found.month, 1 if precision == "month" else found.day)
    return (value, precision) if value is not None else None


@functools.lru_cache(maxsize=8)
def _date_data_parser(reference: dt.date):
    from dateparser.date import DateDataParser  # lazy: importing dateparser costs ~110 ms

    return DateDataParser(
        languages=["id", "en"],
        try_previous_locales=False,
        settings={
            "DATE_ORDER": "DMY",
            "PREFER_DAY_OF_MONTH": "first",
            "RELATIVE_BASE": dt.datetime(reference.year, reference.month, reference.day),
            "REQUIRE_PARTS": ["month"],
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
