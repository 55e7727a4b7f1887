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
("Laporan Wartawan Tribunnews.com, X"), a byline ("Dimas Surya (The Jakarta Post)"). Those
lines are skipped, and covered by `Dateline.end`, so their dates and names are not read as the
article's own; :func:`parse_publication_stamp` reads the stamp's date.
"""
from __future__ import annotations

import datetime as dt
import re

from events_cli.models import Dateline

# The head: at most ~8 words of names, parentheses, commas and dots before a dash.
_HEAD = re.compile(
    r"^\s*(?P<head>[^\n\-–—:]{2,80}?)\s*(?:(?:-{1,2}|–|—)\s+(?=\S)|(?P<tight>--|—|–|(?<=[A-Za-z])-|(?<=,[ \t])-)(?=[A-Z\"“]))"
)
# "Liputan6.com, Jakarta Harga ...": an outlet's domain and a place, and no dash after them.
_HEAD_WITHOUT_DASH = re.compile(
    r"^\s*(?P<outlet>[A-Za-z][\w-]*\.(?:com|co\.id|id|co))\s*,\s*(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?=[A-Z\"“])"
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


# --- Outlets: one canonical name per outlet (events_cli/data/outlets.tsv) ---------------------

_OUTLETS: tuple[dict[str, str], dict[str, str]] | None = None
_NAME_KEY_DROP = re.compile(r"[^\w]+")


def _name_key(name: str) -> str:
    """A name compared case- and punctuation-insensitively: "KOMPAS.com" and "Kompas com" alike."""
    return _NAME_KEY_DROP.sub("", name.casefold())


def _outlets() -> tuple[dict[str, str], dict[str, str]]:
    """(name key -> canonical name, host -> canonical name), read once from outlets.tsv."""
    global _OUTLETS
    if _OUTLETS is None:
        from importlib import resources

        names: dict[str, str] = {}
        hosts: dict[str, str] = {}
        table = (resources.files("events_cli") / "data" / "outlets.tsv").read_text(encoding="utf-8")
        for row in table.splitlines():
            if not row.strip() or row.startswith("#"):
                continue
            fields = row.split("\t") + ["", ""]
            canonical = fields[0].strip()
            for name in [canonical, *fields[2].split(";")]:
                if name.strip():
                    names.setdefault(_name_key(name), canonical)
            for host in fields[1].split(";"):
                if host.strip():
                    hosts[host.strip().lower()] = canonical
                    names.setdefault(_name_key(host), canonical)
        _OUTLETS = names, hosts
    return _OUTLETS


def canonical_outlet(name: str | None) -> str | None:
    """The outlet's canonical name (see outlets.tsv) for any way of writing it: "Kompas.com",
    "KOMPAS.com", "kompas.com", "www.kompas.com" are all "KOMPAS.com". A name the table does not
    hold is returned as it is written (blanks trimmed); a URL or "www." host as its host."""
    if name is None:
        return None
    name = name.strip().strip("-–—|:,").strip()
    if not name:
        return None
    names, _hosts = _outlets()
    found = names.get(_name_key(name))
    if found:
        return found
    first, slash, _other = name.partition("/")
    if slash and "." not in first and ":" not in first and first.strip():
        return canonical_outlet(first)  # "The Nation/ANN", "Reuters/AFP": the outlet, then its wire or partner
    if slash or name.lower().startswith("www."):  # a URL or a host: its outlet, or the host
        host = _host_of(name)
        return outlet_from_host(host) or host or name
    return name


def outlet_from_host(url_or_host: str | None) -> str | None:
    """The canonical outlet of a URL's host, or of a host ("jabar.tribunnews.com" is
    TRIBUNJABAR.ID, "nasional.kompas.com" KOMPAS.com); None when the table does not hold it."""
    host = _host_of(url_or_host or "")
    if not host:
        return None
    _names, hosts = _outlets()
    while host:
        if host in hosts:
            return hosts[host]
        _, dot, host = host.partition(".")
        if not dot or "." not in host:
            return None
    return None


def _host_of(url_or_host: str) -> str:
    text = url_or_host.strip().lower()
    text = re.sub(r"^[a-z][a-z0-9+.-]*://", "", text)
    host = re.split(r"[/?#:\s]", text, 1)[0]
    return host.removeprefix("www.").strip(".")


def article_source(given: str | None, url: str | None, dateline_source: str | None,
                   text: str | None = None, title: str | None = None) -> str | None:
    """The article's outlet, canonical: the one its URL's host belongs to when the outlet table
    knows the host; else the source its metadata gave; else its dateline's (or byline's) when
    the table knows it or it is written as a site ("GridFame.id"); else the one the page names around the article (:func:`page_outlet`,
    read from `title` and `text`, joined only when it comes to that); else the dateline's as
    written; else the URL's host itself."""
    found = outlet_from_host(url) or canonical_outlet(given)
    if found:
        return found
    dateline = canonical_outlet(dateline_source)
    sharing = _outlets_named(dateline_source) if dateline else set()
    if len(sharing) > 1 and text:
        # ("PALANGKARAYA, KOMPAS —" under "logo Kompas.id": a name two outlets write, the masthead tells which)
        paged = page_outlet(text if title is None else f"{title}\n{text}")
        if paged in sharing:
            return paged
    if dateline and (is_known_outlet(dateline) or _LONE_DOMAIN.match(dateline)):
        return dateline  # ("GridFame.id -" over "Artikel ini telah tayang di Kompas.com": where it first ran)
    paged = page_outlet(text if title is None else f"{title}\n{text}") if text else None
    return paged or dateline or (_host_of(url) or None if url else None)


_SHARED_NAMES: dict[str, set[str]] | None = None


def _outlets_named(name: str | None) -> set[str]:
    """The outlets that write one of their names as `name`'s outlet writes one of its own, a word
    with no host ("KOMPAS" is Kompas.id's paper and KOMPAS.com's "Kompas"): all of them, itself too."""
    global _SHARED_NAMES
    if _SHARED_NAMES is None:
        from importlib import resources

        by_word: dict[str, set[str]] = {}
        words_of: dict[str, set[str]] = {}
        table = (resources.files("events_cli") / "data" / "outlets.tsv").read_text(encoding="utf-8")
        for row in table.splitlines():
            if row.strip() and not row.startswith("#"):
                fields = row.split("\t") + ["", ""]
                canonical = fields[0].strip()
                for spelling in [canonical, *fields[2].split(";")]:
                    if spelling.strip() and "." not in spelling:
                        by_word.setdefault(_name_key(spelling), set()).add(canonical)
                        words_of.setdefault(canonical, set()).add(_name_key(spelling))
        _SHARED_NAMES = {c: set().union(*(by_word[k] for k in keys)) for c, keys in words_of.items()}
    return _SHARED_NAMES.get(canonical_outlet(name) or "", set())


_NEXT_WORDS = re.compile(r"[ \t]+([A-Z][\w.]*)(?:[ \t]+([A-Z][\w.]*))?")


def in_outlet_name(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` (a place) opens an outlet's name that outlets.tsv
    knows: "Jakarta" of "The Jakarta Post", "Jakarta Globe", "Pikiran Rakyat Bandung" aside; or
    is one ("Mongabay Indonesia", a place by its last word)."""
    name = text[start:end]
    if " " in name and is_known_outlet(name):
        return True
    m = _NEXT_WORDS.match(text, end)
    if m is None:
        return False
    the = "The " if text[max(0, start - 4):start] in ("The ", "the ") else ""
    for k in (1, 2):
        if m.group(k) is None:
            break
        name = f"{name} {m.group(k)}"
        if is_known_outlet(the + name) or is_known_outlet(name):
            return True
    return False


def is_site_name(name: str) -> bool:
    """Whether `name` is written as a news site's host ("Rubriksultra.com", "DENPASARVIRAL.COM")."""
    return _LONE_DOMAIN.match(name.lower()) is not None


def same_outlet(name: str, other: str) -> bool:
    """Whether two ways of writing an outlet's name are one ("DENPASARVIRAL.COM", "DenpasarViral.com")."""
    return _name_key(name) == _name_key(other)


def is_known_outlet(name: str | None) -> bool:
    """True when outlets.tsv holds `name` (any spelling of a known outlet)."""
    return bool(name) and _name_key(name) in _outlets()[0]


# "Laporan Wartawan Tribunnews.com, Name", "Laporan Kontributor Tribunjabar.id Garut, Name".
_CREDIT_LINE = re.compile(
    r"^\s*(?:(?i:laporan\s+(?:wartawan|reporter|kontributor|jurnalis))\b[^\n]{0,100}"
    r"|(?i:reporter|penulis|pewarta|kontributor|editor|redaktur|rep|red|foto|sumber|tim\s+redaksi)\s*:[^\n]{0,120}"
    r"|(?i:tim\s+redaksi|penulis|editor)"
    r"|(?:[Oo]leh|OLEH|[Bb]y|BY)\s*:?\s+[A-Z][\w.'’-]+(?:\s*(?:,|&|\band\b|\bdan\b)?\s*[A-Z][\w.'’-]+){0,7}"
    r"(?:\s*[,|]\s*[\w. ]{2,30})?)\s*$"
)
# "Dimas Surya (The Jakarta Post)": a byline naming the outlet in brackets.
_BYLINE = re.compile(
    r"^\s*(?:[A-Z][\w.'’-]*(?:\s*,\s*|\s+(?:and|dan|&)\s+|\s+)){0,8}[A-Z][\w.'’-]*\s*\((?P<outlet>[^()\n]{2,40})\)\s*$"
)
# What may follow the date in a stamp: a time, a zone, "| Updated ...".
_STAMP_OUTLET = re.compile(r"^\s*(?P<outlet>[^\n\-–—|]{2,30}?)\s+[-–—|]\s+(?=\S)")
# ... and before a stamp's date in figures, with no separator: "Merdeka.com 2021-11-09 16:42:10",
# "Source: Xinhua   2016-12-01 17:05:43" (only the date is read from these)
# or a weekday: "Apahabar.com Kamis, 9 Januari 2025 - 10:45 WIB"
_STAMP_OUTLET_BEFORE_FIGURES = re.compile(
    r"^\s*(?:(?i:sumber|source)\s*:\s*)?(?P<outlet>[^\n\-–—|,]{2,30}?),?\s+(?=\d|(?i:senin|selasa|rabu|kamis|jum'?at|"
    r"sabtu|minggu|ahad|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b)")
_CLOCK_AND_AGE = re.compile(r"(?:[ \t]*/[ \t]*\d{1,2}:\d\d[ \t]*(?:[AaPp]\.?[Mm]\.?)?)?[ \t]*/[ \t]*(?:an?|\d+)[ \t]+"
                            r"(?:years?|months?|days?|hours?)[ \t]+ago[ \t]*$")
# the page's font controls after its stamp: "Xinhua, November 5, 2016 Adjust font size:"
_FONT_CONTROLS = re.compile(r"[ \t]+(?i:adjust\s+font\s+size|font\s+size|text\s+size|change\s+text\s+size)[ \t]*:?[ \t]*[-+A ]*$")
_GLUED_FIGURES = re.compile(r"(?<=[a-z])(?=\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d$)")
_FIGURES_DAY = re.compile(r"\s*\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d\s*")
# a stamp set off as an item of a list: "- Apahabar.com Kamis, 9 Januari 2025 - 10:45 WIB"
_STAMP_BULLET = re.compile(r"^[-–—•·]\s+")
# a labelled stamp may write the year in two figures: "Published: 14-Mar-24 09:30AM"
_TWO_FIGURE_YEAR = re.compile(r"(?<![\d/.-])(\d{1,2})([-/ ])([A-Za-z]{3,9})\2(\d\d)(?![\d/.:-])")
# A label or byline before the date of a stamp: "Diperbarui 17 Feb 2024, 15:30 WIB",
# "oleh Ani Lestari diperbarui 17 Feb 2024", "Ani Lestari • 08 Januari 2020 09:55", "Updated: ...".
_STAMP_LABEL = re.compile(
    r"^\s*(?:(?:oleh|by)\s+[^\n]{2,60}?\s+(?=(?:diperbarui|diterbitkan|dipublikasikan|updated|published)\b))?"
    # (BBC's "Page last updated at 14:54 GMT, Friday, 13 March 2009": the clock before the day)
    r"(?:(?:page\s+)?last\s+updated\s+at\s+\d{1,2}[:.]\d\d(?:\s*[A-Z]{2,4})?\s*,\s*"
    r"|(?:diperbarui|diterbitkan|dipublikasikan|terbit|updated|last\s+updated|published|posted|"
    r"dibuat|tanggal|date)\b\s*(?:on|pada)?\s*[:：]?\s*"
    # a writer named with the word for their job before the date: "Ani Lestari , Jurnalis-Kamis, 05 Oktober 2023"
    r"|[A-Z][^\n,|]{2,50}?\s*,\s*(?:jurnalis|wartawan|reporter|penulis|kontributor|editor)\s*[-–—:|]\s*"
    # the writers, then the date: "By: Ani Lestari, Budi B. Santoso March 03,2018 - 11:01 PM"
    r"|(?:by|oleh)\s*:?\s+[^\n|]{2,80}?\s+(?=(?:jan|feb|mar|apr|may|mei|jun|jul|aug|agu|sep|oct|okt|nov|dec|des)[a-z]*\.?\s+\d)"
    r"|[^\n•|]{2,50}?\s*[•|]\s*)",
    re.IGNORECASE,
)
_MAX_SKIPPED_LINES = 12
_MAX_CAPTIONS = 2


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


def find_publication_stamp(text: str, lines: int = _MAX_SKIPPED_LINES) -> dt.date | None:
    """The date of the first publication stamp among the first `lines` non-blank lines of `text`
    (the page furniture above an article: a stamp may follow a menu, a headline or a byline)."""
    label = _DATE_FIELD.match(text)
    if label:
        return _iso_day(label.group("day"))
    offset = 0
    weather = -9  # the line of a weather widget's temperature
    for k in range(lines):
        match = _NEXT_LINE.match(text, offset)
        line = match.group(1).strip()
        label = _DATE_FIELD.match(line + "\n") if line[:1] in "DdUuPp" else None
        if label and _iso_day(label.group("day")):
            return _iso_day(label.group("day"))  # "Updated: 2007-12-15 21:20 JAKARTA, Indonesia -- ..."
        if not line or (len(line) > _PROSE_CHARS and not _credited_caption(line) and line[-1] in ".!?\"'”"):
            # (a long line with no closing stop is a caption or a standfirst, no paragraph: the Jakarta
            # Post's "Future leaders: President ... at the State Palace, Jakarta, Wednesday", its stamp below)
            # (a long caption closed by its credit is no prose: "... Antara Foto via Reuters", the stamp below it)
            # (past the first paragraph of prose the article has begun: the stamps after it are
            # its teasers' — "Populer: ... Selasa, 23 Desember 2025 | 04:16" — not its own)
            return None
        if _TEMPERATURE.fullmatch(line):
            weather = k
        found = _stamp_date(line) if k - weather > 2 else None
        # (a stamp a line or two under a temperature, "25.2 C / Jakarta / 22 November 2024, 6:53 AM
        # WIB", is the masthead's weather and clock: the reader's day, not the page's)
        if found is not None:
            return found
        offset = match.end()
    return None


_TEMPERATURE = re.compile(r"-?\d{1,2}(?:[.,]\d)?[ \t]*°?[ \t]*[CF]")
# A stamp glued to the dateline after it, its time zone run into the place in capitals:
# "Vod | 9 Januari 2024, 21:39 WIBJAKARTA, KOMPASTV – ..."
_GLUED_ZONE = re.compile(r"(?:WIB|WITA|WIT|GMT|UTC)(?=[A-Z]{3,}\b)")
_GLUED_STAMP_CHARS = 1500


def glued_stamp(text: str) -> tuple[dt.date, int, int] | None:
    """(date, start, end) of a publication stamp run into the dateline on its line, among the
    text's first lines; None when there is none."""
    for match in _GLUED_ZONE.finditer(text, 0, _GLUED_STAMP_CHARS):
        start = text.rfind("\n", 0, match.start()) + 1
        while start < match.start() and text[start] in " \t":
            start += 1
        if match.end() - start <= 80:
            found = _stamp_date(text[start:match.end()].strip())
            if found is not None:
                return found, start, match.end()
    return None


# A page's date field written before its text, as a saved page's metadata comes: "date 2025-11-25
# jpnn.com, JAKARTA - ..." (the word, the day in ISO form, and the page's own words on the same line)
# ... or a stamp's label and the day in ISO form, the dateline on the same line: "Updated: 2007-12-15 21:20
# JAKARTA, Indonesia -- ..." (China Daily's pages)
_DATE_FIELD = re.compile(r"[ \t]*(?i:date|updated|published|posted)[ \t]*:?[ \t]*(?P<day>(?:19|20)\d\d-\d\d-\d\d)(?:[T ]\d\d:\d\d(?::\d\d)?)?(?:[ \t]+|[ \t]*\n)")


def _iso_day(day: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(day)
    except ValueError:
        return None


# A line longer than this is a paragraph of prose, never a headline, caption or stamp.
_PROSE_CHARS = 200
# A photo's credit in brackets closing its caption: "(Foto: Humas Setda Buteng).", "(Photo: Reuters)"
# ... or opened by its label: "Ket foto : Walikota ...", "Keterangan foto:", "Caption:", "FILE:" (an old photo)
_CAPTION_LABEL = re.compile(r"(?i:ket(?:\.|erangan)?[ \t]*(?:foto|gambar)|caption|file(?:[ \t]+photo)?)[ \t]*:")
_CAPTION_CREDIT_END = re.compile(r"\((?i:foto|photo|dok|dokumentasi)\s*:[^()\n]{2,60}\)\s*\.?$")
# ... or a wire's credit closing it: "... in this photo taken by Antara Foto. Antara Foto/Name/ via REUTERS/File
# Photo", "... on May 20, 2024. REUTERS/Ajeng Dinar Ulfiana"
_WIRE_CREDIT_END = re.compile(
    r"(?:\bvia[ \t]+(?:REUTERS|Reuters|AFP|AP|EPA)\b|\b(?:REUTERS|AFP|EPA|ANTARA(?:[ \t]+FOTO)?)[ \t]*/[ \t]*[A-Z][\w.' -]{1,40}"
    r"|/[ \t]*File[ \t]+Photo|(?<=[.!?])[ \t]*[A-Z]{2,8}[ \t]+(?i:photo|foto)[ \t]*/[^.!?\n]{0,80})[ \t]*\.?$")


# ... or the outlet's own credit after the caption's last sentence: "... Senin (31/12/2018). Magnet Indonesia
# Online/Indra Sopyan" (the outlet, a slash, the photographer)
_OUTLET_CREDIT_END = re.compile(r"(?<=[.!?])[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,3}[ \t]*/[ \t]*[A-Z][\w.'’-]*"
                                r"(?:[ \t]+[A-Z][\w.'’-]*){0,3}$")


# (the credit may be blanked already, text.strip_credits: "(        )")
_CREDIT_AFTER_STOP = re.compile(
    r"[.!?][ \t]*\((?:(?:The[ \t]+)?(?:Associated[ \t]+Press|AP|AFP|Reuters|EPA)\b[^()\n]{0,50}|[ \t]{3,})\)$")


def _credited_caption(line: str) -> bool:
    """Whether a line longer than a headline is a photo's caption closed (or opened) by its credit:
    "... barang bukti. (Foto : Humas Setda).", "... Surabaya. CNS photo/Name, Antara Foto via Reuters"."""
    return _PROSE_CHARS < len(line) <= 400 and (_CAPTION_CREDIT_END.search(line) is not None
                                                or _WIRE_CREDIT_END.search(line) is not None
                                                or _OUTLET_CREDIT_END.search(line) is not None
                                                or _CAPTION_LABEL.match(line) is not None)


# The writer's credit after the stamp, behind a bar: "JUMAT, 24 JANUARI 2020 | 18:52 WIB | LAPORAN: ANI LESTARI"
# (or after a spaced dash, with the page's view count: "... 13:57 WIB - Redaktur: Juli - 248", InfoPublik's)
_STAMP_CREDIT_AFTER = re.compile(
    r"\s*(?:[|•]|[ \t][-–—])\s*(?i:laporan|penulis|reporter|editor|redaktur|pewarta|wartawan|oleh|by)\b\s*:?[^|•\n]{0,60}$")
# ... and a byline before the stamp, closed by a comma: "Oleh MC KAB KAPUAS, Senin, 7 Agustus 2023 | 13:57 WIB"
_STAMP_CREDIT_BEFORE = re.compile(r"(?i:oleh|by)[ \t]+[^,|\n\d]{2,40},[ \t]*(?=[A-Z\d])")
# ... or after a comma, the outlet and its writer: "Monday, 30 March 2015, Khmer Times/Ani Lestari"
_STAMP_OUTLET_CREDIT_AFTER = re.compile(r"(?<=\d),[ \t]*[A-Z][\w.&' -]{1,30}/[ \t]*[A-Z][\w.' -]{1,40}$")


_HRS_CLOCK = re.compile(r"[ \t,]+\d{4}[ \t]*hrs\b(?:[ \t]*\([A-Z]{2,5}\))?")


def _stamp_date(line: str) -> dt.date | None:
    if line[:1] in "-–—•·":
        line = _STAMP_BULLET.sub("", line, count=1)
    if line[:2] in ("Ol", "OL", "ol", "By", "BY", "by"):
        line = _STAMP_CREDIT_BEFORE.sub("", line, count=1)
    if "ize" in line:
        line = _FONT_CONTROLS.sub("", line, count=1)
    if "ago" in line:  # Reuters' old pages: "December 9, 2014 / 4:06 AM / 3 years ago" (the clock, the page's age)
        line = _CLOCK_AND_AGE.sub("", line, count=1)
    if " Published on " in line:  # the Jakarta Post's "Mon, September 30, 2024 Published on Sep. 30, 2024 Published on ..."
        line = line.split(" Published on ", 1)[0]
    if "|" in line or "•" in line or " - " in line or " – " in line:
        line = _STAMP_CREDIT_AFTER.sub("", line)
    if "/" in line:
        line = _STAMP_OUTLET_CREDIT_AFTER.sub("", line)
    if not _YEAR4.search(line) and _TWO_FIGURE_YEAR.search(line):
        label = _STAMP_LABEL.match(line)
        if label and _TWO_FIGURE_YEAR.search(line, label.end()):  # (only after "Published:" and the like)
            line = line[:label.end()] + _TWO_FIGURE_YEAR.sub(_four_figure_year, line[label.end():], count=1)
    if not line or len(line) > 110 or not _YEAR4.search(line) or line.endswith("."):
        return None
    if "hrs" in line:  # "Channel NewsAsia, 03 October 2005 2013 hrs (SST)": a clock of four figures, no year
        line = _HRS_CLOCK.sub("", line, count=1)
    if "," in line:  # "March 03,2018 - 11:01 PM": no space after the day's comma
        line = _DAY_COMMA_YEAR.sub(r"\1, \2", line, count=1)
    if "/" in line:  # "Thu, 06/25/2015 - 05:28": month first, as American sites stamp (only when the day tells)
        line = _MONTH_FIRST.sub(r"\2/\1/\3", line, count=1)
    if line[-1:].isdigit() and _GLUED_FIGURES.search(line):  # "Business Times28-04-2025": a name glued to its date
        line = _GLUED_FIGURES.sub(" ", line, count=1)
    outlet = _STAMP_OUTLET.match(line) or _STAMP_OUTLET_BEFORE_FIGURES.match(line)
    if outlet and (_is_outlet(outlet.group("outlet").strip())
                   or (_name_of_words(outlet.group("outlet").strip()) and _FIGURES_DAY.fullmatch(line, outlet.end()))):
        # (a name of words no table holds counts only before a day in figures and nothing else)
        line = line[outlet.end():]
    else:
        label = _STAMP_LABEL.match(line)
        if label and _YEAR4.search(line, label.end()):
            line = line[label.end():]
    if len(line) > 70:
        return None
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


def _four_figure_year(m: re.Match) -> str:
    """ "14-Mar-24" as "14 Mar 2024" ("98" is 1998: no stamp is of years to come)."""
    from events_cli import isodate

    year = 2000 + int(m.group(4))
    return f"{m.group(1)} {m.group(3)} {year if year <= isodate.today().year + 1 else year - 100}"


_DAY_COMMA_YEAR = re.compile(r"(?<=[A-Za-z] )(\d{1,2}),((?:19|20)\d\d)\b")
_MONTH_FIRST = re.compile(r"(?<![\d/])(0?[1-9]|1[0-2])/(1[3-9]|2\d|3[01])/((?:19|20)\d\d)(?![\d/])")
_YEAR4 = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_ZONE_OFFSET = re.compile(r"(?<=GMT|UTC)\s*[+\-]\d{1,2}(?::?\d\d)?\b", re.IGNORECASE)


def _is_outlet(part: str) -> bool:
    low = part.casefold()
    if _DOMAIN.search(part) or low in _OUTLET_WORDS or is_known_outlet(part):
        return True
    return any(low.startswith(w + " ") or low.endswith(" " + w) for w in ("tribun", "antara", "kompas"))


def _looks_like_name(part: str) -> bool:
    words = part.split()
    return 0 < len(words) <= 5 and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def parse_dateline(text: str) -> Dateline:
    """The outlet and place that open the article, and where its own words begin.

    Page furniture before the dateline is passed over: stamps, credits, bylines, menus and
    share lines (:func:`events_cli.extract.text.is_furniture_line`), and title-like lines (a
    headline, a writer's name) when a dateline follows them. When no dateline follows, the
    furniture skipped still ends before the article's own words. The outlet is canonical
    (:func:`canonical_outlet`); a byline's or a stamp's outlet stands when the dateline names none.
    """
    offset = 0
    skipped_to = 0  # the end of the furniture lines known to be no article words
    other_source = None  # an outlet named by a byline or a stamp
    captions = 0  # sentences passed over above a dateline
    fallback = None  # a dateline whose outlet is only a head in capitals, while a better one may follow
    first_sentence = None  # where the first sentence passed over begins
    seen_captions: set[str] = set()
    for _ in range(_MAX_SKIPPED_LINES + 1):
        line_match = _NEXT_LINE.match(text, offset)
        label = _DATE_FIELD.match(text, line_match.start(1))
        if label and _iso_day(label.group("day")):
            # (the page's date field or a labelled stamp, the dateline on the same line)
            offset = skipped_to = label.end()
            line_match = _NEXT_LINE.match(text, offset)
        line = line_match.group(1).strip()
        line_end = line_match.end()
        if not line:
            break
        if is_page_furniture(line):
            other_source = other_source or _furniture_outlet(line)
            offset = skipped_to = line_end
            continue
        if "|" in line and len(line) <= 110 and _YEAR4.search(line) and _stamp_date(line) is not None:
            # a stamp on a line of its own, no dateline's head: "Jakarta | Wed, March 9, 2022 | 04:10 pm"
            offset = skipped_to = line_end
            continue
        dateline = _parse_head(text[offset:])
        if (dateline.source and not dateline.place and fallback is None and not _is_outlet(dateline.source)
                and (not _outlet_shaped(dateline.source) or _caption_keyword(dateline.source))):
            # A head in capitals no table knows: an outlet, or a photo caption's ("TANGKAP MALING -
            # Ilustrasi petugas ...", Tribun's) when an outlet's dateline follows it
            fallback = Dateline(canonical_outlet(dateline.source), None, skipped_to if captions else offset + dateline.end)
            captions += 1
            offset = line_end
            if captions > _MAX_CAPTIONS:
                break
            continue
        if dateline.source or dateline.place:
            # (past a caption, the dateline names the outlet and place, but the words above it
            # stay: a caption's date is often the event's own)
            return Dateline(canonical_outlet(dateline.source or other_source), dateline.place,
                            skipped_to if captions else offset + dateline.end, dateline.within,
                            offset + dateline.end if captions else None)
        bullet = line[0] in "•·▪"  # a point of the summary above the article (Mongabay's "• Police in ...")
        # (a photo's caption closed by its credit may run longer than a paragraph: "... (Foto : Humas Setda)."
        credited = _credited_caption(line)
        if line_end >= len(text) or len(line) > (300 if bullet else 400 if credited else _PROSE_CHARS):
            if (line_end < len(text) and line not in seen_captions and captions < _MAX_CAPTIONS
                    and (text.find(line[:100], line_end, line_end + 3000) != -1
                         or (len(line) <= 400 and line[-1] in ".)" and _credit_below(text, line_end)))):
                # a standfirst the page writes again as its lede, under the photo and the dateline
                # ("Suasana upacara ...", then "Denpasar, Jurnas.com - Suasana upacara ..."), or a
                # photo's caption whose credit stands on the next line ("ISTIMEWA", "KOMPAS/NAME")
                seen_captions.add(line)
                captions += 1
                first_sentence = offset if first_sentence is None else first_sentence
                offset = line_end
                continue
            break  # prose: the article has begun, without a dateline
        # (a line cut short, "Politik & HukumPresiden Jokowi Makan Malam...", is a crumb or teaser: no sentence)
        if (line[-1] in ".!?\"'”" or (line[-1] == ")" and _CREDIT_AFTER_STOP.search(line))) and not bullet and (
                line not in seen_captions) and not line.endswith(("...", "…")):
            # (a caption closed by a wire's credit in brackets, "... on Tuesday.  (Associated Press / The Paper)", too)
            # A sentence: the article has begun, unless it is a photo's caption or a standfirst
            # above the dateline ("Petugas memadamkan api di pasar, Senin (17/6/2024)."), counted
            # once when the page writes it again (above and below the photo)
            seen_captions.add(line)
            captions += 1
            if first_sentence is None:
                first_sentence = offset
            if captions > _MAX_CAPTIONS:
                break
        offset = line_end  # a title-like line: look past it, but only a dateline there counts
    # (with no dateline, the first sentence passed over began the article: the furniture below it
    # is the page's teasers, "Populer ...", not more of the masthead)
    return fallback or Dateline(canonical_outlet(other_source), None,
                                skipped_to if first_sentence is None else min(skipped_to, first_sentence))


# A photo's credit alone on its line, in capitals: "ISTIMEWA", "KOMPAS/HERU SRI KUMORO", "DOK. HUMAS POLRES"
_CREDIT_ALONE = re.compile(r"[ \t]*[A-Z][A-Z.'’ -]{2,40}(?:/[ \t]*[A-Z][A-Z.'’ -]{1,40})?[ \t]*(?:\n|$)")


def _credit_below(text: str, line_end: int) -> bool:
    """Whether the next non-blank line after `line_end` is a photo's credit alone in capitals."""
    below = _NEXT_LINE.match(text, line_end)
    return _CREDIT_ALONE.match(text, below.start(1)) is not None and len(below.group(1).split()) <= 6


def head_date(head: str, text: str = "") -> dt.date | None:
    """The day a dateline writes in its own line ("Jakarta, 13 September 2023 -", "Jakarta, July
    27, 2017 (Antara) -"), which the dateline's blanking takes from the article's words: the
    day it was filed, so its publication day. None when the line writes no single full date.
    A day and month with no year ("MANJUNG, Feb 5 —") take the year of the one full date of that
    day and month in ``text`` (a caption's "... in Manjung February 5, 2020.")."""
    line = head.rstrip().rpartition("\n")[2]
    if not line or not _DATE_LIKE.search(line):
        return None
    from events_cli.extract.dates import extract_dates

    if not _YEAR4.search(line):
        partial = [m.partial for m in extract_dates(line) if m.partial]
        if len(partial) != 1 or not text:
            return None
        same = {m.value for m in extract_dates(text[len(head):len(head) + 6000])
                if m.precision == "day" and not m.inferred and m.value is not None
                and m.value.strftime("--%m-%d") == partial[0]}
        return same.pop() if len(same) == 1 else None
    written = [m for m in extract_dates(line) if m.precision == "day" and not m.inferred]
    return written[0].value if len(written) == 1 else None


def is_page_furniture(line: str) -> bool:
    """True for a line of the page around an article, no words of its own: a publication stamp,
    a credit or byline, a menu, share or subscribe line (:func:`text.is_furniture_line`)."""
    from events_cli.extract.text import is_furniture_line

    line = line.strip()
    if not line:
        return False
    # (a byline ends with its bracket: "Dimas Surya (The Jakarta Post)")
    byline = _BYLINE.match(line) if line.endswith(")") else None
    if byline and _is_outlet(byline.group("outlet").strip()):
        return True
    return bool(_CREDIT_LINE.match(line) or _stamp_date(line) is not None or is_furniture_line(line))


def _furniture_outlet(line: str) -> str | None:
    """The outlet a furniture line names: a byline's "(The Jakarta Post)", a stamp's "Kompas.com -"."""
    line = line.strip()
    byline = _BYLINE.match(line) if line.endswith(")") else None
    if byline and _is_outlet(byline.group("outlet").strip()):
        return byline.group("outlet").strip()
    stamp = _STAMP_OUTLET.match(line) or _STAMP_OUTLET_BEFORE_FIGURES.match(line)
    if stamp and _is_outlet(stamp.group("outlet").strip()) and _YEAR4.search(line):
        return stamp.group("outlet").strip()  # ("Kompas.com - 14/09/2023", "Xinhua, November 5, 2016")
    return None


_NEXT_LINE = re.compile(r"\s*([^\n]*)")


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
    if not (after[:1].isspace() or (text[cut] == "-" and after[:1] == "-")
            or (text[cut] in "–—" and after[:1].isupper())
            # ("KARANGASEM, Balifactualnews.com-Warga ...": the outlet's domain, then a dash and no space)
            or (text[cut] == "-" and after[:1].isupper() and _DOMAIN.search(text, 0, cut) is not None)):
        return False
    head = text[:cut].strip()
    return len(head) <= 80 and "\n" not in head


# Reporters' names and the place they filed from, as a dateline: "Ani Lestari and Budi Santoso, Bandung –"
_BYLINE_HEAD = re.compile(
    r"(?P<names>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}(?:\s*(?:,|\band\b|\bdan\b|&)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})*)"
    r"\s*,\s*(?P<place>[A-Z]\w+(?:\s[A-Z]\w+)?(?:/[A-Z]\w+(?:\s[A-Z]\w+)?)?)")
# a byline run into a dateline whose place is in capitals, as aggregators keep wire copy
_BY_BEFORE_PLACE = re.compile(r"\s*(?:By|BY)\s+(?:[A-Z][\w.'’-]*\s+){1,4}(?=[A-Z]{3,}\b)")
_OUTLET_TWICE = re.compile(r"\s*(?P<outlet>[A-Z][\w.]+)\s+(?P<place>[A-Z][^,]{1,30}?)\s*,\s*(?P=outlet)\s*")
_MONTH_STOP = re.compile(r"\b(Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.\s+(?=\d)")


# A site's name and the place with no comma between them, the site's name maybe with a dash inside it
# and after a region's label in capitals: "JATENG:Bidik-kasusnews.com Jepara –", "Kabarsatu.com Blora –"
_DOMAIN_PLACE = re.compile(
    r"\s*(?:[A-Z]{3,12}[ \t]*:[ \t]*)?(?P<outlet>[A-Za-z][\w-]*\.(?:com|co\.id|id|net|co|tv|news))[ \t]+"
    r"(?P<place>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]*(?:-{1,2}|–|—)[ \t]+(?=\S)")


# A place, then a site's host with a hyphen in its name, then a dash or a bar: "SUMENEP, E-KABARI.COM –",
# "TABANAN, Breaking-news.co.id | "
_PLACE_HYPHEN_DOMAIN = re.compile(
    r"\s*(?P<place>[A-Z][A-Za-z]+(?:[ \t][A-Z][A-Za-z]+)?)[ \t]*,[ \t]*"
    r"(?P<outlet>[A-Za-z\d][A-Za-z\d]*(?:-[A-Za-z\d]+)+\.(?i:co\.id|com|id|net|co|tv|news))[ \t]*(?:-{1,2}|–|—|\|)[ \t]*(?=\S)")
# A site's host run into the place: "eQuator.co.idSekadau-RK. Upaya ..." (a paper's initials after the dash)
_DOMAIN_GLUED_PLACE = re.compile(
    r"\s*(?P<outlet>[A-Za-z][\w-]*\.(?:co\.id|com|id|net|co|news))(?P<place>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)"
    r"(?:[ \t]*(?:-{1,2}|–|—)[ \t]*(?:[A-Z]{1,5}\.)?)?[ \t]+(?=[A-Z\"“])")
# A place in capitals, a hyphen, the outlet in capitals and a colon, the lede maybe on the next line:
# "MEDAN-BERITAGAMBAR :"
_PLACE_HYPHEN_OUTLET_COLON = re.compile(
    r"\s*(?P<place>[A-Z]{3,}(?:[ \t][A-Z]{3,})?)-(?P<outlet>[A-Z][A-Z\d]{3,}(?:\.[A-Z]{2,3}){0,2})[ \t]*:[ \t]*"
    r"(?:\n|(?=[A-Z\"“]))")


def _parse_head(text: str) -> Dateline:
    glued = _DOMAIN_PLACE.match(text)
    if glued and _known_place(glued.group("place")):
        return Dateline(glued.group("outlet"), glued.group("place"), glued.end())
    if "-" in text[:60]:
        for pattern in (_PLACE_HYPHEN_DOMAIN, _PLACE_HYPHEN_OUTLET_COLON):
            hyphened = pattern.match(text)
            if (hyphened and _known_place(hyphened.group("place"))
                    and not _known_place(hyphened.group("outlet").split(".")[0])):
                return Dateline(hyphened.group("outlet"), hyphened.group("place"), hyphened.end())
    if "." in text[:40]:
        glued = _DOMAIN_GLUED_PLACE.match(text)
        if glued and _known_place(glued.group("place")):
            return Dateline(glued.group("outlet"), glued.group("place"), glued.end())
    match = _HEAD.match(text) if _may_open_with_head(text) else None
    if not match:
        return _parse_head_without_dash(text)
    head = match.group("head")
    if "\n" in head or head.count(" ") > 9:
        return Dateline(None, None, 0)
    by = _BY_BEFORE_PLACE.match(head)
    if by:  # "By Azeman Ariffin JAKARTA, June 25 (Bernama) --": the byline run into the dateline
        head = head[by.end():]
    barred = None  # an outlet before a bar: "DARA | BANDUNG –"
    if "|" in head:
        from events_cli.extract.text import MENU_WORDS
  # a tagline before the dateline: "Papua No. 1 News Portal | Jubi Wamena, Jubi –"
        before, _, head = head.rpartition("|")
        said_twice = _OUTLET_TWICE.fullmatch(head)
        if said_twice:  # (the tagline's outlet, then the dateline's place and outlet)
            head = f"{said_twice.group('place')}, {said_twice.group('outlet')}"
        elif ("|" not in before and (before.strip().isupper() or _is_outlet(before.strip())) and len(before.split()) <= 3
              and not all(w.lower() in MENU_WORDS for w in before.split())):  # ("NASIONAL | JAKARTA –": a section)
            barred = before.strip()
        elif ("|" not in before and _known_place(before.strip()) and not _known_place(head.strip())
              and (_name_of_words(head.strip()) or _outlet_shaped(head.strip()) or _is_outlet(head.strip())
                   or (_OUTLET_SUFFIX.search(head.strip()) and _looks_like_name(head.strip())))):
            return Dateline(head.strip(), before.strip(), match.end())  # "Surabaya |Nusantara Jaya News –"
    byline = _BYLINE_HEAD.fullmatch(head.strip())
    if byline:  # "Agus Salim and Nina Lestari, Gorontalo –" (the Jakarta Post's print pages)
        names, place = byline.group("names"), byline.group("place").split("/")[0].strip()
        first = re.split(r"\s*(?:,|\band\b|\bdan\b|&)\s*", names)[0]
        if _known_place(place) and not (first.isupper() or _known_place(first) or _is_outlet(first)
                                        or _outlet_shaped(first)):
            return Dateline(None, place, match.end())
    if head.count(" ") > 7 or head.count("(") > head.count(")"):
        return Dateline(None, None, 0)  # (a dash inside an open bracket: "Eduard Hitzig (1839 - 1907)")
    if match.group("tight") and not (head.isupper() or "(" in head or _DOMAIN.search(head)):
        return Dateline(None, None, 0)  # "Jakarta–Bandung": a dash inside words, no dateline's
    # ("TRIBUNNEWS.COM. JAKARTA -": a full stop between the outlet and the place)
    # ("MANILA, Dec. 1 (Xinhua) --": the full stop of an abbreviated month splits nothing)
    # ("MATARAM’ beritalima.com –": an apostrophe typed for the comma)
    parts = [p.strip(" .") for p in re.split(r"[,()\[\]]|\.\s+|['’](?=\s)", _MONTH_STOP.sub(r"\1 ", head))
             if p.strip(" .")]
    if not parts or sum(not _DATE_LIKE.search(p) for p in parts) > 3 or not all(
        _looks_like_name(p) or _is_outlet(p) for p in parts if not _DATE_LIKE.search(p)
    ):
        return Dateline(None, None, 0)
    if len(parts) == 2 and _known_place(parts[1]) and not _DATE_LIKE.search(parts[1]):
        from events_cli.extract.text import MENU_WORDS

        if parts[0].lower() in MENU_WORDS:
            parts = parts[1:]  # "Metro, Depok -": Tempo's section, then the place
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
            # A lone head: a place ("JAKARTA -") when the gazetteer knows it or the article writes
            # it as one ("BIREUEN -" and "Kabupaten Bireuen" below), else the outlet.
            if _known_place(part) or _named_as_place(text, part):
                place = part
            elif part.isupper() or _lone_masthead(text, part, match):
                source = part
            else:
                return Dateline(None, None, 0)
    if source is None and place is not None and len(parts) == 2 and parts[0] == place:
        # "Jakarta, FNN -", "BANDUNG, Prolitenews -": an outlet the table does not hold, after the place
        other = parts[1]
        if (_known_place(other) and not other.isupper() and place.isupper() and " " not in place
                and not _known_place(place) and not _named_as_place(text, place) and not _country(other)):
            # (not "CIKANGKARENG, Indonesia –": a village the gazetteer lacks, then its country, AP's way)
            source, place = place, other  # "PARBOABOA, Pematang Siantar –": the outlet in capitals, then the place
        elif (other.isupper() or _OUTLET_SUFFIX.search(other) or _name_of_words(other)
              or (_outlet_shaped(other) and other.isalpha())) and not _known_place(other):
            source = other  # ("Denpasar, Bali Kini -": a name of words after the place; "Kuala Kapuas, InfoPublik –")
        elif (_known_place(other) and (_outlet_shaped(place) or place.isupper()) and not _known_place(place)
              and not (place.isupper() and _country(other))):
            # "VOInews, Jakarta -", "ZONA BUSER , JAKARTA -": an outlet the table does not hold, before a known place
            source, place = place, other
    if source is None and place is None:
        return Dateline(None, None, 0)
    end = match.end()
    if source is None and (wire := _WIRE_AFTER.match(text, end)) is not None and _is_outlet(wire.group("outlet")):
        source, end = wire.group("outlet"), wire.end()  # "MAUMERE, Indonesia — (AP) — ...": AP's copies on US sites
    if place is None:
        after = _PLACE_AFTER.match(text, end)
        if after and _known_place(after.group("place")):
            place, end = after.group("place"), after.end()
    rest = [p for p in parts if p not in (place, source) and not _DATE_LIKE.search(p)]
    within = rest[0] if place is not None and len(rest) == 1 and _state(rest[0]) else None
    if source is None and barred is not None and not _known_place(barred):
        source = barred
    elif place is None and barred is not None and source is not None and _known_place(barred):
        place = barred  # "SUKABUMI | MAGNETINDONESIA.CO –": the place before the bar, the outlet after it
    return Dateline(source, place, end, within)


def _lone_masthead(text: str, name: str, match: re.Match) -> bool:
    """ "Darilaut – Ribuan rumah ...": one capitalised word no gazetteer knows, then a spaced dash and
    the lede, at the very start of the text: the outlet's name (a place would be a known one, a
    section or menu word is furniture, and a person's name never opens a lede this way)."""
    from events_cli.extract.dates import is_day_or_month_word
    from events_cli.extract.text import MENU_WORDS

    return (match.start("head") == len(text) - len(text.lstrip()) and " " not in name and name.isalpha()
            and name[:1].isupper() and name[1:].islower() and len(name) >= 4 and match.group("tight") is None
            and name.lower() not in MENU_WORDS and not is_day_or_month_word(name)
            and re.search(r"\b(?:di|ke|dari|Kota|Kabupaten|Desa|Kecamatan|in|at|of)\s+" + re.escape(name) + r"\b",
                          text[:4000]) is None)


def _caption_keyword(name: str) -> bool:
    """One word in capitals shaped like an outlet's but no table's: "SEPUTARAN -" may open a dateline,
    "MENDAFTAR -", "PELANTIKAN -" a photo's caption (Bali Tribune's, Tribun's): it stands until an
    outlet's dateline follows it within the captions' lines."""
    return " " not in name and name.isupper() and name.isalpha()


def _name_of_words(name: str, fewest: int = 2) -> bool:
    """Two or three capitalised words, none a day's or a month's name: what a dateline writes after
    its place when the outlet's name is made of words ("Bali Kini"), not of a domain."""
    from events_cli.extract.dates import is_day_or_month_word

    words = name.split()
    return fewest <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() and not is_day_or_month_word(w)
                                        for w in words)


def _country(name: str) -> bool:
    from events_cli.gazetteer import lookup

    entry = lookup(name) or lookup(name.title())
    return entry is not None and entry.kind == "country"


def _state(name: str) -> bool:
    """Whether the gazetteer knows ``name`` as a country or a province ("Philippines", "Jawa Barat")."""
    from events_cli.gazetteer import lookup

    entry = lookup(name) or lookup(name.title())
    return entry is not None and entry.kind in ("country", "province")


_SQUARED_PLACE = re.compile(r"\s*\[(?P<place>[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?)\]\s+(?=[A-Z\"“])")
_PLACE_COLON = re.compile(r"\s*(?P<place>[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?)\s*(?::|\.(?=\s))\s+(?=[A-Z\"“])")
# "Jakarta (voinews): The ...": a place, the outlet in brackets, a colon.
# "Jakarta, March 12 (Reuters): The ...": the day between them (its year is the page's)
# "PADANG, (GemaMedianet.com) | Kepolisian ...": a place, the outlet in brackets, a bar
_PLACE_OUTLET_COLON = re.compile(
    r"\s*(?P<place>[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?)\s*(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*"
    r"|,\s*(?P<within>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s*|,\s*)?"
    r"\((?P<outlet>[A-Za-z][\w. ]{1,30})\)\s*[:|]\s+(?=[A-Z\"“])")
_PLACE_DOMAIN_LINE = re.compile(
    r"\s*(?P<place>[A-Z]{3,}(?:\s[A-Z]{3,})?)\s*,\s*(?P<outlet>[A-Za-z][\w-]*\.(?i:com|co\.id|id|net|co|news))[ \t]*\n")
_PLACE_DOMAIN_COLON = re.compile(
    r"\s*(?P<place>[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?)\s*,\s*(?P<outlet>[A-Za-z][\w-]*\.(?i:com|co\.id|id|net|co|news))"
    r"\s*:\s+(?=[A-Z\"“])")
_PLACE_OUTLET_LINE = re.compile(r"\s*(?P<place>[A-Z][\w]+(?:\s[A-Z][\w]+)?)\s*,\s*(?P<outlet>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2})[ \t]*\n")
# "KABARPROGRESIF.COM: (Surabaya) Pemerintah ...": an outlet's domain, a colon, the place in brackets
_OUTLET_COLON = re.compile(
    r"\s*(?P<outlet>[A-Za-z][\w-]*\.(?i:com|co\.id|id|net|co))\s*:\s*(?:\((?P<place>[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?)\)\s*)?"
    r"(?=[A-Z\"“])")
# "KONTAN.CO.ID - JAKARTA. Harga ...": the place after the outlet's dash, closed by a full stop.
_WIRE_AFTER = re.compile(r"[ \t]*\((?P<outlet>[^()\n]{2,30})\)[ \t]*(?:-{1,2}|–|—)[ \t]+")
_PLACE_AFTER = re.compile(r"(?P<place>[A-Z]{3,}(?:\s[A-Z]{3,})?)[.,]\s+(?=[A-Z\"“])")


def _parse_head_without_dash(text: str) -> Dateline:
    """ "Liputan6.com, Jakarta Harga ...": an outlet's domain, then a place the gazetteer knows;
    "Jakarta: Pemerintah ..." (Medcom, Metro TV, CNA) or "Jakarta. The ..." (Jakarta Globe): a place
    the gazetteer knows, then a colon or a full stop."""
    if "[" in text[:4]:  # "[SINGAPORE] Losing three ...": the place in square brackets (The Business Times)
        squared = _SQUARED_PLACE.match(text)
        if squared and _known_place(squared.group("place")):
            return Dateline(None, squared.group("place"), squared.end())
    colon = _PLACE_COLON.match(text)
    if colon and _known_place(colon.group("place")):
        return Dateline(None, colon.group("place"), colon.end())
    bracketed = _PLACE_OUTLET_COLON.match(text)
    if bracketed and _known_place(bracketed.group("place")) and (
            _is_outlet(bracketed.group("outlet")) or _outlet_shaped(bracketed.group("outlet"))
            or (bracketed.group("place").isupper() and _name_of_words(bracketed.group("outlet"), 1))):
        # (a place in capitals, then a name in brackets and a colon: "MEDAN (Waspada): ..." names the paper)
        within = bracketed.group("within")
        return Dateline(bracketed.group("outlet"), bracketed.group("place"), bracketed.end(),
                        within if within and _state(within) else None)
    # "Jakarta, goindonesia.co : Presiden ...": a place, the outlet's domain, a colon
    domain_colon = _PLACE_DOMAIN_COLON.match(text)
    if domain_colon and _known_place(domain_colon.group("place")):
        return Dateline(domain_colon.group("outlet"), domain_colon.group("place"), domain_colon.end())
    # "BOGOR,KHATULISTIWAONLINE.COM" alone on the first line, the lede below it
    alone = _PLACE_DOMAIN_LINE.match(text)
    if alone and _known_place(alone.group("place")):
        return Dateline(alone.group("outlet"), alone.group("place"), alone.end())
    # "Jakarta, CNN Indonesia" alone on its line, the lede below it: an outlet the table knows
    named = _PLACE_OUTLET_LINE.match(text)
    if named and _known_place(named.group("place")) and is_known_outlet(named.group("outlet")):
        return Dateline(named.group("outlet"), named.group("place"), named.end())
    domain = _OUTLET_COLON.match(text)
    if domain and (domain.group("place") is None or _known_place(domain.group("place"))):
        return Dateline(domain.group("outlet"), domain.group("place"), domain.end())
    if "," not in text[:40]:
        return Dateline(None, None, 0)
    match = _HEAD_WITHOUT_DASH.match(text)
    if not match:
        return Dateline(None, None, 0)
    place = match.group("place")
    end = match.end()
    if not _known_place(place):
        place = place.split()[0]
        if " " not in match.group("place") or not _known_place(place):
            return Dateline(None, None, 0)
        end = match.start("place") + len(place) + 1
    return Dateline(match.group("outlet"), place, end)


_OUTLET_SUFFIX = re.compile(r"(?i:news|post|pos|times|ekspres|express|online|today|daily|tv|media)$")


def _outlet_shaped(name: str) -> bool:
    """ "VOInews", "SEPUTARAN", "Prolitenews": one word in capitals, or ending like an outlet's
    name, or with capitals inside it; never a place the gazetteer knows."""
    return " " not in name and (name.isupper() or bool(_OUTLET_SUFFIX.search(name))
                                or any(c.isupper() for c in name[1:]))


def _named_as_place(text: str, name: str) -> bool:
    """Whether the article writes `name` after a word that makes it a place: "Kabupaten Bireuen",
    "Kota Bireuen", "di Bireuen"."""
    if not name.isupper() or len(name) < 3 or " " in name:
        return False
    return re.search(r"\b(?:Kabupaten|Kab\.|Kota|Kecamatan|Provinsi|di)\s+" + re.escape(name.title()) + r"\b",
                     text[:4000]) is not None


def _known_place(name: str) -> bool:
    from events_cli.gazetteer import lookup

    if lookup(name) is not None or lookup(name.title()) is not None:
        return True
    words = name.title().split()
    if len(words) == 2 and lookup(words[0] + words[1].lower()) is not None:
        return True  # "Pematang Siantar": a town the gazetteer writes as one word (Pematangsiantar)
    # a regency or city the gazetteer knows only with its kind ("BIREUEN -": Kabupaten Bireuen)
    return any(lookup(f"{kind} {name.title()}") is not None for kind in ("Kabupaten", "Kota"))


# --- The outlet a page names around its article ------------------------------------------------

# "Kompas.id", "Prolitenews.com": a lone token shaped like an outlet's host.
_LONE_DOMAIN = re.compile(r"^[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)?\.(?:com|co\.id|id|net|co|tv|news)$")
_PUBLIC_HOST = re.compile(r"\.(?:go|ac|or|sch|mil)\.id$|\.(?:gov|edu)\b", re.IGNORECASE)
# "Sumber: Liputan6.com", "Source: CNA/ga(kg)", "Source: Al Jazeera and news agencies".
_SOURCE_LINE = re.compile(r"^\s*(?i:sumber|source)\s*:\s*(?P<name>[^\n/(,;|]{2,40})")
# "©2021 Merdeka.com", "Copyright © 2023 VIVA. All rights reserved", "Copyright © ANTARA 2025".
_COPYRIGHT = re.compile(
    r"(?:(?i:copyright)\s*(?:©|\(c\))?|©)\s*(?:(?:19|20)\d\d\s*[-–]?\s*(?:(?:19|20)\d\d)?)?\s*"
    r"(?P<name>[A-Za-z][\w.&' -]{1,40}?)\s*(?=$|[.,|/]\s|[|,/]|\s(?:19|20)\d\d|\s(?i:all\s+rights|hak\s+cipta))"
)
# "– Rappler.com", "-- BERNAMA": a sign-off line closing the article with its outlet.
# ("... on June 28.-VNA": the wire's sign-off glued to the last sentence's stop)
_SIGN_OFF = re.compile(r"(?:^|\s|(?<=[.!?\"”]))(?:-{1,2}|–|—)\s*(?P<name>[A-Za-z][\w.]{1,30})\s*$")
# "Yudha Maulana - detikJabar": a byline, then the outlet.
_BYLINE_DASH = re.compile(r"^\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}\s+[-–—]\s+(?P<name>\S[^\n]{1,30})$")
# "TBS Report", "Star Online Report": the outlet's staff as the byline (South Asian papers)
_STAFF_BYLINE = re.compile(r"^\s*(?P<name>[A-Z][\w.&' -]{1,30}?)\s+(?:Report|Desk|Online\s+Desk)\s*$")
# "Artikel ini telah tayang di TribunJabar.id dengan judul ...": the group outlet it first ran on.
_FIRST_RAN = re.compile(r"(?i:artikel\s+ini\s+(?:telah\s+)?(?:tayang|terbit|dimuat)\s+di)\s+(?P<name>\S+(?:\s\S+)?)\s+(?i:dengan\s+judul)")
# "The post <title> appeared first on Radar Cirebon.": the footer WordPress feeds add to a republished article.
_POSTED_FIRST = re.compile(r"\bappeared\s+first\s+on\s+(?P<name>[A-Z][\w.&' -]{1,40}?)\.?\s*$")
# A page's lines asking the reader to follow the outlet elsewhere name it: "Follow Suara.com untuk
# mendapatkan informasi terkini", "Baca artikel IDN Times lainnya di IDN App", "Silakan baca konten
# menarik lainnya dari JPNN.com di Google News", "akses berita Kompas.com WhatsApp Channel", "Gabung ke
# Channel WhatsApp KompasTV", "Follow The Star on Google News", "Follow Berita Okezone di Google News"
_PROMO_HINT = re.compile(r"(?i:follow|ikuti|baca\s+artikel|lainnya\s+dari|terkini\s+dari|pilihan\s+dari"
                         r"|akses\s+berita|whatsapp)\s+(?:(?i:berita|kabar)\s+(?=[A-Z]))?(?=[A-Za-z])")
_PROMO_NAME = re.compile(r"[ \t]*(?P<name>[A-Za-z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2})")


def _promo_outlet(line: str) -> str | None:
    if len(line) > 300:
        return None
    for hint in _PROMO_HINT.finditer(line):
        match = _PROMO_NAME.match(line, hint.end())
        words = match.group("name").split() if match else []
        for size in range(len(words), 0, -1):  # ("Kompas.com WhatsApp Channel": the longest name the table knows)
            found = _page_name(" ".join(words[:size]), known_only=size > 1 or not words[0][:1].isupper())
            if found:
                return found
    return None


# Wire agencies name their photos and shared copy on every outlet's pages: never the page's own.
_AGENCIES = {"ANTARA", "Reuters", "AP", "AFP", "Bloomberg", "Xinhua", "EPA", "Getty Images"}
_MASTHEAD_LINES = 12
# "By Niniek Karmini, AP", "Irwin Fedriansyah Associated Press": a writer, then the wire (a line of its own)
_BYLINE_WIRE = re.compile(r"^(?:(?:By|BY)\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}(?:\s*,\s*|\s+)"
                          r"(?P<name>AP|AFP|Reuters|Bloomberg|Xinhua|Bernama|(?:The\s+)?Associated\s+Press|Agence\s+France[- ]Presse)$")
# "JAKARTA, Indonesia (AP) —", "SINGAPORE, March 3 (Reuters) -": a wire's dateline opening a paragraph
_WIRE_DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]{2,30}(?:,[ \t]*[A-Z][\w.]*(?:[ \t]+[\w.]+){0,2})?[ \t]*\((?P<name>[A-Za-z. ]{2,25})\)[ \t]*(?:-{1,2}|–|—|:)")
# Reuters' closing credit: "(Reporting by Ani Lestari; Editing by Budi Santoso)"
_REUTERS_CREDIT = re.compile(r"\((?:Additional\s+)?[Rr]eporting\s+by\s[^()]{2,200}?(?:[Ee]diting|[Ww]riting)\s+by\s[^()]{2,120}\)")
_FOOTER_LINES = 8


def page_outlet(text: str) -> str | None:
    """The outlet a page names outside any dateline, canonical; None when it names none.

    In order: a masthead among the first lines, a line that is nothing but an outlet's name
    ("Merdeka.com", "The Straits Times", "logo Kompas.id", "Epaper ... | RADAR BOGOR DIGITAL")
    or a byline's ("Yudha Maulana - detikJabar"); a "Sumber:"/"Source:" line; a copyright
    ("©2021 Merdeka.com", "Copyright © 2023 VIVA"); a sign-off ("– Rappler.com", "-- BERNAMA");
    "Artikel ini telah tayang di X". A name counts when outlets.tsv knows it or it is shaped like
    an outlet's host ("Seputaran.com"), never a place or a wire agency's photo credit (a wire's
    sign-off names the copy's author: "- REUTERS").
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines[:_MASTHEAD_LINES]:
        found = _masthead_outlet(line)
        if found:
            return found
    for line in lines:
        source = _SOURCE_LINE.match(line)
        if source:
            name = re.split(r"\s+(?:and|dan|&)\s+|\s+-\s+", source.group("name").strip())[0]
            found = _page_name(name, known_only=True, agencies=True)
            if found:
                return found
    for line in lines:
        if "©" in line or "opyright" in line:
            for match in _COPYRIGHT.finditer(line):
                found = _page_name(match.group("name"))
                if found:
                    return found
    for line in lines:
        found = _promo_outlet(line) if _PROMO_HINT.search(line) else None
        if found:
            return found
    for line in lines[-_FOOTER_LINES:]:
        posted = _POSTED_FIRST.search(line) if "appeared first" in line else None
        if posted:
            return canonical_outlet(posted.group("name"))
        for pattern in (_SIGN_OFF, _FIRST_RAN):
            match = pattern.search(line)
            # (a wire's sign-off, "... officials said. - REUTERS", says whose copy the page carries)
            found = match and _page_name(match.group("name"), agencies=True)
            if found:
                return found
    for line in lines:
        if "(" in line[:60]:
            wire = _WIRE_DATELINE.match(line)
            found = wire and _page_name(wire.group("name"), known_only=True, agencies=True)
            if found:  # a wire's dateline further down ("JAKARTA, Indonesia (AP) —" under an update's lines)
                return found
    if "eporting by" in text and _REUTERS_CREDIT.search(text):
        return "Reuters"  # its closing credit, "(Reporting by Name; Editing by Name)", with no dateline's "(Reuters)"
    for line in lines[:_MASTHEAD_LINES * 2]:  # last: a photo the outlet credits to itself
        found = _credit_outlet(line)
        if found:
            return found
    for line in lines:  # or the page's own address, copied with it: "https://regional.kompas.com/read/..."
        if line.startswith(("http://", "https://")) and " " not in line:
            found = outlet_from_host(line)
            if found:
                return found
    return None


# "Farah Lestiani/BenarNews", "Photograph: Adi Nugraha/The Guardian", "Foto: Dok SINDOnews",
# "TRIBUNJABAR.ID/HENDRA SOPIAN": a photo's credit naming an outlet, at the end of a line.
_PHOTO_CREDIT = re.compile(
    r"(?:(?i:foto|photo|photograph|dok|dokumentasi)\.?\s*[:/]?\s*(?i:dok\.?\s*/?\s*)?|(?<=/))"
    r"(?P<name>[A-Za-z][\w.&' -]{1,40}?)\s*$"
)


# "Foto: SINDOnews/toiskandar": the outlet, then its photographer
_PHOTO_CREDIT_OUTLET_FIRST = re.compile(
    r"(?i:foto|photo)[ \t]*:[ \t]*(?P<name>[A-Za-z][\w.&' -]{1,30}?)[ \t]*/[ \t]*[\w.' -]{2,40}\)?[ \t]*$")


def _credit_outlet(line: str) -> str | None:
    if len(line) > 200:
        return None
    if line.endswith(")") and "(" in line:  # "... di Palu (Foto: Ani Lestari/kumparan)": the credit in brackets
        line = line[:-1].rstrip()
    first = _PHOTO_CREDIT_OUTLET_FIRST.search(line) if "/" in line else None
    found = first and _page_name(first.group("name"), known_only=True)
    if found:
        return found
    match = _PHOTO_CREDIT.search(line)
    found = match and _page_name(match.group("name"), known_only=True)
    if found:
        return found
    credit = re.match(r"^(?P<name>[A-Za-z][\w.&' -]{1,30}?)\s*/\s*[A-Z][\w.' -]{2,40}$", line)
    return credit and _page_name(credit.group("name"), known_only=True) or None


# the Jakarta Post's print bylines: "Name, The Jakarta Post/Jakarta", "Name and Name, The Jakarta Post,
# Bogor/Jakarta"
_BYLINE_FILED = re.compile(r"^[A-Z][^,\n]{2,60}?,[ \t]*(?P<name>The[ \t]+[^,/\n]{2,40}?)[ \t]*(?:/|,)[ \t]*[A-Z][\w. /-]{1,40}$")


def _masthead_outlet(line: str) -> str | None:
    if len(line) > 80:
        return None
    name = re.sub(r"^(?i:logo)\s+", "", line)
    found = _page_name(name, agencies=True)
    if found:
        return found
    outlet, comma, place = line.partition(",")
    if comma and _known_place(place.strip()):  # "BBC News, Jakarta": the outlet, where it files from
        found = _page_name(outlet, known_only=True, agencies=True)
        if found:
            return found
    byline = _BYLINE_FILED.match(line)
    if byline:  # "Name, The Jakarta Post/Jakarta": the paper between the reporters and where they filed
        found = _page_name(byline.group("name"), known_only=True)
        if found:
            return found
    byline = _BYLINE_DASH.match(line)
    if byline:
        found = _page_name(byline.group("name"), known_only=True, agencies=True)
        if found:
            return found
    wire = _BYLINE_WIRE.match(line)
    if wire:  # "By Name, AP", "Name Associated Press": a writer of a wire's copy
        found = _page_name(wire.group("name"), known_only=True, agencies=True)
        if found:
            return found
    staff = _STAFF_BYLINE.match(line)
    if staff:  # "TBS Report", "UNB Desk": the outlet's own staff as the byline
        found = _page_name(staff.group("name"), known_only=True)
        if found:
            return found
    if "|" in line:  # "Epaper Edisi 6 Juni 2023 | RADAR BOGOR DIGITAL": a part naming the outlet
        for part in line.split("|"):
            words = part.split()
            # (a known outlet's name, at most one word more: "RADAR BOGOR DIGITAL")
            for size in (len(words), len(words) - 1):
                if size > 0 and is_known_outlet(" ".join(words[:size])):
                    return canonical_outlet(" ".join(words[:size]))
    return None


def _page_name(name: str, known_only: bool = False, agencies: bool = False) -> str | None:
    """`name`'s canonical outlet when the table knows it (a wire agency only when `agencies`),
    or, unless `known_only`, `name` itself when it is shaped like an outlet's host."""
    name = name.strip().strip(".,:;")
    if not name or len(name) > 40:
        return None
    if is_known_outlet(name):
        found = canonical_outlet(name)
        return found if agencies or found not in _AGENCIES else None
    if not known_only and _LONE_DOMAIN.match(name) and not _PUBLIC_HOST.search(name):
        return name
    return None
