"""Saved or fetched HTML pages: decode them, extract the article and its "BACA JUGA" links.

trafilatura finds the main text and the metadata (title, canonical URL, site name,
publication date). It drops inline related-article links as boilerplate, so those are
read here from the raw page, skipping page furniture (menus, sidebars, "Terpopuler" lists).

trafilatura costs ~300 ms to import, so it is imported only when a page is read.
"""
from __future__ import annotations

import codecs
import datetime as dt
import re
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

from events_cli import isodate
from events_cli.errors import InputError
from events_cli.extract.dateline import article_source
from events_cli.extract.related import strip_bare_cues
from events_cli.models import Article, RelatedLink
from events_cli.readers import parse_published_time

# How far into a file the markers of an HTML page are looked for.
_SNIFF_BYTES = 2048
_HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body")
_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">
_META_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE)
# Browsers read these labels as windows-1252, which is a superset of them.
_WINDOWS_1252_ALIASES = {"latin_1", "iso8859-1", "ascii", "cp819"}
# NUL and other C0 controls that HTML never needs and lxml chokes on.
_CONTROL_CHARS = dict.fromkeys([*range(0, 9), 11, 12, *range(14, 32)])
_HAS_TAG = re.compile(r"<[A-Za-z!/?]")

# Words that announce a link to another article, at the start of an element's text.
_CUE = re.compile(
    r"^[\(\[]?\s*(?:baca\s*juga|baca\s+selengkapnya|lihat\s+juga|simak\s+juga|read\s+also|also\s+read"
    r"|[اإ]قرأ\s+أيضا[ًٌ]?|baca(?=\s*[:：]))\s*[:：\-–—|>»]*\s*",
    re.IGNORECASE,
)
_CUE_BEFORE = re.compile(
    r"(?:^|[\s\(\[])(?:baca\s*juga|baca\s+selengkapnya|lihat\s+juga|simak\s+juga|read\s+also|also\s+read"
    r"|[اإ]قرأ\s+أيضا[ًٌ]?)\s*[:：\-–—|>»]*\s*[\"“]?$|(?:^|[\(\[])\s*baca\s*[:：]\s*[\"“]?$",
    re.IGNORECASE,
)
_CUE_ALONE = re.compile(_CUE.pattern + r"[\)\]]?$", re.IGNORECASE)
# Class or id of an inline related-links block in the article body.
_BLOCK_ATTR = re.compile(r"baca[-_]?juga|read[-_]?also|related[-_]?article|artikel[-_]?terkait", re.IGNORECASE)
# Class or id of page furniture, whose links are never the article's own.
_FURNITURE_ATTR = re.compile(
    r"nav|menu|footer|sidebar|popular|populer|trending|terkini|rekomendasi|breadcrumb", re.IGNORECASE
)
_WIDGET_ATTR = re.compile(r"widget", re.IGNORECASE)
# A class or id that marks the article itself, as in "elementor-widget-theme-post-content".
_CONTENT_ATTR = re.compile(r"content|article|entry|post[-_]?body|detail|story|read__", re.IGNORECASE)
_FURNITURE_TAGS = frozenset({"nav", "footer", "aside"})
# Headings of lists of other articles that every page of the site carries.
_FURNITURE_HEADING = re.compile(
    r"^(?:berita\s+terkait|berita\s+lainnya|berita\s+terkini|berita\s+populer|terpopuler|terkini|terbaru"
    r"|rekomendasi(?:\s+untuk\s+anda)?|populer|most\s+popular|trending|related\s+news|more\s+stories)\s*:?$",
    re.IGNORECASE,
)
# Elements dropped before anything reads the tree (JSON-LD scripts are kept).
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas")
MAX_ELEMENTS = 12_000
# libxml2 parses HTML this many elements deep and leaves out what lies deeper (no real
# article page comes near it).
MAX_DEPTH = 256
_DEPTH_ERROR = "Excessive depth in document"
# Less text than this is a menu, a "Loading..." or a login wall, not an article.
MIN_TEXT_CHARS = 25
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg"})
_QUOTES = "\"'“”‘’«»()[] "


def looks_like_html(data: bytes) -> bool:
    """Whether `data` starts like an HTML page: a doctype, <html>, <head> or <body> near the start."""
    head = data[:_SNIFF_BYTES]
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            head = head[len(bom):].decode(encoding, errors="ignore").encode("ascii", errors="ignore")
            break
    head = head.lstrip().lower()
    if not head.startswith(b"<"):
        return False
    return any(marker in head for marker in _HTML_MARKERS)


def read_html(data: bytes, origin: str, url: str | None = None,
              charset: str | None = None) -> tuple[Article, list[RelatedLink]]:
    """The article in an HTML page and the related-article links it makes.

    `charset` is the one the HTTP headers gave, if any. Raises :class:`InputError`
    for a page that cannot be decoded, parsed or has no article text.
    """
    markup = decode_html(data, origin, charset)
    if not _HAS_TAG.search(markup[:_SNIFF_BYTES * 8]):
        raise InputError(origin, "not an HTML page")
    tree, too_deep = _parse(markup, origin)
    _slim(tree, origin)
    page = _PageMeta.from_tree(tree)
    base = url or page.canonical
    base_el = tree.find(".//base[@href]")
    if base_el is not None:
        base = _absolute_http(base_el.get("href"), base) or base
    blocks: list = []
    links = extract_html_related_links(tree, base, blocks)
    for block in blocks:
        # Its links are kept above; left in, its bare "Baca Juga" heading would read as a link line.
        block.drop_tree()
    document = _trafilatura_extract(tree, origin, url)
    text = (document.text or "").strip() if document is not None else ""
    title = (_clean(document.title) if document is not None else None) or page.title
    text = strip_bare_cues(_without_title_line(text, title))
    if len(text) < MIN_TEXT_CHARS:
        if too_deep:
            raise InputError(origin, f"no article text found in the page: its elements nest deeper than "
                                     f"{MAX_DEPTH} levels, past which the HTML parser reads nothing")
        raise InputError(origin, "no article text found in the page")
    if _is_link_list(text, title):
        raise InputError(origin, "the page is a list of links (a directory listing or an index page), not an article")
    final_url = page.canonical or document.url or url
    published = _parse_date(document.date)
    article = Article(
        text=text,
        origin=origin,
        url=final_url,
        title=title,
        # the outlet, canonical: the one its host belongs to, its site name, or the host itself
        source=article_source(page.site_name or _clean(document.sitename), final_url, None),
        published=published,
        language=page.language or _language_code(document.language),
        # the clock time of the page's own stamp, when it is of the day read
        published_time=(parse_published_time(page.published_stamp)
                        if published is not None and page.published_stamp
                        and _parse_date(page.published_stamp) == published else None),
    )
    return article, links


_LISTING_TITLE = re.compile(r"^(index of /|directory listing for /)", re.IGNORECASE)
# A line of prose: a sentence of 8 words or more (headlines, link texts and file names are not
# sentences: no full stop ends them), or a long run of text. A list of links has none.
_PROSE_WORDS, _PROSE_CHARS = 8, 200
_LIST_LINES = 5  # fewer lines are a short page, not a list
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*(\s|$)")


def _is_link_list(text: str, title: str | None) -> bool:
    """A server's directory listing, or a page of headlines and links with no paragraph of its own."""
    if title and _LISTING_TITLE.match(title.strip()):
        return True
    lines = text.splitlines()
    return len(lines) >= _LIST_LINES and not any(
        len(line) >= _PROSE_CHARS or (len(line.split()) >= _PROSE_WORDS and _SENTENCE_END.search(line)) for line in lines)


def _without_title_line(text: str, title: str | None) -> str:
    """The text without a first line that only repeats the headline."""
    first, _, rest = text.partition("\n")
    if title and rest.strip() and _title_key(first) == _title_key(title):
        return rest.strip()
    return text


def decode_html(data: bytes, origin: str, charset: str | None = None) -> str:
    """The page as text: the HTTP charset, else a BOM, else <meta charset>, else UTF-8, else a guess."""
    if not data.strip():
        raise InputError(origin, "the page is empty")
    text = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            # A byte order mark wins over any declared charset, as in browsers.
            text = _try_decode(data[len(bom):], encoding)
            break
    if text is None and charset is not None:
        text = _try_decode(data, charset)
    if text is None:
        declared = _META_CHARSET.search(data[: _SNIFF_BYTES * 2])
        if declared:
            label = declared.group(1).decode("ascii").lower()
            # A <meta> read as ASCII cannot truly say UTF-16; UTF-7 is refused as browsers do.
            if not label.startswith(("utf-16", "utf16", "utf-32", "utf32", "utf-7", "utf7")):
                text = _try_decode(data, label)
    if text is None:
        text = _try_decode(data, "utf-8")
    if text is None:
        text = _mostly_utf8(data)
    if text is None:
        text = _guess_decode(data)
    if text is None:
        raise InputError(origin, "not a text page: its bytes match no known character encoding")
    return text.translate(_CONTROL_CHARS)


def _try_decode(data: bytes, label: str) -> str | None:
    try:
        encoding = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    candidates = ("cp1252", encoding) if encoding in _WINDOWS_1252_ALIASES else (encoding,)
    for candidate in candidates:
        try:
            return data.decode(candidate)
        except UnicodeDecodeError:
            continue
    return None


def _mostly_utf8(data: bytes) -> str | None:
    """The page as UTF-8 with its few bad bytes replaced (U+FFFD), when it holds more well-formed
    multi-byte UTF-8 characters than bad bytes: one stray byte must not get a UTF-8 page read
    in some guessed encoding, every accented letter and curly quote turned to mojibake."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    return text if non_ascii - bad > bad else None


def _guess_decode(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return str(best) if best is not None else None


def _parse(markup: str, origin: str) -> tuple[object, bool]:
    """The page's element tree, and whether it nested deeper than MAX_DEPTH (what lies below
    that depth is left out of the tree)."""
    import lxml.html
    from lxml import etree

    # Parsed from UTF-8 bytes: lxml refuses a str that still carries an encoding declaration.
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True,
                                  collect_ids=False, default_doctype=False)
    try:
        tree = lxml.html.document_fromstring(markup.encode("utf-8", errors="replace"), parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as err:
        raise InputError(origin, f"the page cannot be parsed as HTML ({_one_line(err)})") from None
    if tree is None:
        raise InputError(origin, "the page cannot be parsed as HTML")
    return tree, any(_DEPTH_ERROR in entry.message for entry in parser.error_log)


def _trafilatura_extract(tree, origin: str, url: str | None):
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            # Only the page's own metadata and stamps: an extensive search would take a
            # date from any link on the page, such as a related article's /2019/01/05/ URL.
            date_extraction_params={
                "extensive_search": False,
                "original_date": True,
                "max_date": isodate.today().isoformat(),
            },
        )
    except (RecursionError, MemoryError):
        raise InputError(origin, "the page is too deeply nested or too large to read") from None
    except Exception as err:  # noqa: BLE001 - a bug inside trafilatura must not stop an import
        raise InputError(origin, f"trafilatura failed on the page ({type(err).__name__}: {_one_line(err)})") from None


def _slim(tree, origin: str) -> None:
    """Drop what no reader needs, and refuse a page too large to be one article.

    trafilatura spends ~0.3 ms per element, so a tree is capped at MAX_ELEMENTS: past it,
    furniture (menus, sidebars, footers, comments) goes first, then the page is refused.
    """
    for el in list(tree.iter(*_DROP_TAGS)):
        if el.tag == "script" and "ld+json" in (el.get("type") or "").lower():
            continue  # JSON-LD: the title, dates and publisher for trafilatura
        el.drop_tree()
    count = sum(1 for _ in tree.iter())
    if count <= MAX_ELEMENTS:
        return
    if count > 4 * MAX_ELEMENTS:
        raise InputError(origin, f"the page is too large to be one article ({count:,} HTML elements, "
                                 f"more than {MAX_ELEMENTS:,})")
    roots = [el for el in tree.iter() if _is_furniture_root(el)]
    for el in roots:
        if el.getparent() is not None:
            el.drop_tree()
    count = sum(1 for _ in tree.iter())
    if count > MAX_ELEMENTS:
        raise InputError(origin, f"the page is too large to be one article ({count:,} HTML elements, "
                                 f"more than {MAX_ELEMENTS:,})")


def _is_furniture_root(el) -> bool:
    if not isinstance(el.tag, str) or el.tag in ("html", "body"):
        return False
    if el.tag in _FURNITURE_TAGS:
        return True
    attrs = f"{el.get('class') or ''} {el.get('id') or ''}"
    return bool(attrs.strip()) and bool(_FURNITURE_ATTR.search(attrs) or re.search(r"comment", attrs, re.I)) \
        and not _CONTENT_ATTR.search(attrs)


class _PageMeta:
    """What the raw page says of itself: canonical URL, site name, language, title, and its
    publication stamp (OpenGraph's article:published_time, else JSON-LD's datePublished)."""

    __slots__ = ("canonical", "site_name", "language", "title", "published_stamp")

    def __init__(self, canonical, site_name, language, title, published_stamp=None):
        self.canonical: str | None = canonical
        self.site_name: str | None = site_name
        self.language: str | None = language
        self.title: str | None = title
        self.published_stamp: str | None = published_stamp

    @classmethod
    def from_tree(cls, tree) -> _PageMeta:
        metas: dict[str, str] = {}
        canonical = None
        for el in tree.iter("meta", "link"):
            if el.tag == "link":
                if canonical is None and "canonical" in (el.get("rel") or "").lower().split():
                    canonical = _absolute_http(el.get("href"), None)
                continue
            key = (el.get("property") or el.get("name") or el.get("http-equiv") or "").strip().lower()
            if key and key not in metas and el.get("content"):
                metas[key] = _clean(el.get("content")) or ""
        if canonical is None and metas.get("og:url"):
            canonical = _absolute_http(metas["og:url"], None)
        language = _language_code(tree.get("lang") or tree.get("xml:lang"))
        language = language or _language_code(metas.get("content-language")) or _language_code(metas.get("og:locale"))
        title_el = tree.find(".//title")
        title = _clean(title_el.text_content()) if title_el is not None else None
        stamp = metas.get("article:published_time") or None
        if stamp is None:
            for script in tree.iter("script"):
                found = _LD_PUBLISHED.search(script.text or "") if "ld+json" in (script.get("type") or "").lower() else None
                if found:
                    stamp = found[1]
                    break
        return cls(canonical, metas.get("og:site_name") or None, language, metas.get("og:title") or title, stamp)


_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]{10,40})"')


def extract_html_related_links(tree, base_url: str | None,
                               blocks: list | None = None) -> list[RelatedLink]:
    """The article's inline related-article links, in page order, furniture skipped, deduplicated.

    The related-links blocks found (`<div class="baca-juga">`) are appended to `blocks` if given.
    """
    links: list[RelatedLink] = []
    seen: set[str] = set()
    for anchor, in_block in _candidate_anchors(tree, blocks if blocks is not None else []):
        title = _link_title(anchor, in_block)
        if title is None:
            continue
        key = _title_key(title)
        if not key or key in seen:
            continue
        href = (anchor.get("href") or "").strip()
        target = _absolute_http(href, base_url)
        if base_url and target and target.rstrip("/") == base_url.rstrip("/"):
            continue  # a link back to the page itself
        seen.add(key)
        links.append(RelatedLink(title=title, url=target))
    return links


def _candidate_anchors(tree, blocks: list) -> Iterator[tuple[object, bool]]:
    """Every <a href> outside page furniture, with whether it sits in a related-links block.

    One walk over the tree keeps a stack of states, so the cost stays linear on large pages.
    """
    from lxml import etree

    stack: list[tuple[str, bool]] = []  # (normal | furniture | block, inside the article's container)
    for event, el in etree.iterwalk(tree, events=("start", "end")):
        if not isinstance(el.tag, str):
            continue
        if event == "end":
            stack.pop()
            continue
        state, in_content = stack[-1] if stack else ("normal", False)
        tag = el.tag.lower()
        attrs = f"{el.get('class') or ''} {el.get('id') or ''}".strip()
        if state == "furniture":
            pass
        elif tag in _SKIP_TAGS or tag in _FURNITURE_TAGS:
            state = "furniture"
        elif attrs and _BLOCK_ATTR.search(attrs):
            if _headed_as_furniture(el):
                state = "furniture"
            else:
                if state != "block":
                    blocks.append(el)
                state = "block"
        elif attrs and _FURNITURE_ATTR.search(attrs):
            state = "furniture"
        elif attrs and _WIDGET_ATTR.search(attrs) and not (in_content or _CONTENT_ATTR.search(attrs)):
            # Page builders wrap the article body in "widget" boxes too: only outside it is one furniture.
            state = "furniture"
        elif _headed_as_furniture(el):
            state = "furniture"
        if attrs and state != "furniture" and _CONTENT_ATTR.search(attrs):
            in_content = True
        stack.append((state, in_content))
        if tag == "a" and state != "furniture" and el.get("href"):
            yield el, state == "block"


def _headed_as_furniture(el) -> bool:
    """A list or box headed "Berita Terkait", "Terpopuler"...: by its first child or the heading just before it."""
    if el.tag not in ("div", "section", "ul", "ol", "table", "dl"):
        return False
    first = next((c for c in el if isinstance(c.tag, str) and c.tag not in _SKIP_TAGS), None)
    if first is not None and _is_furniture_heading(first):
        return True
    previous = el.getprevious()
    while previous is not None and not isinstance(previous.tag, str):
        previous = previous.getprevious()
    return previous is not None and _is_furniture_heading(previous)


def _is_furniture_heading(el) -> bool:
    if el.tag not in ("h1", "h2", "h3", "h4", "h5", "h6", "div", "span", "p", "strong", "b", "header"):
        return False
    text = _text_prefix(el, 60)
    return len(text) < 60 and bool(_FURNITURE_HEADING.match(text))


def _link_title(anchor, in_block: bool) -> str | None:
    """The related article's title if this <a> is a related link, else None."""
    anchor_text = _text_prefix(anchor, 400)
    if not anchor_text:
        anchor_text = _clean(anchor.get("title")) or ""
    own_cue = _CUE.match(anchor_text)
    if own_cue and anchor_text[own_cue.end():].strip():
        return _strip_title(anchor_text[own_cue.end():])
    if not anchor_text:
        return None
    if in_block:
        return _strip_title(anchor_text) if not _CUE_ALONE.match(anchor_text) else None
    # "... kata dia. (Baca: <a>Title</a>)": the cue written just before the link.
    if _CUE_BEFORE.search(_text_before(anchor)):
        return _strip_title(anchor_text)
    # "<p><strong>BACA JUGA: <a>Title</a></strong></p>": the cue opens the paragraph, up to three levels up.
    node = anchor
    for _ in range(3):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        prefix = _text_prefix(parent, 600)
        cue = _CUE.match(prefix)
        if cue and prefix[cue.end():].lstrip(_QUOTES).startswith(anchor_text[:200].lstrip(_QUOTES)):
            return _strip_title(anchor_text)
        node = parent
    # "<p>Baca Juga:</p><ul><li><a>Title</a></li></ul>": a bare cue just before the list.
    node = anchor
    for _ in range(3):
        previous = node.getprevious()
        while previous is not None and not isinstance(previous.tag, str):
            previous = previous.getprevious()
        if previous is not None and _CUE_ALONE.match(_text_prefix(previous, 40)):
            return _strip_title(anchor_text)
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            break
    return None


def _text_before(anchor) -> str:
    """The few words written just before `anchor` inside its parent."""
    previous = anchor.getprevious()
    if previous is None:
        parent = anchor.getparent()
        before = (parent.text or "") if parent is not None else ""
    else:
        before = _text_suffix(previous, 40) + " " + (previous.tail or "")
    return " ".join(before[-80:].split())


def _text_suffix(el, limit: int) -> str:
    if not isinstance(el.tag, str):
        return ""
    pieces = list(el.itertext()) if len(el) < 20 else [el.text or ""]
    return "".join(pieces)[-limit:]


def _text_prefix(el, limit: int) -> str:
    """The element's text, whitespace collapsed, read only as far as `limit` characters."""
    parts: list[str] = []
    size = 0
    for piece in el.itertext():
        parts.append(piece)
        size += len(piece)
        if size >= limit:
            break
    return " ".join("".join(parts).split())[:limit]


def _strip_title(title: str) -> str | None:
    title = title.strip().strip(_QUOTES).strip()
    return title if len(title) >= 3 else None


def _title_key(title: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", title.casefold()).split())


def _absolute_http(href: str | None, base: str | None) -> str | None:
    if not href:
        return None
    href = href.strip()
    try:
        absolute = urljoin(base, href) if base else href
        parts = urlsplit(absolute)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return absolute


def _language_code(value: str | None) -> str | None:
    """"id-ID", "id_ID", "en" -> "id", "en"."""
    if not value:
        return None
    code = re.split(r"[-_,;\s]", value.strip(), maxsplit=1)[0].lower()
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


def _parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None


def _one_line(err: BaseException) -> str:
    return " ".join(str(err).split())[:200] or type(err).__name__
