"""Persons and organisations from the tagger's PER and ORG spans.

:func:`extract_actors` turns entity spans into :class:`ActorMention` values:

* the person's name is cleaned of honorifics, ranks and role words the tagger
  may have included ("Pak Budi" -> "Budi", "Presiden Joko Widodo" -> "Joko
  Widodo"), of an age in brackets ("Udin (22)" -> "Udin") and of a possessive;
* the role written right before the name ("Menteri Luar Negeri Rusia Sergey
  Lavrov") or as an apposition after it ("Budi, Kepala Dinas X, mengatakan")
  becomes the mention's role;
* short forms resolve to the most recent earlier full name that contains them
  ("Putin" -> "Vladimir Putin", "Kim" -> "Kim Jong-un"); a small alias table
  maps well-known nicknames ("Jokowi") to a full name that also appears;
* names in credits (Penulis:, Editor:, Foto: X / Outlet, Tempo/Name, (OL-8),
  [Antara], Laporan Wartawan ..., BACA JUGA lines) are not actors.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from operator import attrgetter, itemgetter

from events_cli.extract.ner import (
    DIRECTIONS,
    EN_ORG_HEADS,
    FUNCTION_WORDS,
    HONORIFICS,
    LOC_CUES,
    ORG_HEADS,
    PERSON_NOUNS,
    RANKS,
    ROLES,
    TIME_WORDS,
    consistent_labels,
    gazetteer_aliases,
)
from events_cli.extract.text import BALINESE_NAME, HEADQUARTERS, SpanSet, initials, line_start_matches, name_end
from events_cli.extract.tokens import token_texts, tokenize
from events_cli.models import ActorMention, EntitySpan

__all__ = ["extract_actors", "ALIASES"]

# nickname -> full name; used only when the full name also appears in the article
ALIASES = {
    "jokowi": "Joko Widodo",
    "sby": "Susilo Bambang Yudhoyono",
    "ahok": "Basuki Tjahaja Purnama",
    "jk": "Jusuf Kalla",
    "gus dur": "Abdurrahman Wahid",
    "emil": "Ridwan Kamil",
    "kang emil": "Ridwan Kamil",
    "zulhas": "Zulkifli Hasan",
    "cak imin": "Muhaimin Iskandar",
    "bamsoet": "Bambang Soesatyo",
    "mahfud md": "Mahfud MD",
    "anies": "Anies Baswedan",
    "ganjar": "Ganjar Pranowo",
    "puan": "Puan Maharani",
    "obama": "Barack Obama",
    "trump": "Donald Trump",
    "biden": "Joe Biden",
    "xi": "Xi Jinping",
}

# words that make up a title before a name (beyond the tagger's cue lists)
_EN_ROLES = frozenset("""
president vice minister prime premier foreign secretary governor mayor chairman chairwoman chairperson
chair ceo spokesman spokeswoman spokesperson senator general director chief head leader king
queen prince princess pope judge officer commander ambassador deputy coach captain regent
superintendent inspector commissioner councilor councillor councilman councilwoman congressman congresswoman
""".split())
# the second word of a title's two-word field: "Minister of Home Affairs", "of Human Resources"
_FIELD_TAILS = frozenset("affairs resources relations development security rights services".split())
# the last word of a minister's field written out ("Minister of Culture and Fine Arts", "of Trade and Industry")
_FIELD_WORDS = frozenset("""
arts culture tourism industry trade finance health education defence defense justice energy transport
agriculture fisheries environment information communications labour labor planning investment sports
youth welfare forestry mines mining works housing religion interior economy commerce technology
""".split())
# rank words written short after the rank, which the tagger may keep on the name: "Kombes | Pol
# Budi Hartono", "Kolonel (Purn) Andi"
# (and the corps written after an army rank: "Kolonel Inf | Budi", "Letkol Czi | Andi")
_RANK_ABBREVIATIONS = frozenset({"pol", "purn", "inf", "kav", "czi", "arh", "cpm", "cku", "chb", "ckm", "cpn",
                                  "arm", "cba", "caj", "chk", "ctp", "cpl", "mar", "pnb", "psk", "lek", "tek", "kes",
                                  "sus", "adm", "nav"})
# words that end a title the tagger ran into the name: a rank ("Sukajadi Kompol Hendro Saragih")
# or an English title ("Trade Minister Rina Wulandari", "Bogor Regent Ade Kurniasih")
_TITLE_ENDS = RANKS | _EN_ROLES
# a unit named for the person who speaks for it: "Humas BNPB Sinta Maharani" (the public relations
# officer of the BNPB), "Sekretariat Presiden Rahmat Sudrajat"
_UNIT_TITLES = frozenset({"humas", "sekretariat", "ajudan", "protokol"})
# A rank is written between a person's office and name ("Kapolres Bandung AKBP Budi", "Kepala
# BNPB Letnan Jenderal Rudi Hartawan", "Kapolda NTT Irjen Pol. Agung"): it is no part of the
# office, nor a body. A rank opens at one of _RANK_CORE and goes on over _RANK_TAIL.
# (and the Malaysian police's ranks, written short before the name: "ACP Razlan Hamid", "Supt Roy")
_RANK_CORE = RANKS | frozenset({"letnan", "inspektur", "ajun", "acp", "dsp", "asp", "supt", "sac", "dcp"})
_RANK_TAIL = _RANK_CORE | _RANK_ABBREVIATIONS | frozenset({
    "jenderal", "jendral", "komisaris", "besar", "polisi", "pol", "tni", "purn", "pertama", "muda",
    "madya", "satu", "dua", "kolonel", "laut", "udara",
})
# offices written short that the tagger's cue list lacks: "Kasubdit Gakkum", "Kanit Reskrim", "Dirjen"
_SHORT_OFFICES = frozenset("""
kasubdit kanit dirjen kasubag kasubbag kasubbid kajari kajati kalapas karutan danyon danlanud kaops
mensesneg seskab menkominfo menkopolhukam menpupr menlhk mendes menkop menpar menristek menristekdikti
mendikti menkomdigi menkopmk menkomarves menpanrb irwasda irwasum
""".split())
_ROLE_WORDS = (ROLES | RANKS | _EN_ROLES | _UNIT_TITLES | _RANK_CORE | _SHORT_OFFICES
               | frozenset({"plt", "plh", "pj", "pjs", "ad", "interim"}))
# "Gus Dur", "Cak Imin", "Bung Tomo": these honorifics are part of the name people use
_NAME_HONORIFICS = frozenset({"gus", "cak", "bung", "kang", "ning", "mbah", "teuku", "tengku", "raden", "rd"})
_HON = (HONORIFICS | frozenset({"mr", "mrs", "ms", "miss", "sir", "dame", "lord", "st", "eyang", "ny",
                                "datuk", "dato", "datin", "tun"})) - _NAME_HONORIFICS
# Malaysian titles of two words whose second word also opens names ("Sri Mulyani"): "Tan Sri",
# "Puan Sri", "Datuk Seri", "Dato' Sri", "Toh Puan": the second word is a title only after the first
_MY_TITLE_FIRSTS = frozenset({"tan", "puan", "toh", "datuk", "dato", "datin"})
_MY_TITLE_SECONDS = frozenset({"sri", "seri", "puan", "paduka"})


def _my_title_word(toks: _Tokens, i: int, j: int) -> bool:
    """Whether token i (before j) is part of a Malaysian title of two words ("Tan | Sri", "Dato' | Sri")."""
    lw = _low(toks.word(i))
    if lw in _MY_TITLE_FIRSTS and lw not in _HON:  # "Tan", "Puan", "Toh": only with their second word
        return i + 1 < toks.n and _low(toks.word(i + 1)) in _MY_TITLE_SECONDS
    if lw in _MY_TITLE_SECONDS:
        k = i - 1
        while k >= 0 and toks.word(k) in ("'", "\u2019"):
            k -= 1
        return k >= 0 and _low(toks.word(k)) in _MY_TITLE_FIRSTS
    return False
_EN_DEMONYMS = frozenset("""
american russian chinese indonesian british french german japanese korean north south israeli
palestinian iranian iraqi ukrainian us u.s uk eu australian indian malaysian singaporean thai
turkish saudi egyptian syrian afghan pakistani filipino vietnamese dutch italian spanish canadian
brazilian mexican european african asian arab philippine burmese cambodian laotian bruneian timorese
bangladeshi nepalese taiwanese papuan papuans javanese balinese acehnese sundanese madurese dayak
""".split())
# demonyms of two words, the first of which also opens people's names ("Sri Mulyani")
_EN_DEMONYM_PHRASES = frozenset({"sri lankan", "sri lankans", "new zealander", "new zealanders", "hong konger",
                                 "hong kongers", "papua new guinean", "east timorese"})
# capitalised English words that open a sentence before a name the tagger ran them into
# ("I'm Mira Santos", "Despite Rudi's goal")
_EN_OPENERS = frozenset("i'm i\u2019m despite although though while when after before since if but and".split())
# words that can sit in a title in lower case ("Menteri dalam Negeri")
_TITLE_GLUE = frozenset({"dan", "&", "urusan", "bidang"})

# what a person is, written capitalised before the name at a sentence's start ("Survivor Rina
# Wulandari said", "Analis Wiratama Sekuritas"): no part of the name, and no name alone
_DESCRIPTORS = frozenset("""
survivor survivors resident residents witness villager fisherman farmer analyst analysts economist
student teacher victim driver passenger passengers rescuer analis pengamat
youtuber youtubers selebgram netizen netizens warganet influencer influencers tiktoker vlogger blogger
""".split())  # (the last: people of the web, "YouTuber Ria Ricis", never a body)
# role words that are also common given names when capitalised ("Putri Ayu", "Ratu Atut")
_NAME_LIKE = frozenset({"putra", "putri", "ratu"})
# capitalised sentence openers and pronouns the tagger sometimes takes for a one-word name
_NOT_NAMES = frozenset("""
meski meskipun walau walaupun namun tetapi tapi sementara sedangkan selain bahkan kemudian lalu
akhirnya adapun sebelumnya setelah sesudah saat ketika jika kalau apalagi padahal sehingga maka
karena sebab dengan tanpa untuk bagi dalam pada hingga sampai sejak menurut kata ujar selama yakni
yaitu seperti terkait soal baik para sang hal ia dia mereka kami kita anda saya beliau aku kamu
kalian ini itu tersebut apakah bagaimana mengapa kenapa siapa kapan dimana mana semua setiap
tak tidak bukan belum sudah telah juga pun lagi masih hanya cuma agar supaya demi oleh ya tidak
senin selasa rabu kamis jumat sabtu minggu ahad
""".split())
# a company's legal form alone names no organisation ("PT", "Tbk", "(Persero)")
_BARE_DESIGNATORS = frozenset("pt cv tbk persero perum perseroda ud inc ltd llc corp co plc gmbh ag sa bv nv".split())
# a law or a bill names no organisation, though it may hold one's name ("UU KPK", "RUU KUHP")
_LEGAL_INSTRUMENTS = frozenset("""
uu ruu undang-undang rancangan kuhp rkuhp kuhap rkuhap kuhper perppu perpu perpres keppres inpres
perda raperda permen pergub perbup perwali perwal
""".split())
# words of a day or a time of day the tagger runs into a name: "Kemarin Aisah", "Jokowi Oktober",
# "Bacharuddin Jusuf Habibie Rabu". Trimmed at either end of a name (months only at its end, and only
# written in full: "Jan Ethes", "Mei Ling" and "Putu Juli Ardika" are names).
_DAY_WORDS = frozenset("""
senin selasa rabu kamis jumat jum'at sabtu minggu ahad monday tuesday wednesday thursday friday saturday
sunday kemarin besok tadi pagi siang sore malam yesterday today tomorrow mon tue tues wed thu thur thurs fri
""".split())  # (a weather widget's days: "• Wed 26℃ - 32℃")
_FULL_MONTHS = frozenset("""
januari februari maret april juni juli agustus september oktober november desember january february
march june july august october december
""".split())
# places a person's "name" never opens with: "Rumah Duka Habibie" is where the mourners went
_PLACE_HEADS = frozenset("""
rumah gedung kantor masjid gereja pura vihara klenteng balai aula istana pendopo kompleks komplek jalan jl
jln stadion lapangan pasar terminal stasiun bandara pelabuhan hotel wisma makam
""".split()) | HEADQUARTERS  # nor a force's compound: "Mapolsek Mamajang"
# minister's titles written as one word that no ministry's short form gives (see _offices)
_MINISTER_TITLES = frozenset("menko wamen mensesneg menpupera menpolhukam menristekdikti menkopolhukam".split())
# "RI" (Republik Indonesia) names no actor alone, nor opens a person's name ("Presiden ke-3 RI | BJ Habibie")
_REPUBLIC = frozenset({"ri", "r.i"})
_AGE = re.compile(r"\s*\(\s*\d{1,3}(?:\s*(?:tahun|th|thn))?\s*\)\s*$")
_POSSESSIVE = re.compile(r"['\u2019]s$")

# ------------------------------------------------------------------ credits

_SLASH_TAIL = r"/[ \t]*[A-Z]"  # how a "Tempo/Fikri Harsono" credit goes on at its "/"
_CREDIT_PATTERNS = [
    # whole credit lines: "Penulis: X", "Editor: Y", "BACA JUGA: ..."
    re.compile(
        r"^[ \t]*(?:(?:penulis|editor|penyunting|reporter|pewarta|wartawan|fotografer|foto|kontributor|"
        r"redaktur|sumber|copy ?editor|produser|producer|kamerawan|videografer|video ?editor)[ \t]*:|(?:baca|lihat|simak)[ \t]+(?:juga|pula)\b)[^\n]*$",
        re.I | re.M,
    ),
    # inline credits: "Foto: X / Jabar Ekspres", "(Foto: Antara/Budi)", "Editor: Y"
    re.compile(
        r"\b(?:Penulis|Editor|Penyunting|Reporter|Pewarta|Fotografer|Foto|Photo|Kontributor|Ilustrasi|"
        r"Dok|Sumber|Laporan|Writer|Author|Penerjemah|Credit|Photograph)\s*:\s*[^\n)\]|]*",
        re.I,
    ),
    # "Laporan Wartawan Tribunnews.com, Budi Santoso"
    re.compile(
        r"\bLaporan[ \t]+(?:Wartawan|Reporter|Koresponden|Kontributor)\b[^\n,]*,?"
        r"(?:[ \t]*[A-Z][\w'.\-]*){0,5}",
    ),
    # "Tempo/Fikri Harsono", "KOMPAS.com/Fitri Chandra", "ANTARA FOTO/Budi", "ANTARA / Budi";
    # not "Hendra Suhendra / Indra" (a name and the name he goes by)
    re.compile(
        r"\b(?:[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?|(?:[A-Z]{2,}[\w.]*|[\w]+\.com)(?:[ \t]+[A-Z]{2,}[\w.]*)?[ \t]+)"
        rf"{_SLASH_TAIL}[\w'.\-]*(?:[ \t]+[A-Z][\w'.\-]*){{0,3}}",
    ),
    # editor initials "(OL-8)", "(ant/ded)", "(rls)", "[Antara]"
    # (at the end of a line, so that "(PDI-P)" or "(Jokowi-JK)" in a sentence stay)
    re.compile(r"\(\s*[A-Za-z]{1,6}(?:\s*[-/]\s*[A-Za-z0-9]{1,6})+\s*\)(?=[ \t.]*$)", re.M),
    re.compile(r"\(\s*[a-z*]{1,6}(?:/[a-z*]{1,6})*\s*\)(?=[ \t.]*$)", re.M),
    re.compile(r"\[[^\]\n]{1,40}\]"),
    # a wire's sign-off closing a paragraph: "... on Monday. - REUTERS", "... he said.-- BERNAMA"
    re.compile(r"(?<=[.!?\"”])[ \t]*(?:-{1,2}|–|—)[ \t]*[A-Z][A-Z.]{1,20}(?:[ \t]+[A-Z]{2,})?(?=[ \t]*$)", re.M),
]


# Most of the patterns are slow to run over a whole article (the regex engine tries them at
# every character), so each is tried only where one of its matches can start; a text
# lacking a character (or word) a pattern cannot match without is not searched with it.
_LINE_CREDIT, _INLINE_CREDIT, _REPORT_CREDIT, _SLASH_CREDIT = _CREDIT_PATTERNS[:4]
_WORD_START = re.compile(r"\b\w")
# a photo's source, not its photographer, after the "/" closing a caption: "Name/Net", "Name/Istimewa"
_SOURCE_MARK = re.compile(r"/[ \t]*(?:Net|NET|Ist|Istimewa|ISTIMEWA|Dok|Dokumentasi|Repro|Internet|Google)\b\.?")
_SLASH_TAIL_AT = re.compile(_SLASH_TAIL)


def _credit_regions(text: str) -> list[tuple[int, int]]:
    found: list[re.Match] = line_start_matches(_LINE_CREDIT, text)  # matches at a line start only
    if ":" in text:
        found += _inline_credits(text)
    if "Laporan" in text:
        found += _report_credits(text)
    if "/" in text:
        found += _slash_credits(text)
    if "(" in text:
        found += _CREDIT_PATTERNS[4].finditer(text)
        found += _CREDIT_PATTERNS[5].finditer(text)
    if "[" in text:
        found += _CREDIT_PATTERNS[6].finditer(text)
    found += _CREDIT_PATTERNS[7].finditer(text)
    return [m.span() for m in found if m.end() > m.start()]


def _inline_credits(text: str) -> list[re.Match]:
    r"""The matches ``_INLINE_CREDIT.finditer(text)`` gives, found faster.

    A match is a keyword (a whole word: \b before it, spaces after it), spaces and a ":";
    it starts at the word that ends right before the spaces before a ":".
    """
    found = []
    pos = 0
    colon = text.find(":")
    while colon != -1:
        k = colon
        while k > 0 and text[k - 1].isspace():  # \s
            k -= 1
        w = k
        while w > 0 and (text[w - 1].isalnum() or text[w - 1] == "_"):  # \w
            w -= 1
        m = _INLINE_CREDIT.match(text, w) if pos <= w < k else None
        if m is not None:
            found.append(m)
            pos = m.end()
            colon = text.find(":", pos)
        else:
            colon = text.find(":", colon + 1)
    return found


def _report_credits(text: str) -> list[re.Match]:
    """The matches ``_REPORT_CREDIT.finditer(text)`` gives: each starts at a "Laporan"."""
    found = []
    k = text.find("Laporan")
    while k != -1:
        m = _REPORT_CREDIT.match(text, k)
        if m is not None:
            found.append(m)
            k = text.find("Laporan", m.end())
        else:
            k = text.find("Laporan", k + 1)
    return found


def _slash_credits(text: str) -> list[re.Match]:
    """The matches ``_SLASH_CREDIT.finditer(text)`` gives, found faster.

    A match is words, spaces and dots, then a "/": one that holds a given "/" starts at a
    word in the run of such characters right before it (and after the previous match).
    After the "/" come spaces or tabs and a capital, so most are passed at a glance
    ("29/10/2023", "km/jam", "https://").
    """
    found = []
    pos = 0
    slash = text.find("/")
    while slash != -1:
        mark = _SOURCE_MARK.match(text, slash)
        if mark is not None:  # "Ahmad Doli Kurnia/Net": the caption's subject, then where the photo came from
            found.append(mark)
            pos = mark.end()
            slash = text.find("/", pos)
            continue
        start = slash
        if _SLASH_TAIL_AT.match(text, slash):
            while start > pos and (text[start - 1].isalnum() or text[start - 1] in "_. \t"):
                start -= 1
        for word in _WORD_START.finditer(text, start, slash):
            m = _SLASH_CREDIT.match(text, word.start())
            if m is not None:
                found.append(m)
                pos = m.end()
                break
        else:
            pos = slash + 1
        slash = text.find("/", pos)
    return found


# ------------------------------------------------------------------ helpers


def _low(w: str) -> str:
    return w.lower().rstrip(".")


def _is_cap(w: str) -> bool:
    return w[:1].isupper()


_START_END = attrgetter("start", "end")
_FIRST = itemgetter(0)


_ASKS_BEFORE_SET = 64  # has_word searches before the set of all the text's words is made


class _Tokens:
    """The tokens of an article, looked up by offset.

    Nothing is built per token: an article has hundreds of tokens and only the few
    around its names are ever read. A token's text is sliced when asked for, and
    offsets are found by bisection in ``spans`` (sorted, non-empty, not overlapping).
    """

    def __init__(self, text: str, spans: list[tuple[int, int]] | None = None):
        self.text = text
        self.spans = tokenize(text) if spans is None else spans
        self.n = len(self.spans)
        self._asked: dict[str, bool] = {}  # has_word's answers
        self._words: set[str] | None = None  # every token's text, once has_word is asked often

    def word(self, j: int) -> str:
        s, e = self.spans[j]
        return self.text[s:e]

    def starting_at(self, start: int) -> int | None:
        """The index of the token that starts at offset ``start``, if any."""
        spans = self.spans
        k = bisect_left(spans, start, key=_FIRST)  # the first token starting at or after start
        if k < self.n and spans[k][0] == start:
            return k
        return None

    def index_range(self, start: int, end: int) -> tuple[int, int] | None:
        """Token indices [i, j) covering [start, end), if aligned."""
        spans = self.spans
        i = bisect_left(spans, start, key=_FIRST)
        if i == self.n or spans[i][0] != start:
            return None
        # tokens before j start before end; the token d places after token i starts at
        # least d characters after it, so j is within end - start tokens of i
        if end > start:
            j = bisect_left(spans, end, i + 1, min(self.n, i + end - start), key=_FIRST)
        else:
            j = bisect_left(spans, end, key=_FIRST)
        if j and spans[j - 1][1] == end:
            return i, j
        return None

    def has_word(self, w: str) -> bool:
        """Whether some token of the text is exactly ``w`` (found with str.find, not by
        looking at every token). Each search reads the whole text, and the same names
        are asked about again and again: answers are kept."""
        found = self._asked.get(w)
        if found is None:
            if len(self._asked) < _ASKS_BEFORE_SET:
                found = self._asked[w] = self._find_word(w)
            else:  # a long text asked about many words: its words, once, rather than a search each
                if self._words is None:
                    self._words = {self.text[s:e] for s, e in self.spans}
                found = self._asked[w] = w in self._words
        return found

    def _find_word(self, w: str) -> bool:
        if not w:
            return False
        find, size = self.text.find, len(w)
        pos = find(w)
        while pos != -1:
            k = self.starting_at(pos)
            if k is not None and self.spans[k][1] == pos + size:
                return True
            pos = find(w, pos + 1)
        return False


def _joined_rank(lw: str) -> bool:
    """A rank written as one hyphenated word: "Lt-Gen", "Maj-Gen", "Lt-Col" (Thai and Malaysian
    English)."""
    return "-" in lw and all(p in _RANK_CORE or p in _RANK_TAIL for p in lw.split("-"))


def _rank_start(words: list[str]) -> int:
    """Where a rank closing ``words`` begins (``len(words)`` when none does): the first word of
    the run of rank words at the end that is a rank of its own ("TNI Jenderal" -> "Jenderal")."""
    k = len(words)
    while k and _low(words[k - 1]) in _RANK_TAIL:
        k -= 1
    while k < len(words) and _low(words[k]) not in _RANK_CORE:
        k += 1
    return k


def _first_name_in_title(toks: _Tokens, i: int) -> int:
    """The token where a name starts when the tagger left its first words in an English title
    before it: "Foreign Minister Penny | Wong", "chief executive officer Datuk Mohd | Mustafa".
    Up to two capitalised words that are no role, honorific or place, right after an English
    title's last word (and honorifics); ``i`` when there are none."""
    k, first = i - 1, i
    while k >= 0 and i - k <= 2:
        w = toks.word(k)
        lw = _low(w)
        if (not _is_cap(w) or lw in _ROLE_WORDS or lw in _HON or lw in _EN_DEMONYMS
                or _my_title_word(toks, k, toks.n) or _english_words().get(lw) == "ed=l"):
            break  # (a word English writes in lower case only is a title's: "Deputy Speaker | Fadli Zon")
        first, k = k, k - 1
    if first == i or " ".join(toks.word(x) for x in range(first, i)).lower() in gazetteer_aliases():
        return i
    while k >= 0 and (_low(toks.word(k)) in _HON or toks.word(k) in ("'", "\u2019") or _my_title_word(toks, k, toks.n)):
        k -= 1
    if k < 0 or _low(toks.word(k)) not in _EN_ROLES:
        return i
    return first


def _office(role: str | None) -> str | None:
    """A role without the rank written after the office: "Kapolres Bandung AKBP" -> "Kapolres
    Bandung"; a rank alone ("Letnan Jenderal") is the role when no office is written."""
    if not role or " " not in role:
        return role
    spans = [m.span() for m in _WORD_SPAN.finditer(role)]
    k = _rank_start([role[a:b] for a, b in spans])
    if 0 < k < len(spans):
        return role[: spans[k - 1][1]].rstrip(" ,")
    return role


def _role_before(toks: _Tokens, i: int, blocked: set[int]) -> str | None:
    """The title written right before token i; it does not reach into ``blocked`` tokens."""
    text, spans = toks.text, toks.spans
    j = i - 1
    run: list[str] = []  # the words of the title, right to left: tokens j+1 .. i-1
    while j >= 0 and len(run) < 14:
        if j in blocked:
            break
        s, e = spans[j]
        if "\n" in text[e:spans[j + 1][0]]:
            break
        w = text[s:e]
        if w == "." and j > 0:
            prev = toks.word(j - 1)
            lp = _low(prev)
            if lp in _HON or lp in RANKS or (len(prev) == 1 and prev.isupper()):
                run.append(w)
                j -= 1
                continue
        if w == "," and run and j > 0 and _is_cap(toks.word(j - 1)) and (
                run[-1] == "dan" or _is_cap(run[-1]) and _low(run[-1]) not in _ROLE_WORDS):
            # a title's fields listed with commas: "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan"
            run.append(w)
            j -= 1
            continue
        if not w[:1].isalnum():  # also "-" and "\u2013"
            if w in ("'", "\u2019") and run and j > 0 and _low(toks.word(j - 1)) == "dato":
                run.append(w)  # "Dato' Sri"
                j -= 1
                continue
            break
        lw = w.lower().rstrip(".")
        if w[:1].isupper() or lw in _ROLE_WORDS or lw in _HON:
            run.append(w)
            j -= 1
            continue
        if lw in _TITLE_GLUE and run and j > 0 and (_is_cap(toks.word(j - 1)) or toks.word(j - 1) == ","):
            run.append(w)
            j -= 1
            continue
        break
    if not run:
        if j == i - 1 and j > 0 and text[spans[j][0]:spans[j][1]] == ",":
            # an office and its area or body, a comma, then its holder: "kata Bupati Garut, Rudy
            # Gunawan", "Camat Bekasi Timur, Dedi" (the office as far as it goes, not into a name);
            # not one word alone, often a name too ("Bukan hanya Putri, Andrea ...")
            office = _role_before(toks, j, blocked)
            return office if office is not None and " " in office else None
        return None
    run.reverse()  # left to right
    first = j + 1  # the token of run[0]
    if j > 0 and toks.word(j) == "," and all(_low(w) in _RANK_TAIL or w == "." for w in run):
        # a rank after the office and a comma: "Kapolsek Pontianak Selatan, AKP | Budi": the office
        # is the role (the rank is dropped from it by _office)
        office = _role_before(toks, j, blocked)
        if office is not None:
            return f"{office}, {text[spans[first][0]:spans[i - 1][1]]}"
    # drop honorifics (and their dots) right before the name
    while run and (run[-1] in (".", "'", "\u2019") or _low(run[-1]) in _HON or (len(run[-1]) == 1 and run[-1].isupper())
                   or _low(run[-1]) in _MY_TITLE_SECONDS and len(run) > 1 and _low(run[-2].rstrip("'\u2019")) in _MY_TITLE_FIRSTS
                   or _low(run[-1]) in _MY_TITLE_SECONDS and len(run) > 2 and run[-2] in ("'", "\u2019")
                   or _low(run[-1]) in _MY_TITLE_FIRSTS):
        run.pop()
    # the title starts at the first role word of the run
    for k, w in enumerate(run):
        if _low(w) in _ROLE_WORDS:
            break
    else:
        return None
    # English puts the country's adjective first: "Russian President", "U.S. Secretary of State"
    while k > 0 and _low(run[k - 1]) in _EN_DEMONYMS:
        k -= 1
    # and the body before a lower-case title: "Bekasi Police chief", "National Police spokesman"
    if k > 0 and run[k].islower() and _low(run[k]) in _EN_ROLES:
        while k > 0 and _is_cap(run[k - 1]):
            k -= 1
    first += k
    run = run[k:]
    # trailing glue words are not part of a title
    while run and _low(run[-1]) in _TITLE_GLUE:
        run.pop()
    if not run:
        return None
    return text[spans[first][0]:spans[first + len(run) - 1][1]]


_ARTICLES = frozenset({"a", "an", "the"})
# lower-case words an English title goes on over after its role word ("a spokesman for the
# disaster agency", "head of operations at the agency in West Sumatra province"); it never
# goes over these, which start a clause
_CLAUSE_WORDS = frozenset("who whom whose which that said says told was were is are has have had will would".split())


def _role_after(toks: _Tokens, j: int) -> str | None:
    """An apposition right after the name ending at token j-1: "Budi, Kepala Dinas X, ...",
    "Hendra, a spokesman for the agency, said" (the role is written without its article)."""
    n = toks.n
    text, spans = toks.text, toks.spans
    if j + 1 >= n or text[spans[j][0]] != ",":  # a comma is always a token of its own
        return None
    k = j + 1
    english = toks.word(k) in _ARTICLES
    if english:
        k += 1
    if k >= n or _low(toks.word(k)) not in _ROLE_WORDS:
        return None
    first = k
    english = english or toks.word(k).islower() and _low(toks.word(k)) in _EN_ROLES
    while k < n and k - first < 14:
        s, e = spans[k]
        if "\n" in text[spans[k - 1][1]:s]:
            return None
        w = text[s:e]
        lw = _low(w)
        if _is_cap(w) or lw in _ROLE_WORDS or (k > first and (lw in _TITLE_GLUE or w[:1].isdigit())) or (
                english and w.isalpha() and w.islower() and lw not in _CLAUSE_WORDS):
            k += 1
            continue
        break
    if k == first or k >= n or toks.word(k) not in (",", ".", ")", ";"):
        return None
    return text[spans[first][0]:spans[k - 1][1]]


# Academic degrees written after a name without their dots (case counts: "MP", not "Mp").
_DEGREES = frozenset("""
SH MH SE MM MSi MSc MA MAP MPd SPd SIP SSos MSos ST MT MKes SKM SKep MHum MAg SAg SPt MP SHI MHI PhD
MBA SIKom MIKom SKom MKom SSi MEng LLM MPH SPsi MPsi SKG SpOG SpPD SpA SpB SSTP MSP MAk SAk SKed SIK
""".split())
# letters after a degree, a title the table lacks: "SH MH CRA" (a certificate's)
_MORE_LETTERS = re.compile(r"[A-Z]{2,4}")
# The unit an office heads, whose name follows the office's: "Kapolda Metro Jaya", "Pangdam Jaya".
_UNIT_OF_OFFICE = {"kapolda": "Polda", "kapolres": "Polres", "kapolresta": "Polresta", "kapolrestabes": "Polrestabes",
                   "kapolsek": "Polsek", "pangdam": "Kodam", "danrem": "Korem", "dandim": "Kodim",
                   "kajati": "Kejati", "kajari": "Kejari", "wakapolda": "Polda", "wakapolres": "Polres"}


def _heads_unit(office: str, name: str) -> bool:
    """Whether `office` (lower case) heads a unit that `name` completes into a body of the table
    ("kapolda" and "Metro Jaya": Polda Metro Jaya)."""
    unit = _UNIT_OF_OFFICE.get(office)
    return unit is not None and lookup_body(unit + " " + " ".join(name.split())) is not None


def _unit_of_office_before(toks: _Tokens, i: int, name: str) -> bool:
    """Whether the word before token i is an office whose unit `name` completes ("Kapolda" before
    "Metro Jaya")."""
    return _heads_unit(toks.word(i - 1).lower(), name)


def _clean_person(
    toks: _Tokens, ent: EntitySpan, rng: tuple[int, int] | None
) -> tuple[int, int, str | None, tuple[int, int] | None] | None:
    """Strip honorifics, roles, ages and possessives from a PER span.

    ``rng``: the span's token range (:meth:`_Tokens.index_range`). Returns (start, end,
    role-found-inside, token range of the name) or None when nothing name-like remains.
    """
    text = toks.text
    start, end = ent.start, ent.end
    if text.find(")", start, end) != -1:  # an age in brackets ends with one
        m = _AGE.search(text, start, end)
        if m and m.end() == end:
            end = m.start()
            rng = toks.index_range(start, end)
    if rng is None and text.startswith(("'s", "\u2019s"), end):
        # "Mr Turnbull's visit": the tagger ends the name before a possessive that the
        # tokens keep in the word; take the whole word (the possessive is cut below)
        rng = toks.index_range(start, end + 2)
    if rng is None:
        # offsets do not fall on token boundaries: trust the span as given
        name = text[start:end].strip()
        if not name:
            return None
        return start, start + len(name), None, toks.index_range(start, start + len(name))
    spans = toks.spans
    i, j = rng
    # trailing punctuation / brackets
    while j > i and not text[spans[j - 1][0]].isalnum():
        j -= 1
    role_start = None
    role_end = None
    while i < j:
        a, b = spans[i]
        w = text[a:b]
        lw = w.lower().rstrip(".")
        if not w[:1].isalnum() or lw in _HON or (len(w) == 1 and w.isupper() and i + 1 < j
                                                 and toks.word(i + 1) == ".") or _my_title_word(toks, i, j) or (
                i + 1 < j and (lw in _EN_DEMONYMS or lw in _EN_OPENERS or lw in _RANK_ABBREVIATIONS
                               or lw in _DESCRIPTORS)):
            i += 1
            continue
        if (lw in _ROLE_WORDS and not (lw in _NAME_LIKE and _is_cap(w))) or (
            lw in PERSON_NOUNS and not _is_cap(w)
        ) or _joined_rank(lw):
            if role_start is None:
                role_start = a
            role_end = b
            i += 1
            # a role is often followed by a place or body ("Gubernur Jawa Barat Ridwan Kamil");
            # a rank never is ("Kompol Bambang Irawan": Bambang is also a town)
            # (or the unit the office heads, by the table of bodies: "Kapolda Metro Jaya" heads Polda
            # Metro Jaya). With no name after it, the office is named, not a person: "Kapolrestabes
            # Makassar menyatakan ..."
            gaz = gazetteer_aliases() if lw not in RANKS else ()
            for k in (3, 2, 1):
                if i + k <= j and ((" ".join(toks.word(x).lower() for x in range(i, i + k)) in gaz)
                                   or _heads_unit(lw, " ".join(toks.word(x) for x in range(i, i + k)))):
                    role_end = spans[i + k - 1][1]
                    i += k
                    break
            continue
        break
    if i >= j:
        return None
    cut = _office_after_name(toks, i, j)
    if cut < j:  # "Suryono | Panglima ABRI": the office is the role
        if role_start is None:
            role_start, role_end = spans[cut][0], spans[j - 1][1]
        j = cut
    # the end of an office the tagger took into the name, at a body's acronym: "(Kepala Pusat Data,
    # Informasi dan Komunikasi) Kebencanaan BNPB | Abdul Muhari"
    for k in range(j - 2, i - 1, -1):
        w = toks.word(k)
        if len(w) >= 3 and w.isupper() and w.isalpha() and lookup_body(w) is not None and _is_cap(toks.word(k + 1)):
            if role_start is None:
                role_start = spans[i][0]
            role_end = spans[k][1]
            i = k + 1
            break
    while j - i > 1 and (toks.word(j - 1) in _DEGREES or toks.word(j - 1) == "," or (
            j - i > 2 and toks.word(j - 2) in _DEGREES and _MORE_LETTERS.fullmatch(toks.word(j - 1)))):
        j -= 1  # academic degrees after the name: "Sri Indarti SE MSi", "HM Wardan MP", "Nina Agustina SH MH CRA"
    bounds = _name_bounds(toks, i, j)
    if bounds is None:
        return None
    i, j, office = bounds
    if office is not None and role_start is None:
        role_start, role_end = office
    i = _after_inner_title(toks, i, j)
    s, e = spans[i][0], spans[j - 1][1]
    rng = (i, j)
    if text.endswith("s", s, e):  # a possessive ends with one
        pm = _POSSESSIVE.search(text, s, e)
        if pm and pm.end() == e:
            e = pm.start()
            rng = toks.index_range(s, e)
    role = text[role_start:role_end] if role_start is not None else None
    return s, e, role, rng


@lru_cache(maxsize=1)
def _offices() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """What the bodies table (events_cli/data/bodies.tsv) tells of titles run into a person's
    name: (the bodies' one-word short forms, as written: "Kemenhub | Polana", "TNI | Hadi";
    ministers' one-word titles, lower case, made from their ministries' short forms:
    "Kemenkopolhukam" -> "menkopolhukam", "Kemenlu" -> "wamenlu"; the words of ministries'
    long forms, lower case: "Menteri Koordinator Bidang Kemaritiman | Luhut")."""
    from events_cli.extract import bodies

    short, ministers, fields = set(), set(_MINISTER_TITLES), set()
    for form, body in bodies.forms().items():
        if " " not in form and form != body.long_form:
            short.add(form)
        key = form.lower().replace(" ", "").replace("-", "")
        if key.startswith("kemen"):
            ministers.update(("men" + key[5:], "wamen" + key[5:]))
        if body.kind == "ministry" and form == body.long_form:
            fields.update(w for w in re.findall(r"[a-z]+", form.lower()) if len(w) > 3)
    return frozenset(short), frozenset(ministers), frozenset(fields)


def _in_title(toks: _Tokens, i: int) -> bool:
    """Whether token i goes on with a title: a role word stands before it on its line, with only
    capitalised words, commas, brackets and title glue between ("Menteri Koordinator Bidang
    Politik, Hukum, dan | Keamanan", "Menteri Koordinator (Menko) bidang | Kemaritiman")."""
    text, spans = toks.text, toks.spans
    for k in range(i - 1, max(-1, i - 12), -1):
        if "\n" in text[spans[k][1]:spans[k + 1][0]]:
            return False
        w = toks.word(k)
        lw = _low(w)
        if lw in _ROLE_WORDS:
            return True
        if not (_is_cap(w) or w in ",()" or lw in _TITLE_GLUE):
            return False
    return False


def _name_bounds(toks: _Tokens, i: int, j: int) -> tuple[int, int, tuple[int, int] | None] | None:
    """Tokens i..j-1 of a person's name, without what no name holds at its ends: a time word
    ("Kemarin | Aisah", "Jokowi | Oktober"), a platform ("Instagram | Melani"), "RI" or a country before a full name ("RI | BJ
    Habibie", "Zimbabwe | Robert Mugabe"), a body's or a minister's short title ("Menkopolhukam |
    Wiranto", "Kemenhub | Polana"), the field of a title before it ("... dan Keamanan | Wiranto"),
    a word in lower case after it ("Habibie | apolitis"). Returns the new bounds and the short
    title's offsets (the person's role), or None when the "name" opens with a place ("Rumah Duka
    Habibie")."""
    if j - i < 2:
        return i, j, None
    if _low(toks.word(i)) in _PLACE_HEADS:
        return None
    short, ministers, fields = _offices()
    office = None
    while j - i >= 2:
        w = toks.word(i)
        lw = _low(w)
        if not _is_cap(w):
            break
        if w in short or lw in ministers or office is not None and (
                lw in _ROLE_WORDS and lw not in _NAME_LIKE or lw in _RANK_TAIL or lw in _RANK_ABBREVIATIONS):
            # (and the rank or title written after such a title: "Kostrad | Lettu Inf | Andi")
            a, b = toks.spans[i]
            office = (a, b) if office is None else (office[0], b)
        elif not (lw in _DAY_WORDS or lw in _REPUBLIC or lw in _places().PLATFORMS
                  or lw in fields and _in_title(toks, i) or (
                      j - i >= 3 and lw not in _STATES_ALSO_NAMES and _place_kind(w) == "country")):
            break
        i += 1
    while j - i >= 2:
        w = toks.word(j - 1)
        lw = _low(w)
        if not (lw in _DAY_WORDS or lw in _FULL_MONTHS or w.isalpha() and w.islower() and lw not in _NAME_PARTICLES):
            break
        j -= 1
    return i, j, office


# offices written after a name with no comma, which the tagger ran into it ("Wiranto Panglima ABRI",
# "Luki Hermawan Kapolda Jatim", "Bob Azam Direktur"): words that are no part of any name (ranks,
# which open a name's title, titles that are also names, "Hakim", "King", and ministers' short
# titles, "Mendes", are not here). An Indonesian office follows the name it is said of; an English
# title may open the next name ("Facebook CEO Mark Tan"), so it cuts only at the end ("Michael Wu
# Managing Director").
_OFFICES_AFTER = frozenset("""
presiden wapres menteri menko wamen gubernur wagub bupati wabup walikota wawali camat lurah kades
sekda ketua ketum waketum sekjen sekretaris direktur dirut dirjen kepala kapolri kapolda kapolres
kapolresta kapolrestabes kapolsek wakapolri wakapolda wakapolres kasat kasatreskrim kasatlantas kabid
kabag kabidhumas kadiv kadivhumas kapuspen panglima pangdam danrem dandim danramil kasad kasal kasau
pangkostrad jubir kadis rektor dekan kabiro
""".split())
_EN_OFFICES_AFTER = frozenset("""
president minister governor mayor chairman chairwoman chairperson ceo cfo cto coo director manager
officer spokesman spokeswoman spokesperson secretary chief
""".split())
# words that open such an office before its head word: "Wakil Ketua", "Managing Director"
_OFFICE_OPENERS = frozenset("wakil plt plh pj prime vice deputy senior managing executive general acting".split())


def _office_after_name(toks: _Tokens, i: int, j: int) -> int:
    """Where a name in tokens i..j-1 ends before an office written after it (j when none): at
    the first capitalised office word past the name's first word, with the words opening that
    office before it ("Joko Santoso | Wakil Ketua DPRD"), when the words before are a name's
    (capitalised, no role, acronym or place: "Jakarta Governor Anies" is a title before a name)."""
    for x in range(i + 1, j):
        w = toks.word(x)
        lw = _low(w)
        if not _is_cap(w):
            continue
        if lw in _OFFICES_AFTER or lw in _EN_OFFICES_AFTER and all(
                _low(toks.word(k)) in _EN_OFFICES_AFTER or _low(toks.word(k)) in _OFFICE_OPENERS for k in range(x + 1, j)):
            while x - 1 > i and _low(toks.word(x - 1)) in _OFFICE_OPENERS and _is_cap(toks.word(x - 1)):
                x -= 1
            for k in range(i, x):
                v = toks.word(k)
                if not (_is_cap(v) and v[1:].lower() == v[1:]) or _low(v) in _ROLE_WORDS or _low(v) in _OFFICE_OPENERS or (
                        _place_kind(v) != "other"):
                    return j
            return x
    return j


def _after_inner_title(toks: _Tokens, i: int, j: int) -> int:
    """Where the name starts in tokens i..j-1 that hold a title before it: after the last rank or
    English title word that has a name of capitalised words after it (of two words at least
    after an English title) ("Sukajadi Kompol | Hendro
    Saragih", "Bogor Regent | Ade Kurniasih"). The title is found again before the name as
    its role (:func:`_role_before`)."""
    if j - i < 3:
        return i
    for x in range(j - 2, i, -1):
        w = toks.word(x)
        if _low(w) in _TITLE_ENDS and _is_cap(w):
            k = x + 1
            while k < j - 1 and _low(toks.word(k)) in _RANK_ABBREVIATIONS | {"."}:
                k += 1
            # after an English title, a name of two words or more ("Martin King Harris" is one name)
            if (j - k >= 2 or _low(w) in RANKS) and all(
                    _is_cap(toks.word(y)) and _low(toks.word(y)) not in _ROLE_WORDS for y in range(k, j)):
                return k
            return i
    return i


# words of ORG_HEADS that end Indonesian bodies' names only ("Umrah Kemenag" is the ministry's
# pilgrimage service, no man): not the English ones, nor those that are also name parts
_BODY_LAST_WORDS = ORG_HEADS - frozenset("""
news times post tv radio united group front forum club co company inc corp corporation ltd llc
holding who uni ma mk bi bin ky pp mas sri univ organisasi
""".split())
_STATE_KINDS = frozenset({"country", "continent", "province"})
_MANY_WORD_STATES = _STATE_KINDS | {"region"}
# countries whose names are also people's given names ("Jordan", "Georgia")
_STATES_ALSO_NAMES = frozenset("jordan chad georgia israel india kenya victoria".split())


_PT = re.compile(r"\bPT\.?[ \t]+")


def _after_pt(text: str, name: str) -> bool:
    """Whether ``text`` writes ``name`` after "PT" (``\\bPT\\.?[ \\t]+NAME\\b``), without
    compiling that pattern for every name (nearly every name is new: each import paid a
    compilation, ~0.1 ms, for each person of the articles that write "PT")."""
    if name[:1] in " \t." or not name:  # (where the pattern could split otherwise)
        return re.search(r"\bPT\.?[ \t]+" + re.escape(name) + r"\b", text) is not None
    last = _word_char(name[-1])
    for m in _PT.finditer(text):
        end = m.end() + len(name)
        if text.startswith(name, m.end()) and last != (end < len(text) and _word_char(text[end])):
            return True
    return False


def _word_char(c: str) -> bool:
    """A character of ``\\w`` (what ``\\b`` tells from the rest)."""
    return c.isalnum() or c == "_"


def _body_or_state(text: str, name: str) -> bool:
    """Whether a "person" is a body or a state by its words or by the article: its last word
    ends bodies' names ("Imunisasi Kemenkes"), the article writes it after "PT" ("PT Angkasa
    Pura II"), or it is one word naming a country or province ("Indonesia's")."""
    last = name.rsplit(None, 1)[-1]
    if _low(last) in _BODY_LAST_WORDS or " " in name and last in _offices()[0]:
        return True  # (or a body's short form: "Gakkum Ditlantas", "Humas Polri")
    if "PT" in text and _after_pt(text, name):
        return True
    if " " not in name:
        return _low(name) not in _STATES_ALSO_NAMES and _places().resolve_place(name).kind in _STATE_KINDS
    # a region or province of two or three words is no person either ("Southeast Asia's largest
    # economy", "West Java's governor"): only as written in the gazetteer
    if name.count(" ") <= 2 and last[:1].isupper():
        hit = _places().gazetteer.lookup(name)
        return hit is not None and hit.kind in _MANY_WORD_STATES
    return False


def _after_role_word(toks: _Tokens, i: int | None) -> bool:
    """Whether token i (of an ORG span's start) follows a role word: "Menteri | Luar Negeri"."""
    return bool(i) and _low(toks.word(i - 1)) in _ROLE_WORDS


def _title_fragment(toks: _Tokens, i: int) -> bool:
    """An ORG span, starting at token i right after a role word, that only continues a
    title: "Menteri | Luar Negeri Rusia"; not "Ketua | KPK", "Ketua | Partai Golkar" or
    "Wakil Ketua | Komite Sentral"."""
    first = toks.word(i)
    if first.isupper() or _low(first) in ORG_HEADS:
        return False
    return True


def _inside_title(toks: _Tokens, s: int, t: int, per_starts: set[int]) -> bool:
    """A body named only inside a person's title, between a role word and the name:
    "Wakil Ketua Komite Sentral Korea Utara | Kim Yong Chol". It is the person's role,
    not an actor of its own; an abbreviation ("Ketua KPK Agus Rahardjo") stays one.
    An abbreviation opening the span keeps it a body ("Kepala BPBD Garut Sinta"). The span
    starts right after a role word (:func:`_after_role_word`)."""
    rng = toks.index_range(s, t)
    first = toks.text[s:t].split(None, 1)[0]
    if rng is None or rng[1] >= toks.n or (first.isupper() and len(first) > 1):
        return False
    nxt = toks.spans[rng[1]][0]
    return nxt in per_starts and toks.text[t:nxt].strip() == "" and "\n" not in toks.text[t:nxt]


_NAMES_FOR_ONE_PASS = 40  # more names than this are looked for in one pass over the text


def _positions(text: str, name: str) -> Iterator[int]:
    """Where ``name`` is written in ``text`` (overlapping occurrences too), in order."""
    pos = text.find(name)
    while pos != -1:
        yield pos
        pos = text.find(name, pos + 1)


def _occurrences(text: str, names: list[str]) -> dict[str, list[int]]:
    """:func:`_positions` of many names at once, found in one pass over the text (a search
    per name reads the text once per name: long texts name hundreds)."""
    import ahocorasick

    auto = ahocorasick.Automaton(ahocorasick.STORE_LENGTH)
    for name in names:
        auto.add_word(name)
    auto.make_automaton()
    found: dict[str, list[int]] = {}
    for end, size in auto.iter(text):
        start = end - size + 1
        found.setdefault(text[start:end + 1], []).append(start)
    for positions in found.values():
        positions.sort()
    return found


def _propagate_names(toks: _Tokens, entities: list[EntitySpan], sources: list[EntitySpan]) -> list[EntitySpan]:
    """Names the tagger found in one sentence, also where it missed them in another.

    Every untagged occurrence, on token boundaries and starting with a capital, of the
    exact text of a PER or ORG span found elsewhere in the article becomes a span of
    that label, when the article never tags that text otherwise ("Kim ke Rusia" when
    "Kim" is a person two sentences later). Names are taken from ``sources`` only.
    Occurrences are taken from left to right; of names that start at the same token,
    the one seen first in ``sources`` wins.
    """
    labels: dict[str, str | None] = {}  # name -> its label; None when tagged with two
    for e in sources:
        if e.text[:1].isupper() and labels.setdefault(e.text, e.label) != e.label:
            labels[e.text] = None
    # A name written where a (non-empty) span starts is tagged there; only the other
    # places a name is written, starting on a token, are candidates.
    ent_starts = {e.start for e in entities if e.end > e.start}
    text = toks.text
    names: list[tuple[tuple[str, ...], str, str]] = []  # (words, name, label) with candidates
    found: list[tuple[int, int]] = []  # (token index, rank of the name in names)
    wanted = [name for name, label in labels.items() if label == "PER" or label == "ORG"]
    at = _occurrences(text, wanted) if len(wanted) > _NAMES_FOR_ONE_PASS else None
    for name in wanted:
        hits = []
        for pos in at.get(name, ()) if at is not None else _positions(text, name):
            if pos not in ent_starts:
                i = toks.starting_at(pos)
                if i is not None:
                    hits.append(i)
        if not hits:
            continue
        words = tuple(token_texts(name))
        if words and " ".join(words) == " ".join(name.split()):
            found.extend((i, len(names)) for i in hits)
            names.append((words, name, labels[name]))
    if not found:
        return entities
    spans = toks.spans
    # A token is taken when it overlaps a span (also one that does not fall on token
    # boundaries; a span ending before its start overlaps nothing). Only the few tokens of
    # candidates are asked about, rather than every span's tokens marked.
    taken = SpanSet((e.start, e.end) for e in entities if e.end >= e.start)

    added_tokens: set[int] = set()  # the tokens of the names added below
    n = toks.n
    added = []
    for i, rank in sorted(found):
        name_words, name, label = names[rank]
        k = len(name_words)
        if i + k > n or any(j in added_tokens or taken.overlaps(*spans[j]) for j in range(i, i + k)):
            continue
        if tuple([text[a:b] for a, b in spans[i:i + k]]) != name_words:
            continue
        s, e = spans[i][0], spans[i + k - 1][1]
        if text[s:e] != name:  # a line break inside: not the same name
            continue
        added.append(EntitySpan(s, e, name, label))
        added_tokens.update(range(i, i + k))
    if not added:
        return entities
    return sorted(entities + added, key=_START_END)


_PAIR = re.compile(r"(?<=[a-z])-(?=[A-Z])|(?<=\w)\s+[-\u2013\u2014&]\s+(?=[A-Z])")


def _split_pair(text: str, s: int, t: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Two full names joined by a hyphen or "&" ("Edy Rahmayadi-Musa Rajekshah", "Dina Lestari &
    Rudi Hartawan"), each of at least two words; names like "Jean-Pierre Papin" or "Kim Jong-un"
    are left alone."""
    name = text[s:t]
    if "-" not in name and "\u2013" not in name and "\u2014" not in name and "&" not in name:
        return None
    hits = list(_PAIR.finditer(name))
    if len(hits) != 1:
        return None
    k, k2 = hits[0].span()
    left, right = name[:k], name[k2:]
    if len(left.split()) < 2 or len(right.split()) < 2:
        return None
    return (s, s + k), (s + k2, t)


_BRACKETED = re.compile(r"[ \t]*\([ \t]*([^()\n]{1,40}?)[ \t]*\)")


def _bracketed_alias(text: str, end: int, max_words: int) -> str | None:
    """The short form written in brackets right after a name: "Joko Widodo (Jokowi)",
    "Komisi Pemberantasan Korupsi (KPK)"; not an age "(22)"."""
    # the first character after the name that is no space or tab must be the "("
    head = text[end:end + 2].lstrip(" \t")
    if head and head[0] != "(":
        return None
    m = _BRACKETED.match(text, end)
    if not m:
        return None
    inner = " ".join(m.group(1).split())
    if not inner[:1].isupper() or len(inner.split()) > max_words or any(ch.isdigit() for ch in inner):
        return None
    return inner


# the honorifics that make a nickname of one name ("Gus Dur", "Cak Imin", "Bung Karno", "Kang Emil")
NICKNAME_HONORIFICS = frozenset({"gus", "cak", "bung", "kang", "mbah", "ning"})
# "Abdurrahman Wahid alias Gus Dur", "Basuki Tjahaja Purnama atau yang akrab disapa Ahok"
_CALLED = re.compile(r"[ \t]*,?[ \t]+(?:alias|atau(?:[ \t]+yang)?(?:[ \t]+(?:akrab|biasa|kerap|lebih))?[ \t]+"
                     r"(?:disapa|dipanggil|dikenal))[ \t]+([A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+)?)")


def nickname(name: str) -> bool:
    """A name of two words that an honorific opens: "Gus Dur", "Cak Imin" (one person's short form)."""
    words = name.split()
    return len(words) == 2 and words[0].lower() in NICKNAME_HONORIFICS


def _person_alias(text: str, end: int) -> str | None:
    """The short form of a person's full name written right after it: in brackets ("Joko Widodo
    (Jokowi)", "Abdurrahman Wahid (Gus Dur)") or after "alias" or "atau yang akrab disapa"; one word,
    or a nickname (:func:`nickname`)."""
    short = _bracketed_alias(text, end, max_words=2)
    if short is None and (m := _CALLED.match(text, end)):
        short = m.group(1)
    if short is None or (" " in short and not nickname(short)):
        return None
    return short


# a name made of nothing but legal forms, split by spaces, dots and brackets ("PT", "PT. Tbk",
# "(Persero)"): each form a whole word, so "ptx" or "corporation" do not match
_BARE_DESIGNATOR = re.compile(
    r"[\s.()]*(?:(?:%s)(?![^\s.()])[\s.()]*)+" % "|".join(sorted(_BARE_DESIGNATORS))
)


# a nickname in quotes between a person's given name and family name, as English news writes
# Indonesian leaders: 'Joko "Jokowi" Widodo', 'Basuki "Ahok" Tjahaja Purnama'
_NICK_OPEN = re.compile(r"[ \t]+[\"\u201c]\Z")
_NICK_CLOSE = re.compile(r"[\"\u201d][ \t]+\Z")
_NICK_WHOLE = re.compile(r"[ \t]+[\"\u201c]([A-Z][\w.'\u2019-]*(?:[ \t][A-Z][\w.'\u2019-]*)?)[\"\u201d][ \t]+\Z")


def _quoted_nicknames(text: str, persons: list[tuple[int, int, str | None]], writtens: list[str]
                      ) -> tuple[dict[int, str], dict[str, str]]:
    """The persons (by index) that are parts of a name written with a nickname in quotes
    inside it ('Joko "Jokowi" Widodo', the nickname tagged as a person of its own or not),
    each with the whole name ("Joko Widodo"); and each nickname, lower-cased, with the name
    it stands for (a later "Jokowi" alone)."""
    parts: dict[int, str] = {}
    nicks: dict[str, str] = {}
    k = 0
    while k < len(persons) - 1:
        s1, t1, _ = persons[k]
        s2, t2, _ = persons[k + 1]
        m = _NICK_WHOLE.match(text[t1:s2]) if s2 > t1 else None
        if m:  # the nickname untagged: two persons around it
            full = writtens[k] + " " + writtens[k + 1]
            parts[k] = parts[k + 1] = full
            nicks.setdefault(m.group(1).lower(), full)
            k += 2
            continue
        if (k + 2 < len(persons) and s2 > t1 and _NICK_OPEN.match(text[t1:s2])
                and persons[k + 2][0] > t2 and _NICK_CLOSE.match(text[t2:persons[k + 2][0]])
                and " " not in writtens[k + 1].strip()):
            full = writtens[k] + " " + writtens[k + 2]
            parts[k] = parts[k + 1] = parts[k + 2] = full
            nicks.setdefault(writtens[k + 1].lower(), full)
            k += 3
            continue
        k += 1
    return parts, nicks


@lru_cache(maxsize=50_000)
def _bare_designator(name: str) -> bool:
    return _BARE_DESIGNATOR.fullmatch(name.lower()) is not None


# lower-case particles that may open a surname ("de Burgh", "van Gaal")
_NAME_PARTICLES = frozenset("de van von der den du da del della di le la al el bin binti".split())
# a "name" made of nothing but these words is a title or a direction, no person
_NOT_NAME_PARTS = _ROLE_WORDS | _HON | DIRECTIONS


# Makers of the cars, lorries and motorcycles that accident reports name with their model.
_VEHICLE_MAKES = frozenset("""
toyota honda isuzu suzuki daihatsu mitsubishi yamaha kawasaki hyundai nissan mazda wuling kia
hino datsun chevrolet ford bmw mercedes-benz mercedes volkswagen vw tvs vespa piaggio ktm
""".split())


# ranks written short, which end no one's name ("Laksamana", "Jenderal" may: "Agung Laksamana")
_SHORT_RANKS = frozenset("""
kompol akbp akp kombes iptu ipda aiptu aipda bripka brigpol briptu bripda brigjen irjen komjen laksda laksma
marsda marsma mayjen letjen brigjend letkol serda sertu serka serma pelda peltu kopda koptu praka pratu prada
""".split())
_ARABIC_ARTICLES = frozenset("al el ad ar as at az an ash ad-din ud ul ur abd abu ibn bin".split())


@lru_cache(maxsize=50_000)  # the same names come up in article after article
def _looks_like_person(name: str) -> bool:
    if not name:
        return False
    if not name[:1].isupper():
        parts = name.split()
        if not (len(parts) >= 2 and parts[0] in _NAME_PARTICLES and parts[1][:1].isupper()):
            return False
    if " " not in name and (name.lower() in _NOT_NAMES or name.lower() in _DESCRIPTORS or name.lower() in _DAY_WORDS or (
            name.lower() in PERSON_NOUNS and name.lower() not in _NAME_LIKE)):
        return False
    first = name.split(None, 1)[0]
    if first.lower() in _LEGAL_INSTRUMENTS and (first.isupper() or len(first) > 2):
        return False  # "RUU Minerba"; but "Uu Ruzhanul Ulum" is a man's name
    if " " in name and first.lower() in _VEHICLE_MAKES:
        return False  # "Toyota Fortuner", "Honda Scoopy": the vehicles of an accident's report
    if first == "Radar" and " " in name:
        return False  # "kepada Radar Lamsel": the Radar papers (Jawa Pos's regional dailies), no person
    if any(map(str.isdigit, name)):
        return False
    parts = name.split()
    if parts[-1].lower().rstrip(".") in _RANK_ABBREVIATIONS or parts[-1].lower().rstrip(".") in _SHORT_RANKS:
        return False  # "Pol" of "Brigjen Pol. Faizal", "Kapolsekta Banjarmasin Kompol": a rank, before a name
    if any(p[:1].islower() and "-" in p and p.split("-", 1)[0] not in _ARABIC_ARTICLES for p in parts[1:]):
        return False  # "Police re-examine Bali teenager case": a headline's verb, no part of a name ("al-Fatih" is)
    if all(p.lower() in _EN_DEMONYMS for p in parts) or name.lower() in _EN_DEMONYM_PHRASES:
        return False  # "South African", "Sri Lankan"
    for p in name.split():
        if p.lower().rstrip(".") not in _NOT_NAME_PARTS:
            return True
    return False


def _lone_byline(text: str, s: int, t: int) -> bool:
    """A name in capitals alone in its paragraph, at the article's end or on a line of its own:
    the writer's byline ("...,ANWAR SISWADI", "\nBUDI SANTOSO\n"), no actor."""
    name = text[s:t]
    if not name.isupper() or " " not in name:
        return False
    before = text[max(0, s - 200):s]
    cut = max(before.rfind("\n"), before.rfind(","))
    if cut == -1 and s > 200 or before[cut + 1:].strip():
        return False
    after = text[t:t + 200]
    end = after.find("\n")
    return not (after if end == -1 else after[:end]).strip(" \t.")


def _common_word(toks: _Tokens, s: int, t: int) -> bool:
    """A word the article also writes in lower case is a common word, not a name
    ("Nyeri", "Daun", "Studi" at the start of a sentence); so is a word that opens a sentence
    with no Indonesian word in it and that English writes only in lower case ("Currently, ...",
    "Came fourth.")."""
    w = toks.text[s:t]
    if " " in w or w.isupper():
        return False
    low = w.lower()
    if not low.islower():
        return False
    return toks.has_word(low) or (_sentence_start(toks.text, s) and _english_words().get(low) == "ed=l"
                                  and not _indonesian_after(toks.text, t))


def _indonesian_after(text: str, t: int) -> bool:
    """Whether the sentence going on after position t holds a common Indonesian word ("Made
    menjelaskan ...": Made is a Balinese name there, not the English word)."""
    from events_cli.extract.ner import _ID_MARKERS

    end = min(len(text), t + 200)
    for stop in ".!?\n":
        k = text.find(stop, t, end)
        if k != -1:
            end = k
    return not _ID_MARKERS.isdisjoint(_LETTERS.findall(text[t:end].lower()))


def _sentence_start(text: str, s: int) -> bool:
    """Whether position s opens the text, a line or a sentence (quotes and brackets aside)."""
    k = s
    while k > 0 and text[k - 1] in " \t\"'\u201c\u2018(":
        k -= 1
    return k == 0 or text[k - 1] in "\n.!?:"


def _english_words() -> dict[str, str]:
    from events_cli.extract.ner import english_words

    return english_words()


def _contains(seq: list[str], sub: list[str]) -> bool:
    n, k = len(seq), len(sub)
    if k == 1:
        return sub[0] in seq
    return any(seq[x:x + k] == sub for x in range(n - k + 1))


# Words that open or close the name of an organisation, never a person's: a "person" the
# tagger found with one of them first or last is an organisation ("Mighty Minds Preschool",
# "Yayasan Kita Bisa").
_ORG_ENDS = frozenset("""
kementerian partai universitas institut yayasan asosiasi federasi komisi badan lembaga bank pt tbk
persero polres polresta polda polsek dinas sekolah pengadilan mahkamah kejaksaan perusahaan koperasi
school preschool university college institute foundation association agency ministry department
council committee commission party hospital academy corporation company inc ltd llc corp club fc
airlines airways entertainment studios records laboratory center centre society museum league
government affairs pb pictures production productions racing motors force forces command bureau authority
united city hotspur wanderers albion rovers county athletic atletico borussia olympique sporting bayern real
inter ac ss
""".split())  # ("PB": a badminton club, "PB Djarum"; football clubs: "Borussia Dortmund", "Norwich City")


# "Club Brugge vs Galatasaray": two sides of a match, not one name
# "vs" joins two names, and so does a spaced long dash, which never stands inside a body's or a
# person's name ("Diskominfo Fakfak – Dinas Komunikasi ...": the dateline's name, then the lede's)
_VERSUS = re.compile(r"\s+(?:vs\.?|versus|[–—])\s+", re.IGNORECASE)
_WORD_SPAN = re.compile(r"\S+")


def _tidied(e: EntitySpan) -> list[EntitySpan]:
    """The span cut at "vs" into the names it joins, and each name cut before the first
    function word or verb in lower case (:func:`text.name_end`); a company's name that the
    tagger ran on from its owner's opens at its "PT" ("... Prajogo Pangestu | PT Barito Pacific Tbk")."""
    if e.label == "ORG" and " PT " in e.text:
        k = e.text.index(" PT ") + 1
        e = EntitySpan(e.start + k, e.end, e.text[k:], e.label)
    if " " not in e.text or (not _VERSUS.search(e.text) and name_end(e.text, 0, len(e.text)) == len(e.text)):
        return [e]  # one word, or one name that does not run on (most names)
    pieces, a = [], 0
    for m in _VERSUS.finditer(e.text):
        pieces.append((a, m.start()))
        a = m.end()
    pieces.append((a, len(e.text)))
    out = []
    while pieces:
        a, b = pieces.pop(0)
        end = name_end(e.text, a, b)
        if end > a:
            out.append(EntitySpan(e.start + a, e.start + end, e.text[a:end], e.label))
        # a second name after the words that ended the first ("Los Blancos dibungkam Paris
        # Saint-Germain"): the next capitalised word past them opens it
        if end < b and e.text[end:b].split(None, 1)[0].lower() not in _ALIAS_WORDS:
            m = _NEXT_CAPITAL.search(e.text, max(end, a + 1), b)
            if m:
                pieces.insert(0, (m.start(), b))
    return out


_ALIAS_WORDS = frozenset({"alias", "atau", "aka", "or"})  # "Ipan alias Gopal": one person
_NEXT_CAPITAL = re.compile(r"(?<=\s)[A-Z]")


# Bodies whose names join two fields with "dan": "Dinas Koperasi dan UKM", "Badan Meteorologi,
# Klimatologi, dan Geofisika". The tagger often ends the name at the "dan".
_BODY_HEADS = frozenset("kementerian kemenko dinas badan komisi lembaga direktorat ditjen biro".split())
_AND_MORE = re.compile(r"(?:,[ \t]*[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)*)*,?[ \t]+dan[ \t]+"
                       r"(?P<rest>[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)*)")


def _joined_bodies(text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
    """A body's name that the tagger ended at its "dan" goes on to the end of the capitalised
    words after it, unless those name another body ("Dinas Kesehatan dan Dinas Pendidikan",
    "Kementerian Keuangan dan Bank Indonesia") or are an acronym tagged on its own ("... dan BI").
    It stops before a person the tagger found there ("... dan UKM Kota Bandung Atet Dedi
    Handiman")."""
    out: list[EntitySpan] = []
    skip_to = -1
    for k, e in enumerate(entities):
        if e.start < skip_to:
            continue
        if e.label == "ORG" and _low(e.text.split(None, 1)[0]) in _BODY_HEADS:
            m = _AND_MORE.match(text, e.end)
            rest = m.group("rest").split() if m else None
            after = entities[k + 1:k + 6]
            whole = rest and lookup_body(" ".join(text[e.start:m.end()].split()))  # the table's long form
            if whole or rest and _low(rest[0]) not in ORG_HEADS and not any(
                    o.start == m.start("rest") and (o.text.isupper() or o.label == "PER") for o in after):
                end = m.end() if whole else min(
                    [m.end()] + [o.start for o in after if o.label == "PER" and e.end < o.start < m.end()])
                end = len(text[:end].rstrip())
                out.append(EntitySpan(e.start, end, text[e.start:end], "ORG"))
                skip_to = end
                continue
        out.append(e)
    return out


# An English body named by its kind and its field: "Centre for Strategic and International
# Studies", "Bureau of Customs", "Ministry of Foreign Affairs". The tagger often ends the name at
# "for" or "and" and tags the field apart.
_EN_BODY_KINDS = frozenset("""
centre center institute ministry department council agency commission bureau office board
authority survey
""".split())
_EN_VENUE_KINDS = frozenset({"centre", "center", "office"})  # (a place too: "the Banbury Center")
_FIELD_LINKS = frozenset({"for", "of"})
_FIELD_GLUE = frozenset({"and", "&", "of", "for"})


def _field_end(text: str, e: EntitySpan, persons: list[int]) -> int:
    """Where the field after an English body's kind ends ("Centre | for Strategic and
    International Studies |"), or ``e.end`` when none follows. The field goes over capitalised
    words and the glue between them; it stops before a title, a person the tagger found, and an
    "and" that opens another body's name ("Ministry of Finance | and Bank Indonesia")."""
    words = [(m.start() + e.end, m.end() + e.end, m.group())
             for m in _WORD_SPAN.finditer(text[e.end:e.end + 120].split("\n", 1)[0])]
    if len(words) < 2 or words[0][2] not in _FIELD_LINKS:
        return e.end
    end = e.end
    k = 1
    while k < len(words):
        a, b, w = words[k]
        core = w.rstrip(",.;:)\"'”")
        if not core or a in persons or _low(core) in _ROLE_WORDS:
            break
        if core in _FIELD_GLUE and k + 1 < len(words):
            nxt = words[k + 1][2]
            if core == "and" and (_low(nxt) in ORG_HEADS or _low(nxt) in _ORG_ENDS or nxt == "the"):
                break
            if not nxt[:1].isupper() or core != w:
                break
            k += 1
            continue
        if not core[:1].isupper() or core.isupper() and len(core) > 1 and k == 1:
            break
        end = a + len(core)
        if core != w:
            break  # a comma or a stop closes the name
        k += 1
    return end if end > e.end and text[end - 1:end].isalpha() else e.end


_AND_FIELD = re.compile(r"[ \t]+(?:and|&)[ \t]+((?:[A-Z][a-z]+[ \t]+)?[A-Z][a-z]+)\b(?![ \t]+[A-Z])")


def _second_field(text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
    """An English ministry's name the tagger ended after its first field ("Ministry of Water
    Resources | and Meteorology", "Ministry of Communication | and Information Technology"): taken on
    over "and" and the second field's one or two words."""
    out = []
    for e in entities:
        words = e.text.split()
        if (e.label == "ORG" and len(words) >= 3 and " of " in e.text
                and (_low(words[-1]) in _FIELD_TAILS or _low(words[-1]) in _FIELD_WORDS
                     or _low(words[0]) in _EN_BODY_KINDS and words[1] == "of")):
            # ("Ministry of Communication | and Information Technology": two words of the second field)
            m = _AND_FIELD.match(text, e.end)
            if m and not any(_low(w) in ORG_HEADS or _low(w) in _EN_BODY_KINDS or _low(w) in _ROLE_WORDS
                             for w in m.group(1).split()):
                e = EntitySpan(e.start, m.end(), text[e.start:m.end()], "ORG")
        out.append(e)
    return out


# the kind and the words before it of an English body whose field the tagger took alone:
# "Indonesian Coalition for | Drug Policy Reform", "Center for | Strategic and International Studies"
_KIND_FOR_BEFORE = re.compile(
    r"((?:[A-Z][\w'\u2019-]*[ \t]+){0,4}(?:Coalition|Alliance|Association|Society|Foundation|Forum|Network"
    r"|Movement|Institute|Centre|Center|Council|Committee|League|Union|Federation|Organi[sz]ation|Agency"
    r"|Commission|Ministry|Department|Office|Bureau|Board|Authority))[ \t]+for[ \t]+\Z")


_AND_BETWEEN = re.compile(r"[ \t]+and[ \t]+\Z")
_POSSESSOR = re.compile(r"[A-Z][\w.-]*['\u2019]s[ \t]+")


def _english_and_kind(text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
    """An English body's name the tagger split at its "and" ("Indonesia's National Disaster Management |
    and | Mitigation Agency", "Indonesian Meteorology | and | Geophysics Agency"): the span ending with a
    body's kind and the capitalised span right before "and" are one body (no kind or body's word in the
    first part: "the Ministry of Finance and Bank Indonesia" are two), the owner's possessive left out."""
    if " and " not in text:
        return entities
    out: list[EntitySpan] = []
    for e in entities:
        words = e.text.split()
        if (e.label == "ORG" and out and 2 <= len(words) <= 4 and _low(words[-1]) in _EN_BODY_KINDS
                and all(w[:1].isupper() for w in words) and out[-1].label in ("ORG", "LOC")
                and _AND_BETWEEN.fullmatch(text, out[-1].end, e.start)):
            first = out[-1]
            owner = _POSSESSOR.match(first.text)
            start = first.start + (owner.end() if owner else 0)
            head = text[start:first.end].split()
            if 1 <= len(head) <= 3 and all(w[:1].isupper() and w.isalpha() for w in head) and not any(
                    _low(w) in _EN_BODY_KINDS or _low(w) in ORG_HEADS or _low(w) in _EN_ROLES for w in head):
                out.pop()
                if owner:
                    out.append(EntitySpan(first.start, start, first.text[:owner.end()].rstrip(), "LOC"))
                out.append(EntitySpan(start, e.end, text[start:e.end], "ORG"))
                continue
        out.append(e)
    return out


def _english_kind_before(text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
    """ORG spans taken back over "<Kind> for" before them (:data:`_KIND_FOR_BEFORE`)."""
    if " for " not in text:
        return entities
    out: list[EntitySpan] = []
    for e in entities:
        if e.label == "ORG" and e.text[:1].isupper() and text.endswith("for ", 0, e.start) and (
                m := _KIND_FOR_BEFORE.search(text, max(0, e.start - 80), e.start)) is not None:
            start = m.start(1)
            while out and out[-1].start >= start:  # spans inside the longer name
                out.pop()
            out.append(EntitySpan(start, e.end, text[start:e.end], "ORG"))
            continue
        out.append(e)
    return out


def _english_fields(text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
    """ORG spans that end with an English body's kind, taken on over the field after them
    (:func:`_field_end`); the spans inside the longer name are dropped."""
    if not any(e.label == "ORG" and _low(e.text.rsplit(None, 1)[-1]) in _EN_BODY_KINDS for e in entities if e.text):
        return entities
    persons = [e.start for e in entities if e.label == "PER"]
    out: list[EntitySpan] = []
    skip_to = -1
    for e in entities:
        if e.start < skip_to:
            continue
        if e.label == "ORG" and e.text and _low(e.text.rsplit(None, 1)[-1]) in _EN_BODY_KINDS:
            end = _field_end(text, e, persons)
            if end > e.end:
                out.append(EntitySpan(e.start, end, text[e.start:end], "ORG"))
                skip_to = end
                continue
        out.append(e)
    return out


def _titled_person(e: EntitySpan, label: str = "ORG") -> list[EntitySpan]:
    """An ORG span that holds an English title and the name after it: "World Water Council
    President Lucien Fabre" is the council and a person; "Indonesian Foreign Minister Retno
    Marsudi" a person (the title, found again before the name, becomes the role). A LOC span
    so made ("West Java Governor Darmawan") keeps its place (``label``)."""
    if _EN_ROLES.isdisjoint(map(str.lower, e.text.split())):
        return [e]
    body = e.text.rstrip(",.;:!?)\"'” ")
    words = [(m.start(), m.end(), m.group()) for m in _WORD_SPAN.finditer(body)]
    roles = [k for k, (_, _, w) in enumerate(words) if w.lower() in _EN_ROLES]
    if not roles or roles[-1] >= len(words) - 1:
        return [e]
    name = words[roles[-1] + 1:]
    if len(name) >= 4 and name[0][2] == "of" and name[1][2][:1].isupper():
        # the title's field first: "Superintendent of Police | Ramesh Thapa", "Secretary of State |
        # Antony Blinken", "Minister of Home Affairs | Tito Karnavian", "Minister of Culture and Fine
        # Arts | Pheng Sokna" (a field of two joined by "and" runs to its last field word)
        k = 3 if _low(name[2][2]) in _FIELD_TAILS else 2
        glued = [j for j in range(2, len(name) - 2) if name[j][2] in ("and", "&")]
        if glued and k == 2:
            last = next((j for j in range(len(name) - 2, glued[0], -1)
                         if _low(name[j][2]) in _FIELD_TAILS or _low(name[j][2]) in _FIELD_WORDS), None)
            if last is not None:
                k = last + 1
        name = name[k:]
        if not name:
            return [e]
    # honorifics before the name ("Premier Tan Sri | Abang Johari Tun Openg", "Minister Datuk Seri | Ali")
    while len(name) > 2:
        w0, w1 = _low(name[0][2].rstrip("'\u2019")), _low(name[1][2])
        if w0 in _MY_TITLE_FIRSTS and w1 in _MY_TITLE_SECONDS:
            name = name[2:]
        elif w0 in _HON:
            name = name[1:]
        else:
            break
    # "General Elections Commission": the words after the title name a body, not a person
    if len(name) > 4 or not name[0][2][:1].isupper() or _low(name[-1][2]) in _ORG_ENDS or not all(
            w[:1].isupper() or w in _NAME_PARTICLES for _, _, w in name):
        return [e]
    out = []
    prefix = words[:roles[0]]
    if prefix and not all(w.lower().strip(".") in _EN_DEMONYMS or w.lower() == "the" for _, _, w in prefix):
        before = e.text[:prefix[-1][1]]
        if label == "ORG" and _places().gazetteer.lookup(before) is not None:
            label = "LOC"  # "Sarawak Premier Abang Johari": the state the office is of, no body
        out.append(EntitySpan(e.start, e.start + prefix[-1][1], before, label))
    a = name[0][0]
    out.append(EntitySpan(e.start + a, e.start + len(body), body[a:], "PER"))
    return out


def _as_organisation(e: EntitySpan) -> EntitySpan | None:
    """A person's span named like a body: a body's word opens or closes it, or it holds a police
    unit's name ("Unit Reskrim Polsek Balaraja" is a body; "Reskrim" alone, the unit of a "Kanit
    Reskrim", is nobody: None)."""
    words = e.text.split()
    if len(words) >= 2 and (_low(words[0]).strip(".,") in _ORG_ENDS or _low(words[-1]).strip(".,") in _ORG_ENDS):
        return EntitySpan(e.start, e.end, e.text, "ORG")
    lead = 0
    while lead < len(words) - 1 and _low(words[lead]) in _ROLE_WORDS:
        lead += 1  # "Kanit | Reskrim": the head of the unit
    rest = words[lead:]
    if len(rest) == 1 and _police_unit(rest[0]):
        return None
    if lead == 0 and len(rest) >= 2 and (_police_unit(rest[0]) or (
            _low(rest[0]) in ("unit", "satuan") and _police_unit(rest[1]))):
        return EntitySpan(e.start, e.end, e.text, "ORG")
    return e


def _police_unit(word: str) -> bool:
    """ "Satreskrim", "Polsek", or a unit's name without its "Sat" ("Reskrim", "Lantas"): the police's,
    by the table of bodies."""
    return len(word) >= 4 and word[:1].isupper() and word[1:].islower() and word.lower() in _police_unit_words()


@lru_cache(maxsize=1)
def _police_unit_words() -> frozenset[str]:
    """The police's one-word short forms in the table of bodies, lower case, each also without its
    "sat" ("satreskrim", "reskrim")."""
    from events_cli.extract import bodies

    words = set()
    for form, body in bodies.forms().items():
        if body.kind == "police" and body.acronym and form == body.acronym and " " not in form:
            low = form.lower()
            words.add(low)
            if low.startswith("sat") and len(low) > 6:
                words.add(low[3:])
    return frozenset(words)


# a name set off by commas after a title ("Wali Kota Solo, | Purnomo Adiwijaya, | meninjau"): the
# title's words before the comma
_TITLE_BEFORE = re.compile(r"((?:[A-Za-z.]+[ \t]+){0,3}[A-Za-z.]+),[ \t]*$")


def _places():
    """events_cli.extract.places, imported when first needed: it loads the gazetteer module,
    which importing the actors does not (tests/test_ner.py: test_import_is_cheap)."""
    from events_cli.extract import places

    return places


def _apposed_person(text: str, e: EntitySpan) -> bool:
    """Whether a LOC span of two or three capitalised words is a person named after a title and
    a comma ("Ketua MK, Sudirman Halim, kata"): closed by a comma too, opened by no place noun,
    and no place the gazetteer knows."""
    words = e.text.split()
    if not 2 <= len(words) <= 3 or text[e.end:e.end + 1] != "," or not all(w[:1].isupper() for w in words):
        return False
    m = _TITLE_BEFORE.search(text, max(0, e.start - 60), e.start)
    if m is None or not any(w[:1].isupper() and _low(w) in ROLES for w in m.group(1).split()):
        return False
    places = _places()
    return _low(words[0]) not in places.PLACE_NOUNS and places.resolve_place(e.text).kind == "other"


# An English apposition naming what someone is: "Narman, a receptionist", "Irman, the former director-general"
_EN_APPOSITION = re.compile(
    r",[ \t]+(?:a|an|the)[ \t]+(?:(?:former|senior|junior|deputy|local|young|retired|then|acting|\d{1,3}-year-old)[ \t]+)*"
    r"(?P<noun>[a-z]+(?:-[a-z]+)?)\b(?![ \t]+(?:said|says|told)\b)")  # (not "the Moei River, a senior officer said")
# what only a person is, written after such an apposition's article (beside the titles of _EN_ROLES)
_EN_PERSON_NOUNS = frozenset("""
receptionist resident student farmer fisherman driver official director-general manager analyst researcher
lawyer teacher worker villager activist witness survivor doctor nurse mother father wife husband son daughter
owner vendor trader employee guard soldier policeman victim protester journalist reporter member professor
lecturer expert economist businessman businesswoman politician lawmaker legislator candidate suspect
""".split())
# what an English sentence says a one-word name is, after it: a place ("Khayan, a suburb of Yangon", "Shan state")
_EN_PLACE_AFTER = re.compile(
    r",[ \t]+(?:a|an|the)[ \t]+(?:[a-z-]+[ \t]+){0,2}?(?:suburb|town|village|city|district|province|island|region|"
    r"county|township|port|capital|hamlet)\b|[ \t]+(?:state|province|region|regency|township)\b")
_SAID_X_OF = re.compile(r"([A-Z][a-z]{2,})[ \t]+of[ \t]+(?=[A-Z])")
_SAID_BEFORE = re.compile(r"\b(?:said|says|told)[ \t]+\Z")


def _said_before(text: str, start: int) -> bool:
    return _SAID_BEFORE.search(text, max(0, start - 8), start) is not None


def _english_apposition(text: str, e: EntitySpan) -> bool:
    """Whether a name of one to three capitalised words the gazetteer does not know as a place is a
    person's, by the English apposition after it ("Narman, a receptionist who ...")."""
    words = e.text.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() and w[1:2].islower() for w in words):
        return False
    m = _EN_APPOSITION.match(text, e.end)
    if m is None or (m.group("noun") not in _EN_PERSON_NOUNS and m.group("noun") not in _EN_ROLES):
        return False
    return _place_kind(e.text) == "other" and lookup_body(e.text) is None and (
        _places().PLACE_NOUNS.isdisjoint(low := [w.lower() for w in words])) and _EN_GEO_NOUNS.isdisjoint(low) and (
        _GEO_LASTS.isdisjoint(low))


# English nouns of geography in a place's name ("Mount Semeru's eruption" is no person's)
_GEO_LASTS = frozenset("strait straits sea ocean river lake bay gulf peninsula volcano".split())
_EN_GEO_NOUNS = frozenset("mount mt lake river island islands bay cape gulf strait sea valley village county".split())
# a person's years in brackets after the name: "(February 6, 1839 - August 20, 1907)", "(1923-2019)",
# "(born 1950)", "(lahir 1936)"
_LIFESPAN_ANYWHERE = re.compile(r"[ \t]*\((?:(?:born|b\.|lahir)\s+[^()]{0,25}\d{4}|[^()]{0,25}\b\d{4}\s*[-\u2013\u2014]\s*[^()]{0,25}\b\d{4})\)")


# the capitalised words of a name right before such years
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w'\u2019.-]*[ \t]+){0,3}[A-Z][\w'\u2019-]+[ \t]*\Z")


def _lifespan_persons(text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
    """A name written with a person's years in brackets after it is a person's, whatever the
    tagger said of it or whether it tagged it at all ("Eduard Hitzig (February 6, 1839 - August
    20, 1907) was ...", "BJ Habibie (1936-2019)")."""
    if "(" not in text:
        return entities
    out = list(entities)
    for m in _LIFESPAN_ANYWHERE.finditer(text):
        name = _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if name is None:
            continue
        start, end = name.start(), name.start() + len(name.group().rstrip())
        words = text[start:end].lower().split()
        if (start > 0 and text[start - 1].isalnum() or words[0] in _NOT_BODY_FIRSTS or words[-1] in _NOT_BODY_LASTS
                or _place_kind(text[start:end]) != "other"):
            continue  # ("Piala Dunia (1930-2022)": an occasion's years)
        inside = [e for e in out if e.start < end and start < e.end]
        if any(e.label == "PER" for e in inside):
            continue
        out = [e for e in out if e not in inside]
        out.append(EntitySpan(start, end, text[start:end], "PER"))
    out.sort(key=_START_END)
    return out


# capitals that are also given names or clubs, which a "person" of one word may be
_CAPITALS_ALSO_NAMES = frozenset("paris washington madrid roma rome wellington".split())


def _capital(word: str) -> bool:
    """Whether a one-word name is a capital the news writes for its state ("Riyadh", "Beijing"), and
    no given name or club's."""
    from events_cli.extract.evtypes import CAPITALS

    low = word.lower()
    return low in CAPITALS and low not in _CAPITALS_ALSO_NAMES


def _greater_place(name: str) -> bool:
    """"Greater Jakarta", "Greater Manila": English names a city with its suburbs so, a place."""
    first, _, rest = name.partition(" ")
    return first == "Greater" and rest[:1].isupper() and _place_kind(rest) != "other"


_BALINESE_BEFORE = re.compile(r"(?<![\w.])(I|Ni|IB|AA|Ida[ \t]+Bagus|Anak[ \t]+Agung|Sang)[ \t]+\Z")
_BALINESE_ORDER = frozenset("Wayan Made Nyoman Ketut Putu Kadek Komang Gede Gusti Luh Nengah Dewa Ngurah Ayu".split())
_LOWER_LEAD = re.compile(r"(?:[a-z]+[ \t]+)+(?=[A-Z])")
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
_AGE_LISTED = re.compile(r",[ \t]*\d{1,2}(?:[ \t]*(?:years?[ \t]+old|tahun))?[ \t]*(?:[;,.]|[ \t]and\b|[ \t]dan\b)")
_AGE_BRACKET = re.compile(r"[ \t]*\([ \t]*\d{1,2}[ \t]*(?:th|thn|tahun)?[ \t]*\)")
_PLACE_POSSESSIVE = re.compile(r"([A-Z][\w-]*(?:[ \t][A-Z][\w-]*)?)['\u2019]s[ \t]+(?=[A-Z])")


_AREA_OFFICE = r"(?:\b(?:Bupati|Wabup|Sekda|Kadis[a-z]+|Camat|Lurah|Kades|Kuwu|Perbekel|Keuchik|Geuchik|Petinggi|Pambakal|Wali[ \t]*[Kk]ota|Walkot|Gubernur)\)?|\bKepala[ \t]+(?:Desa|Kelurahan|Dusun|Kampung))[ \t]+"
_OFFICE_BEFORE = re.compile(_AREA_OFFICE + r"\Z")
_OFFICE_OPENS = re.compile(_AREA_OFFICE)


def _regency(name: str) -> bool:
    """Whether the gazetteer knows a regency or city ``name`` only with its kind ("Kabupaten Batang")."""
    from events_cli.gazetteer import lookup

    return lookup(f"Kabupaten {name}") is not None or lookup(f"Kota {name}") is not None


def _region_after_office(text: str, e: EntitySpan) -> tuple[int, str] | None:
    """Where the first word of a person's span right after an office over an area begins, and the word
    ("Bupati | Batang Wihaji", "Kepala Desa | Babadan Kasmui", "Camat Cugenang Rahmat Hidayat" with the
    office inside the span), when a capitalised name goes on after it; else None."""
    lead = _OFFICE_OPENS.match(e.text)
    if lead is None and (e.start < 5 or not _OFFICE_BEFORE.search(text, max(0, e.start - 20), e.start)):
        return None
    start = e.start + (lead.end() if lead else 0)
    first, _, rest = text[start:e.end].partition(" ")
    return (start, first) if rest[:1].isupper() and first[:1].isupper() and first[1:].islower() else None


def _two_word_region(text: str, start: int, end: int, areas: set[str]) -> str | None:
    """The area of two words right after an office, when the article names it with its kind
    ("Lurah | Gandaria Utara Muhamad Fahri" beside "Kelurahan Gandaria Utara") and a name goes on."""
    words = text[start:end].split()
    if len(words) >= 4 and " ".join(words[:2]) in areas:
        return " ".join(words[:2])
    return None


# a legislature or government named by one word, which a title after it ("Senate President") makes the
# tagger read as a name
_CHAMBERS = frozenset("senate parliament congress cabinet".split())
_PLACES_PAIR = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+")
# the last word of a place people go to or through, which the tagger may take for a body's
_FACILITY_LASTS = frozenset("mall plaza bypass flyover roundabout interchange expressway tollway".split())


def _relabelled(text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
    """The tagger's labels mended by the shape of a name and the words around it: a "place"
    named as a body is one ("RSUD Sleman", "Mandala Sekuritas"; :func:`places.names_body`); a
    one-word "person" that stands where places do is a place
    (:func:`places.places_tagged_as_persons`); a "place" named after a title and a comma is a
    person (:func:`_apposed_person`)."""
    places = _places()
    entities = _lifespan_persons(text, entities)
    as_places = places.places_tagged_as_persons(text, entities)
    # the words of the persons named in full: one of them alone, tagged as a place the gazetteer
    # does not know, is that person ("Zahrain Mohamed Hashim ... Zahrain said")
    name_words = {w for e in entities if e.label == "PER" and " " in e.text.strip()
                  for w in e.text.split() if w[:1].isupper()}
    areas = None  # the article's areas named with their kind ("Desa Babadan": "Babadan")
    out = []
    for e in entities:
        if e.label == "PER" and (words := e.text.split()) and words[0].lower() in _CHAMBERS and all(
                w.lower() in _ROLE_WORDS for w in words[1:]):
            # "installed as Senate President": the chamber and its office, nobody's name
            e = EntitySpan(e.start, e.start + len(words[0]), words[0], "ORG")
        if e.label == "LOC" and e.text.startswith("Kantor ") and _low(e.text.split()[1]) in _BODY_HEADS and (
                len(e.text.split()) >= 4):
            # "di Kantor Dinas Sosial Kabupaten Donggala": the office building, and the body it houses
            out.append(EntitySpan(e.start + 7, e.end, e.text[7:], "ORG"))
        if e.label == "ORG" and (_PLACES_PAIR.fullmatch(e.text) and all(
                _place_kind(p) in _STATE_KINDS for p in e.text.split("-"))):
            continue  # "the Malaysia-Thailand border": two states, no body
        elif e.label == "ORG" and " " in e.text and _low(e.text.rsplit(None, 1)[-1]) in _FACILITY_LASTS:
            e = EntitySpan(e.start, e.end, e.text, "LOC")  # "the Bintang Mega Mall area", "the Permy Bypass"
        # (or a "place" the tagger ran on into the holder's name: "Sekretaris Daerah (Sekda) Sumenep Edy Rasiyadi")
        if (e.label == "PER" or (e.label == "LOC" and len(e.text.split()) >= 3)) and " " in e.text and (
                found := _region_after_office(text, e)) is not None:
            if areas is None:
                areas = {" ".join(w[1:]) for x in entities if x.label == "LOC" and len(w := x.text.split()) in (2, 3)
                         and w[0].lower() in places._AREA_KINDS}
            start, region = found
            region = _two_word_region(text, start, e.end, areas) or region
            if region in areas or _place_kind(region) in ("indonesian city", "regency") or _regency(region):
                # "Bupati Batang | Wihaji", "Kepala Desa Babadan | Kasmui": the office's area, then its holder
                cut = start + len(region)
                rest = text[cut:e.end].lstrip()
                out.append(EntitySpan(start, cut, region, "LOC"))
                out.append(EntitySpan(e.end - len(rest), e.end, rest, "PER"))
                continue
        if (e.label == "LOC" and e.text in name_words and " " not in e.text
                and _place_kind(e.text) == "other"):
            e = EntitySpan(e.start, e.end, e.text, "PER")
        if e.label == "LOC" and places.names_body(e.text):
            e = EntitySpan(e.start, e.end, e.text, "ORG")
        elif (e.label == "LOC" and " " in e.text and _low(e.text.rsplit(None, 1)[-1]) in _EN_BODY_KINDS
              and _low(e.text.rsplit(None, 1)[-1]) not in _EN_VENUE_KINDS
              and e.text[-1:].isalpha() and e.text.rsplit(None, 1)[-1][:1].isupper()):
            e = EntitySpan(e.start, e.end, e.text, "ORG")  # "U.S. Geological Survey": a body, whatever place opens it
        elif (e.label == "LOC" and text.startswith(("'s ", "\u2019s "), e.end) and len(e.text.split()) <= 2
              and text[e.end + 3:e.end + 4].islower() and _place_kind(e.text) == "other"
              and places.PLACE_NOUNS.isdisjoint(words := e.text.lower().split()) and _EN_GEO_NOUNS.isdisjoint(words)
              and _DAY_WORDS.isdisjoint(words) and _FULL_MONTHS.isdisjoint(words)):  # ("Wednesday's crackdown")
            e = EntitySpan(e.start, e.end, e.text, "PER")  # "Belgrano's army": no place the gazetteer knows
        elif e.label == "PER" and " " not in e.text and _capital(e.text):
            e = EntitySpan(e.start, e.end, e.text, "LOC")  # "Riyadh merilis bukti": the capital, for its state
        elif e.label == "LOC" and _apposed_person(text, e):
            e = EntitySpan(e.start, e.end, e.text, "PER")
        elif e.label == "PER" and " " not in e.text and _EN_PLACE_AFTER.match(text, e.end):
            e = EntitySpan(e.start, e.end, e.text, "LOC")  # "Khayan, a suburb of Yangon", "northern Shan state"
        elif e.label in ("LOC", "ORG") and _english_apposition(text, e):
            e = EntitySpan(e.start, e.end, e.text, "PER")  # "said Narman, a receptionist": no place, no body
        elif e.label == "ORG" and (m := _SAID_X_OF.match(e.text)) and _said_before(text, e.start) and (
                _low(m.group(1)) not in _EN_BODY_KINDS and _low(m.group(1)) not in ORG_HEADS
                and _place_kind(m.group(1)) == "other"):
            # "said Kusmarwanto of Bantul Muhammadiyah Hospital": the speaker, then the body he is of
            out.append(EntitySpan(e.start, e.start + len(m.group(1)), m.group(1), "PER"))
            e = EntitySpan(e.start + m.end(), e.end, e.text[m.end():], "ORG")
        elif (e.start, e.end) in as_places:
            e = EntitySpan(e.start, e.end, e.text, "LOC")
        elif e.label == "LOC" and e.text[:1].islower() and (m := _LOWER_LEAD.match(e.text)) and (
                _low(e.text[m.end():].split(None, 1)[0]) in ORG_HEADS) and places.PLACE_NOUNS.isdisjoint(
                e.text[:m.end()].split()):  # ("komplek DPR" is a place)
            # "lingkungan Pemerintah Kabupaten Tabanan": a word of the sentence the tagger took in, then a body
            e = EntitySpan(e.start + m.end(), e.end, e.text[m.end():], "ORG")
        elif (e.label == "ORG" and " " not in e.text and e.text[1:].islower() and _AGE_BRACKET.match(text, e.end)
              and lookup_body(e.text) is None):
            e = EntitySpan(e.start, e.end, e.text, "PER")  # "kios milik Rahmadi (47)": a person with their age
        elif (e.label == "ORG" and len(words := e.text.split()) >= 3 and _low(words[-1]) in _EN_ROLES
              and words[-1][:1].isupper() and words[-2][:1].isupper() and _CAPITAL_AFTER.match(text, e.end)):
            # "Manila Regional Trial Court Judge | Amor Reyes": the body, then the title of the name after it
            cut = e.text.rfind(" ")
            e = EntitySpan(e.start, e.start + cut, e.text[:cut], "ORG")
        elif (e.label == "ORG" and _AGE_LISTED.match(text, e.end) and 2 <= len(words := e.text.split()) <= 3
              and all(w[:1].isupper() and w[1:].islower() for w in words) and lookup_body(e.text) is None
              and not any(_low(w) in ORG_HEADS or _low(w) in EN_ORG_HEADS for w in words[:-1])):
            # "identified as Ming Yuan Yuet, 40; Aga Co, 33; Eugene Co, 32": names listed with their ages (a
            # family name may be a company's word)
            e = EntitySpan(e.start, e.end, e.text, "PER")
        elif e.label == "ORG" and (m := _PLACE_POSSESSIVE.match(e.text)) and _place_kind(m.group(1)) != "other":
            # "Indonesia's West Java", "Bali's Denpasar", "Cambodia's Minister of Culture Pheng Sokna": the place's
            # possessive, then a place or a title and a name; no body of that place's name
            rest = EntitySpan(e.start + m.end(), e.end, e.text[m.end():], "ORG")
            if _place_kind(rest.text) != "other" or not _EN_ROLES.isdisjoint(map(str.lower, rest.text.split())) or (
                    rest.text.split(None, 1)[0].lower() in _EN_GEO_NOUNS):
                out.extend(t for t in _titled_person(rest) if t.label == "PER")
                continue
            e = rest
        elif e.label == "ORG" and _greater_place(e.text):
            e = EntitySpan(e.start, e.end, e.text, "LOC")  # "Greater Jakarta": the city and its suburbs
        elif e.label == "LOC" and not _EN_ROLES.isdisjoint(map(str.lower, e.text.split())):
            out.extend(_titled_person(e, "LOC"))  # "West Java Governor Darmawan Sukmaputra"
            continue
        elif e.label == "PER" and e.start >= 2 and text[e.start - 2] in "IiBAsg" and (
                m := _BALINESE_BEFORE.search(text, max(0, e.start - 12), e.start)) and (
                m.group(1) not in ("I", "Ni", "Sang") or e.text.split(None, 1)[0] in _BALINESE_ORDER):
            # "Wakil Gubernur Bali I Nyoman Giri Prasta", "IB Surja Manuaba", "Sang Nyoman Sedana Artha": the
            # Balinese name's first word, which the tagger left out (a lone "I" or "Sang" only before a birth-order name)
            e = EntitySpan(m.start(), e.end, text[m.start():e.end], "PER")
            if out and out[-1].label == "ORG" and out[-1].start < e.start < out[-1].end:
                cut = out[-1].text[:e.start - out[-1].start].rstrip()  # ("Biro Humas | IB Surja Manuaba")
                out[-1] = EntitySpan(out[-1].start, out[-1].start + len(cut), cut, "ORG")
        elif e.label != "PER" and (m := BALINESE_NAME.match(e.text)):
            e = EntitySpan(e.start, e.start + m.end(), m.group(), "PER")  # "I Gusti Ngurah Jaya Negara"
        out.append(e)
    return out



def _reshaped(text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
    """The tagger's PER and ORG spans mended where it is known to go wrong: a body's name ended
    at its "dan" (:func:`_joined_bodies`); names run on into the words after them, or two joined
    by "vs" (:func:`_tidied`); a person named like a body (:func:`_as_organisation`); an English
    title and name taken for a body (:func:`_titled_person`)."""
    out = []
    for e in _english_kind_before(text, _english_fields(text, _english_and_kind(
            text, _second_field(text, _joined_bodies(text, _particle_names(text, entities)))))):
        if e.label not in ("PER", "ORG"):
            # "the Batasan Police Station": the station, named after its neighbourhood (the tagger
            # takes it, or the name before it, for a place)
            if e.label == "LOC" and _STATION_END.search(e.text):
                e = EntitySpan(e.start, e.end, e.text, "ORG")
            elif e.label == "LOC" and (station := _STATION_AFTER.match(text, e.end)) is not None:
                e = EntitySpan(e.start, station.end(), text[e.start:station.end()], "ORG")
            elif e.label == "LOC" and (force := _POLICE_AFTER.match(text, e.end)) is not None:
                # "the Jakarta police named ...", "Bali Police said": the force of the place
                e = EntitySpan(e.start, force.end(), text[e.start:force.end()], "ORG")
            out.append(e)
            continue
        for t in _tidied(e):
            if t.label == "PER":
                if (u := _as_organisation(t)) is not None:
                    out.append(u)
            else:
                for u in _listed_bodies(t):
                    for v in _body_then_person(u):
                        out.extend(_titled_person(_after_republic(_without_article(v))) if v.label == "ORG" else [v])
    return out


# a body of a region, then its head's name the tagger ran into it: "Kepala Dinas Pariwisata Kota Semarang |
# Wing Wiyarso", "Dinas Komunikasi dan Informatika Provinsi Bali | Gede Pramana"
_REGION_THEN_NAME = re.compile(
    r"[ \t](?:Provinsi|Kota|Kabupaten|Kab\.)[ \t]+(?P<place>[A-Z][\w-]*(?:[ \t][A-Z][\w-]*)??)"
    r"[ \t]+(?P<name>(?:(?:I|Ni|IB|AA)[ \t]+)?[A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*){0,2})$")


def _body_then_person(e: EntitySpan) -> list[EntitySpan]:
    m = _REGION_THEN_NAME.search(e.text) if " Provinsi " in e.text or " Kota " in e.text or " Kab" in e.text else None
    if m is None:
        return [e]
    name = m.group("name")
    from events_cli.gazetteer import lookup

    if lookup(m.group("place")) is None or lookup(f"{m.group('place')} {name}") is not None or lookup(name) is not None:
        return [e]
    if len(name.split()) < 2 or any(_low(w) in ORG_HEADS or _low(w) in _ROLE_WORDS or _low(w) in DIRECTIONS
                                    for w in name.split()):
        return [e]
    cut = m.start("name")
    body = e.text[:cut].rstrip()
    return [EntitySpan(e.start, e.start + len(body), body, "ORG"),
            EntitySpan(e.start + cut, e.end, name, "PER")]


# the small words inside a family name: "Ronald dela Rosa", "Albert del Rosario", "Ank van der
# Berg", "Rizieq bin Husein" (the tagger ends the name before them)
_PARTICLE_AFTER = re.compile(
    r"[ \t]+(?:dela|de[ \t]+la|del|delos|de[ \t]+los|de|da|dos|das|van[ \t]+der|van[ \t]+den|van|von|bin|binti)"
    r"[ \t]+[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+)?\b")


_PARTICLE_BEFORE = re.compile(r"(?<![\w.,-])(?:Dela|De[ \t]+la|Del|Delos|De|Van[ \t]+der|Van[ \t]+den|Von)[ \t]+\Z")


_TWO_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]{2}|[A-Z]\.[A-Z]\.?)[ \t]+\Z")


def _initials_before(text: str, start: int) -> re.Match | None:
    """Two initials right before a one-word name, which the tagger left out of it ("Presiden
    ketiga RI BJ | Habibie"): none that is a body's acronym, a republic's ("RI") or an honorific."""
    m = _TWO_INITIALS.search(text, max(0, start - 6), start)
    if m is None:
        return None
    letters = m.group().strip()
    low = letters.lower().replace(".", "")
    from events_cli.extract.bodies import lookup

    if low in _REPUBLIC or low in _HON or lookup(letters) is not None or lookup(letters.replace(".", "")) is not None:
        return None
    return m


_CAPITALISED_THEN_BLANKS = re.compile(r"[A-Z][a-z]+[ \t]+\Z")
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])[a-z]+[ \t]+([A-Z][a-z]{2,})[ \t]+\Z")


def _common_first_name(text: str, start: int) -> re.Match | None:
    """A first name English writes in lower case as a common word ("Boy", "Yoga"), which the tagger
    leaves out of the name after it: capitalised in mid-sentence (after a word in lower case) right
    before the name, and no title, rank or body's word ("spokesman Boy Rafli Amar")."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return None
    low = m.group(1).lower()
    if _english_words().get(low) != "ed=l" or low in _ROLE_WORDS or low in ORG_HEADS or low in _EN_BODY_KINDS:
        return None
    return _CAPITALISED_THEN_BLANKS.search(text, m.start(1), start)


def _particle_names(text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
    """Each person's name carried on over a family name's small words and the capitalised
    words after them; the spans the tagger gave those words (a "Rosa", a "Lima") go into it;
    and a one-word name back over two initials before it (:func:`_initials_before`)."""
    if not any(e.label == "PER" for e in entities):
        return entities
    entities = sorted(entities, key=_START_END)
    out: list[EntitySpan] = []
    skip_to = -1
    for k, e in enumerate(entities):
        if e.start < skip_to:
            continue
        if e.label == "PER":
            # "Dela Cruz said": the particle capitalised, opening the sentence
            before = _PARTICLE_BEFORE.search(text, max(0, e.start - 12), e.start)
            if before is None and " " not in e.text:
                before = _initials_before(text, e.start)  # "BJ | Habibie", "HM | Prasetyo"
            if before is None and " " in e.text:
                before = _common_first_name(text, e.start)  # "spokesman | Boy Rafli Amar"
            if before is not None and (not out or out[-1].end <= before.start()):
                e = EntitySpan(before.start(), e.end, text[before.start():e.end], "PER")
        m = _PARTICLE_AFTER.match(text, e.end) if e.label == "PER" else None
        if m is not None:
            end = m.end()
            inside = [x for x in entities[k + 1:] if x.start < end]
            if all(x.end <= end for x in inside):
                e = EntitySpan(e.start, end, text[e.start:end], "PER")
                skip_to = end
        out.append(e)
    return out


_STATION = r"(?:City[ \t]+|District[ \t]+|Sector[ \t]+)?Police[ \t]+(?:Station|Precinct|Post|Sub-?[Ss]tation)\b"
_STATION_AFTER = re.compile(r"[ \t]+" + _STATION)
_STATION_END = re.compile(r"[ \t]" + _STATION + r"$")
_POLICE_AFTER = re.compile(r"[ \t]+(?:[Mm]etropolitan[ \t]+|[Rr]egional[ \t]+|[Pp]rovincial[ \t]+)?[Pp]olice\b(?!-)")


# the last words of a body English writes with "the" before it, which is no part of its name:
# "The Bogor Police said", "the Public Works Office" (a name of its own, "The Habibie Center",
# "The Jakarta Post", ends otherwise or is in the tables)
_GENERIC_BODY_ENDS = frozenset("""
police army navy office ministry department agency court council government commission committee
administration authority board bureau service force forces association union federation
""".split())


def _without_article(e: EntitySpan) -> EntitySpan:
    """An ORG span opening with "The" before a body's generic name ("the Health Ministry", "The
    Ministry of Health"): the name without it."""
    if e.label != "ORG" or not e.text.startswith(("The ", "the ")):
        return e
    words = e.text.split()
    generic = _low(words[-1]) in _GENERIC_BODY_ENDS or (len(words) >= 4 and _low(words[1]) in _GENERIC_BODY_ENDS
                                                       and words[2] == "of")
    if len(words) < 3 or not generic or _outlet(e.text) or lookup_body(e.text):
        return e
    cut = len(e.text) - len(e.text[4:].lstrip())
    return EntitySpan(e.start + cut, e.end, e.text[cut:], e.label)


def _after_republic(e: EntitySpan) -> EntitySpan:
    """An ORG span that is "RI" closing the title before it and a person's name ("Presiden ke-3
    RI | BJ Habibie"): the person. A body named after "RI" stays ("RI | Kemenlu" is rare; a name
    with a body's word or one the bodies table knows is left as it is)."""
    first, _, rest = e.text.partition(" ")
    if e.label != "ORG" or _low(first) not in _REPUBLIC or not rest:
        return e
    words = rest.split()
    if not 1 < len(words) <= 4 or not all(_is_cap(w) for w in words) or any(
            _low(w) in ORG_HEADS for w in words) or lookup_body(rest) is not None:
        return e
    start = e.start + len(e.text) - len(rest)
    return EntitySpan(start, e.end, rest, "PER")


_AND = re.compile(r"[ \t]+(?:dan|and|&)[ \t]+")


def lookup_body(form: str):
    """The body of the bodies table a form names exactly, or None (:func:`bodies.lookup`)."""
    from events_cli.extract import bodies

    return bodies.lookup(form)


def _listed_bodies(e: EntitySpan) -> list[EntitySpan]:
    """An ORG span that lists two bodies joined by "dan" (or "and"), cut into the two: "Dinas
    Pendidikan dan Dinas Kesehatan", "Polri dan Manggala Agni", "Kementerian Keuangan dan Bank
    Indonesia". A body whose own name holds the "dan" stays whole: "Badan Pengawas Obat dan
    Makanan", "Dinas Koperasi dan UKM" (the part after it opens no body's name, and the part before
    it names none alone)."""
    if e.label != "ORG" or " " not in e.text:
        return [e]
    m = _AND.search(e.text)
    if m is None or lookup_body(e.text) is not None:
        return [e]
    left, right = e.text[:m.start()], e.text[m.end():]
    if not right[:1].isupper() or "," in left:
        return [e]  # (a body's fields listed: "Badan Meteorologi, Klimatologi, dan Geofisika")

    def opens_body(part: str) -> bool:
        return lookup_body(part) is not None or _low(part.split(None, 1)[0]) in ORG_HEADS

    body = lookup_body(left)  # a whole body alone ("Polri"), not a regional office's head that
    known_left = body is not None and body.level != "regional"  # goes on ("Dinas Perdagangan dan Perindustrian ...")
    if not (opens_body(left) and opens_body(right) or known_left and len(right.split()) <= 4):
        return [e]
    return [EntitySpan(e.start, e.start + m.start(), left, "ORG"),
            *_listed_bodies(EntitySpan(e.start + m.end(), e.end, right, "ORG"))]


# "RI" (Republik Indonesia) after a body's name says whose it is: "DPR RI", "Kemenlu RI".
_OF_INDONESIA = re.compile(r"\s+RI$")
# an acronym written inside an English name, before its head word: "National Search and Rescue (SAR) Agency"
_ACRONYM_INSIDE = re.compile(r"[ \t]*\([A-Z]{2,6}\)[ \t]+(?:Agency|Board|Council|Commission|Ministry|Office|Authority"
                             r"|Institute|Bureau|Service|Command|Corps|Center|Centre|Foundation|Party|Court|Committee)\b")


def _body_part(toks: _Tokens, e: EntitySpan, per_starts: set[int]) -> tuple[int, int]:
    """The part of an ORG span that names a body: without a rank closing it ("BNPB Letnan
    Jenderal" -> "BNPB"), and without the title opening it when a person's name follows right
    after ("Humas BNPB | Sinta Maharani", "Ketua KPK | Agus Rahardjo" -> "BNPB", "KPK": the title is
    the person's role). A span that is all title is left empty (end <= start)."""
    text = toks.text
    s, t = e.start, e.end
    if " " not in e.text:
        return (s, s) if _low(e.text) in _RANK_CORE else (s, t)
    first = e.text.split(None, 1)[0]
    if (_low(first) not in _ROLE_WORDS and _low(e.text.rsplit(None, 1)[-1]) not in _RANK_TAIL
            and not any(map(str.isdigit, e.text))):
        return s, t  # (most bodies: no title, no rank, no number)
    words = [(a + s, b + s) for a, b in (m.span() for m in _WORD_SPAN.finditer(e.text))]
    if any(map(str.isdigit, e.text)):
        # a numbered occasion of a body is the body: "HUT ke-69 Humas Polri" -> "Humas Polri"
        last = [x for x, (a, b) in enumerate(words) if _ORDINAL.fullmatch(text[a:b].rstrip(",."))]
        if last:
            words = words[last[-1] + 1:]
            if not words:
                return s, s
            s = words[0][0]
    k = _rank_start([text[a:b] for a, b in words])
    if k < len(words):
        t = words[k - 1][1] if k else s
        words = words[:k]
    if not words:
        return s, s
    nxt = text[t:t + 2].lstrip(" ")
    if (_low(text[words[0][0]:words[0][1]]) in _ROLE_WORDS and len(words) > 1 and nxt[:1].isupper()
            and text.find("\n", t, t + 2) == -1):
        after = toks.starting_at(t + len(text[t:t + 2]) - len(text[t:t + 2].lstrip(" ")))
        if after is not None and toks.spans[after][0] in per_starts:
            rest = words[1:]
            # only when what follows the title names a body on its own: "Humas BNPB", not
            # "Sekretariat Presiden" (whose rest is a title) nor "Menteri Luar Negeri"
            if _is_cap(text[rest[0][0]:rest[0][1]]) and not all(
                    _low(text[a:b]) in _ROLE_WORDS for a, b in rest) and (
                    len(rest) == 1 and text[rest[0][0]:rest[0][1]].isupper()
                    or _low(text[rest[0][0]:rest[0][1]]) in ORG_HEADS):
                s = rest[0][0]
    return s, t


_MONTHS = frozenset("""
januari februari maret april mei juni juli agustus september oktober november desember january
february march may june july august october december jan feb mar apr jun jul aug agu agt ags sep
sept okt oct nov des dec
""".split())
_DATE_WORDS = _MONTHS | frozenset("""
senin selasa rabu kamis jumat sabtu minggu ahad monday tuesday wednesday thursday friday saturday
sunday
""".split())
# an ordinal ("HUT ke-77", "Dies Natalis ke-60", "the 75th anniversary") makes an occasion, and a
# number of years after a name an age ("SP, 24 tahun")
_ORDINAL = re.compile(r"(?i)ke-?\d+|\d+(?:st|nd|rd|th)")
_AGE_AFTER = re.compile(r"(?i)\b\d{1,3}\s*(?:tahun|thn|th|years?(?:-old)?)\b")


@lru_cache(maxsize=50_000)
def _no_body(name: str) -> bool:
    """What is no organisation by its shape, whatever its words: a date ("Jan 23", "Selasa
    (12/3)"), an anniversary or other numbered occasion ("HUT ke-77"), a name with an age ("SP,
    24 tahun"), a title or rank alone ("Letnan", "Presiden"), a nationality ("The Indonesian"),
    a building, an occasion or an index (:data:`_NOT_BODY_FIRSTS`, "IHSG"), a tournament's group ("Grup G")."""
    words = [w.strip(".,()") for w in name.split()]
    words = [w for w in words if w]
    if not words:
        return True
    lows = [w.lower() for w in words]
    if all(w in _DATE_WORDS or w.replace("/", "").isdigit() for w in lows):
        return True
    if any(ch.isdigit() for ch in name) and (any(_ORDINAL.fullmatch(w) for w in words)
                                             or _AGE_AFTER.search(name)):
        return True
    if all((w in _ROLE_WORDS and w not in _UNIT_TITLES) or w in _HON or w in _RANK_TAIL for w in lows):
        return True
    if len(lows) > 1 and (lows[0] in _NOT_BODY_FIRSTS or lows[-1] in _NOT_BODY_LASTS and ORG_HEADS.isdisjoint(lows)) or (
            len(lows) == 1 and (lows[0] in _INDICES or lows[0] in _DESCRIPTORS)) or _GROUP.match(name):
        return True
    # ("Australians", "the Indonesians": a people, plural)
    return all(w in _EN_DEMONYMS or (w[-1:] == "s" and w[:-1] in _EN_DEMONYMS) or w == "the" for w in lows)


# A hall or ground where something took place ("Aula Dinas Pendidikan Bireuen") and a contest or
# festival ("Olimpiade Sains", "Piala Presiden") are named like bodies and are none.
_NOT_BODY_FIRSTS = frozenset("""
aula gedung auditorium ruang stadion lapangan wisma olimpiade festival turnamen kejuaraan lomba piala
indeks motogp moto2 moto3
""".split())  # (an index is a figure, "Indeks Harga Saham Gabungan"; a race an occasion, "MotoGP San Marino")
# last words of names of no organisation: an occasion ("Pan American Games", "Asian Games", "Piala
# Dunia" is caught by its first), a law ("National Origins Act"), a street ("Hay Street")
_NOT_BODY_LASTS = frozenset("""
games olympics olympiad championship championships cup festival awards tournament act street avenue
road boulevard highway
""".split())
# words written alone that name no body: stock indices (figures) and a boxing result ("KO")
_INDICES = frozenset("ihsg lq45 idx30 idx80 jii ko tko".split())
# a tournament's group: "Grup G", "Group B"
_GROUP = re.compile(r"(?:Grup|Group|Pool)\s+[A-H]\Z")


# words right before an outlet's name (or one word before it) that make it the outlet cited, or
# spoken to, by the writer: "kata X kepada Tempo", "dihubungi Kompas.com", "seperti dilansir Reuters",
# "told Reuters", "according to Reuters" (not a bare "to": "as opposed to The New York Times")
_CITING = frozenset("""
kepada dihubungi ditemui dikonfirmasi diwawancarai pantauan dilansir melansir lansir dikutip mengutip
kutip diterima diperoleh diberitakan dilaporkan laporan menurut dirangkum dihimpun data wawancara redaksi tim
wartawan reporter jurnalis told reported according via cited quoted foto photo picture image gambar
""".split())  # (the last five: a photo's credit, "Picture: AFP.")


_LETTERS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=50_000)
def _outlet(name: str) -> str | None:
    """The canonical name of the outlet the outlets table knows ``name`` as, or None."""
    from events_cli.extract.dateline import canonical_outlet, is_known_outlet

    return canonical_outlet(name) if is_known_outlet(name) else None


@lru_cache(maxsize=50_000)
def _place_kind(name: str) -> str:
    """The kind of place the gazetteer knows ``name`` as ("other" when none); an Indonesian city
    is an "indonesian city"."""
    entry = _places().resolve_place(name)
    return "indonesian city" if entry.kind == "city" and entry.country_code == "ID" else entry.kind


_CLOCK_BEFORE = re.compile(r"\d{1,2}[.:]\d{2}[ \t]*$")


def _time_zone(text: str, s: int, t: int) -> bool:
    """A clock's zone, which the tagger may take for a body: "pukul 14.30 WP" (Papua's time),
    "10.15 WITA", "09:00 GMT"."""
    return t - s <= 4 and text[s:t].isalpha() and _CLOCK_BEFORE.search(text, max(0, s - 8), s) is not None


def _outlet_itself(text: str, s: int, t: int, source: str | None) -> bool:
    """Whether the name at [s, t) is a news outlet writing of itself or cited as a source (no
    actor): an outlet the outlets table knows (events_cli/data/outlets.tsv), and the article's own,
    or written as a site ("Kompas.com"), or cited ("kepada Tempo", "dilansir Reuters"). An outlet
    in the news as a company ("CNN memecat ...") stays an actor."""
    name = text[s:t]
    outlet = _outlet(name)
    if outlet is None:
        # a site the table does not hold: the article's own ("DENPASARVIRAL.COM" of "DenpasarViral.com"),
        # or cited ("diterima redaksi Rubriksultra.com"); a company named by its site stays an actor
        if "." not in name:
            return False
        from events_cli.extract.dateline import is_site_name, same_outlet

        if not is_site_name(name):
            return False
        if source and same_outlet(name, source):
            return True
    elif "." in name or source and outlet == _outlet(source):
        return True
    # (the words, whatever joins them: "(dilansir Reuters)", "tersebut.,Dilansir dari Kompas")
    return any(_low(w) in _CITING for w in _LETTERS.findall(text, max(0, s - 40), s)[-2:])


# words only a person's name comes after: "jenazah BJ Habibie", "adik kandung X", "mendiang X"
_PERSON_ONLY_BEFORE = frozenset("""
jenazah mendiang almarhum almarhumah alm wafatnya meninggalnya kematian kepergian pemakaman pusara sosok
kandung istri suami ayahanda ibunda
cleric preacher late widow widower wife husband son daughter mother father brother sister actor actress singer
""".split())  # (the last line: English, "firebrand cleric Abu Bakar Ba'asyir", "the late X")


_INITIALS = re.compile(r"(?:[A-Z]\.?){1,3}")


def _persons_tagged_as_bodies(text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
    """ORG spans that name a person: the article writes the same name after a word only persons
    come after (:data:`_PERSON_ONLY_BEFORE`), or it is one word, no place, that opens or closes a
    name the article tags as a person's ("Prabowo's victory" where "Prabowo Subianto" is a
    person), or it is initials and a name the article tags alone as a person's ("B.J Habibie"
    beside "Habibie"). Names with a word that only bodies' names hold are left alone."""
    orgs = [e for e in entities if e.label == "ORG"]
    if not orgs:
        return entities
    name_ends = set()
    alone = set()  # persons named by one word
    for e in entities:
        if e.label == "PER":
            if " " in e.text:
                words = e.text.split()
                name_ends.update((words[0], words[-1]))
                # (a middle word too, by which Indonesians are often called: "Dwi Seno Wijanarko" ... "Seno's")
                name_ends.update(w for w in words[1:-1] if len(w) > 2 and w[:1].isupper())
            else:
                alone.add(e.text)
    named = set()
    for e in orgs:
        words = e.text.split()
        if not words or not all(w[:1].isupper() for w in words) or e.text.isupper() or any(
                _low(w) in ORG_HEADS or _low(w) in _ORG_ENDS for w in words):
            continue
        before = text[max(0, e.start - 30):e.start].split()
        if len(before) > 1 and before[-1].replace(".", "").isupper() and len(before[-1].replace(".", "")) <= 3:
            before.pop()  # initials the tagger left out of the name: "jenazah BJ | Habibie"
        if (before and _low(before[-1]) in _PERSON_ONLY_BEFORE) or (
                len(words) == 1 and e.text in name_ends and _place_kind(e.text) == "other") or (
                len(words) == 2 and _INITIALS.fullmatch(words[0]) and words[1] in alone):
            named.add(e.text)
    if not named:
        return entities
    return [EntitySpan(e.start, e.end, e.text, "PER") if e.label == "ORG" and e.text in named else e
            for e in entities]


# Words right before a name that say what it names (the tagger guesses from the name itself, and
# takes a club, a band or a maker for a person): a group with members ("anggota X", "personel X": a
# person has none), a club's ground ("markas X"), a maker, a brand, an airline ("pabrikan X", "merek
# X"), a team's nickname ("tim berjuluk X"); a person ("istrinya, X", "almarhum X"). A word that
# may as well say whose the thing is ("perusahaan X", "agensi X", "skuad X", "band X": the company,
# the agency, the squad, the band of a person) says nothing.
_BODY_ONLY_BEFORE = frozenset("""
anggota member personel markas pabrikan produsen merek maskapai klub boyband girlband
club carmaker airline
""".split())
_NICKNAMED = re.compile(r"(?i:\b(?:tim|klub|skuad|skuat|kesebelasan)[ \t]+(?:yang[ \t]+)?(?:berjuluk|berjulukan|dijuluki)[ \t]+)\Z")
_NICKNAMING = frozenset({"berjuluk", "berjulukan", "dijuluki"})
_CUE_BEFORE = re.compile(r"([A-Za-z]+)(,?)[ \t]+\Z")
_VERSUS_BETWEEN = re.compile(r"[ \t]+(?:vs\.?|versus|kontra)[ \t]+\Z", re.IGNORECASE)


def _word_before_kind(text: str, start: int) -> str | None:
    """The kind the word right before a name gives it: a body's word ("klub"), or a word only
    persons follow, written bare or as the one's own, and set off by a comma ("istrinya, X")."""
    m = _CUE_BEFORE.search(text, max(0, start - 14), start)  # (the longest word looked for: 10 letters)
    if m is None:
        return None
    word = m.group(1).lower()
    if word in _NICKNAMING and _NICKNAMED.search(text, max(0, start - 40), start):
        return "ORG"
    if not m.group(2) and word in _BODY_ONLY_BEFORE:
        return "ORG"
    if word in _PERSON_ONLY_BEFORE or (word.endswith("nya") and word[:-3] in _PERSON_ONLY_BEFORE):
        return "PER"
    return None


def _kind_cues(text: str, entities: list[EntitySpan]) -> tuple[list[EntitySpan], dict[str, str]]:
    """The kinds the article's words give its names, and `entities` relabelled by them: a name
    written after a word only bodies' or only persons' names come after (:func:`_word_before_kind`),
    or set against a body ("Tira Persikabo kontra PSM Makassar": the two sides of a match are of
    one kind) is that kind in the whole article, unless words before another of its mentions give
    it the other kind. A
    body's name holding a body's word stays a body. Returns the entities and each text cued -> its kind."""
    said: dict[str, set[str]] = {}
    versus = "vs" in text or "kontra" in text or "versus" in text or "VS" in text or "Kontra" in text or "Versus" in text
    for k, e in enumerate(entities):
        if e.label != "PER" and e.label != "ORG":
            continue
        kind = _word_before_kind(text, e.start)
        if kind is None and versus and e.label == "PER" and k > 0 and (v := _VERSUS_BETWEEN.search(
                text, max(0, e.start - 12), e.start)) is not None:
            before = entities[k - 1]
            if before.label == "ORG" and before.end == v.start():
                kind = "ORG"
        if kind is None and versus and e.label == "PER" and k + 1 < len(entities):
            after = entities[k + 1]
            if after.label == "ORG" and (v := _VERSUS_BETWEEN.search(text, e.end, after.start)) is not None and (
                    v.start() == e.end and v.end() == after.start):
                kind = "ORG"
        if kind is not None:
            said.setdefault(e.text, set()).add(kind)
    for name, kinds in said.items():  # (what the words say at its other mentions, which the tagger missed)
        at = text.find(name)
        while at != -1 and len(kinds) == 1:
            if (kind := _word_before_kind(text, at)) is not None:
                kinds.add(kind)
            at = text.find(name, at + len(name))
    cued = {name: kinds.pop() for name, kinds in said.items() if len(kinds) == 1}
    if not cued:
        return entities, cued
    out = []
    for e in entities:
        kind = cued.get(e.text)
        if kind is not None and kind != e.label and e.label in ("PER", "ORG") and (kind == "ORG" or not any(
                _low(w) in ORG_HEADS or _low(w) in _ORG_ENDS for w in e.text.split())):
            e = EntitySpan(e.start, e.end, e.text, kind)
        out.append(e)
    return out, cued


def _cued(cued_spans: list[tuple[int, int, str]], s: int, t: int, label: str) -> bool:
    """Whether the article's words gave the name at s:t its kind, `label` (:func:`_kind_cues`)."""
    return any(a < t and s < b and kind == label for a, b, kind in cued_spans)


# A community's group named by its kind, then its own name ("Kelompok Nelayan Segara Kerthi",
# "Paguyuban Warga Sido Makmur", "Karang Taruna Tunas Muda"): one body, whatever its words would be alone
_COMMUNITY_GROUP = re.compile(r"\b(?:Kelompok|Komunitas|Paguyuban|Karang[ \t]+Taruna)(?:(?:[ \t]+(?:to|of|and|dan|for))?[ \t]+[A-Z][\w'’-]*){1,5}")


# An English body the tagger missed, named after "the" and closed by its kind: "The US Geological Survey
# later said", "the Indonesian Meteorology and Geophysics Agency" (capitalised words and the glue of names)
_THE_BODY = re.compile(
    r"\b(?:the|The)[ \t]+(?P<name>(?:U\.S\.|US|UK|[A-Z][a-z]+)(?:[ \t]+(?:of|and|for|[A-Z][a-z]+)){0,5}?[ \t]+"
    r"(?:Agency|Survey|Department|Ministry|Commission|Council|Bureau|Authority|Office|Institute|Centre|Center|Board))\b"
    r"(?![ \t]+(?:[A-Z0-9]|of\b|for\b))")  # (a name going on: "the House of Representatives Commission II")


def _english_bodies_after_the(text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
    """`entities` with the English bodies named after "the" (:data:`_THE_BODY`) that no name the tagger
    found crosses; the places and bodies it found inside one give way to it."""
    added = []
    for m in _THE_BODY.finditer(text):
        a, b = m.span("name")
        inside = [e for e in entities if e.start < b and a < e.end]
        if any(e.start < a or e.end > b or e.label == "PER" for e in inside) or (
                len(inside) == 1 and (inside[0].start, inside[0].end) == (a, b)):
            continue
        added.append((a, b, inside))
    if not added:
        return entities
    gone = {id(e) for _, _, inside in added for e in inside}
    return sorted([e for e in entities if id(e) not in gone] + [EntitySpan(a, b, text[a:b], "ORG") for a, b, _ in added],
                  key=_START_END)


def _community_groups(text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
    """`entities` with each community group's name one organisation (the tagger takes its last
    words for a person or a place: "Kerthi"), unless a name the tagger found runs past it."""
    for m in _COMMUNITY_GROUP.finditer(text):
        a, b = m.span()
        inside = [e for e in entities if e.start < b and a < e.end]
        if any(e.start < a or e.end > b for e in inside) or (len(inside) == 1 and inside[0].label == "ORG"):
            continue
        entities = sorted([e for e in entities if not (a <= e.start and e.end <= b)]
                          + [EntitySpan(a, b, m.group(), "ORG")], key=_START_END)
    return entities


def _place_not_body(name: str) -> bool:
    """A country, a province or an Indonesian city tagged as a body ("China", "Yogyakarta", most
    often the place closing a body's name: "Universitas Sebelas Maret (UNS) | Solo"): a place, no
    organisation. A body the bodies table knows under such a name stays one; so does a foreign
    city, which in the news is most often a club or a company named after it ("Barcelona",
    "Mesa")."""
    words = name.split()
    if 1 < len(words) <= 4 and _low(words[-1]) in _GEO_LASTS and words[-1][:1].isupper():
        return True  # "the Sunda Strait tsunami", "Arafura Sea": English puts the kind of place last
    if any(_low(w) in ORG_HEADS for w in words):
        return False
    kind = _place_kind(name)
    if kind not in _STATE_KINDS and kind != "indonesian city":
        return False
    from events_cli.extract.bodies import lookup

    return lookup(name) is None


# The speaker named after a closing quote or a comma and a speech verb ('," ujar Romo.', ', kata Pantas saat
# ditemui'): one to three capitalised words, then the end of the clause or a word that ends the name. The
# tagger misses such names when they are also common words ("Cinta", "Pantas", "Romo"); the frame says a
# person speaks. (Not a title, a rank, a place cue, a day: "kata Kepala BMKG ..." leaves the tagger its say.
# A closing quote mis-decoded as "\u201a\u00c4\u00f9", as in one bulk article in seven, is one too.)
_SPEAKER_AFTER = re.compile(
    r"[\"\u201d\u2019,\u00f9][ \t]*(?:kata|ujar|ucap|tutur|tulis|ungkap|jelas|terang|imbuh|tegas|papar|lanjut|"
    r"tambah|pungkas|tandas|sambung|sebut|katanya)[ \t]+"
    r"(?P<name>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2})"
    r"(?=[ \t]*(?:[,.;:)]|$)|[ \t]+(?:di|saat|ketika|dalam|kepada|pada|usai|seusai|seperti|melalui|lewat|yang|"
    r"dilansir|sebagaimana|sambil|sembari|kemarin|selaku|via)\b)")
_NOT_SPEAKER_WORDS = (HONORIFICS | RANKS | ROLES | PERSON_NOUNS | ORG_HEADS | LOC_CUES | TIME_WORDS | FUNCTION_WORDS
                      | DIRECTIONS)


def _speakers_untagged(text: str, entities: list[EntitySpan]) -> list[EntitySpan]:
    """Persons the tagger left out where a speech frame names them (see _SPEAKER_AFTER)."""
    found = []
    for m in _SPEAKER_AFTER.finditer(text):
        if text[m.start()] == "\u00f9" and text[m.start() - 2:m.start()] != "\u201a\u00c4":
            continue
        a, b = m.span("name")
        if any(e.start < b and a < e.end for e in entities) or any(
                w.lower() in _NOT_SPEAKER_WORDS for w in m.group("name").split()):
            continue
        found.append(EntitySpan(a, b, m.group("name"), "PER"))
        if " " not in m.group("name"):  # one word: the fuller name it stands for, written before ("Laras Anindita")
            full = re.compile(r"\b" + m.group("name") + r"(?:[ \t][A-Z][a-z]+){1,2}\b").search(text, 0, a)
            if full is not None and not any(e.start < full.end() and full.start() < e.end for e in entities) and all(
                    w.lower() not in _NOT_SPEAKER_WORDS for w in full.group().split()):
                found.append(EntitySpan(full.start(), full.end(), full.group(), "PER"))
    return found


# ------------------------------------------------------------------ main entry


# a word in lower case right after a name: no holder's name follows it
_LOWER_AFTER = re.compile(r"[ \t]+[a-z]")


def extract_actors(
    text: str, entities: list[EntitySpan], spans: list[tuple[int, int]] | None = None,
    source: str | None = None,
) -> list[ActorMention]:
    """Persons and organisations named in ``text``, resolved to canonical names.

    ``spans``: the tokens of ``text`` (:func:`tokenize`), when the caller has them already.
    ``source``: the article's outlet, which is no actor in its own article.
    """
    if not text:
        return []
    entities = entities + _speakers_untagged(text, entities)
    if "the " in text or "The " in text:
        entities = _english_bodies_after_the(text, sorted(entities, key=_START_END))
    if not entities:
        return []
    # the tagger sees one sentence at a time; names are made consistent over the article
    entities = consistent_labels(sorted(entities, key=_START_END), text)
    entities = _persons_tagged_as_bodies(text, _reshaped(text, _relabelled(text, entities)))
    if "Kelompok " in text or "Komunitas " in text or "Paguyuban " in text or "Karang Taruna " in text:
        entities = _community_groups(text, entities)
    entities, cues = _kind_cues(text, entities)
    cued_spans = [(e.start, e.end, e.label) for e in entities if cues.get(e.text) == e.label]
    # no person or organisation: none is added below either (names spread only from them)
    if not any(e.label == "PER" or e.label == "ORG" for e in entities):
        return []
    toks = _Tokens(text, spans)
    regions = SpanSet(_credit_regions(text))
    # a name seen only in a credit ("Editor: Andi") is not spread over the article
    if regions:
        entities = _propagate_names(
            toks, entities, [e for e in entities if not regions.overlaps(e.start, e.end)]
        )
    else:
        entities = _propagate_names(toks, entities, entities)
    ents = sorted(
        (e for e in entities
         if (e.label == "PER" or e.label == "ORG") and not (regions and regions.overlaps(e.start, e.end))),
        key=_START_END,
    )
    # tokens covered by other person spans stop a title walking back (a title ends
    # before its own name, so the name's own tokens never need to be left out)
    per_tokens: set[int] = set()
    per_starts: set[int] = set()
    ranges: list[tuple[int, int] | None] = []  # each person span's token range
    for e in ents:
        rng = None
        if e.label == "PER":
            per_starts.add(e.start)
            rng = toks.index_range(e.start, e.end)
            if rng:
                per_tokens.update(range(*rng))
        ranges.append(rng)

    persons: list[tuple[int, int, str | None]] = []  # (start, end, role)
    orgs: list[tuple[int, int]] = []
    for e, rng in zip(ents, ranges):
        if e.label == "ORG":
            s, t = _body_part(toks, e, per_starts)
            if (t <= s or _no_body(text[s:t]) or _outlet_itself(text, s, t, source) or initials(text, s, t)
                    or _time_zone(text, s, t)):
                continue
            i = toks.starting_at(s)
            after_role = _after_role_word(toks, i)
            if after_role and _inside_title(toks, s, t, per_starts):
                continue
            while t > s and not text[t - 1].isalnum() and text[t - 1] not in ")":
                t -= 1
            if (t > s and (text[s].isalpha() or any(ch.isalpha() for ch in text[s:t]))
                    and not (after_role and _title_fragment(toks, i) and not (
                        cues.get(e.text) == "ORG" and _LOWER_AFTER.match(text, t)))  # "anggota Resmob bergerak"
                    and not _common_word(toks, s, t) and not _bare_designator(text[s:t])
                    and text[s:t].split(None, 1)[0].lower() not in _LEGAL_INSTRUMENTS
                    and _low(text[s:t]) not in _REPUBLIC and not _place_not_body(text[s:t])):
                orgs.append((s, t))
            continue
        tagged = rng
        cleaned = _clean_person(toks, e, rng)
        if cleaned is None:
            continue
        s, t, inner_role, rng = cleaned
        pair = _split_pair(text, s, t)
        if pair is not None:
            # "Edy Rahmayadi-Musa Rajekshah": a ticket of two people
            (s1, t1), (s2, t2) = pair
            role = None
            if rng is not None and inner_role is None:
                role = _role_before(toks, rng[0], per_tokens)
            persons.append((s1, t1, _office(inner_role or role)))
            persons.append((s2, t2, None))
            continue
        name = text[s:t]
        if (not _looks_like_person(name) or _common_word(toks, s, t) or _body_or_state(text, name)
                or _outlet_itself(text, s, t, source) or _lone_byline(text, s, t) or initials(text, s, t)):
            continue
        if rng is not None and inner_role is None and rng[0] > 0 and _unit_of_office_before(toks, rng[0], name):
            continue  # "Kapolda | Metro Jaya": the unit the office heads, not the holder's name
        if name[:1].isupper() and name[-1:].isalpha() and _outlet(name) is not None:
            orgs.append((s, t))  # "Agence France-Presse reported ...": an outlet, no person
            continue
        role = None
        if rng is not None and (inner_role is None or all(_low(w) in _RANK_TAIL for w in inner_role.split())):
            # (a rank alone inside the span: the office may stand before it, "Kapolsek X, | AKP Budi")
            blocked = per_tokens
            if tagged is not None and rng[0] > tagged[0]:
                # a title the tagger took into the name ("Sukajadi Kompol | Hendro") is read back over
                blocked = per_tokens.difference(range(tagged[0], rng[0]))
            role = _role_before(toks, rng[0], blocked)
            if role is None and inner_role is None:
                role = _role_after(toks, rng[1])
        if role is not None and rng is not None and inner_role is None:
            k = _first_name_in_title(toks, rng[0])
            if k < rng[0]:  # "Foreign Minister Penny | Wong": the name starts in the title
                s = spans[k][0]
                role = _role_before(toks, k, per_tokens)
        persons.append((s, t, _office(role or inner_role)))

    # ---------------------------------------------------------------- resolution
    writtens = [" ".join(text[s:t].split()) for s, t, _ in persons]  # spaces made single
    nicknamed, nicknames = _quoted_nicknames(text, persons, writtens)
    full_names = {written.lower(): written for written in writtens if " " in written}  # two words or more
    full_names.update((full.lower(), full) for full in nicknamed.values())
    # earlier full names (start, tokens, canonical), listed under each of their words: a
    # name resolves only to one that holds its first word (a word written twice in a
    # name lists it twice, which changes nothing)
    records: dict[str, list[tuple[int, list[str], str]]] = {}
    defined: dict[str, str] = {}  # "jokowi" -> "Joko Widodo" from "Joko Widodo (Jokowi)"
    out: list[ActorMention] = []
    defined.update(nicknames)
    for k, ((s, t, role), written) in enumerate(zip(persons, writtens)):
        surface = text[s:t]
        full = nicknamed.get(k)
        if full is not None:
            # 'Joko "Jokowi" Widodo': each part is a mention of the whole name, which later
            # short forms ("Widodo") resolve to
            toks_full = full.lower().replace("\u2019", "'").split()
            record = (s, toks_full, full)
            for w in toks_full:
                records.setdefault(w, []).append(record)
            out.append(ActorMention(s, t, surface, full, "person", role, _cued(cued_spans, s, t, "PER")))
            continue
        key = written.lower()
        toks_l = key.replace("\u2019", "'").split()  # the name's words, lower case
        canonical = defined.get(key)
        alias = ALIASES.get(key)
        if alias and alias.lower() in full_names:
            canonical = full_names[alias.lower()]
        size = len(toks_l)
        if canonical is None:
            for r_start, r_toks, r_name in reversed(records.get(toks_l[0], ())):
                if r_start < s and len(r_toks) > size and _contains(r_toks, toks_l):
                    canonical = r_name
                    break
        if canonical is None:
            canonical = written
        if size >= 2:
            # a full name written out becomes a target for later short forms
            record = (s, toks_l, canonical)
            for w in toks_l:
                records.setdefault(w, []).append(record)
        # "Joko Widodo (Jokowi)": only a full name defines a short form
        short = _person_alias(text, t) if size >= 2 else None
        if short:
            defined.setdefault(short.lower(), canonical)
        out.append(ActorMention(s, t, surface, canonical, "person", role, _cued(cued_spans, s, t, "PER")))

    org_defined: dict[str, str] = {}  # "kpk" -> "Komisi Pemberantasan Korupsi"
    for k, (s, t) in enumerate(orgs):
        m = _ACRONYM_INSIDE.match(text, t)
        if m and " " in text[s:t]:
            if text.startswith("The ", s):
                s += 4
            orgs[k] = (s, m.end())  # "National Search and Rescue (SAR) Agency": one name
            org_defined.setdefault(m.group().split("(", 1)[1].split(")", 1)[0].lower(),
                                   " ".join(text[s:m.end()].split()))
    for s, t in orgs:
        surface = text[s:t]
        written = " ".join(surface.split())
        name = _OF_INDONESIA.sub("", written) or written  # "DPR RI" is the DPR
        canonical = org_defined.get(name.lower(), name)
        short = _bracketed_alias(text, t, max_words=3) if " " in written else None  # two words or more
        if short and short.lower() != written.lower():
            org_defined.setdefault(short.lower(), canonical)
        out.append(ActorMention(s, t, surface, canonical, "organization", None,
                                _cued(cued_spans, s, t, "ORG")))
    out.sort(key=_START_END)
    return out
