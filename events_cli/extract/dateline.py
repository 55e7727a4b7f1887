"""The lede's dateline: who reports and from where.

    "JABAR EKSPRES – Pertemuan ..."          source JABAR EKSPRES
    "JAKARTA, KOMPAS.com - ..."               source KOMPAS.com, place JAKARTA
    "Liputan6.com, Jakarta - ..."             source Liputan6.com, place Jakarta
    "TRIBUNNEWS.COM, BEIJING - ..."           source TRIBUNNEWS.COM, place BEIJING
    "Jakarta, (Antarariau.com) - ..."         source Antarariau.com, place Jakarta
    "Jakarta (ANTARA) - ..."                  source ANTARA, place Jakarta
    "jpnn.com, JAKARTA - ..."                 source jpnn.com, place JAKARTA

Scraped text often puts page furniture before the dateline: a publication stamp
("Rabu 02 Nov 2022 21:13 WIB", "Kompas.com - 14/09/2023, 10:15 WIB"), a reporter's credit
("Laporan Wartawan Tribunnews.com, X"), a byline ("Dio Suhenda (The Jakarta Post)"). Those
lines are skipped, and covered by `Dateline.end`, so their dates and names are not read as the
article's own; :func:`parse_publication_stamp` reads the stamp's date.
"""
from __future__ import annotations

import datetime as dt
import re

from events_cli.models import Dateline

# The head: at most ~8 words of names, parentheses, commas and dots before a dash.
_HEAD = re.compile(
    r"^\s*(?P<head>[^\n\-–—:]{2,80}?)\s*(?:-{1,2}|–|—)\s+(?=\S)"
)
_DOMAIN = re.compile(r"\.(?:com|co\.id|id|net|org|co|tv|news)\b", re.IGNORECASE)
# Outlets that write their name without a domain in datelines.
_OUTLET_WORDS = {
    "antara", "antaranews", "kompas", "tribunnews", "detik", "detikcom", "detiknews", "liputan6",
    "tempo", "republika", "okezone", "sindonews", "suara", "viva", "jpnn", "kumparan", "cnn indonesia",
    "cnbc indonesia", "bisnis", "kontan", "merdeka", "inews", "idn times", "jawa pos", "jawapos",
    "media indonesia", "beritasatu", "jabar ekspres", "pikiran rakyat", "ayobandung", "reuters",
    "ap", "afp", "bloomberg", "xinhua", "the jakarta post", "tvri", "rri", "metro tv", "tvonenews",
    "sindo", "kompas tv", "kompastv", "bbc", "bbc news indonesia", "voa", "wartakota", "tribun",
}
_DATE_LIKE = re.compile(r"\d")


# "Laporan Wartawan Tribunnews.com, Name", "Laporan Kontributor Tribunjabar.id Garut, Name".
_CREDIT_LINE = re.compile(
    r"^\s*(?:(?i:laporan\s+(?:wartawan|reporter|kontributor|jurnalis))\b[^\n]{0,100}"
    r"|(?i:reporter|penulis|pewarta|kontributor|editor)\s*:[^\n]{0,80}"
    r"|(?:[Oo]leh|[Bb]y)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})\s*$"
)
# "Dio Suhenda (The Jakarta Post)": a byline naming the outlet in brackets.
_BYLINE = re.compile(r"^\s*(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*\s*\((?P<outlet>[^()\n]{2,40})\)\s*$")
# What may follow the date in a stamp: a time, a zone, "| Updated ...".
_STAMP_OUTLET = re.compile(r"^\s*(?P<outlet>[^\n\-–—|]{2,30}?)\s+[-–—|]\s+(?=\S)")
_MAX_SKIPPED_LINES = 4


def parse_publication_stamp(text: str) -> tuple[dt.date, int] | None:
    """The publication stamp on the text's first non-blank line, and the offset where it ends.

    "Rabu 02 Nov 2022 21:13 WIB", "27/10/2017, 16:09 WIB", "Monday, 09-05-2022",
    "Kompas.com - 14/09/2023, 10:15 WIB", "Tue, May 7, 2024", "Senin, 3 Juli 2023 | 08:00 WIB".
    Only a line that is nothing but a full written date (with its weekday, time and zone)
    counts; relative words ("kemarin") never do, since they would be read against today.
    """
    match = re.match(r"\s*([^\n]*)", text)
    if match is None:
        return None
    line = match.group(1).strip()
    found = _stamp_date(line)
    if found is None:
        return None
    return found, match.end(1)


def _stamp_date(line: str) -> dt.date | None:
    if not line or len(line) > 70 or not _YEAR4.search(line) or line.endswith("."):
        return None
    outlet = _STAMP_OUTLET.match(line)
    if outlet and _is_outlet(outlet.group("outlet").strip()):
        line = line[outlet.end():]
    line = _ZONE_OFFSET.sub("", line)
    if len(line.split()) > 8:
        return None
    from events_cli.extract.dates import extract_dates, parse_date

    written = [m for m in extract_dates(line) if m.precision == "day" and not m.inferred]
    if len(written) != 1:
        return None
    parsed = parse_date(line, relative_to=written[0].value)
    if parsed is None or parsed[1] != "day" or parsed[0] != written[0].value:
        return None
    return parsed[0]


_YEAR4 = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_ZONE_OFFSET = re.compile(r"(?<=GMT|UTC)\s*[+\-]\d{1,2}(?::?\d\d)?\b", re.IGNORECASE)


def _is_outlet(part: str) -> bool:
    low = part.casefold()
    if _DOMAIN.search(part) or low in _OUTLET_WORDS:
        return True
    return any(low.startswith(w + " ") or low.endswith(" " + w) for w in ("tribun", "antara", "kompas"))


def _looks_like_name(part: str) -> bool:
    words = part.split()
    return 0 < len(words) <= 5 and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def parse_dateline(text: str) -> Dateline:
    """The outlet and place that open the article, and where its own words begin.

    Stamps, credits and bylines before the dateline are skipped (a title line too, when a
    dateline follows it); when no dateline follows, the skipped stamps and credits still end
    before the article's own words.
    """
    offset = 0
    skipped_to = 0  # the end of the furniture lines known to be no article words
    byline_source = None
    for _ in range(_MAX_SKIPPED_LINES + 1):
        line_match = _NEXT_LINE.match(text, offset)
        line = line_match.group(1).strip()
        line_end = line_match.end()
        # (a byline ends with its bracket: the other lines need not be tried)
        byline = _BYLINE.match(line) if line.endswith(")") else None
        if byline and _is_outlet(byline.group("outlet").strip()):
            byline_source = byline_source or byline.group("outlet").strip()
            offset = skipped_to = line_end
            continue
        if line and (_stamp_date(line) is not None or _CREDIT_LINE.match(line)):
            offset = skipped_to = line_end
            continue
        dateline = _parse_head(text[offset:])
        if dateline.source or dateline.place:
            return Dateline(dateline.source or byline_source, dateline.place, offset + dateline.end)
        if not line or line_end >= len(text) or offset > skipped_to:
            break
        if len(line) > 200 or line[-1] in ".!?\"'”":
            break  # prose: the article has begun, without a dateline
        offset = line_end  # a title-like line: look past it, but only a dateline there counts
    return Dateline(byline_source, None, skipped_to)


_NEXT_LINE = re.compile(r"[ \t]*\n*[ \t]*([^\n]*)")


def _may_open_with_head(text: str) -> bool:
    """False when `_HEAD` cannot match `text` (most texts): it is much cheaper to tell than to try.

    The head holds none of "-–—:" and only blanks stand between it and its dash, so the dash is
    the first of those characters in `text`; white space must follow it (or a second "-" and
    then white space), and what comes before it is at most 80 characters on one line.
    """
    cut = len(text)
    for ch in "-–—:":
        found = text.find(ch, 0, cut)
        if found != -1:
            cut = found
    if cut == len(text) or text[cut] == ":":
        return False
    after = text[cut + 1 : cut + 3]
    if not (after[:1].isspace() or (text[cut] == "-" and after[:1] == "-" and after[1:].isspace())):
        return False
    head = text[:cut].strip()
    return len(head) <= 80 and "\n" not in head


def _parse_head(text: str) -> Dateline:
    match = _HEAD.match(text) if _may_open_with_head(text) else None
    if not match:
        return Dateline(None, None, 0)
    head = match.group("head")
    if "\n" in head or head.count(" ") > 7:
        return Dateline(None, None, 0)
    parts = [p.strip(" .") for p in re.split(r"[,()\[\]]", head) if p.strip(" .")]
    if not parts or len(parts) > 3 or not all(
        _looks_like_name(p) or _is_outlet(p) for p in parts if not _DATE_LIKE.search(p)
    ):
        return Dateline(None, None, 0)
    bracketed = re.search(r"[\(\[]\s*([^()\[\]]+?)\s*[\)\]]", head)
    source = place = None
    for part in parts:
        if _DATE_LIKE.search(part) and not _DOMAIN.search(part) and not part.casefold().startswith("liputan6"):
            continue  # "Jakarta, 13 September 2023 -": a date, left for the date extractor
        if (bracketed and part == bracketed.group(1).strip(" .")) or _is_outlet(part):
            source = source or part
        elif place is None and len(parts) > 1:
            place = part
        elif source is None and len(parts) == 1:
            # A lone head: a place ("JAKARTA -") when the gazetteer knows it, else the outlet.
            if _known_place(part):
                place = part
            elif part.isupper():
                source = part
            else:
                return Dateline(None, None, 0)
    if source is None and place is None:
        return Dateline(None, None, 0)
    return Dateline(source, place, match.end())


def _known_place(name: str) -> bool:
    from events_cli.gazetteer import lookup

    return lookup(name) is not None or lookup(name.title()) is not None
