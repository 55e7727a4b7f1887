"""Related-article links that outlets put inline: "BACA JUGA: <title>", "(Baca: ...)", kin.

`extract_related_links` returns the text with those lines and asides removed, so that
their words never count as the article's own dates, actors or places.
"""
from __future__ import annotations

import re

from events_cli.extract.text import ascii_words
from events_cli.models import RelatedLink

# Cue words that announce a link to another article. Bare "Baca" needs a colon,
# since "Baca buku ini" is an ordinary sentence.
_CUE = (
    r"(?:(?:baca|lihat|simak|tonton)\s*juga(?:\s+video(?=\s*[:：\-–—]))?|baca\s+selengkapnya|read\s+also|also\s+read|read\s+more"
    r"|related\s+news(?=\s*:)|pilihan\s+editor(?=\s*:)|اقرأ\s+أيضا|اقرأ\s+أيضاً)"
)
_SEP = r"\s*[:：\-–—|>»]+\s*"
_TITLE_START = r"""(?=(?-i:[A-Z0-9"“‘'\[]))"""  # a title after a bare space starts like one
_URL = re.compile(r"\(?\s*(https?://\S+?)\s*\)?\s*$")

# A whole line that is a link: "BACA JUGA: Title", "Baca juga : Title", "[bacajuga:Title]", "(Baca: Title)".
_LINE = re.compile(
    rf"^[ \t]*[\(\[]?[ \t]*(?:{_CUE}(?:{_SEP}|[ \t]+{_TITLE_START}|(?=[ \t]*[\)\]]?[ \t]*$))|baca{_SEP})(?P<title>.*?)[ \t]*[\)\]]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# An aside inside a paragraph: "... kata dia. (Baca: Title) Lalu ..." or "[Baca juga: Title]"; a
# CMS shortcode's list of article numbers after it goes too: "[bacajuga:Baca Juga](3809787 3617927)".
_ASIDE = re.compile(rf"[\(\[][ \t]*(?:{_CUE}|baca)[ \t]*[:：\-–][ \t]*(?P<title>[^\(\)\[\]\n]{{3,300}}?)[ \t]*[\)\]]"
                    r"(?:\([\d \t,]*\))?", re.IGNORECASE)
_BARE_CUE = re.compile(rf"^[ \t]*[\(\[]?[ \t]*{_CUE}[ \t]*[:：\-–—]?[ \t]*[\)\]]?[ \t]*$", re.IGNORECASE)


def _clean_title(raw: str) -> RelatedLink | None:
    title = raw.strip().strip("\"'“”‘’").strip()
    url = None
    match = _URL.search(title)
    if match:
        url = match.group(1).rstrip(").,")
        title = title[: match.start()].rstrip(" -–—|:(").strip()
    if url is None and (len(title) < 3 or _BARE_CUE.match(title)):
        return None  # no title, or the cue alone: "[bacajuga:Baca Juga](3809787 3617927)"
    return RelatedLink(title=title or url, url=url)


# Page furniture: a header alone on its line ("Berita Terkait", "Terpopuler") over a list of
# other articles' titles. Those are the site's lists, not links the article makes.
_FURNITURE_HEADER = re.compile(
    r"^[ \t]*(?:berita|artikel|topik|video)\s+(?:terkait|lainnya|terkini|populer|pilihan|rekomendasi)"
    r"|^[ \t]*(?:terkini|terpopuler|populer|rekomendasi|pilihan)(?:\s+(?:lainnya|untukmu|untuk\s+anda|hari\s+ini|editor))?"
    r"|^[ \t]*(?:terpopuler|paling\s+banyak\s+dibaca|most\s+(?:read|popular)|related\s+(?:articles|stories|news)|more\s+stories|trending|you\s+may\s+also\s+like)",
    re.IGNORECASE,
)
_FURNITURE_HEADER_END = re.compile(r"[ \t]*[:：]?[ \t]*$")
# One-line furniture: embedded-video markers and the outlets' own promotions.
_FURNITURE_LINE = re.compile(
    r"^[ \t]*(?:\[gambas:[^\]]*\]"
    r"|(?:dapatkan\s+(?:update|informasi|berita)|simak\s+breaking\s+news|ikuti\s+(?:berita|kami|saluran|update)|"
    r"download\s+aplikasi|unduh\s+aplikasi)\b[^\n]*(?:kompas|google\s+news|telegram|whatsapp|channel|aplikasi|saluran)[^\n]*)[ \t]*$",
    re.IGNORECASE,
)
# A listed title: short, not a sentence of prose (no final full stop after many words).
_MAX_LISTED_TITLE = 160


def _is_furniture_header(line: str) -> bool:
    match = _FURNITURE_HEADER.match(line)
    return bool(match) and _FURNITURE_HEADER_END.fullmatch(line, match.end()) is not None


def _listed_title(line: str) -> bool:
    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_LISTED_TITLE:
        return False
    if stripped.endswith(".") and len(stripped.split()) > 6 and not re.match(r"\d+\.\s", stripped):
        return False
    return not _LINE.match(stripped) and not _BARE_CUE.match(stripped)


_MAX_HEADLINE = 150
_HEADLINE_SMALL_WORDS = frozenset(
    "di ke dari dan atau yang untuk pada dengan dalam jadi ini itu soal usai saat of the a an and or to in on for at by with as".split()
)


def _headline_like(line: str) -> bool:
    """True for a line that reads as another article's headline: short, and either without a
    closing full stop or with most of its words capitalised ("Harga Cabai Turun, Pedagang
    Mengeluh"). A sentence of the article's own prose is none."""
    stripped = line.strip().strip("\"'“”‘’")
    if not stripped or len(stripped) > _MAX_HEADLINE or _BARE_CUE.match(stripped):
        return False
    if stripped[-1] not in ".!?":
        return True
    words = [w for w in stripped.split() if w.casefold() not in _HEADLINE_SMALL_WORDS and w[:1].isalpha()]
    return bool(words) and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def _furniture_end(lines: list[str], i: int) -> int:
    """The index after the list of titles under the furniture header at `i`."""
    j = i + 1
    last = i
    while j < len(lines):
        if not lines[j].strip():
            # A blank line ends the list unless another listed title follows it.
            k = j
            while k < len(lines) and not lines[k].strip():
                k += 1
            if k < len(lines) and _listed_title(lines[k]) and k + 1 < len(lines) and lines[k + 1].strip() \
                    and _listed_title(lines[k + 1]):
                j = k
                continue
            break
        if not _listed_title(lines[j]):
            break
        last = j
        j += 1
    return last + 1


# Each link, aside or furniture pattern above holds one of these words (in any case), as a whole
# word: between characters other than letters ("Baca juga:", "[bacajuga:", "(Baca: ", "[Gambas:").
# An ASCII text with none of them (where `re.IGNORECASE` matches what lower() finds) is left as
# it is, without trying the patterns on each line.
_NEEDED_WORDS = frozenset(word.encode() for word in (
    "baca", "bacajuga", "lihat", "lihatjuga", "simak", "simakjuga", "tonton", "tontonjuga",
    "read", "also", "related", "pilihan",  # _CUE
    "berita", "artikel", "topik", "video", "terkini", "terpopuler", "populer", "rekomendasi",
    "paling", "most", "more", "trending", "you",  # _FURNITURE_HEADER
    "gambas", "dapatkan", "ikuti", "download", "unduh",  # _FURNITURE_LINE
))


def extract_related_links(text: str) -> tuple[str, list[RelatedLink]]:
    """The text without its related-link lines and asides, and the links in order of appearance.

    Page furniture (lists of other articles under "Berita Terkait", "Terpopuler" and kin,
    embedded-video markers, the outlet's promotions) is removed too, and gives no links.
    """
    if text.isascii() and _NEEDED_WORDS.isdisjoint(ascii_words(text)):
        return text, []
    links: list[RelatedLink] = []
    kept: list[str] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if _is_furniture_header(line):
            end = _furniture_end(lines, i)
            if end > i + 1:
                kept.extend([""] * (end - i))
                i = end
                continue
        if _FURNITURE_LINE.match(line):
            kept.append("")
            i += 1
            continue
        if _BARE_CUE.match(line):
            # "Baca Juga" alone on its line: the title is the next non-empty line, when it reads
            # as a headline; a paragraph of the article after it stays the article's.
            j = i + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            if j < len(lines) and _headline_like(lines[j]):
                link = _clean_title(lines[j])
                if link:
                    links.append(link)
                kept.extend([""] * (j - i + 1))
                i = j + 1
                continue
            kept.append("")
            i += 1
            continue
        match = _LINE.match(line)
        if match and len(match.group("title")) <= 300:
            link = _clean_title(match.group("title"))
            if link:
                links.append(link)
            kept.append("")
        else:
            kept.append(_strip_asides(line, links))
        i += 1
    return "\n".join(kept), dedupe_links(links)


def _strip_asides(line: str, links: list[RelatedLink]) -> str:
    if "(" not in line and "[" not in line:
        return line

    def take(match: re.Match) -> str:
        if match.group("title")[:1].islower():
            return match.group()  # "(baca: tumpang-tindih)": "read as", a gloss in the sentence
        link = _clean_title(match.group("title"))
        if link:
            links.append(link)
        return ""

    return _ASIDE.sub(take, line)


def dedupe_links(links: list[RelatedLink]) -> list[RelatedLink]:
    """Each title once (case and spacing aside), the first occurrence kept."""
    seen: set[str] = set()
    out = []
    for link in links:
        key = " ".join(link.title.casefold().split())
        if key not in seen:
            seen.add(key)
            out.append(link)
    return out


def strip_bare_cues(text: str) -> str:
    """Drop "Baca juga:" lines left without their title: what remains of a link in a page
    whose link text went elsewhere. Left in, the next paragraph would read as a link title."""
    return "\n".join(line for line in text.split("\n") if not _BARE_CUE.match(line))
