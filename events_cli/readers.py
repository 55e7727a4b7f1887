"""Readers: turn paths, folders, stdin and JSON Lines records into :class:`Article` values.

Each reader yields either an Article or an :class:`InputError` for an input that
could not be read, so one bad file or line never stops the others.
"""
from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import chain
from pathlib import Path

from events_cli.errors import InputError
from events_cli.extract.dateline import article_source
from events_cli.models import Article

TEXT_SUFFIXES = (".txt", ".md", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
JSON_SUFFIXES = (".json",)  # one JSON document: an array of records, a record, or an object holding them
MAX_FILE_BYTES = 50 * 1000 * 1000  # a single-article file larger than this is not an article
MAX_ARTICLE_CHARS = 1_000_000  # the longest real news articles are well under 100,000 characters

# Field names used by our own format, news-please and trafilatura's JSON output.
_ALIASES = {
    "text": ("text", "maintext", "raw_text", "content", "body"),
    "title": ("title", "headline"),
    "url": ("url", "source_url", "link"),
    "published": ("published", "date", "date_publish", "published_at", "pubdate", "datePublished"),
    "source": ("source", "outlet", "sitename", "source_domain", "hostname", "publisher"),
    "id": ("id", "external_id", "doc_id", "uid"),
    "language": ("language", "lang"),
}


@dataclass(frozen=True)
class Overrides:
    """Values given on the command line that win over what the article says."""

    source: str | None = None
    published: dt.date | None = None
    language: str | None = None

    def apply(self, article: Article) -> Article:
        changes = {k: v for k, v in (("source", self.source), ("published", self.published),
                                     ("language", self.language)) if v is not None}
        if self.published is not None:  # a day given for every article: the input's clock times are not its
            changes["published_time"] = None
        return replace(article, **changes) if changes else article


@dataclass(frozen=True)
class AlreadyImported:
    """A URL the database already holds: not fetched again."""

    origin: str


@dataclass(frozen=True)
class InputNotice:
    """Something the user should know about an article that was still imported (a
    publication date that could not be read, so the article has none)."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


ReadResult = Article | InputError | AlreadyImported | InputNotice


def is_url(raw: str) -> bool:
    return raw.lower().startswith(("http://", "https://"))


def is_jsonl(path: str) -> bool:
    return path.lower().endswith(JSONL_SUFFIXES)


def iter_folder(folder: Path) -> Iterator[Path]:
    """Article files below `folder`, recursively, sorted, hidden files and folders skipped."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            if name.lower().endswith(TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + JSON_SUFFIXES):
                yield Path(root) / name


def read_inputs(paths: Iterable[str | InputError], overrides: Overrides = Overrides(),
                stdin: io.BufferedIOBase | None = None, known_url: Callable[[str], bool] | None = None,
                timeout: float = 20.0) -> Iterator[ReadResult]:
    """Every article named by `paths` (files, folders, http(s) URLs, "-" for stdin), in order.

    `known_url` tells which URLs are already imported, so they are not fetched again. An
    InputError among `paths` (a bad line of a URL list) is passed through in its place.
    """
    for raw in paths:
        if isinstance(raw, InputError):
            yield raw
            continue
        if is_url(raw):
            if known_url is not None and known_url(raw):
                yield AlreadyImported(raw)
            else:
                yield from _apply(read_url(raw, timeout), overrides)
            continue
        if raw == "-":
            yield from _apply(_read_stdin(stdin or sys.stdin.buffer), overrides)
            continue
        path = Path(raw)
        if path.is_dir():
            files = list(iter_folder(path))
            if not files:
                yield InputError(raw, "folder holds no article files (.txt, .md, .html, .json, .jsonl, .ndjson, .jsonl.gz)")
            for file in files:
                yield from _apply(read_file(file), overrides)
        elif path.exists():
            yield from _apply(read_file(path), overrides)
        else:
            yield InputError(raw, "no such file or folder")


def read_url(url: str, timeout: float = 20.0) -> Iterator[ReadResult]:
    """The article at a URL: fetched with bounded retries, read as HTML or plain text."""
    from events_cli.fetch import fetch_url

    try:
        page = fetch_url(url, timeout=timeout)
    except InputError as exc:
        yield exc
        return
    is_html = (page.content_type or "").endswith(("html", "xml")) or _looks_like_html(page.data)
    yield from _read_bytes(page.data, url, jsonl=False, html=is_html, url=page.url, charset=page.charset)


def _looks_like_html(data: bytes) -> bool:
    from events_cli.html import looks_like_html

    return looks_like_html(data)


def count_articles(paths: Iterable[str | InputError]) -> int | None:
    """How many articles `paths` hold, by counting files and JSON Lines lines without parsing
    them; None when that cannot be known up front (stdin). For a progress bar."""
    total = 0
    for raw in paths:
        if isinstance(raw, InputError) or is_url(raw):
            total += 1
            continue
        if raw == "-":
            return None
        path = Path(raw)
        files = iter_folder(path) if path.is_dir() else [path]
        for file in files:
            name = str(file).lower()
            if not is_jsonl(name):
                total += 1
                continue
            try:
                with (gzip.open(file, "rb") if name.endswith(".gz") else open(file, "rb")) as f:
                    total += sum(1 for line in f if line.strip())
            except (OSError, EOFError):
                total += 1
    return total


def _apply(results: Iterable[ReadResult], overrides: Overrides) -> Iterator[ReadResult]:
    for result in results:
        yield overrides.apply(result) if isinstance(result, Article) else result


def read_file(path: Path) -> Iterator[ReadResult]:
    origin = str(path)
    try:
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):  # a FIFO or a device would be read forever
            kind = "a FIFO" if stat.S_ISFIFO(mode) else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else \
                "a socket" if stat.S_ISSOCK(mode) else "not a file"
            yield InputError(origin, f"not a regular file ({kind}): not read; give files, folders, URLs or - for stdin")
            return
        if origin.lower().endswith(".gz"):
            with gzip.open(path, "rb") as f:
                yield from _read_jsonl_stream(f, origin)
            return
        if is_jsonl(origin):
            with open(path, "rb") as f:
                yield from _read_jsonl_stream(f, origin)
            return
        if origin.lower().endswith(JSON_SUFFIXES):
            yield from _read_json_document(path.read_bytes(), origin)
            return
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            yield InputError(origin, f"file is {_size(size)}, over the {_size(MAX_FILE_BYTES)} limit for one input")
            return
        data = path.read_bytes()
    except (OSError, EOFError) as exc:  # unreadable, or a truncated gzip stream
        yield InputError(origin, f"cannot read: {getattr(exc, 'strerror', None) or exc}")
        return
    html = origin.lower().endswith(HTML_SUFFIXES) or _looks_like_html(data)
    yield from _read_bytes(data, origin, jsonl=False, html=html)


_BLANK = b"\xef\xbb\xbf \t\r\n"  # what may stand before the first record of JSON Lines (a BOM, white space)


def _read_stdin(stream) -> Iterator[ReadResult]:
    """JSON Lines (the first line that is not blank opens a JSON object) are read a line at a
    time as they come down the pipe, so memory does not grow with the input; a JSON array
    of records is read as a .json file is; anything else is one article (text or HTML), read
    whole."""
    head = []
    for line in stream:
        head.append(line)
        if line.strip(_BLANK):
            break
    if _looks_like_jsonl(b"".join(head)):
        yield from _read_jsonl_stream(chain(head, stream), "<stdin>")
        return
    data = b"".join(head) + stream.read()
    if data.lstrip(_BLANK)[:1] == b"[":  # a JSON array of records, when it parses ("[FOTO] ..." is text)
        document = _loads(data, "<stdin>", "file")
        if not isinstance(document, InputError):
            yield from _read_json_document(data, "<stdin>", document)
            return
    yield from _read_bytes(data, "<stdin>", jsonl=False, html=_looks_like_html(data))


def _looks_like_jsonl(data: bytes) -> bool:
    return data.lstrip(_BLANK)[:1] == b"{"


def _read_bytes(data: bytes, origin: str, jsonl: bool, html: bool = False, url: str | None = None,
                charset: str | None = None) -> Iterator[ReadResult]:
    if jsonl:
        yield from _read_jsonl_stream(io.BytesIO(data), origin)
        return
    if html:
        from events_cli.html import read_html

        try:
            article, links = read_html(data, origin, url=url, charset=charset)
        except InputError as exc:
            yield exc
            return
        article = replace(article, text=clean_text(article.text), url=article.url or url, related=tuple(links))
        yield _checked(article, origin)
        return
    try:
        text = decode_text(data)
    except ValueError as exc:
        yield InputError(origin, str(exc))
        return
    if not text.strip():
        yield InputError(origin, "file is empty")
        return
    title, body = split_title(text, markdown=origin.lower().endswith(".md"))
    yield _checked(Article(text=body, origin=origin, title=title), origin)


def _size(n: int) -> str:
    return f"{n:,} bytes" if n < 1_000_000 else f"{n / 1e6:.1f} MB"


def _checked(article: Article, where: str) -> ReadResult:
    """The article, its title and links' titles with their mojibake repaired (its text is, by
    :func:`clean_text`), or an error when its text is too long to be one."""
    if len(article.text) > MAX_ARTICLE_CHARS:
        return InputError(where, f"text is {len(article.text):,} characters, too long for one article "
                                 f"(limit {MAX_ARTICLE_CHARS:,}); split it into articles first")
    title = _DROPPED.sub("", repair_mojibake(article.title)) if article.title else article.title
    related = tuple(replace(link, title=_DROPPED.sub("", repair_mojibake(link.title))) for link in article.related)
    if title is article.title and related == article.related:
        return article
    return replace(article, title=title, related=related)


# A character that may open mojibake: UTF-8 read as Windows-1252 or latin-1 ("â€™", "Ã©",
# "Â "), or as Mac Roman ("‚Äô", "√©", "¬†", "ÿß"). Curly quotes and dashes, which Mac Roman
# also makes of lead bytes (of Cyrillic and Hebrew), are left out: they are common in clean text.
_MOJIBAKE_LEAD = re.compile("[\u00a2-\u00ff\u0152\u0153\u0178\u0192\u2020\u2021\u201a\u201e\u2030"
                            "\u2039\u203a\u2044\u20ac\u2206\u221a\u2248\u25ca\ufb01\ufb02]")
_FROM_LEAD = re.compile(_MOJIBAKE_LEAD.pattern + "[^ \\t\\n]*")  # to the end of its word


def repair_mojibake(text: str) -> str:
    """Text that was once UTF-8 read in a single-byte encoding ("‚ÄúKami", "Kecamatan¬†",
    "JosÃ©") read back as UTF-8, by ftfy; clean text comes back as it is (the same object).

    Scraped news often carries it: 35% of the articles of the 19k benchmark corpus. Only the
    words that hold a character that may open mojibake go to ftfy, all of them together, as
    lines of one text (so that it judges them as a whole, as it would the article), and each
    comes back to its place: ftfy over the whole article gives the same text at 3-4 times the
    cost. The words come back as many as they went (ftfy's repairs never make a line break
    out of other characters); if not, the whole text is repaired instead.
    """
    if not _MOJIBAKE_LEAD.search(text):
        return text
    import ftfy  # only for text that may need it: importing it costs ~60 ms

    spans = []
    for m in _FROM_LEAD.finditer(text):
        lead, end = m.span()
        back = max(0, lead - 64)  # a word's start: no further back than that
        spans.append((max(text.rfind(" ", back, lead), text.rfind("\t", back, lead), text.rfind("\n", back, lead),
                          back - 1) + 1, end))
    words = [text[a:b] for a, b in spans]
    fixed = ftfy.fix_encoding("\n".join(words)).split("\n")
    if fixed == words:
        return text
    if len(fixed) != len(words):
        return ftfy.fix_encoding(text)
    pieces, done = [], 0
    for (start, end), word in zip(spans, fixed):
        pieces += (text[done:start], word)
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
_VALID_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def decode_text(data: bytes) -> str:
    """Text from bytes in any common encoding; line ends made \\n.

    UTF-8 (with or without BOM), UTF-16/32 with a BOM or by their NUL pattern, and
    single-byte encodings such as cp1252 or latin-1 (detected by charset-normalizer).
    ValueError for binary data, and for UTF-8 with broken bytes in it (decoding that as
    another encoding would garble the valid part).
    """
    text = _decode(data)
    if text and len(_CONTROL.findall(text[:20000])) > len(text[:20000]) * 0.1:
        raise ValueError("not a text file (binary content)")
    return clean_text(text)


# C0 and C1 control characters but tab and newline: never part of an article, and unsafe to
# print back to a terminal.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# ... and the invisible characters that split a word for no reader ("Habibie\u200e", "pe\u00adnyidik":
# soft hyphen, zero-width space, direction marks, word joiner, a BOM inside the text), with their
# Mac Roman mojibake ("Habibie‚Äé"), which ftfy leaves when nothing else in the text is mojibake.
_DROPPED = re.compile(_CONTROL.pattern[:-1] + "\u00ad\u200b\u200e\u200f\u2060\ufeff]"
                      "|\u201a\u00c4[\u00e3\u00e9\u00e8]|\u201a\u00c5\u2020|\u00d4\u00aa\u00f8")


def clean_text(text: str) -> str:
    """Line ends made \\n, mojibake repaired (:func:`repair_mojibake`), control and invisible
    characters dropped (after the repair: latin-1 mojibake holds C1 controls, "â\\x80\\x99" for "’")."""
    return _DROPPED.sub("", repair_mojibake(text.replace("\r\n", "\n").replace("\r", "\n")))


_MAGIC = ((b"%PDF", "a PDF document"), (b"PK\x03\x04", "a ZIP archive or office document"),
          (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
          (b"\x1f\x8b", "gzip-compressed; name it .jsonl.gz if it holds JSON Lines"),
          (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"), (b"\x7fELF", "a program"))


def _decode(data: bytes) -> str:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ValueError(f"not a text file ({what})")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).lstrip("\ufeff")
            except UnicodeDecodeError:
                raise ValueError(f"not valid {encoding.upper()} despite its byte-order mark") from None
    sample = data[:8192]
    if b"\x00" in sample:
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if max(even, odd) > len(sample) * 0.3 and min(even, odd) < len(sample) * 0.05:
            encoding = "utf-16-le" if odd > even else "utf-16-be"
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                pass
        if sample.count(0) > max(2, len(sample) * 0.01):
            raise ValueError("not a text file (binary content)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if _VALID_UTF8_MULTIBYTE.search(data):
            raise ValueError(f"not valid UTF-8 (byte {exc.start}); fix or convert the file to UTF-8") from None
    # Legacy Indonesian and English text is nearly always Windows-1252 (a superset of latin-1),
    # with a few accented letters among ASCII words: read it so. Text whose letters are mostly
    # outside ASCII is some other script's code page: charset-normalizer tells which.
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None:
        letters = [ch for ch in western if ch.isalpha()]
        if letters and sum(ord(ch) > 127 for ch in letters) <= 0.3 * len(letters):
            return western
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        if western is not None:
            return western
        raise ValueError("not text in any encoding this tool recognises; convert it to UTF-8")
    return str(best)


def split_title(text: str, markdown: bool = False) -> tuple[str | None, str]:
    """A leading "# Title" (Markdown), or a short line followed by a blank line, is the title
    (:func:`_split_title`), without the page number a site adds to it ("... – Halaman all")."""
    title, rest = _split_title(text, markdown)
    if title is not None and ("alaman" in title or "age" in title):
        title = _PAGE_SUFFIX.sub("", title) or title
    return title, rest


# "Judul Berita – Halaman all", "Judul – Halaman 2", "Headline – Page 3"
_PAGE_SUFFIX = re.compile(r"\s*[-–—|]\s*(?:[Hh]alaman\s+(?:all|semua|\d+)|[Pp]age\s+\d+)\s*$")


def _split_title(text: str, markdown: bool = False) -> tuple[str | None, str]:
    """A leading "# Title" (Markdown), or a short line followed by a blank line, is the title.

    The page's furniture above the headline is passed over ("Baca berita tanpa iklan", a menu,
    a publication stamp, a credit): a title is the article's headline, never a banner. That
    furniture stays in the text, where the extractors blank it.
    """
    stripped = text.lstrip("\n")
    first, sep, rest = stripped.partition("\n")
    line = first.strip()
    if markdown and line.startswith("#"):
        return line.lstrip("#").strip() or None, rest
    from events_cli.extract.dateline import is_page_furniture

    repeated = _repeated_headline(text)
    if repeated is not None:
        return repeated
    start = len(text) - len(stripped)
    banners: list[tuple[int, int]] = []  # short lines between furniture lines: a banner's slogan
    for _ in range(_MAX_FURNITURE_ABOVE_TITLE + 1):
        end = text.find("\n", start)
        if end == -1:
            return None, text
        line = text[start:end].strip()
        after = text[end + 1:]
        if not line or not (is_page_furniture(line) or _PHOTO_SOURCE_LINE.search(line) or _masthead(line)):
            following = after.lstrip("\n").partition("\n")[0].strip()
            if not (start > len(text) - len(stripped) and _banner(line) and following
                    and is_page_furniture(following)):
                break
            banners.append((start, end + 1))  # ("Breaking News", "Banyumas Bangkit", "Selamat Datang di ...")
        start = end + 1 + len(after) - len(after.lstrip("\n"))
    else:
        return None, text
    if banners:  # (the slogans go with the banners, blanked: no place or actor of the article)
        blanked = text
        for a, b in banners:
            blanked = blanked[:a] + " " * (b - 1 - a) + blanked[b - 1:]
        title, rest = _after_furniture(blanked, start, end, line, after, stripped)
        return (title, rest) if title is not None else (None, text)
    return _after_furniture(text, start, end, line, after, stripped)


def _banner(line: str) -> bool:
    return len(line) <= 30 and len(line.split()) <= 2 and line[-1] not in ".!?\"'”:,"


def _after_furniture(text: str, start: int, end: int, line: str, after: str, stripped: str) -> tuple[str | None, str]:
    """The title at `line` (text[start:end]), past the furniture above it, and the text without it."""
    if after[:1] == "\n" or (after.lstrip(" \t")[:1] == "\n"):
        if 0 < len(line) <= 200 and line[-1] not in ".\"'”":  # (a headline may end "!" or "?")
            if start == len(text) - len(stripped):
                return line, text[end + 1:]
            if len(line.split()) >= 3:  # (after a menu: a headline, not the menu's last item)
                return line, text[:start] + text[end + 1:]
    elif _headline_over_lede(line, after):  # a page copied line by line, with no blank lines
        return line, text[:start] + text[end + 1:]
    return None, text


_MAX_FURNITURE_ABOVE_TITLE = 8


def _masthead(line: str) -> bool:
    """Whether a line only names the outlet, with at most a section's name: "Detik.com News"."""
    from events_cli.extract.dateline import is_known_outlet
    from events_cli.extract.text import MENU_WORDS

    words = [w for w in line.split() if w.casefold() not in MENU_WORDS]
    return 0 < len(words) <= 3 and is_known_outlet(" ".join(words))


# a photo's caption above the headline, closed by where the photo came from: "Jokowi/Net"
_PHOTO_SOURCE_LINE = re.compile(r"^[^\n]{1,80}/[ \t]*(?:Net|NET|Ist|Istimewa|ISTIMEWA|Dok|Repro|Internet)\.?$")
_CLOSING = ".!?\"'”:;,-–—"
# A dateline's head, opening a line: "JAKARTA -", "JAKARTA, KOMPAS.com -", "BANDUNG--Aksi"
_DATELINE_OPENING = re.compile(r"[A-Z][A-Z.]+(?:[ \t]+[A-Z][A-Z.]+)*(?:[ \t]*,[ \t]*[^\n]{1,40}?)?[ \t]*(?:[-–—]|\()")


def _headline_like(line: str) -> bool:
    return (3 <= len(line.split()) and len(line) <= 200 and line[-1] not in _CLOSING and ". " not in line
            and not _DATELINE_OPENING.match(line))


def _headline_over_lede(line: str, after: str) -> bool:
    """Whether `line`, with `after` on the next lines and no blank line between, is a headline:
    a short line with no closing stop over a paragraph of prose, a dateline or the page's
    furniture ("A A A", a stamp)."""
    from events_cli.extract.dateline import parse_publication_stamp

    if not line or not _headline_like(line):
        return False
    following = after.split("\n", 1)[0].strip()
    # (prose, or a standfirst, "Kabid Humas Polda Riau menuturkan, ...": a line longer than the headline)
    return (len(following) >= max(100, len(line)) or (len(following) > 80 and following[-1] in ".!?\"”")
            or _DATELINE_OPENING.match(following) is not None
            or len(following) == 1 or parse_publication_stamp(following) is not None
            or following.endswith("--"))  # (Disway's caption under the headline: "Bupati meninjau jembatan--")


_HEADLINE_LINES = 20  # non-blank lines


def _repeated_headline(text: str) -> tuple[str, str] | None:
    """A headline the page writes twice among its first lines (above and below a byline, as the
    page's title and again as its heading): (the headline, the text without either copy)."""
    seen: dict[str, int] = {}
    offset = 0
    lines = 0
    while lines < _HEADLINE_LINES:
        end = text.find("\n", offset)
        line = text[offset:end if end != -1 else len(text)].strip()
        lines += bool(line)
        if len(line) > 200 or (len(line) > 100 and line[-1] in ".!?\"”"):  # (prose: the article has begun)
            return None
        if line and _headline_like(line):
            if line in seen:
                first = seen[line]
                first_end = text.find("\n", first)
                rest = text[:first] + text[first_end + 1:offset] + (text[end + 1:] if end != -1 else "")
                return line, rest
            seen[line] = offset
        if end == -1:
            return None
        offset = end + 1
    return None


def _read_jsonl_stream(stream, origin: str) -> Iterator[ReadResult]:
    count = 0
    try:
        for lineno, raw in enumerate(stream, 1):
            if not raw.strip():
                continue
            where = f"{origin}:{lineno}"
            record = _loads(raw, where, "line")
            if isinstance(record, InputError):
                yield record
                continue
            count += 1
            yield from record_to_article(record, origin, where)
    except (OSError, EOFError) as exc:  # e.g. a gzip file cut short: the lines before it are kept
        yield InputError(origin, f"cannot read past line {count}: {exc}")
        return
    if count == 0:
        yield InputError(origin, "holds no JSON records")


def _loads(raw: bytes | str, where: str, unit: str):
    """The JSON value of a line ("line") or a whole document ("file"), or the InputError saying why not."""
    try:
        return json.loads(raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw)
    except UnicodeDecodeError:
        return InputError(where, f"{unit} is not valid UTF-8")
    except json.JSONDecodeError as exc:
        # (some messages end in "at": "Invalid control character at")
        at = f"column {exc.colno}" if unit == "line" else f"line {exc.lineno}, column {exc.colno}"
        return InputError(where, f"bad JSON ({exc.msg.removesuffix(' at')} at {at})")


def _read_json_document(data: bytes, origin: str, document=None) -> Iterator[ReadResult]:
    """A .json file: an array of records, one record (an object with a "text"), or an object
    holding its records in a list ({"articles": [...]}) or by key ({"a1": {...}, ...}); each
    record read as a JSON Lines record is, and reported as FILE:[N] or FILE:KEY. `document`:
    `data` already parsed, when the caller had to (stdin)."""
    if len(data) > MAX_FILE_BYTES:
        yield InputError(origin, f"file is {_size(len(data))}, over the {_size(MAX_FILE_BYTES)} limit for one input; "
                                 "write it as JSON Lines (.jsonl), which is read a record at a time")
        return
    if document is None:
        document = _loads(data, origin, "file")
    if isinstance(document, InputError):
        yield document
        return
    if isinstance(document, dict) and _field(document, "text") is None:
        lists = [v for v in document.values() if isinstance(v, list)]
        if len(lists) == 1:
            document = lists[0]
        elif document and all(isinstance(v, dict) for v in document.values()):
            for key, record in document.items():
                yield from record_to_article(record, origin, f"{origin}:{key}")
            return
    if isinstance(document, dict):
        yield from record_to_article(document, origin, origin)
    elif isinstance(document, list):
        if not document:
            yield InputError(origin, "holds no JSON records (an empty array)")
        for i, record in enumerate(document):
            yield from record_to_article(record, origin, f"{origin}:[{i}]")
    else:
        yield InputError(origin, "a .json file must hold an array of records or an object, "
                                 f"not {_JSON_KINDS.get(type(document), type(document).__name__)}")


def _field(record: dict, name: str):
    for key in _ALIASES[name]:
        value = record.get(key)
        if value not in (None, ""):
            return value
    return None


def record_to_article(record, origin: str, where: str) -> Iterator[ReadResult]:
    """One JSON record as an Article (`text` required, the rest optional), preceded by an
    InputNotice when a value it gives could not be read (the article is imported without it)."""
    if not isinstance(record, dict):
        yield InputError(where, "a JSON record must be an object with a \"text\" field")
        return
    text = _field(record, "text")
    if text is not None and not isinstance(text, str):
        yield InputError(where, f"\"text\" must be a string, not {_JSON_KINDS.get(type(text), type(text).__name__)}")
        return
    if text is None or not text.strip():
        given = any(isinstance(record.get(key), str) for key in _ALIASES["text"])
        yield InputError(where, "empty text" if given else "record has no \"text\"")
        return
    published = _field(record, "published")
    date = parse_published(published) if published is not None else None
    if published is not None and date is None:
        yield InputNotice(where, f"cannot read \"published\" {json.dumps(published, ensure_ascii=False)[:60]}: "
                                 "imported without a publication date")
    ext_id = _field(record, "id")
    # the outlet, canonical ("Kompas.com", "kompas.com", a kompas.com URL: "KOMPAS.com")
    url = _str_or_none(_field(record, "url"))
    source = article_source(_str_or_none(_field(record, "source")), url, None)
    yield _checked(Article(
        text=clean_text(text),
        origin=origin,
        external_id=None if ext_id is None else str(ext_id),
        url=url,
        title=_str_or_none(_field(record, "title")),
        source=source,
        published=date,
        language=_str_or_none(_field(record, "language")),
        published_time=parse_published_time(published) if date is not None else None,
    ), where)


_JSON_KINDS = {bool: "true or false", int: "a number", float: "a number", list: "an array", dict: "an object"}


def _str_or_none(value) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


# "2019-09-10T13:30", "2019-09-10 13:30:05+07:00", "Rabu 02 Nov 2022 21:13 WIB": a clock time
_CLOCK = re.compile(r"(?:^\d{4}-\d{2}-\d{2}[T ]|(?<![\d:+-]))(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d:])")


def parse_published_time(value) -> dt.time | None:
    """The clock time of a publication stamp whose day parse_published reads, as written (the
    outlet's own time; a Unix time's in UTC, as parse_published reads its day); None when the
    stamp gives a day only, or more than one time."""
    if isinstance(value, bool) or parse_published(value) is None:
        return None
    if isinstance(value, (int, float)):
        if isinstance(value, int) and 1900_01_01 <= value <= 2100_12_31:
            try:
                dt.date(value // 10000, value // 100 % 100, value % 100)
                return None  # a date written as a number
            except ValueError:
                pass
        return dt.datetime.fromtimestamp(value / 1000 if abs(value) >= 1e11 else value,
                                         dt.timezone.utc).time().replace(microsecond=0)
    found = _CLOCK.findall(str(value).strip())
    if len(found) != 1:
        return None
    hour, minute, second = (int(x or 0) for x in found[0])
    return dt.time(hour, minute, second) if hour < 24 and minute < 60 and second < 60 else None


def parse_published(value) -> dt.date | None:
    """A publication stamp as given in metadata; None when it cannot be read (never invented)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        if isinstance(value, int) and 1900_01_01 <= value <= 2100_12_31:  # 20190910: a date as a number
            try:
                return dt.date(value // 10000, value // 100 % 100, value % 100)
            except ValueError:
                pass
        # a Unix time: in seconds, or in milliseconds (JavaScript's) from 1e11 on (year 5138 in seconds)
        try:
            return dt.datetime.fromtimestamp(value / 1000 if abs(value) >= 1e11 else value, dt.timezone.utc).date()
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    from events_cli.extract.dates import extract_dates

    # Only a date written out in full: "kemarin" in metadata would be read against today.
    written = [m for m in extract_dates(text) if m.precision == "day" and not m.inferred]
    return written[0].value if written else None
