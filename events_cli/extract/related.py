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
    r"(?:(?:baca|lihat|simak|tonton)\s*juga(?:\s+video(?=\s*[:：\-–—]))?|baca\s+selengkapnya"
    r"|(?:read|see)\s+also|also\s+read|read\s+more(?:\s+here\b)?|see\s+more(?=\s*:)"
    r"|related(?:\s+(?:news|stories|story|articles?|reading|coverage|links?))?(?=\s*:)"
    r"|more\s+on\s+this\s+(?:story|topic)|(?:pilihan\s+editor|editor['’]?s\s+(?:choice|pick))(?=\s*:)"
    r"|اقرأ\s+أيضا|اقرأ\s+أيضاً)"
)
_SEP = r"\s*[:：\-–—|>»]+\s*"
_TITLE_START = r"""(?=(?-i:[A-Z0-9"“‘'\[]))"""  # a title after a bare space starts like one
_URL = re.compile(r"\(?\s*(https?://\S+?)\s*\)?\s*$")

# A whole line that is a link: "BACA JUGA: Title", "Baca juga : Title", "[bacajuga:Title]", "(Baca: Title)".
_LINE = re.compile(
    rf"^[ \t]*[\(\[]?[ \t]*(?:{_CUE}(?:{_SEP}|[ \t]+{_TITLE_START}|(?=[ \t]*[\)\]]?[ \t]*$))|baca{_SEP}|read[ \t]*[:：][ \t]*)(?P<title>.*?)[ \t]*[\)\]]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# An aside inside a paragraph: "... kata dia. (Baca: Title) Lalu ..." or "[Baca juga: Title]"; a
# CMS shortcode's list of article numbers after it goes too: "[bacajuga:Baca Juga](3809787 3617927)".
_ASIDE = re.compile(rf"[\(\[][ \t]*(?:{_CUE}|baca|read(?=[ \t]*[:：]))[ \t]*[:：\-–][ \t]*(?P<title>[^\(\)\[\]\n]{{3,300}}?)[ \t]*[\)\]]"
                    r"(?:\([\d \t,]*\))?", re.IGNORECASE)
# A cue run into a paragraph after a sentence (Jubi, and pages that lost their line breaks):
# "... Kamis malam. Baca juga: Title  Next sentence" or "... Baca juga: Title “Quote...": the
# title ends at two blanks, an opening quote, "(*)" or the line's end.
_RUN_IN = re.compile(
    rf"(?<=[.!?”\"])[ \t]+{_CUE}[ \t]*[:：][ \t]*(?P<title>(?-i:[A-Z0-9\"“‘'])[^\n]{{2,240}}?)"
    r"(?=[ \t]{2,}|[ \t]+[“\"]|[ \t]*\(\*\)|[ \t]*$)", re.IGNORECASE)
_BARE_CUE = re.compile(rf"^[ \t]*[\(\[]?[ \t]*{_CUE}[ \t]*[:：\-–—]?[ \t]*[\)\]]?[ \t]*$", re.IGNORECASE)


# The words that lead into a URL after a title: "Title di https://...", "Title, selengkapnya di",
# "Title at https://...".
_BEFORE_URL = re.compile(r"[ \t,]*(?:\b(?:selengkapnya|baca|klik|simak|read|more)\s+)?\b(?:di|at|on|via|here|di\s+sini)\s*[:：]?$",
                         re.IGNORECASE)
_MONTH = (r"(?i:jan|feb|mar|apr|mei|may|jun|jul|agu|agt|aug|sep|okt|oct|nov|des|dec)[a-z]*\.?")
# What follows a title but is no part of it: a source tag "(Reuters)", "(ANTARA)", "(AFP)" (a wire's
# name or a word in capitals; "(Lagi)" stays the title's), a date
# "(12/6/2023)", " - 12 Juni 2023"; its closing bracket may have gone with a "(Baca: ...)" aside's.
_TAIL_TAG = re.compile(
    r"(?:[ \t]*\((?:(?i:reuters|bloomberg|xinhua|bernama|antara|kyodo|yonhap|anadolu|tass)|[A-Z]{2,}(?:[ /][A-Z]{2,})?|\d{1,2}/\d{1,2}(?:/\d{2,4})?)\)?"
    rf"|[ \t]+[-–—|·][ \t]*(?:\w+,?[ \t]+)?\d{{1,2}}[ \t]+{_MONTH}[ \t]+\d{{4}}(?:[ \t,]+\d{{1,2}}[:.]\d{{2}}(?:[ \t]*\w+)?)?)$")


def _clean_title(raw: str) -> RelatedLink | None:
    title = raw.strip().strip("\"'“”‘’").strip()
    url = None
    match = _URL.search(title)
    if match:
        url = match.group(1).rstrip(").,")
        title = _BEFORE_URL.sub("", title[: match.start()].rstrip(" -–—|:(").strip())
    title = _TAIL_TAG.sub("", title).strip()
    if title.count("(") > title.count(")"):
        title += ")"  # "Baca juga: Harga Naik (Lagi)": the line's pattern took the bracket as an aside's
    if url is None and (len(title) < 3 or _BARE_CUE.match(title)):
        return None  # no title, or the cue alone: "[bacajuga:Baca Juga](3809787 3617927)"
    return RelatedLink(title=title or url, url=url)


# Page furniture: a header alone on its line ("Berita Terkait", "Terpopuler") over a list of
# other articles' titles. Those are the site's lists, not links the article makes.
_FURNITURE_HEADER = re.compile(
    r"^[ \t]*(?:berita|artikel|topik|video)\s+(?:terkait|lainnya|terkini|terpopuler|populer|pilihan|rekomendasi)"
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
_MAX_QUESTION_WORDS = 12
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
    if stripped[-1] not in ".!?" or (stripped[-1] != "." and len(stripped.split()) <= _MAX_QUESTION_WORDS):
        return True  # no closing full stop; or a short question or exclamation: "Why Are Boats Unsafe?"
    words = [w for w in stripped.split() if w.casefold() not in _HEADLINE_SMALL_WORDS and w[:1].isalpha()]
    return bool(words) and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


_MIN_LISTED_WORDS = 3


def _next_filled(lines: list[str], j: int) -> int:
    while j < len(lines) and not lines[j].strip():
        j += 1
    return j


def _titles_under_cue(lines: list[str], i: int) -> list[int]:
    """The indices of the titles a bare cue at `i` announces: the next non-empty line when it
    reads as a headline, then each further headline after it, one a line, or a blank line
    apart when the first stands a blank line below the cue. A further title must look like one
    more strictly (a few words, no closing full stop, starting as a title starts), so that a
    short line of the article is not swallowed."""
    j = _next_filled(lines, i + 1)
    if j >= len(lines) or not _headline_like(lines[j]) or _is_furniture_header(lines[j]):
        return []
    taken = [j]
    spaced = j > i + 1  # the titles stand a blank line apart, as the first stands from the cue
    while True:
        k = taken[-1] + 1
        if spaced and k < len(lines) and not lines[k].strip():
            k += 1
        if k >= len(lines) or not _further_title(lines[k]):
            return taken
        taken.append(k)


# A credit line under the links ("Editor: Name", "Penulis: Name") is no title.
_CREDIT_LABEL = re.compile(
    r"[ \t]*(?:editor|penulis|reporter|pewarta|redaktur|penyunting|kontributor|laporan|sumber|source|writer|"
    r"author|foto|photo|video|copyright)[ \t]*[:：]", re.IGNORECASE)


def _further_title(line: str) -> bool:
    stripped = line.strip().strip("\"'“”‘’")
    letters = [c for c in stripped if c.isalpha()]
    return (_headline_like(line) and stripped[-1] not in "." and len(stripped.split()) >= _MIN_LISTED_WORDS
            and re.match(r"""[A-Z0-9"“‘']""", stripped) is not None
            and not all(c.isupper() for c in letters)  # "SCROLL TO CONTINUE WITH CONTENT": a page's word
            and not _CREDIT_LABEL.match(line) and not _is_furniture_header(line) and not _LINE.match(line))


# "READ FULL ARTICLE" under a teaser of the next story: the story's photo caption and section
# name come first, then its headline.
_NEXT_STORY_CUE = re.compile(r"[ \t]*read[ \t]+(?:the[ \t]+)?full[ \t]+(?:article|story)[ \t]*$", re.IGNORECASE)
_CAPTION_END = re.compile(r"\b(?:file[ \t]+)?(?:photo|foto|photograph|image)s?(?:[ \t]*[:：][^\n]{0,60})?$", re.IGNORECASE)
_MAX_SECTION_WORDS = 3
_MAX_TEASER_SKIPPED = 3
_MIN_TEASER_TITLE_WORDS = 4


def _title_after_teaser(lines: list[str], i: int) -> list[int]:
    """The index of the next story's headline under a "READ FULL ARTICLE" cue at `i`, past
    at most a few captions ("... Photo: AFP") and section names ("Southeast Asia",
    "Asia / Politics")."""
    j = i + 1
    for _ in range(_MAX_TEASER_SKIPPED + 1):
        j = _next_filled(lines, j)
        if j >= len(lines):
            return []
        line = lines[j].strip()
        words = line.split()
        if _CAPTION_END.search(line) or " / " in line or (
                len(words) <= _MAX_SECTION_WORDS and line[-1] not in ".!?" and not _is_furniture_header(line)):
            j += 1
            continue
        return [j] if len(words) >= _MIN_TEASER_TITLE_WORDS and _further_title(line) else []
    return []


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
    "read", "also", "related", "pilihan", "see", "editor", "editors",  # _CUE
    "berita", "artikel", "topik", "video", "terkini", "terpopuler", "populer", "rekomendasi",
    "paling", "most", "more", "trending", "you",  # _FURNITURE_HEADER
    "gambas", "dapatkan", "ikuti", "download", "unduh",  # _FURNITURE_LINE
))


def extract_related_links(text: str) -> tuple[str, list[RelatedLink]]:
    """The text without its related-link lines and asides, and the links in order of appearance.

    Page furniture (lists of other articles under "Berita Terkait", "Terpopuler" and kin,
    embedded-video markers, the outlet's promotions) is removed too, and gives no links.
    """
    if text.isascii() and "\n- " not in text and _NEEDED_WORDS.isdisjoint(ascii_words(text)):
        return text, []
    links: list[RelatedLink] = []
    kept: list[str] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        bare = _BARE_CUE.match(line)
        if bare or _NEXT_STORY_CUE.match(line):
            # A cue alone on its line ("Baca Juga", "Baca juga:", "More on this story"): the
            # headlines on the next lines are its titles; a paragraph of the article after it stays
            # the article's, and so does a menu ("Baca Juga" over "Berita Populer").
            taken = _titles_under_cue(lines, i) if bare else _title_after_teaser(lines, i)
            for j in taken:
                link = _clean_title(lines[j])
                if link:
                    links.append(link)
            end = (taken[-1] if taken else i) + 1
            kept.extend([""] * (end - i))
            i = end
            continue
        # Tribun's teasers inside the article: "• Title" lines, one under the other, no cue above;
        # other articles' headlines listed under the credits, each after a dash: "- Bar di Jaksel
        # Terbongkar Berawal dari Keributan", "- OTK Tusuk Penagih Sampah di Pekanbaru"
        listed_end = _LISTED_TEASERS.get(line[:2])
        if listed_end is not None and (end := listed_end(lines, i)) > i + 1:
            for j in range(i, end):
                link = _clean_title(lines[j].strip()[2:])
                if link:
                    links.append(link)
            kept.extend([""] * (end - i))
            i = end
            continue
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
        match = _LINE.match(line)
        if match and len(match.group("title")) <= 300:
            for title in _glued_titles(match.group("title")):
                link = _clean_title(title)
                if link:
                    links.append(link)
            kept.append("")
        else:
            kept.append(_strip_asides(_strip_run_in(line, links), links))
        i += 1
    return "\n".join(kept), dedupe_links(links)


def _teaser_bullets_end(lines: list[str], i: int) -> int:
    """Where a run of "• Title" lines from line i ends: headlines with no closing stop (a summary's
    points, "• Police in ... said.", are sentences)."""
    j = i
    while j < len(lines) and lines[j][:2] == "• " and _headline_like(lines[j][2:]) and (
            lines[j].rstrip()[-1:] not in ".!?\"”"
            # (a headline may ask: "• Israel Jadi Negara Paling Aman, Bisa Ditiru Indonesia?", in title case)
            or (lines[j].rstrip()[-1:] == "?" and _title_cased(lines[j].rstrip()[2:-1]))):
        j += 1
    return j


_DASH_TEASER_WORDS = 5


def _dash_teasers_end(lines: list[str], i: int) -> int:
    """Where a run of "- Title" lines from line i ends: headlines in title case of five words or
    more with no closing stop (a list's items, "- KTP asli", "- membawa surat keterangan.", are none)."""
    j = i
    while j < len(lines) and lines[j][:2] == "- " and _title_cased(lines[j][2:]):
        j += 1
    return j


# a list of other articles' headlines, by the mark each line opens with: where the list ends
_LISTED_TEASERS = {"• ": _teaser_bullets_end, "- ": _dash_teasers_end}


def _title_cased(line: str) -> bool:
    stripped = line.strip()
    if stripped[-1:] in ".!?:;," or len(stripped.split()) < _DASH_TEASER_WORDS or len(stripped) > _MAX_HEADLINE:
        return False
    words = [w for w in stripped.split() if w.casefold() not in _HEADLINE_SMALL_WORDS and w[:1].isalpha()]
    return bool(words) and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


# two links' titles copied without a space between them: "... Sudah MenjawabnyaUsai Aksi Protes ...",
# "... Belum AdaPemdes Sarabau ..."
_GLUE = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z]{3})")
_GLUED_SIDE_WORDS = 4


def _glued_titles(title: str) -> list[str]:
    """The titles of one cue's links run together ("Baca Juga:TitleATitleB"), each of four words or
    more; a title with a capital inside a word ("WhatsApp", "McDonald") stays whole."""
    cuts = [0] + [m.start() for m in _GLUE.finditer(title)] + [len(title)]
    if len(cuts) == 2 or "http" in title:
        return [title]
    parts = [title[a:b] for a, b in zip(cuts, cuts[1:])]
    if all(len(p.split()) >= _GLUED_SIDE_WORDS for p in parts):
        return parts
    return [title]


def _strip_run_in(line: str, links: list[RelatedLink]) -> str:
    if ":" not in line and "：" not in line:
        return line

    def take(match: re.Match) -> str:
        title = match.group("title")
        if len(title.split()) > 25 or title.endswith("."):
            return match.group()  # (no headline ends with a full stop: the paragraph went on)
        link = _clean_title(match.group("title"))
        if link:
            links.append(link)
        return ""

    return _RUN_IN.sub(take, line)


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
