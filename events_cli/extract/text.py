"""Sentences and language: the small text utilities every extractor shares."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    "dr drs dra ir prof h hj kh st jl jln no tel tlp dll dsb dkk sdr bpk ny tn mr mrs ms jr sr "
    "vs etc inc ltd co corp gen lt col sgt capt kol letjen mayjen brigjen kompol akbp akp iptu "
    "ipda aiptu bripka brigadir u.s a.s s.h s.e m.m m.si s.pd s.kom mt ph.d "
    # an address's: "RT. 006/009", "Kab. Garut", "Kec. Cisauk", "Gg. Mawar"
    "rt rw kab kec kel ds gg kp prov".split()
)
# Abbreviated months, which end no sentence before a day's number: "on Jan. 9, 2023".
_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug agu agt ags sep sept oct okt nov dec des".split())
# A sentence ends at . ! ? before white space and a capital; also before commas, which never
# follow a full stop in prose but do where a scraper joined paragraphs with them ("... ayahnya.,Hal itu").
# (Not ". ,Wacana": the labelled sentences of the CLICK-ID articles hold such joints, told as one.)
# Group 1 holds what follows the first . ! or ?; it is None at a line break. (Every match starts
# with one character of a set, which lets `re` skip to the next candidate in C.)
_BOUNDARY = re.compile(
    r"[.!?\n](?:(?<=\n)\n*|(?<=[.!?])([.!?]*[\"'”’)\]]*)(?:\s+|,+\s*)(?=[\"'“‘(\[]?[A-Z0-9]))"
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of `text`; lines end a sentence, unless the text was
    wrapped at a fixed width and the line breaks inside one (:func:`_wrapped`)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group(1) is not None:
            token = _word_ending_at(text, start, match.start() + 1).rstrip(".").lower()
            if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue
            if token in _MONTH_ABBREVIATIONS and text[match.end(): match.end() + 1].isdigit():
                continue
            end = match.end(1)
        else:
            end = match.start()
            if match.end() - end == 1 and _wrapped(text, end):
                continue  # a line broken inside a sentence ("Hari ini, Sabtu\n(12/10/2013), dia ...")
        _add(text, start, end, spans)
        start = match.end()
    _add(text, start, len(text), spans)
    return spans


def _wrapped(text: str, newline: int) -> bool:
    """Whether the line break at `newline` falls inside a sentence: after a word or a comma and
    before a word in lower case or an opening bracket (text wrapped at a fixed width)."""
    before = text[newline - 1] if newline else ""
    after = text[newline + 1:newline + 2]
    return (before.isalnum() or before == ",") and (after.islower() or after == "(")


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
_ID_BYTES = frozenset(w.encode() for w in _ID_WORDS)  # as ascii_words gives them
_EN_BYTES = frozenset(w.encode() for w in _EN_WORDS)
_ONLY_A_TO_Z = bytes(i if 97 <= i <= 122 else 32 for i in range(256))  # every other byte a blank


_NON_SPACE = re.compile(r"\S+")
_LOWER_AFTER_SPACE = re.compile(r"\s[a-z]")
# Lower-case words that end a name the tagger ran on past it: function words and verbs.
_ENDS_A_NAME = frozenset("""
yang akan telah sudah juga itu ini setempat terkait melalui saat kata ujar lalu pun pada kepada
oleh sebagai dalam bahwa tersebut masih belum tidak bukan sedang cs dkk alias sendiri bersama
said says say told tells will would was were is are has have had later this that these those
during who which when while after before starts started could should can may to be been its their
his her he she it they we than then also not
naik turun tewas tiba datang pulang jatuh hilang menang kalah hadir kembali usai
""".split())
# Verbs: Indonesian by their prefixes ("dibungkam", "menggulung", "berhasil", "terpilih"),
# English by their endings ("officially opened", "kept cutting")
_VERB = re.compile(r"(?:di|me|mem|men|meng|meny|ber|ter)[a-z]{3,}|[a-z]{3,}(?:ly|ed|ing)")


def name_end(text: str, start: int, end: int) -> int:
    """Where a name tagged as ``text[start:end]`` ends: before the first word, past the
    first, that is a function word or a verb in lower case. A tagger runs names on into the
    words after them ("Los Blancos dibungkam ...", "Saudi Arabia later this year",
    "Kementerian Pertahanan setempat"); other lower-case words may belong to the name, as
    text is not always written with capitals ("Kementerian pertahanan Rusia"). A name that
    opens in lower case is left as it is."""
    if not text[start:start + 1].isupper() or not _LOWER_AFTER_SPACE.search(text, start, end):
        return end  # (most names hold no word in lower case: nothing to look at)
    last = start
    for m in _NON_SPACE.finditer(text, start, end):
        word = m.group()
        if m.start() > start and word.islower() and (word in _ENDS_A_NAME or _VERB.fullmatch(word)):
            break
        last = m.end()
    return last


def ascii_words(text: str) -> list[bytes]:
    """The runs of the letters a-z in ``text`` lower-cased, as bytes ("Baca juga:" -> [b"baca",
    b"juga"]): the UTF-8 encoding with every byte but a-z blanked, split at the blanks (a
    character beyond ASCII is encoded in bytes >= 128 only, so it separates words too)."""
    return text.lower().encode("utf-8", "surrogatepass").translate(_ONLY_A_TO_Z).split()


def line_start_matches(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """The matches ``pattern.finditer(text)`` gives, for a pattern that matches only at the
    start of a line ("^" in MULTILINE mode): it is tried there alone, not at every character."""
    found: list[re.Match[str]] = []
    done = 0  # the end of the last match
    start = 0
    while True:
        if start >= done:  # (a line start inside a match that ran over several lines is passed)
            match = pattern.match(text, start)
            if match is not None:
                found.append(match)
                done = match.end()
        start = text.find("\n", start) + 1
        if not start:
            return found


def guess_language(text: str) -> str | None:
    """"id" or "en" by counting common function words in the first few thousand characters."""
    words = ascii_words(text[:4000])
    ind = sum(map(_ID_BYTES.__contains__, words))
    eng = sum(map(_EN_BYTES.__contains__, words))
    if ind + eng < 2:
        return None
    return "id" if ind >= eng else "en"


# Credit lines: who wrote, edited or photographed the article, never its actors.
_CREDIT_LINE = re.compile(
    r"^[ \t]*(?:"
    r"(?i:penulis|editor|reporter|pewarta|kontributor|fotografer|redaktur|penyunting|penerjemah|sumber|"
    r"produser|producer|kamerawan|videografer|"
    r"writer|reporting|editing|source|foto|photo|video|copyright\s*©?)[ \t]*(?:by\b)?[ \t]*[:：©][ \t]*\S[^\n]{0,120}"
    r"|(?i:laporan\s+(?:wartawan|reporter|kontributor|jurnalis|oleh))\b[^\n]{0,100}"
    # "Laporan: NAME" (a label alone on its line is left to strip_furniture, which takes the names below it)
    r"|(?i:laporan)[ \t]*:[ \t]*[A-Z][\w.'’-]*(?:[ \t]*(?:,|&|/|\b(?:and|dan)\b)?[ \t]*[A-Z][\w.'’-]*){0,7}"
    # Bloomberg's closing lines: "To contact the reporter(s)/editors ... : Name", "--With assistance from Name."
    r"|(?i:to\s+contact\s+the\s+(?:reporters?|editors?|authors?|writers?)\b)[^\n]{0,200}"
    r"|[-–—]*[ \t]*(?i:with\s+(?:assistance|reporting)\s+(?:from|by))\s+[A-Z][^\n]{0,150}"
    # the Jakarta Post's print bylines: "Name, The Jakarta Post/Jakarta", "Name and Name, The Jakarta
    # Post, Bogor/Jakarta" (the reporters, the paper, where they filed from)
    r"|[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3}(?:[ \t]*(?:,|&|\band\b)[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3})*"
    r"[ \t]*,[ \t]*The[ \t]+[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,2}[ \t]*(?:/|,)[ \t]*[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*)?"
    r"(?:[ \t]*/[ \t]*[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*)?)*"
    # "Name, Nikkei staff writer", "Name, Indonesia Correspondent", "Name, The Jakarta Post"-like bylines
    r"|[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3}[ \t]*,[ \t]*(?:[\w.-]+[ \t]+){0,3}"
    r"(?i:staff\s+writer|(?:senior\s+|foreign\s+|chief\s+)?correspondent|staff\s+reporter|contributing\s+writer|"
    r"columnist|wartawan|jurnalis|kontributor)"
    # (Okezone: "Name , Jurnalis-Kamis, 20 Februari 2025 |08:41 WIB", the stamp after a dash)
    r"(?:[ \t]*[-–—|][ \t]*[^\n]{0,40}\d[^\n]{0,30})?"
    # an opinion piece's note on its author: "*) Penulis adalah dosen ...", "The writer is a researcher ..."
    r"|\*+\)[^\n]{0,300}|(?i:(?:penulis|the\s+writer|the\s+author)\s+(?:adalah|is|merupakan)\b)[^\n]{0,300}"
    r"|(?i:copyright|hak\s+cipta)[ \t]*©[^\n]{0,80}"
    r"|\(?(?i:(?:additional\s+)?reporting\s+by|writing\s+by|editing\s+by)\b[^\n]{0,200}"
    # "Rep: Name/ Red: Name" (Republika), "Red: Name"
    r"|(?i:rep|red)[ \t]*:[ \t]*[A-Z][^\n]{0,100}"
    # a wire's writer with no "By": "Ani Lestari Associated Press", "Ani Lestari, AFP" (AP copy on US papers)
    r"|[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3}(?:[ \t]*,[ \t]*|[ \t]+)(?:(?:The[ \t]+)?Associated[ \t]+Press|AP|AFP|Reuters)"
    # "Associated Press writers Ani Lestari in Jakarta contributed to this report."
    # "Associated Press writer Ani Lestari contributed."
    r"|[A-Z][^\n]{0,150}?\bcontributed\s+to\s+this\s+(?:report|story)\.?"
    r"|[A-Z][^\n]{0,60}?\b(?:writers?|reporters?|correspondents?|journalists?)\b[^\n]{1,150}?\bcontributed\.?"
    # "By Name", "By Name and Name, Reuters", "By Name | Reuters", "Oleh: Name",
    # "Oleh Name | Senin, 12 Februari 2024 | 10:15 WIB" (a byline and the stamp after a bar or a dash)
    # ("- By Name reporters@outlet.com": set off as a list's item, the desk's address after it)
    r"|(?:[-–—•][ \t]*)?(?:By|BY|Oleh|OLEH|oleh)[ \t]*:?[ \t]+[A-Z][\w.'’-]*(?:(?:[ \t]+|[ \t]*[,|][ \t]*)(?:[A-Z][\w.'’-]*|and|dan|&)){0,9}"
    r"(?:[ \t]+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?"
    r"(?:[ \t]*[|–—-][ \t]*[^\n]{0,40}\d[^\n]{0,40})?"
    r")[ \t]*$",
    re.MULTILINE,
)
# "(OL-8)", "(ant/pri)", "(bba/yum)", "(esy/jpnn)", "(fik)", "[Antara]" alone on the last lines;
# "... di Jakarta. TEMPO/Fikri Harsono", "ANTARA FOTO/Name" closing a photo caption.
# (tried line by line, each only on a line it may match: _blank_credit_tags)
_TAG_LINE = re.compile(
    r"^[ \t]*(?:[\(\[][ \t]*[A-Za-z]{2,12}(?:[-/][A-Za-z0-9]{1,12}){0,3}[ \t]*[\)\]])[ \t]*$",
    re.MULTILINE,
)
# A photo's credit in brackets closing a caption: "(Foto: Name/Outlet)", "(ANTARA FOTO/Name)",
# "(Antara Photo/Name)", "(IDN Times/Name)"; or after its last full stop: "... pasar. Foto: Name/Outlet",
# "... in 2016. Picture: AFP.".
# Only the credit inside the brackets, or after the colon, is blanked ("who"): the line still ends as
# a caption does, not as prose (parse_dateline passes over the lines that do not end as prose).
_BRACKETED_PHOTO_CREDIT = re.compile(
    r"(?:\((?P<who>[ \t]*(?i:foto|photo|dok(?:umentasi)?|ilustrasi|gambar|image|sumber|source)[ \t]*:[^()\n]{1,80}"
    r"|[ \t]*[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2}[ \t]*/[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}[ \t]*)\)"
    r"|(?<=[.!?\"”])[ \t]+(?i:foto|photo|picture)[ \t]*:(?P<who2>[ \t]*[A-Z][^\n]{0,60})"
    # ("... in Surabaya. CNS photo/ Name, Antara Foto via Reuters": an agency's photo credit after the last stop)
    r"|(?<=[.!?\"”])[ \t]+[A-Z]{2,8}[ \t]+(?i:photo|foto)[ \t]*/(?P<who3>[ \t]*[A-Z][^\n/]{1,80}))[ \t]*$",
    re.MULTILINE,
)
_CAPTION_CREDIT = re.compile(
    # (and the editors' tags after the photographer's name: "FOTO ANTARA/Saptono/Koz/nz/07.")
    r"(?<=[.!?\"”])[ \t]*(?:(?:FOTO[ \t]+)?[A-Z][A-Z.]{1,15}(?:[ \t]+FOTO)?)/[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}"
    r"(?:/[\w.]{1,12}){0,4}[ \t]*$",
    re.MULTILINE,
)
_NOT_NEWLINE = re.compile(r"[^\n]")


def _blank(match: re.Match) -> str:
    return _NOT_NEWLINE.sub(" ", match.group(0))


# A reporter named inside a sentence: "..., seperti dilaporkan kontributor Elshinta, Name." (the
# outlet's words and the name, up to the sentence's end, are blanked; the sentence stays)
_REPORTED_BY = re.compile(
    r"(?i:(?:seperti|sebagaimana)\s+(?:di)?laporkan\s+(?:oleh\s+)?(?:kontributor|wartawan|reporter|jurnalis|koresponden)"
    r"|(?:as\s+)?reported\s+by\s+(?:\w+\s+){0,3}?(?:correspondent|reporter|contributor))"
    r"[ \t]+[^.,;\n]{1,40},[ \t]*[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}(?=[ \t]*[.;\n]|[ \t]*$)"
)


_BYLINE = re.compile(r"[ \t]*(?:By|BY|Oleh|OLEH|oleh)[ \t]*:?[ \t]+")
_NAME_SEPARATOR = re.compile(r"[ \t]*(?:,|&|\band\b|\bdan\b)[ \t]*")


def _blank_author_notes(text: str, bylines: list[str]) -> str:
    """`text` with the note on a byline's author blanked: a line that opens with the author's
    name and "is"/"adalah" ("Ani Lestari is a researcher based in ...", under an opinion piece)."""
    names = {n.strip() for b in bylines for n in _NAME_SEPARATOR.split(b[_BYLINE.match(b).end():])}
    names = [re.escape(n) for n in names if " " in n]
    if not names:
        return text
    note = re.compile(r"^[ \t]*(?:" + "|".join(names) + r")[ \t]+(?:is|was|adalah|merupakan)\b[^\n]*$", re.MULTILINE)
    return _blank_matches(text, list(note.finditer(text)))


def strip_credits(text: str) -> str:
    """`text` with its credit lines blanked: bylines, editors, photo credits, reporters' initials.

    Each credit is replaced by as many spaces, so offsets into the text stay valid.
    (Each pattern is tried only where it may match rather than at every character.)
    """
    # each pattern is tried only on a text holding a character it cannot match without
    if _may_hold_credit_line(text):
        matches = line_start_matches(_CREDIT_LINE, text)
        text = _blank_matches(text, matches)
        bylines = [m.group() for m in matches if _BYLINE.match(m.group())]
        if bylines:
            text = _blank_author_notes(text, bylines)
        if "laporkan" in text or "reported by" in text:
            text = _blank_matches(text, list(_REPORTED_BY.finditer(text)))
    if " and " in text[:_HEAD_BYLINE_CHARS]:
        text = _blank_matches(text, _head_bylines(text))
    if "eporting by" in text:  # Reuters' credit closing the story: "... this year. (Reporting by Name; Editing by Name)"
        text = _blank_matches(text, list(_REPORTING_BRACKET.finditer(text)))
    tail = max(0, len(text) - 400)
    if "|" in text[tail:]:
        text = _blank_matches(text, list(_CLOSING_WRITERS.finditer(text, tail)))
    if "(" in text or "[" in text or "/" in text:
        text = _blank_credit_tags(text)
    return text


# Tempo English's closing credit, the writers in capitals between bars: "ANI LESTARI | BUDI SANTOSO"
# (looked for only in the last lines)
_CLOSING_WRITERS = re.compile(
    r"^[ \t]*[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){1,3}(?:[ \t]*\|[ \t]*[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){1,3})+"
    r"[ \t]*$", re.MULTILINE)

# "Ani Lestari and Budi Santoso" alone on a line above the article (BenarNews, Tempo English)
_TWO_NAMES = re.compile(r"^[ \t]*(?:[•·▪][ \t]*)?[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,2}[ \t]+and[ \t]+"
                        r"[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,2}[ \t]*$", re.MULTILINE)


# (far enough down for a page whose browser banner and weather widget come first)
_HEAD_BYLINE_CHARS = 1500


# "Ani Lestari and Budi Santoso (The Jakarta Post)", "News Desk (The Jakarta Post)": the writers, then the
# paper in brackets, alone on a line above the article (only the writers are blanked: the paper stays
# for the dateline's reader, dateline._BYLINE)
_OUTLET_BYLINE = re.compile(r"[ \t]*(?P<who>(?:[A-Z][\w.'’-]*(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+|[ \t]+)){0,8}"
                            r"[A-Z][\w.'’-]*)[ \t]*\((?P<outlet>[^()\n]{2,40})\)[ \t]*$", re.MULTILINE)
_REPORTING_BRACKET = re.compile(r"\((?:[Aa]dditional[ \t]+)?[Rr]eporting[ \t]+by[ \t]+[A-Z][^()]{1,300}\)")


def blank_outlet_bylines(text: str) -> str:
    """`text` with the writers of its bylines that name the paper in brackets blanked ("Ani Lestari
    (The Jakarta Post)" above an article with no dateline: the dateline's reader, which takes the paper
    from them, has read them first)."""
    if ")" not in text[:_HEAD_BYLINE_CHARS]:
        return text
    from events_cli.extract.dateline import is_known_outlet

    head = text[:_HEAD_BYLINE_CHARS]
    found = [m for m in line_start_matches(_OUTLET_BYLINE, head) if is_known_outlet(m.group("outlet").strip())]
    return _blank_matches(text, found) if found else text


def _head_bylines(text: str) -> list[re.Match[str]]:
    """Lines among the first of `text` that hold two writers' names joined by "and" and nothing
    else: no word of them a common English word in lower case (which a headline would hold)."""
    from events_cli.extract.ner import english_words

    common = english_words()
    return [m for m in _TWO_NAMES.finditer(text, 0, min(len(text), _HEAD_BYLINE_CHARS))
            if not any(common.get(w.lower()) == "ed=l" for w in m.group().split() if w != "and")]


# --- Page furniture: what the page around the article holds, never the article's words --------

# Lines that are furniture whole (compared lower-cased, without closing dots, colons and bars).
_FURNITURE_PHRASES = frozenset("""
scroll to continue with content|scroll to continue|scroll to resume content|advertisement|advertisment|
iklan|ads|sponsored|promoted|konten promosi|konten sponsor|bagikan|bagikan artikel|bagikan artikel ini|
bagikan berita|share|share this|share this article|share article|share this story|copy link|salin link|
salin tautan|link copied|link disalin|tautan disalin|text sizes|text size|ukuran teks|ukuran huruf|
medium|large|larger|small|aa|a a|a+ a-|memuat data|loading|komentar|comments|tulis komentar|
lihat komentar|continue reading|read more|lanjutkan membaca|lanjut baca|sign up|sign in|log in|login|
masuk|daftar|subscribe|langganan|berlangganan|newsletter|follow|ikuti|print|cetak|menu|search|cari|
close|tutup|back to top|kembali ke atas|next|previous|sebelumnya|selanjutnya|halaman selanjutnya|
load more|muat lebih banyak|lihat semua|see all|view all|tutup iklan|hide ads|tim redaksi|
scroll untuk melanjutkan membaca|scroll ke bawah untuk melanjutkan|advertising|pengaturan font|
tampilkan semua|konten dari pengguna|a a a pengaturan font|premium|change size|
baca berita tanpa iklan|gabung kompas.com+|salin artikel|breaking news|connect with us|published|on|posted|listen to this article|dengarkan artikel ini|
dengarkan berita|audio|play|putar|report an error|laporkan kesalahan|most read|editor's picks
""".replace("\n", "").split("|"))
# Lines that open as furniture: tag lists, subscribe and follow calls, reading times.
_FURNITURE_START = re.compile(
    r"(?:tags?|tagar|topik|topics?|kata\s+kunci|keywords?|kategori|category|rubrik)[ \t]*[:：]"
    r"|baca\s+berita\s+tanpa\s+iklan|gabung\s+kompas|selamat\s+datang\s+di\b"
    r"|sign\s+up\s+(?:for|to|here|now)|subscribe\s+(?:to|for|now|here)"
    r"|follow\s+(?:us|our|(?:the\s+)?(?:whatsapp|telegram|instagram|google\s+news|line)\b)"
    r"|(?:ikuti|gabung)\s+(?:di\s+|ke\s+)?(?:kami|channel|saluran|grup|kanal|whatsapp|telegram|instagram)\b"
    r"|gabung\s+di\s+\S+(?:\s+\S+)?$|dilarang\s+keras\s+mengambil\s+konten|our\s+standards\s*:"
    r"|tulisan\s+dari\s+[^\n]{1,60}\s+tidak\s+mewakili\s+pandangan"
    r"|share\s+(?:this|on|via)\b|bagikan\s+(?:ke|melalui|lewat|via)\b"
    r"|(?:\W\s*)?\d+\s+(?:menit|min|mins|minutes?)\s+(?:baca|read)\b|waktu\s+baca\b|reading\s+time\b"
    r"|advertisement\b|scroll\s+to\s+continue|iklan\s*[-–—]"
    r"|simak\s+(?:juga\s+)?video\b|\[gambas:"
    # "Cek berita dan artikel yg lain di Google News", "Dapatkan berita terupdate dari X di:"
    r"|(?:cek|baca|dapatkan|simak)\s+(?:berita|artikel|update|info)[^\n]{0,60}?\s(?:di|dari)\s+(?:google\s+news|whatsapp|telegram|\S+\s+di\s*:)"
    # the outlet's app: "Get The New Paper on your phone with the free app", "Download aplikasi ..."
    r"|get\s+(?:the\s+)?[\w.' -]{1,40}?\s+on\s+your\s+(?:phone|mobile)|(?:download|unduh)\s+(?:the\s+|our\s+)?(?:aplikasi|app)\b"
    # a Blogger site's label page ("Tampilkan postingan dengan label X. Tampilkan semua postingan"); an old-browser notice
    r"|(?:tampilkan\s+postingan\s+dengan\s+label|showing\s+posts\s+with\s+label)\b"
    r"|(?:please\s+update\s+your\s+browser|your\s+browser\s+is\s+out\s+of\s+date)\b"
    r"|just\s+click\s+on\s+the\s+icons?\s+to\s+get\s+to\s+the\s+download\s+page"  # (the notice's last line)
)
# A short line that ends by sending the reader elsewhere: "Baca kisahnya di sini".
_FURNITURE_END = re.compile(r"(?:di\s*sini|click\s+here|tap\s+here)[\s:]*$")
# Words of menus, breadcrumbs and section labels ("Home > News > Nasional", "Berita | Regional").
MENU_WORDS = frozenset("""
home beranda news berita nasional internasional regional daerah nusantara ekonomi bisnis finance
keuangan money market markets saham olahraga sport sports bola sepakbola tekno teknologi tech
technology otomotif oto hiburan entertainment seleb selebriti celebrity lifestyle gaya hidup travel
wisata kesehatan health sains science edukasi pendidikan education politik politics hukum kriminal
megapolitan metro opini opinion kolom column video videos foto photo photos galeri gallery terkini
terbaru latest terpopuler populer popular indeks index tv live more lainnya dunia world global asia
business budaya culture food kuliner properti property karier parenting wanita muslim religi hijab
cek fakta infografis infographic podcast trending premium epaper e-paper plus jabar jateng jatim
humaniora internasional features feature analysis analisis ramadan haji umrah pemilu pilkada
sepak sepakbola bola.com detiknews inet finance hot food
""".split())
_SHARE_WORDS = frozenset("""
facebook twitter whatsapp telegram line linkedin email e-mail copy link salin share bagikan pinterest
messenger instagram youtube tiktok x fb wa tweet print cetak komentar comment comments
""".split())
# Two items of a menu run together: a lower-case letter then a capital inside a word ("KamiPedoman")
_GLUED_ITEMS = re.compile(r"[a-z]{2}[A-Z][a-z]")
# A photo's label on a line of its own: "Ilustrasi .(Antara)", "Ilustrasi banjir".
_PHOTO_LABEL = re.compile(r"(?i:ilustrasi|illustration)\b")
# "Home » Regional » Jawa Barat", "News > Nasional": short items between arrows.
_BREADCRUMB = re.compile(r"[^.!?»›>\n]{1,30}(?:\s*[»›>]\s*[^.!?»›>\n]{1,30}){1,6}")
_MENU_SPLIT = re.compile(r"[\s|•·/>»›,+\-–—]+")
_MAX_FURNITURE_LINE = 300


_TEMPERATURE = r"-?\d{1,2}(?:[.,]\d)?[ \t]*(?:°[ \t]*[CF]?|℃|℉)"
_WEATHER_LINE = re.compile(rf"(?:[A-Za-z]+(?:[ \t]+[A-Za-z]+){{0,2}}[ \t]+)?{_TEMPERATURE}(?:[ \t]*[-–/][ \t]*{_TEMPERATURE})?"
                           r"(?:[ \t]+[A-Za-z]+(?:[ \t]+[A-Za-z]+){0,3})?")
_WEATHER_DAY = re.compile(r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun")


_ESTABLISHED = re.compile(r"\bEst(?:\.|ablished)[ \t]+(?:in[ \t]+)?(?:[A-Z][a-z]+\.?[ \t]+\d{1,2},?[ \t]+)?(?:1[6-9]|20)\d\d$")
# headlines set side by side, each after a bullet (no item a paragraph: none over 200 characters)
_TEASER_ROW = re.compile(r"[^•\n]{3,200}(?:[ \t]+•[ \t]+[^•\n]{3,200}){3,}")


def is_furniture_line(line: str) -> bool:
    """True for a line of page furniture: a menu or breadcrumb, a section label, share and
    subscribe lines, "SCROLL TO CONTINUE WITH CONTENT", "ADVERTISEMENT", a tag list, a reading
    time, the outlet's own promotion. Only short lines qualify; an article's sentence never does."""
    line = line.strip()
    if "•" in line and line.count(" • ") >= 3 and line[-1] not in ".!?\"'”" and _TEASER_ROW.fullmatch(line):
        return True  # a row of teasers' headlines: "Off the wire: A  • B  • C  • D" (any length)
    if not line or len(line) > _MAX_FURNITURE_LINE:
        return False
    if len(_GLUED_ITEMS.findall(line)) >= 4 and line[-1] not in ".!?\"'”":
        return True  # a menu copied without its spaces: "Tentang KamiPedoman Media SiberKetentuan & ..."
    if ("x" in line or "×" in line) and _AD_SLOT.search(line) and not _AD_SLOT.sub("", line).strip(" \t*=#~_-|"):
        return True  # an advertisement's empty slot, as scraped: "banner 1000x130 ****** banner 728x90"
    if ("lalu" in line or "ago" in line) and line[-1] not in ".!?\"'”" and len(line) <= 160 and _AGO.search(line):
        return True  # a teaser stamped with its age: "HEADLINE2 hari yang laluHilal di Kalsel ...", "14 menit ago"
    low = line.casefold()
    if low[0] in "•·▪":  # an item of a menu: "• News"
        line = line.lstrip("•·▪ \t")
        low = line.casefold()
        if not low:
            return True
    if " ".join(low.split()).rstrip(" .:…|!") in _FURNITURE_PHRASES or _FURNITURE_START.match(low):
        return True
    if len(line) <= 50 and (_WEATHER_DAY.fullmatch(low) or (
            ("°" in line or "℃" in line or "℉" in line) and _WEATHER_LINE.fullmatch(line))):
        return True  # a weather widget: "• Wed", "26℃ - 32℃", "31°C Partly cloudy", "Video Weather 31°C"
    if len(line) > 120:
        return False
    if len(line) <= 80 and line[-1] not in ".!?\"'”" and _FURNITURE_END.search(low):
        return True
    if low.startswith(("promosi ", "promoted ", "sponsored ")) and line[-1] not in ".!?\"'”":
        return True  # a promoted headline: "Promosi Nikmati Libur ..."
    if _BREADCRUMB.fullmatch(line):
        return True
    if len(line) <= 80 and _PHOTO_LABEL.match(line):
        return True
    if len(line) <= 80 and "Est" in line and _ESTABLISHED.search(line):
        return True  # a masthead's town and founding: "Spokane, Washington  Est. May 19, 1883"
    if "©" in line and len(line) <= 80 and line[-1] not in ".!?\"'”":
        return True  # "2024 © PT Dynamo Media Network"
    words = [w for w in _MENU_SPLIT.split(low) if w]
    if not words:
        return not any(ch.isalnum() for ch in line)  # "|", "•••", "—"
    if all(w in MENU_WORDS for w in words):
        return len(words) > 1 or line[:1].isupper()
    if len(words) == 1:
        return words[0] in _SHARE_PLATFORMS  # the share buttons one a line: "Facebook", "Pinterest"
    return all(w in _SHARE_WORDS for w in words)


_AD_SLOT = re.compile(r"(?i:banner|iklan|ads?|advertisement|space)[ \t]*\d{2,4}[ \t]*[x×][ \t]*\d{2,4}")
# a teaser's age: "3 hari yang lalu", "2 jam lalu", "14 menit ago", "5 hours ago"
_AGO = re.compile(r"\d+[ \t]*(?i:(?:detik|menit|jam|hari|minggu|bulan)[ \t]+(?:yang[ \t]+)?lalu"
                  r"|(?:detik|menit|jam|hari|secs?|seconds?|mins?|minutes?|hours?|hrs?|days?|weeks?)[ \t]+ago)(?![a-z])")


# platforms a share button names, alone on its line
_SHARE_PLATFORMS = frozenset("facebook twitter whatsapp telegram linkedin pinterest messenger instagram tiktok".split())


# The words that label a credit, who wrote, edited, photographed or supplied the article ("Penulis:
# Ani", "Reporting by Budi", "Laporan Wartawan Tribunnews.com"): one list for the credit lines blanked
# here and the bylines that events.py tells from sentences (bare "laporan" only as a line of its own).
CREDIT_WORDS = (
    "penulis", "editor", "editors", "editing", "reporter", "pewarta", "kontributor", "fotografer", "foto",
    "photo", "photographer", "penyunting", "redaktur", r"tim\s+redaksi", "writer", "writers", "author",
    "authors", r"written\s+by", r"writing\s+by", r"reporting(?:\s+by)?", "oleh", "by", "penerjemah",
    "translator", "sumber", "source", r"laporan\s+(?:wartawan|reporter|kontributor|jurnalis|oleh)",
    r"laporan(?=[ \t]*[:：]?[ \t]*$)", r"(?:(?:artikel|berita|tulisan)\s+ini\s+)?ditulis\s+oleh",
)
CREDIT_WORD = "(?i:" + "|".join(CREDIT_WORDS) + ")"
# A credit's label alone on its line, its names on the lines below ("Penulis\nAni, Budi").
_CREDIT_LABEL = re.compile(r"[ \t]*" + CREDIT_WORD + r"[ \t]*[:：]?[ \t]*")
# (no dateline: "JAKARTA, KOMPAS.com" under "Tim Redaksi" names a place and the outlet)
_NAME_LINE = re.compile(r"(?![^\n]*\.(?i:com|co|id|net|org|tv)\b)[ \t]*[A-Z][\w.'’-]*(?:(?:[ \t]*[,&][ \t]*|[ \t]+(?:(?:and|dan)[ \t]+)?)[A-Z][\w.'’-]*){0,7}[ \t]*,?[ \t]*")
# A name alone on its line, of two to four capitalised words ("Ani Lestari", "BUDI SANTOSO").
_LONE_NAME = re.compile(r"[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3}[ \t]*")
# A byline of a name and the outlet: "Ani Lestari - detikJabar", "Ani Lestari, CNBC Indonesia".
_NAME_AND_OUTLET = re.compile(
    r"[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3}[ \t]*[-–—,][ \t]*[\w.]+(?:[ \t]+[\w.]+){0,2}[ \t]*"
)
# What a journalist's name is followed by on the next line: a title ("Indonesia Correspondent",
# "Staff Writer") or the page's date ("2021.11.16", "November 20, 2023", "Senin, 3 Juli 2023 10:15 WIB").
_JOURNALIST_TITLE = re.compile(
    r"[ \t]*(?:[\w.-]+[ \t]+){0,3}(?i:correspondent|staff\s+writer|reporter|editor|writer|columnist|"
    r"contributor|wartawan|jurnalis|kontributor|koresponden)[ \t]*"
)
_MONTH = (r"(?i:jan(?:uary|uari)?|feb(?:ruary|ruari)?|mar(?:ch|et)?|apr(?:il)?|m[ae][iy]|jun[ei]?|jul[iy]?|"
          r"aug(?:ust)?|agu(?:stus)?|sep(?:t(?:ember)?)?|o[ck]t(?:ober)?|nov(?:ember)?|de[cs](?:ember)?)\.?")
_DATE_LINE = re.compile(
    r"[ \t]*(?:[A-Za-z]+,?[ \t]+)?(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}[ \t]+" + _MONTH + r"[ \t]+\d{4}|"
    + _MONTH + r"[ \t]+\d{1,2},?[ \t]+\d{4})[ \t,|-]*(?:\d{1,2}[.:]\d{2}(?:[.:]\d{2})?[ \t]*[A-Za-z]{0,4})?[ \t]*"
)
# A photo's credit alone on its line: "- ANTARA/Name", "Name/BenarNews", "(Name Name)".
_CREDIT_ALONE = re.compile(
    r"[ \t]*(?:[-–—][ \t]*)?(?:[A-Z][A-Z.]{1,15}(?:[ \t]+FOTO)?/[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}"
    r"|[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3}/[ \t]*[A-Z][\w.]{1,20}"
    r"|\([ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3}[ \t]*\))[ \t]*"
)


# The title of a teaser list, whose lines below are other articles' headlines: "Berita Terkait",
# "Terkini Lainnya", "Berita detikcom Lainnya", "Baca Berita Lainnya", "Terpopuler", "Pilihan Editor",
# "Most Read", "Top Stories", "Related Posts", "Recommended", "More from Asia", "Solopos Stories".
# (compared lower-cased, without closing colons)
_TEASER_HEADING = re.compile(
    r"(?:baca\s+)?(?:(?:\d+\s+)?(?:berita|artikel|video|konten|news)\s+)?(?:[\w.+-]+\s+)?"
    r"(?:terkini|terbaru|terpopuler|populer|terkait|lainnya|pilihan(?:\s+(?:editor|redaksi|kami))?|rekomendasi"
    r"(?:\s+untuk\s+anda)?|trending|terhangat|headlines?|hot\s+news|paling\s+banyak\s+dibaca)(?:\s+lainnya)?"
    r"|(?:komentar|dibaca|dikomentari)\s+terbanyak"
    r"|most\s+(?:read|popular|viewed|shared|watched)|top\s+(?:stories|news|headlines)|recommended(?:\s+for\s+you)?"
    r"|related(?:\s+(?:posts?|articles?|stories|news|content|coverage|topics))?|latest(?:\s+(?:news|stories|articles))?"
    r"|more\s+(?:stories|news|on\s+this\s+story|from\s+[\w.-]+(?:\s+[\w.-]+)?)|trending(?:\s+now)?|editor'?s\s+picks?"
    r"|you\s+may\s+(?:also\s+)?like|read\s+next|what\s+to\s+read\s+next|[\w.-]+\s+stories|populer\s+hari\s+ini"
)
# (one of these ends every title _TEASER_HEADING takes: the pattern is tried on no other line)
_TEASER_WORDS = ("terkini", "terbaru", "populer", "terkait", "lainnya", "pilihan", "rekomendasi", "trending",
                 "terhangat", "headline", "hot news", "dibaca", "most ", "top ", "recommended", "related",
                 "latest", "more ", "pick", "like", "next", "stories", "terbanyak")
_MAX_HEADLINE = 160
# A print edition's teaser: a lead's opening words and the page it goes on at ("WARGA...Baca Hal 7").
_PAGE_TEASER = re.compile(r"[^\n]{0,80}(?:\.\.\.|…)[ \t]*(?:baca|bersambung\s+ke)\s+hal(?:aman|\.)?[ \t]*\d+[ \t]*", re.I)


def _teaser_list_end(lines: list[str], i: int) -> int | None:
    """When ``lines[i]`` is the title of a teaser list (:data:`_TEASER_HEADING`) with headlines
    below it, the index past the list: its lines run to the next blank line (one blank line may
    stand between the title and the first headline). None when it is no such title."""
    line = lines[i]
    if len(line) > 60:
        return None
    low = line.casefold()
    if not any(word in low for word in _TEASER_WORDS) or not _TEASER_HEADING.fullmatch(" ".join(low.split()).rstrip(" :")):
        return None
    j = _next_filled(lines, i + 1, 1)
    if j is None or not _is_headline(lines[j]):
        return None
    while j < len(lines) and j <= i + 25 and lines[j].strip() and _is_headline(lines[j]):
        j += 1
    return j


def _is_headline(line: str) -> bool:
    """True for a line that may be a teaser's headline: short, and not a sentence of prose (a
    full stop after more than ten words: a sub-heading's paragraph, scraped without blank lines)."""
    line = line.strip()
    return len(line) <= _MAX_HEADLINE and not (line[-1:] in ".!\"”" and len(line.split()) > 10)


def _next_filled(lines: list[str], i: int, step: int) -> int | None:
    """The index of the first line from `i` on (going by `step`) that is not blank, passing at
    most one blank line; None when there is none so near."""
    for _ in range(2):
        if not 0 <= i < len(lines):
            return None
        if lines[i].strip():
            return i
        i += step
    return None


def strip_furniture(text: str) -> str:
    """`text` with its furniture lines (:func:`is_furniture_line`) blanked, and a credit's
    label alone on its line ("Penulis", "Tim Redaksi") with the names listed under it.

    Each is replaced by as many spaces, so offsets into the text stay valid.
    """
    lines = text.split("\n")
    changed = False
    foot = _foot_start(lines) if len(lines) > 3 else None
    if foot is not None:
        for k in range(foot, len(lines)):
            lines[k] = " " * len(lines[k])
        changed = True
    i = 0
    while i < len(lines):
        line = lines[i]
        if len(line) <= _MAX_FURNITURE_LINE and line.strip():
            if _CREDIT_LABEL.fullmatch(line):
                lines[i] = " " * len(line)
                changed = True
                j = _next_filled(lines, i + 1, 1)
                if j is not None and _NAME_LINE.fullmatch(lines[j]):
                    while j < len(lines) and j <= i + 5 and lines[j].strip() and _NAME_LINE.fullmatch(lines[j]):
                        lines[j] = " " * len(lines[j])
                        j += 1
                    i = j
                    continue
                # no names below: "Ani Lestari\n\nEditor" (Kompas) names the one above
                k = _next_filled(lines, i - 1, -1)
                if k is not None and len(lines[k].split()) <= 4 and _NAME_LINE.fullmatch(lines[k]):
                    lines[k] = " " * len(lines[k])
                i += 1
                continue
            end = _teaser_list_end(lines, i) if len(line) <= 60 else None
            if end is not None:
                for k in range(i, end):
                    lines[k] = " " * len(lines[k])
                changed = True
                i = end
                continue
            if _credit_around(lines, i) or is_furniture_line(line) or (
                    i < _TITLE_AGAIN_LINES and " - " in line and _title_again(lines, i)):
                lines[i] = " " * len(line)
                changed = True
        i += 1
    return "\n".join(lines) if changed else text


_TITLE_AGAIN_LINES = 30


def _title_again(lines: list[str], i: int) -> bool:
    """Whether line i is the headline of a line above it again, the site's name after a dash (the
    page's title as the browser shows it): "Penjagaan Diperketat - JPNN.COM"."""
    head, _, site = lines[i].strip().rpartition(" - ")
    if not head or " " in site.strip() or "." not in site:
        return False
    return any(lines[k].strip() == head for k in range(i))


# What closes an article on a page, with only the page's foot after it: the editors' tag ("(irw/Ari)"),
# a list of teasers' title, the "Sponsored link" or pagination lines.
_FOOT_MARK = re.compile(
    r"[\(\[][ \t]*[a-z]{2,6}(?:[-/][a-z0-9]{1,6}){1,3}[ \t]*[\)\]]|sponsored\s+links?|redaktur\b[^\n]{0,40}|"
    r"halaman\s*:?(?:\s*\d+)*|prokontra\b[^\n]{0,20}|(?:berita|artikel)\s+terkait|terpopuler|populer|lihat\s+juga|"
    r"selengkapnya|most\s+read|related(?:\s+(?:articles?|news|stories))?|more\s+stories|you\s+may\s+also\s+like|"
    r"recent\s+posts?|postingan\s+terbaru|artikel\s+terbaru|berita\s+terbaru|latest\s+(?:stories|news|articles)|"
    r"komentar\s+terbanyak",
    re.IGNORECASE)


def _is_prose(line: str) -> bool:
    return len(line) >= 150 and line[-1] in ".!?\"”'’)" and line.count(" ") >= 19


def _foot_start(lines: list[str]) -> int | None:
    """The index of the line where the page's foot begins (teasers of other articles, the
    outlet's notices), all blanked: the first mark of an article's end (:data:`_FOOT_MARK`) after
    its prose, with no paragraph of prose below it. None when there is none."""
    last_prose = None
    for i in range(len(lines) - 1, -1, -1):
        if _is_prose(lines[i].strip()):
            last_prose = i
            break
    if last_prose is None:
        return None
    for i in range(last_prose + 1, len(lines)):
        line = lines[i].strip()
        if line and len(line) <= 60 and _FOOT_MARK.fullmatch(line.rstrip(" :»›")):
            return i
    return None


def _credit_around(lines: list[str], i: int) -> bool:
    """True when ``lines[i]`` is a credit known by its neighbours, blanking those that belong to
    it: a photo's credit alone ("- ANTARA/Name", "Name/Outlet", "(Name Name)"); a list of names
    one a line, joined by commas ("Ani Lestari,\nBudi Santoso"); a name above a journalist's title
    or the page's date ("Ani Lestari\nIndonesia Correspondent", "Ani Lestari\n2021.11.16"); a
    print edition's teaser with the headline above it ("Banjir Lagi\nWARGA...Baca Hal 7")."""
    line = lines[i]
    # (each pattern is tried only on a line holding a character it needs)
    teaser = ("..." in line or "…" in line) and bool(_PAGE_TEASER.fullmatch(line))
    if len(line) > 100 and not teaser:
        return False
    if ("/" in line or "(" in line) and _CREDIT_ALONE.fullmatch(line):
        return True
    if teaser:
        k = _next_filled(lines, i - 1, -1)
        if k is not None and len(lines[k].strip()) <= _MAX_HEADLINE and lines[k].rstrip()[-1:] not in ".\"”":
            lines[k] = " " * len(lines[k])
        return True
    if not line.lstrip(" \t")[:1].isupper():
        return False
    j = i + 1
    if ("," in line or "-" in line or "–" in line or "—" in line) and _NAME_AND_OUTLET.fullmatch(line):  # "Name - detikJabar", "Name, CNBC Indonesia" above the date
        return j < len(lines) and bool(_DATE_LINE.fullmatch(lines[j]))
    if not _NAME_LINE.fullmatch(line):
        return False
    if line.rstrip().endswith(","):  # names one a line: all but the last end in a comma
        if j >= len(lines) or not _NAME_LINE.fullmatch(lines[j]) or not lines[j].strip():
            return False
        while j < len(lines) and j <= i + 6 and lines[j].strip() and _NAME_LINE.fullmatch(lines[j]):
            last = lines[j].rstrip().endswith(",")
            lines[j] = " " * len(lines[j])
            j += 1
            if not last:
                break
        return True
    if j >= len(lines):
        return False
    if not _LONE_NAME.fullmatch(line):
        return False
    if _JOURNALIST_TITLE.fullmatch(lines[j]):
        lines[j] = " " * len(lines[j])
        return True
    if _DATE_LINE.fullmatch(lines[j]):
        return True
    # the last lines of the text: a name and, at most, the outlet's name under it ("Ani Lestari\nKabarku")
    k = _next_filled(lines, j, 1)
    if k is None:
        return all(not rest.strip() for rest in lines[j:])
    if len(lines[k].split()) <= 3 and lines[k].rstrip()[-1:] not in ".!?\"”" and all(
            not rest.strip() for rest in lines[k + 1:]):
        lines[k] = " " * len(lines[k])
        return True
    return False


def _may_hold_credit_line(text: str) -> bool:
    """False when `text` holds neither a colon nor "©" nor "laporan"/"report..."/"writing"/
    "editing"/"by"/"oleh" in any case (those letters have no case variants beyond ASCII, so
    lower() finds what re.I would)."""
    if ":" in text or "：" in text or "©" in text or ", The " in text:
        return True
    low = text.lower()
    return any(word in low for word in ("laporan", "laporkan", "report", "writing", "editing", "by ", "oleh", "press",
                                        "ap\n", "afp\n", "reuters\n",
                                        "writer", "correspondent", "assistance", "wartawan", "jurnalis",
                                        "kontributor", "*)"))


def _blank_matches(text: str, matches: list[re.Match[str]]) -> str:
    """``text`` with each of ``matches`` (in order, not overlapping) blanked by :func:`_blank`;
    of a match with named groups ("who"), the one that took part alone."""
    return _blank_spans(text, [m.span(next((g for g in m.re.groupindex if m.start(g) >= 0), 0)) for m in matches])


def _blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the characters of each (start, end) of ``spans`` (in order of their starts,
    overlapping or not) blanked, its line breaks kept."""
    if not spans:
        return text
    pieces: list[str] = []
    done = 0  # text[:done] is settled
    for start, end in spans:
        start = max(start, done)
        pieces += (text[done:start], _NOT_NEWLINE.sub(" ", text[start:end]))
        done = max(done, end)
    pieces.append(text[done:])
    return "".join(pieces)


def _blank_at_line_starts(pattern: re.Pattern[str], text: str) -> str:
    """``pattern.sub(_blank, text)`` for a pattern that only matches at the start of a line."""
    return _blank_matches(text, line_start_matches(pattern, text))


# A reporter's name signing off a paragraph, after its closing stop: "... segera melapor.(Edi)"
_SIGN_OFF_NAME = re.compile(r"(?<=[.!?\"”])[ \t]*\([ \t]*(?:[A-Z][a-z]{1,14}|[A-Z]{2,5})[ \t]*\)[ \t]*$", re.MULTILINE)


def _blank_credit_tags(text: str) -> str:
    """The credit tags of `text` blanked by :func:`_blank`: each of `_TAG_LINE` and
    `_CAPTION_CREDIT` matches inside one line, and no line can hold both (a tag line has no
    [.!?"”]). They are tried line by line: a tag line only when the line opens with a bracket,
    a caption's credit only when the line's last "/" stands between an upper-case letter or a
    dot and (after blanks) an upper-case letter."""
    found: list[re.Match[str]] = []
    start = 0
    size = len(text)
    while start <= size:
        end = text.find("\n", start)
        if end == -1:
            end = size
        line = text[start:end]
        match = None
        if line.lstrip(" \t")[:1] in ("(", "["):
            match = _TAG_LINE.match(text, start)
        slash = line.rfind("/")
        if match is None and slash > 0 and ((line[slash - 1] == "." or "A" <= line[slash - 1] <= "Z") and (
                "A" <= line[slash + 1 :].lstrip(" \t")[:1] <= "Z") or "FOTO" in line):
            match = _CAPTION_CREDIT.search(text, start, end)
        if match is None and (line.rstrip(" \t")[-1:] == ")" or "oto" in line or "OTO" in line):
            match = _BRACKETED_PHOTO_CREDIT.search(text, start, end) or _SIGN_OFF_NAME.search(text, start, end)
        if match is not None:
            found.append(match)
        start = end + 1
    return _blank_matches(text, found)


class SpanSet:
    """Character spans ``(start, end)``, to ask whether a span overlaps any of them in
    O(log n) time (a loop over all of them makes a long text's extraction quadratic).

    The spans are kept as their union, a sorted list of disjoint intervals: a span overlaps
    one of the spans added exactly when it overlaps the union.
    """

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans=()):
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(spans):
            if self._ends and start <= self._ends[-1]:
                self._ends[-1] = max(self._ends[-1], end)
            else:
                self._starts.append(start)
                self._ends.append(end)

    def __bool__(self) -> bool:
        return bool(self._starts)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self._starts, start)  # the intervals before i start at or before `start`
        return bool(i and self._ends[i - 1] > start) or (i < len(self._starts) and self._starts[i] < end)

    def add(self, start: int, end: int) -> None:
        starts, ends = self._starts, self._ends
        i = bisect_left(starts, start)
        if i and ends[i - 1] >= start:  # joins the interval before
            i -= 1
            start = starts[i]
        j = i
        while j < len(starts) and starts[j] <= end:  # and those it reaches
            end = max(end, ends[j])
            j += 1
        starts[i:j] = [start]
        ends[i:j] = [end]


# The headquarters of a force ("Mapolres Cimahi", the Polres's compound), where people are
# questioned or held: the building rather than the place of an event, nor quite the body,
# and never a person ("Mapolsek Mamajang").
HEADQUARTERS = frozenset("mapolres mapolresta mapolrestabes mapolda mapolsek makodim makorem mako markas".split())


# Crime news names suspects and victims by their initials, with an age or after "berinisial":
# "pelaku berinisial HN (34)", "RH (19) dan MA (17)", "atas nama JG", "initials R.H., 24": no actor to follow
# (and "MA" is no Mahkamah Agung there)
_INITIALS = re.compile(r"[A-Z](?:\.?[A-Z]){0,3}\.?")
# (the cue may open a list of initials: "by the initials AD, E, KZ and RA", "berinisial AS, BT dan RM";
# or be the part a person plays in a case: "tersangka MN", "Korban, AS, ...")
_INITIALS_CUE = re.compile(r"(?:(?i:\b(?:ber)?inisial(?:nya)?|\binitials?)[\s:]*"
                           r"(?:[A-Z](?:\.?[A-Z]){0,3}\.?[ \t]*(?:,|\band\b|\bdan\b)[ \t]*)*"
                           r"|(?i:\batas\s+nama\s+)"
                           r"|(?i:\b(?:tersangka|pelaku|korban|terdakwa|terpidana|saksi|pelapor|terlapor|suspect))[ \t]*,?[ \t]*)$")
# an age after the initials: "MD (16)", "MD, 16 tahun", or bare in a list: "MD, 16, SIBS, 20, dan FZR, 24."
_AGE_AT = re.compile(r"[ \t]*\([ \t]*\d{1,3}(?:[ \t]*(?:tahun|thn|th))?[ \t]*\)|[ \t]*,[ \t]*\d{1,3}[ \t]*(?:tahun|thn|th|years?)\b"
                     r"|[ \t]*,[ \t]*\d{1,2}(?=[ \t]*(?:,|\.(?!\d)|[\"”)]|\bdan\b|\band\b))")


# ... written with a name's case right after the word itself: "pelaku berinisial Ar beraksi"
_CASED_INITIALS = re.compile(r"[A-Z][a-z]{1,2}")
_INITIALS_WORD = re.compile(r"(?i:\b(?:ber)?inisial(?:nya)?|\binitials?)[ \t:]*$")


def initials(text: str, s: int, t: int) -> bool:
    """Whether the name at [s, t) is someone's initials: a few capitals with an age after them
    or "(ber)inisial" or "atas nama" before them; two or three letters in a name's case right
    after "(ber)inisial" (here or anywhere in the article)."""
    if _CASED_INITIALS.fullmatch(text, s, t) is not None:  # (here, or where the article first gives them)
        return _INITIALS_WORD.search(text, max(0, s - 20), s) is not None or ("nisial" in text and re.search(
            r"(?i:\b(?:ber)?inisial(?:nya)?)[ \t:]*" + text[s:t] + r"\b", text) is not None)
    return (_INITIALS.fullmatch(text, s, t) is not None
            and (_AGE_AT.match(text, t) is not None or _INITIALS_CUE.search(text, max(0, s - 80), s) is not None))


# Academic degrees written after a name, Indonesian style ("Rizal Hendrawan, S.Sos, M.Si",
# "AKBP Rendra, S.I.K., M.H.,", "H Achmadi, SSos"): a dotted form ("S.Sos", "S.I.K", "Ph.D") after
# the name or its comma, or one without dots ("SSos", "SIK") after a comma; each further degree
# after a comma or a space. They are blanked (the run's last full stop kept, which may end the
# sentence), so the tagger takes none for a name of its own ("S.Sos" a place, "M.Si" a person).
# What follows is no capitalised word: "Bupati H.M. Wardan" holds a name's initials, not a degree;
# "U.S." and "A.S." name countries.
_DOTTED_DEGREE = r"[A-Z][a-z]?(?:\.[A-Z][a-z]{0,3}){1,3}"
_PLAIN_DEGREE = (r"(?:SIK|SSos|SSTP|STP|SH|MH|SE|MM|MSi|MAP|SPd|MPd|SKM|MKes|SKom|MKom|MSc|MBA|PhD|SAg|MAg"
                 r"|SHI|MHI|MHum|SIKom|MIKom|SSi|MEng|SIP|SKep|SPt|MAk|SAk)")
_ANY_DEGREE = rf"(?:{_DOTTED_DEGREE}|{_PLAIN_DEGREE})\b"
_MORE_DEGREES = rf"(?:\.?,?[ \t]*{_ANY_DEGREE})*"
# (each pattern opens with a character `re` can skip to: the comma, or the degree's capital)
_DEGREES_AFTER_COMMA = re.compile(
    rf",[ \t]*{_ANY_DEGREE}{_MORE_DEGREES}(?=\.?(?:[,;:)\"”’]|[ \t]*\n|[ \t]*$|[ \t]+[a-z(\"“]|\.[ \t]))")
# after a space only, a full stop and a capital may be a name's initials ("H.M. Wardan")
_DEGREES_AFTER_SPACE = re.compile(
    rf"{_DOTTED_DEGREE}\b{_MORE_DEGREES}(?=\.?(?:[,;:)\"”’]|[ \t]*\n|[ \t]*$|[ \t]+[a-z(\"“]))")
_COUNTRY_INITIALS = ("U.S", "A.S", "U.K", "U.N", "P.T")
_DOT_CAPITAL = re.compile(r"\.[A-Z]")


def blank_degrees(text: str) -> str:
    """`text` with the academic degrees written after names blanked (offsets kept)."""
    spans = []
    for m in _DEGREES_AFTER_COMMA.finditer(text):
        first = m.start() + 1
        while text[first] in " \t":
            first += 1
        if m.start() and "a" <= text[m.start() - 1] <= "z" and not text.startswith(_COUNTRY_INITIALS, first):
            spans.append((m.start(), m.end()))
    dotted = _DOT_CAPITAL.search(text)  # (a cheap first look: a dotted form has a capital right after a stop)
    for m in _DEGREES_AFTER_SPACE.finditer(text, max(0, dotted.start() - 2)) if dotted else ():
        start = m.start()
        while start and text[start - 1] in " \t":
            start -= 1
        if start < m.start() and start and "a" <= text[start - 1] <= "z" and not text.startswith(
                _COUNTRY_INITIALS, m.start()):
            spans.append((start, m.end()))
    return _blank_spans(text, sorted(spans))


# A Balinese name: "I" (a man) or "Ni" (a woman), then a name of birth order or caste ("I Wayan Sudana",
# "Ni Luh Putu Ariani", "I Gusti Ngurah Jaya Negara"), capitalised words to its end; never a place or body
BALINESE_NAME = re.compile(
    r"(?:I|Ni)[ \t]+(?:Wayan|Made|Nyoman|Ketut|Putu|Kadek|Komang|Gede|Gusti|Luh|Nengah|Dewa)"
    r"(?:[ \t]+[A-Z][\w'’-]*)*")


# An archive photo's caption ("FILE: Police take position ... in 2016. Picture: AFP."): an old
# happening, never the news nor a day to read the news's weekday against
# ... or by AFP's bracketed label ("(FILES) Patients gather outside ... on 22 March 2024, following ...")
_ARCHIVE_PHOTO = re.compile(r"[ \t]*(?:(?:file(?:[ \t]+photo)?|foto[ \t]+arsip|arsip)[ \t]*:|\((?:files?|file[ \t]+photo|arsip)\))",
                            re.IGNORECASE)


def archive_photo(text: str, pos: int) -> bool:
    """Whether position `pos` is in a line opened by an archive photo's label ("FILE:", "Foto arsip:", "(FILES)")."""
    return _ARCHIVE_PHOTO.match(text, text.rfind("\n", 0, pos) + 1) is not None
