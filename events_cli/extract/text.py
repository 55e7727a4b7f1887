"""Sentences and language: the small text utilities every extractor shares."""
from __future__ import annotations

import re

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    "dr drs dra ir prof h hj kh st jl jln no tel tlp dll dsb dkk sdr bpk ny tn mr mrs ms jr sr "
    "vs etc inc ltd co corp gen lt col sgt capt kol letjen mayjen brigjen kompol akbp akp iptu "
    "ipda aiptu bripka brigadir u.s a.s s.h s.e m.m m.si s.pd s.kom mt ph.d".split()
)
# A sentence ends at . ! ? before white space and a capital; also before commas, which never
# follow a full stop in prose but do where a scraper joined paragraphs with them ("... ayahnya.,Hal itu").
# Group 1 holds what follows the first . ! or ?; it is None at a line break. (Every match starts
# with one character of a set, which lets `re` skip to the next candidate in C.)
_BOUNDARY = re.compile(
    r"[.!?\n](?:(?<=\n)\n*|(?<=[.!?])([.!?]*[\"'”’)\]]*)(?:\s+|,+\s*)(?=[\"'“‘(\[]?[A-Z0-9]))"
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of `text`; lines always end a sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group(1) is not None:
            token = _word_ending_at(text, start, match.start() + 1).rstrip(".").lower()
            if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue
            end = match.end(1)
        else:
            end = match.start()
        _add(text, start, end, spans)
        start = match.end()
    _add(text, start, len(text), spans)
    return spans


def _word_ending_at(text: str, start: int, end: int) -> str:
    """The run of non-space characters of ``text[start:end]`` that ends at ``end``."""
    i = end
    while i > start and not text[i - 1].isspace():
        i -= 1
    return text[i:end]


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    # no sentence starts with white space or a comma (",,,Presiden ..." in scraped text)
    while start < end and (text[start].isspace() or text[start] in ",;"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


_ID_WORDS = frozenset("yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena "
                      "bahwa oleh sudah saat para atau ada mereka kata telah".split())
_EN_WORDS = frozenset("the and of to in is that for on with as was by at from it said be has "
                      "have are were this an which will".split())
_WORD = re.compile(r"[a-z]+")


def guess_language(text: str) -> str | None:
    """"id" or "en" by counting common function words in the first few thousand characters."""
    words = _WORD.findall(text[:4000].lower())
    ind = len([w for w in words if w in _ID_WORDS])
    eng = len([w for w in words if w in _EN_WORDS])
    if ind + eng < 2:
        return None
    return "id" if ind >= eng else "en"


# Credit lines: who wrote, edited or photographed the article, never its actors.
_CREDIT_LINE = re.compile(
    r"^[ \t]*(?:"
    r"(?i:penulis|editor|reporter|pewarta|kontributor|fotografer|redaktur|penyunting|penerjemah|sumber|"
    r"writer|reporting|editing|source|foto|photo|video|copyright\s*©?)[ \t]*(?:by\b)?[ \t]*[:：©][^\n]{0,120}"
    r"|(?i:laporan\s+(?:wartawan|reporter|kontributor|jurnalis))\b[^\n]{0,100}"
    r"|(?i:copyright|hak\s+cipta)[ \t]*©[^\n]{0,80}"
    r"|\(?(?i:reporting\s+by)\b[^\n]{0,200}"
    r")[ \t]*$",
    re.MULTILINE,
)
# "(OL-8)", "(ant/pri)", "(bba/yum)", "(esy/jpnn)", "(fik)", "[Antara]" alone on the last lines;
# "... di Jakarta. TEMPO/Fakhri Hermansyah", "ANTARA FOTO/Name" closing a photo caption.
_CREDIT_TAG = re.compile(
    r"^[ \t]*(?:[\(\[][ \t]*[A-Za-z]{2,12}(?:[-/][A-Za-z0-9]{1,12}){0,3}[ \t]*[\)\]])[ \t]*$"
    r"|(?<=[.!?\"”])[ \t]+(?:[A-Z][A-Z.]{1,15}(?:[ \t]+FOTO)?)/[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}[ \t]*$",
    re.MULTILINE,
)


def strip_credits(text: str) -> str:
    """`text` with its credit lines blanked: bylines, editors, photo credits, reporters' initials.

    Each credit is replaced by as many spaces, so offsets into the text stay valid.
    """
    def blank(match: re.Match) -> str:
        return re.sub(r"[^\n]", " ", match.group(0))

    # each pattern is tried only on a text holding a character it cannot match without
    if _may_hold_credit_line(text):
        text = _CREDIT_LINE.sub(blank, text)
    if _CREDIT_TAG_NEEDS.search(text) is not None:
        text = _CREDIT_TAG.sub(blank, text)
    return text


def _may_hold_credit_line(text: str) -> bool:
    """False when `text` holds neither a colon nor "©" nor "laporan"/"report..." in any case
    (those letters have no case variants beyond ASCII, so lower() finds what re.I would)."""
    if ":" in text or "：" in text or "©" in text:
        return True
    low = text.lower()
    return "laporan" in low or "report" in low


_CREDIT_TAG_NEEDS = re.compile(r"[(\[/]")
