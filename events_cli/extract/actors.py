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
from bisect import bisect_right

from events_cli.extract.ner import (
    DIRECTIONS,
    HONORIFICS,
    ORG_HEADS,
    PERSON_NOUNS,
    RANKS,
    ROLES,
    consistent_labels,
    gazetteer_aliases,
)
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
president vice minister prime foreign secretary governor mayor chairman chairwoman chairperson
chair ceo spokesman spokeswoman spokesperson senator general director chief head leader king
queen prince princess pope judge officer commander ambassador deputy coach captain
""".split())
_ROLE_WORDS = ROLES | RANKS | _EN_ROLES | frozenset({"plt", "plh", "pj", "pjs", "ad", "interim"})
# "Gus Dur", "Cak Imin", "Bung Tomo": these honorifics are part of the name people use
_NAME_HONORIFICS = frozenset({"gus", "cak", "bung", "kang", "ning", "mbah", "teuku", "tengku", "raden", "rd"})
_HON = (HONORIFICS | frozenset({"mr", "mrs", "ms", "miss", "sir", "dame", "lord", "st"})) - _NAME_HONORIFICS
_EN_DEMONYMS = frozenset("""
american russian chinese indonesian british french german japanese korean north south israeli
palestinian iranian iraqi ukrainian us u.s uk eu australian indian malaysian singaporean thai
turkish saudi egyptian syrian afghan pakistani filipino vietnamese dutch italian spanish canadian
brazilian mexican european
""".split())
# words that can sit in a title in lower case ("Menteri dalam Negeri")
_TITLE_GLUE = frozenset({"dan", "&", "urusan", "bidang"})

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
""".split())
# a company's legal form alone names no organisation ("PT", "Tbk", "(Persero)")
_BARE_DESIGNATORS = frozenset("pt cv tbk persero perum perseroda ud inc ltd llc corp co plc gmbh ag sa bv nv".split())
_AGE = re.compile(r"\s*\(\s*\d{1,3}(?:\s*(?:tahun|th|thn))?\s*\)\s*$")
_POSSESSIVE = re.compile(r"['\u2019]s$")

# ------------------------------------------------------------------ credits

_CREDIT_PATTERNS = [
    # whole credit lines: "Penulis: X", "Editor: Y", "BACA JUGA: ..."
    re.compile(
        r"^[ \t]*(?:(?:penulis|editor|penyunting|reporter|pewarta|wartawan|fotografer|foto|kontributor|"
        r"redaktur|sumber|copy ?editor)[ \t]*:|(?:baca|lihat|simak)[ \t]+(?:juga|pula)\b)[^\n]*$",
        re.I | re.M,
    ),
    # inline credits: "Foto: X / Jabar Ekspres", "(Foto: Antara/Budi)", "Editor: Y"
    re.compile(
        r"\b(?:Penulis|Editor|Penyunting|Reporter|Pewarta|Fotografer|Foto|Photo|Kontributor|Ilustrasi|"
        r"Dok|Sumber)\s*:\s*[^\n)\]|]*",
        re.I,
    ),
    # "Laporan Wartawan Tribunnews.com, Budi Santoso"
    re.compile(
        r"\bLaporan[ \t]+(?:Wartawan|Reporter|Koresponden|Kontributor)\b[^\n,]*,?"
        r"(?:[ \t]*[A-Z][\w'.\-]*){0,5}",
    ),
    # "Tempo/Fakhri Hermansyah", "KOMPAS.com/Fitria Chusna", "ANTARA FOTO/Budi", "ANTARA / Budi";
    # not "Hendra Suhendra / Indra" (a name and the name he goes by)
    re.compile(
        r"\b(?:[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?|(?:[A-Z]{2,}[\w.]*|[\w]+\.com)(?:[ \t]+[A-Z]{2,}[\w.]*)?[ \t]+)"
        r"/[ \t]*[A-Z][\w'.\-]*(?:[ \t]+[A-Z][\w'.\-]*){0,3}",
    ),
    # editor initials "(OL-8)", "(ant/ded)", "(rls)", "[Antara]"
    # (at the end of a line, so that "(PDI-P)" or "(Jokowi-JK)" in a sentence stay)
    re.compile(r"\(\s*[A-Za-z]{1,6}(?:\s*[-/]\s*[A-Za-z0-9]{1,6})+\s*\)(?=[ \t.]*$)", re.M),
    re.compile(r"\(\s*[a-z*]{1,6}(?:/[a-z*]{1,6})*\s*\)(?=[ \t.]*$)", re.M),
    re.compile(r"\[[^\]\n]{1,40}\]"),
]


# a character (or word) each credit pattern cannot match without; a text lacking it is not
# searched with that pattern (most sentences hold no ":", "/", "(" or "["). Each test gets
# the text and its lower case ("juga" under re.I matches nothing but ASCII j/u/g/a).
_CREDIT_NEEDS = [
    lambda t, low: ":" in t or "juga" in low or "pula" in low,
    lambda t, low: ":" in t,
    lambda t, low: "Laporan" in t,
    lambda t, low: "/" in t,
    lambda t, low: "(" in t,
    lambda t, low: "(" in t,
    lambda t, low: "[" in t,
]
# The "Outlet/Name" pattern is slow to run over a whole article (it tries every word); it is
# tried only at the words right before each "/" (see _slash_credits).
_SLASH_CREDIT = _CREDIT_PATTERNS[3]
_WORD_START = re.compile(r"\b\w")


def _credit_regions(text: str) -> list[tuple[int, int]]:
    regions = []
    low = text.lower()
    for needs, pat in zip(_CREDIT_NEEDS, _CREDIT_PATTERNS):
        if not needs(text, low):
            continue
        for m in _slash_credits(text) if pat is _SLASH_CREDIT else pat.finditer(text):
            if m.end() > m.start():
                regions.append(m.span())
    return regions


def _slash_credits(text: str) -> list[re.Match]:
    """The matches ``_SLASH_CREDIT.finditer(text)`` gives, found faster.

    A match is words, spaces and dots, then a "/": one that holds a given "/" starts at a
    word in the run of such characters right before it (and after the previous match).
    """
    found = []
    pos = 0
    slash = text.find("/")
    while slash != -1:
        start = slash
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


def _in_regions(start: int, end: int, regions) -> bool:
    return any(s <= start and end <= e or (s < end and start < e) for s, e in regions)


# ------------------------------------------------------------------ helpers


def _low(w: str) -> str:
    return w.lower().rstrip(".")


def _is_cap(w: str) -> bool:
    return w[:1].isupper()


class _Tokens:
    # Everything is built up front: nearly every article needs it all, and a
    # functools.cached_property costs more per first use than these builds.
    def __init__(self, text: str, spans: list[tuple[int, int]] | None = None):
        self.text = text
        self.spans = tokenize(text) if spans is None else spans
        self.words = [text[s:e] for s, e in self.spans]
        self.word_set = frozenset(self.words)
        self.ends = [e for _, e in self.spans]
        # token index by start offset and by end offset
        self.by_start = dict(zip([s for s, _ in self.spans], range(len(self.spans))))
        self.by_end = dict(zip(self.ends, range(len(self.spans))))

    def index_range(self, start: int, end: int) -> tuple[int, int] | None:
        """Token indices [i, j) covering [start, end), if aligned."""
        i = self.by_start.get(start)
        j = self.by_end.get(end)
        if i is None or j is None:
            return None
        return i, j + 1


def _same_line(text: str, a: int, b: int) -> bool:
    return "\n" not in text[a:b]


def _role_before(toks: _Tokens, i: int, blocked: set[int]) -> tuple[str | None, int]:
    """The title written right before token i. Returns (role, start offset of the title)."""
    words = toks.words
    j = i - 1
    run: list[int] = []
    while j >= 0 and len(run) < 14:
        if j in blocked:
            break
        w = words[j]
        lw = _low(w)
        if not _same_line(toks.text, toks.spans[j][1], toks.spans[j + 1][0]):
            break
        if w == "." and j > 0 and (_low(words[j - 1]) in _HON or _low(words[j - 1]) in RANKS
                                   or (len(words[j - 1]) == 1 and words[j - 1].isupper())):
            run.append(j)
            j -= 1
            continue
        if w in ("-", "\u2013") or not w[:1].isalnum():
            break
        if _is_cap(w) or lw in _ROLE_WORDS or lw in _HON:
            run.append(j)
            j -= 1
            continue
        if lw in _TITLE_GLUE and run and j > 0 and _is_cap(words[j - 1]):
            run.append(j)
            j -= 1
            continue
        break
    if not run:
        return None, toks.spans[i][0]
    run.reverse()  # left to right
    # drop honorifics (and their dots) right before the name
    while run and (words[run[-1]] == "." or _low(words[run[-1]]) in _HON
                   or (len(words[run[-1]]) == 1 and words[run[-1]].isupper())):
        run.pop()
    # the title starts at the first role word of the run
    first = next((k for k, t in enumerate(run) if _low(words[t]) in _ROLE_WORDS), None)
    if first is None:
        return None, toks.spans[i][0]
    # English puts the country's adjective first: "Russian President", "U.S. Secretary of State"
    while first > 0 and _low(words[run[first - 1]]) in _EN_DEMONYMS:
        first -= 1
    run = run[first:]
    # trailing glue words are not part of a title
    while run and _low(words[run[-1]]) in _TITLE_GLUE:
        run.pop()
    if not run:
        return None, toks.spans[i][0]
    s = toks.spans[run[0]][0]
    e = toks.spans[run[-1]][1]
    return toks.text[s:e], s


def _role_after(toks: _Tokens, j: int) -> str | None:
    """An apposition right after the name ending at token j-1: "Budi, Kepala Dinas X, ..."."""
    words = toks.words
    n = len(words)
    if j >= n or words[j] != "," or j + 1 >= n:
        return None
    k = j + 1
    if _low(words[k]) not in _ROLE_WORDS:
        return None
    run = []
    while k < n and len(run) < 14:
        w = words[k]
        lw = _low(w)
        if not _same_line(toks.text, toks.spans[k - 1][1], toks.spans[k][0]):
            return None
        if _is_cap(w) or lw in _ROLE_WORDS or (lw in _TITLE_GLUE and run) or (w[:1].isdigit() and run):
            run.append(k)
            k += 1
            continue
        break
    if not run or k >= n or words[k] not in (",", ".", ")", ";"):
        return None
    s = toks.spans[run[0]][0]
    e = toks.spans[run[-1]][1]
    return toks.text[s:e]


def _clean_person(toks: _Tokens, ent: EntitySpan, gaz) -> tuple[int, int, str | None] | None:
    """Strip honorifics, roles, ages and possessives from a PER span.

    Returns (start, end, role-found-inside) or None when nothing name-like remains.
    """
    text = toks.text
    start, end = ent.start, ent.end
    m = _AGE.search(text, start, end)
    if m and m.end() == end:
        end = m.start()
    rng = toks.index_range(start, end)
    if rng is None:
        # offsets do not fall on token boundaries: trust the span as given
        name = text[start:end].strip()
        return (start, start + len(name), None) if name else None
    i, j = rng
    words = toks.words
    # trailing punctuation / brackets
    while j > i and not words[j - 1][:1].isalnum():
        j -= 1
    role_start = None
    role_end = None
    while i < j:
        lw = _low(words[i])
        if not words[i][:1].isalnum() or lw in _HON or (len(words[i]) == 1 and words[i].isupper() and i + 1 < j
                                             and words[i + 1] == "."):
            i += 1
            continue
        if (lw in _ROLE_WORDS and not (lw in _NAME_LIKE and _is_cap(words[i]))) or (
            lw in PERSON_NOUNS and not _is_cap(words[i])
        ):
            if role_start is None:
                role_start = toks.spans[i][0]
            role_end = toks.spans[i][1]
            i += 1
            # a role is often followed by a place or body ("Gubernur Jawa Barat Ridwan Kamil")
            for k in (3, 2, 1):
                if i + k < j and " ".join(w.lower() for w in words[i:i + k]) in gaz:
                    role_end = toks.spans[i + k - 1][1]
                    i += k
                    break
            continue
        break
    if i >= j:
        return None
    s, e = toks.spans[i][0], toks.spans[j - 1][1]
    pm = _POSSESSIVE.search(text, s, e)
    if pm and pm.end() == e:
        e = pm.start()
    role = text[role_start:role_end] if role_start is not None else None
    return s, e, role


def _title_fragment(toks: _Tokens, s: int, t: int) -> bool:
    """An ORG span that only continues a title: "Menteri | Luar Negeri Rusia"; not
    "Ketua | KPK", "Ketua | Partai Golkar" or "Wakil Ketua | Komite Sentral"."""
    i = toks.by_start.get(s)
    if i is None or i == 0:
        return False
    prev = _low(toks.words[i - 1])
    if prev not in _ROLE_WORDS:
        return False
    first = toks.words[i]
    if first.isupper() or _low(first) in ORG_HEADS:
        return False
    return True


def _inside_title(toks: _Tokens, s: int, t: int, per_starts: set[int]) -> bool:
    """A body named only inside a person's title, between a role word and the name:
    "Wakil Ketua Komite Sentral Korea Utara | Kim Yong Chol". It is the person's role,
    not an actor of its own; an abbreviation ("Ketua KPK Agus Rahardjo") stays one."""
    i = toks.by_start.get(s)
    j = toks.by_end.get(t)
    if i is None or j is None or i == 0 or j + 1 >= len(toks.words):
        return False
    if _low(toks.words[i - 1]) not in _ROLE_WORDS or toks.text[s:t].isupper():
        return False
    nxt = toks.spans[j + 1][0]
    return nxt in per_starts and toks.text[t:nxt].strip() == "" and "\n" not in toks.text[t:nxt]


def _propagate_names(toks: _Tokens, entities: list[EntitySpan], sources: list[EntitySpan]) -> list[EntitySpan]:
    """Names the tagger found in one sentence, also where it missed them in another.

    Every untagged occurrence, on token boundaries and starting with a capital, of the
    exact text of a PER or ORG span found elsewhere in the article becomes a span of
    that label, when the article never tags that text otherwise ("Kim ke Rusia" when
    "Kim" is a person two sentences later). Names are taken from ``sources`` only.
    """
    labels: dict[str, set[str]] = {}
    for e in sources:
        if e.text[:1].isupper():
            labels.setdefault(e.text, set()).add(e.label)
    by_first: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    for name, labs in labels.items():
        if len(labs) == 1 and labs <= {"PER", "ORG"}:
            words = tuple(token_texts(name))
            if words and " ".join(words) == " ".join(name.split()):
                by_first.setdefault(words[0], []).append((words, name, next(iter(labs))))
    if not by_first:
        return entities
    # tokens overlapping any span (also spans that do not fall on token boundaries)
    tagged = [False] * len(toks.words)
    ends = toks.ends
    for e in entities:
        k = bisect_right(ends, e.start)
        while k < len(ends) and toks.spans[k][0] < e.end:
            tagged[k] = True
            k += 1
    words = toks.words
    added = []
    for i in [i for i, w in enumerate(words) if w in by_first]:
        if tagged[i]:
            continue
        for name_words, name, label in by_first[words[i]]:
            k = len(name_words)
            if tuple(words[i:i + k]) == name_words and not any(tagged[i:i + k]):
                s, e = toks.spans[i][0], toks.spans[i + k - 1][1]
                if toks.text[s:e] != name:  # a line break inside: not the same name
                    continue
                added.append(EntitySpan(s, e, name, label))
                for j in range(i, i + k):
                    tagged[j] = True
                break
    if not added:
        return entities
    return sorted(entities + added, key=lambda e: (e.start, e.end))


_PAIR = re.compile(r"(?<=[a-z])-(?=[A-Z])|(?<=\w)\s+[-\u2013\u2014]\s+(?=[A-Z])")


def _split_pair(text: str, s: int, t: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Two full names joined by a hyphen ("Edy Rahmayadi-Musa Rajekshah"), each of at
    least two words; names like "Jean-Pierre Papin" or "Kim Jong-un" are left alone."""
    name = text[s:t]
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
    m = _BRACKETED.match(text, end)
    if not m:
        return None
    inner = " ".join(m.group(1).split())
    if not inner[:1].isupper() or len(inner.split()) > max_words or any(ch.isdigit() for ch in inner):
        return None
    return inner


_DESIGNATOR_SPLIT = re.compile(r"[\s.()]+")


def _bare_designator(name: str) -> bool:
    words = [w for w in _DESIGNATOR_SPLIT.split(name.lower()) if w]
    return bool(words) and all(w in _BARE_DESIGNATORS for w in words)


# lower-case particles that may open a surname ("de Burgh", "van Gaal")
_NAME_PARTICLES = frozenset("de van von der den du da del della di le la al el bin binti".split())
# a "name" made of nothing but these words is a title or a direction, no person
_NOT_NAME_PARTS = _ROLE_WORDS | _HON | DIRECTIONS


def _looks_like_person(name: str) -> bool:
    if not name:
        return False
    if not name[:1].isupper():
        parts = name.split()
        if not (len(parts) >= 2 and parts[0] in _NAME_PARTICLES and parts[1][:1].isupper()):
            return False
    if " " not in name and name.lower() in _NOT_NAMES:
        return False
    if any(map(str.isdigit, name)):
        return False
    return not all(_low(p) in _NOT_NAME_PARTS for p in name.split())


def _name_tokens(name: str) -> list[str]:
    return [p.lower() for p in name.replace("\u2019", "'").split()]


def _contains(seq: list[str], sub: list[str]) -> bool:
    n, k = len(seq), len(sub)
    return any(seq[x:x + k] == sub for x in range(n - k + 1))


# ------------------------------------------------------------------ main entry


def extract_actors(
    text: str, entities: list[EntitySpan], spans: list[tuple[int, int]] | None = None
) -> list[ActorMention]:
    """Persons and organisations named in ``text``, resolved to canonical names.

    ``spans``: the tokens of ``text`` (:func:`tokenize`), when the caller has them already.
    """
    if not text or not entities:
        return []
    # the tagger sees one sentence at a time; names are made consistent over the article
    entities = consistent_labels(sorted(entities, key=lambda e: (e.start, e.end)), text)
    toks = _Tokens(text, spans)
    regions = _credit_regions(text)
    # a name seen only in a credit ("Editor: Andi") is not spread over the article
    entities = _propagate_names(toks, entities, [e for e in entities if not _in_regions(e.start, e.end, regions)])
    gaz = gazetteer_aliases()
    ents = sorted(
        (e for e in entities if e.label in ("PER", "ORG") and not _in_regions(e.start, e.end, regions)),
        key=lambda e: (e.start, e.end),
    )
    # tokens covered by other person spans stop a title walking back
    per_tokens: set[int] = set()
    for e in ents:
        if e.label == "PER":
            rng = toks.index_range(e.start, e.end)
            if rng:
                per_tokens.update(range(*rng))

    # words the article also writes in lower case are common words, not names
    # ("Nyeri", "Daun", "Studi" at the start of a sentence)
    def _common_word(s: int, t: int) -> bool:
        w = text[s:t]
        if " " in w or w.isupper():
            return False
        low = w.lower()
        return low.islower() and low in toks.word_set

    persons: list[tuple[int, int, str | None]] = []  # (start, end, role)
    orgs: list[tuple[int, int]] = []
    per_starts = {e.start for e in ents if e.label == "PER"}
    for e in ents:
        if e.label == "ORG":
            s, t = e.start, e.end
            if _inside_title(toks, s, t, per_starts):
                continue
            while t > s and not text[t - 1].isalnum() and text[t - 1] not in ")":
                t -= 1
            if (t > s and any(ch.isalpha() for ch in text[s:t]) and not _title_fragment(toks, s, t)
                    and not _common_word(s, t) and not _bare_designator(text[s:t])):
                orgs.append((s, t))
            continue
        cleaned = _clean_person(toks, e, gaz)
        if cleaned is None:
            continue
        s, t, inner_role = cleaned
        pair = _split_pair(text, s, t)
        if pair is not None:
            # "Edy Rahmayadi-Musa Rajekshah": a ticket of two people
            (s1, t1), (s2, t2) = pair
            role = None
            rng = toks.index_range(s, t)
            if rng is not None and inner_role is None:
                role, _ = _role_before(toks, rng[0], per_tokens - set(range(*rng)))
            persons.append((s1, t1, inner_role or role))
            persons.append((s2, t2, None))
            continue
        name = text[s:t]
        if not _looks_like_person(name) or _common_word(s, t):
            continue
        role = None
        rng = toks.index_range(s, t)
        if rng is not None:
            if inner_role is None:
                role, _ = _role_before(toks, rng[0], per_tokens - set(range(*rng)))
            if role is None and inner_role is None:
                role = _role_after(toks, rng[1])
        persons.append((s, t, inner_role or role))

    # ---------------------------------------------------------------- resolution
    full_names = {" ".join(text[s:t].split()).lower(): " ".join(text[s:t].split())
                  for s, t, _ in persons if len(text[s:t].split()) >= 2}
    records: list[tuple[int, list[str], str]] = []  # (start, tokens, canonical)
    defined: dict[str, str] = {}  # "jokowi" -> "Joko Widodo" from "Joko Widodo (Jokowi)"
    out: list[ActorMention] = []
    for s, t, role in persons:
        surface = text[s:t]
        written = " ".join(surface.split())
        toks_l = _name_tokens(written)
        canonical = defined.get(written.lower())
        alias = ALIASES.get(written.lower())
        if alias and alias.lower() in full_names:
            canonical = full_names[alias.lower()]
        if canonical is None:
            for r_start, r_toks, r_name in reversed(records):
                if r_start < s and len(r_toks) > len(toks_l) and _contains(r_toks, toks_l):
                    canonical = r_name
                    break
        if canonical is None:
            canonical = written
            # a full name written out becomes a target for later short forms
            if len(toks_l) >= 2:
                records.append((s, toks_l, canonical))
        elif len(toks_l) >= 2:
            records.append((s, toks_l, canonical))
        short = _bracketed_alias(text, t, max_words=1)
        if short and len(toks_l) >= 2:
            defined.setdefault(short.lower(), canonical)
        out.append(ActorMention(s, t, surface, canonical, "person", role))

    org_defined: dict[str, str] = {}  # "kpk" -> "Komisi Pemberantasan Korupsi"
    for s, t in orgs:
        surface = text[s:t]
        written = " ".join(surface.split())
        canonical = org_defined.get(written.lower(), written)
        short = _bracketed_alias(text, t, max_words=3)
        if short and short.lower() != written.lower() and len(written.split()) >= 2:
            org_defined.setdefault(short.lower(), canonical)
        out.append(ActorMention(s, t, surface, canonical, "organization", None))
    out.sort(key=lambda a: (a.start, a.end))
    return out
