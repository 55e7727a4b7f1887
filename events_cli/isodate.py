"""Dates written the ISO way, whole ("2023", "2023-09", "2023-09-13", "2019-10-01 08:00:00 WIB").

Kept apart from :mod:`events_cli.extract.dates`, whose pattern tables take some 50 ms to
load: the query commands read their ``--from``/``--to`` with this alone, and the date
extractor uses the same pieces.
"""
from __future__ import annotations

import datetime as dt
import re

__all__ = ["MIN_YEAR", "MAX_YEAR", "YEAR", "make_date", "iso_stamp", "read_stamp", "today"]

MIN_YEAR = 1900
MAX_YEAR = 2100
YEAR = r"(?:19\d\d|20\d\d|2100)(?!\d)"

_STAMP = re.compile(
    rf"(?P<y>{YEAR})(?:(?P<sep>[-/.])(?P<m>[01]?\d)(?:(?P=sep)(?P<d>[0-3]?\d))?)?"
    r"(?:(?:T|\s+)\d{1,2}:\d\d(?::\d\d(?:\.\d+)?)?)?\s*(?:Z|[+\-]\d\d:?\d\d|UTC|GMT|WIB|WITA|WIT)?",
    re.IGNORECASE,
)


def today() -> dt.date:
    """Today's date: the one clock events reads (for relative dates given with no publication
    date, a two-digit year's century, the latest date a page may carry), so tests can set it."""
    return dt.date.today()


def make_date(year: int, month: int, day: int = 1) -> dt.date | None:
    """The date, if it exists and its year is one events places events in."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def iso_stamp(expression: str) -> re.Match[str] | None:
    """The whole of `expression` (white space runs read as one space) as an ISO-ish stamp."""
    return _STAMP.fullmatch(" ".join(expression.split()))


def read_stamp(stamp: re.Match[str]) -> tuple[dt.date, str] | None:
    """(first day, precision) of a stamp :func:`iso_stamp` matched; None if no such date."""
    year, month, day = int(stamp.group("y")), stamp.group("m"), stamp.group("d")
    if month is None:
        value = make_date(year, 1)
        return (value, "year") if value else None
    if day is None:
        value = make_date(year, int(month))
        return (value, "month") if value else None
    value = make_date(year, int(month), int(day))
    return (value, "day") if value else None
