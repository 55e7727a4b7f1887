"""The lede's dateline: who reports and from where.

    "JABAR EKSPRES – Pertemuan ..."          source JABAR EKSPRES
    "JAKARTA, KOMPAS.com - ..."               source KOMPAS.com, place JAKARTA
    "Liputan6.com, Jakarta - ..."             source Liputan6.com, place Jakarta
    "TRIBUNNEWS.COM, BEIJING - ..."           source TRIBUNNEWS.COM, place BEIJING
    "Jakarta, (Antarariau.com) - ..."         source Antarariau.com, place Jakarta
    "Jakarta (ANTARA) - ..."                  source ANTARA, place Jakarta
"""
from __future__ import annotations

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


def _is_outlet(part: str) -> bool:
    low = part.casefold()
    if _DOMAIN.search(part) or low in _OUTLET_WORDS:
        return True
    return any(low.startswith(w + " ") or low.endswith(" " + w) for w in ("tribun", "antara", "kompas"))


def _looks_like_name(part: str) -> bool:
    words = part.split()
    return 0 < len(words) <= 5 and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def parse_dateline(text: str) -> Dateline:
    """The outlet and place that open the article, and where its own words begin."""
    match = _HEAD.match(text)
    if not match:
        return Dateline(None, None, 0)
    head = match.group("head")
    if "\n" in head or head.count(" ") > 7:
        return Dateline(None, None, 0)
    parts = [p.strip(" .") for p in re.split(r"[,()\[\]]", head) if p.strip(" .")]
    if not parts or len(parts) > 3 or not all(_looks_like_name(p) for p in parts if not _DATE_LIKE.search(p)):
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
