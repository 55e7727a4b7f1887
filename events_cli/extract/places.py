"""Find gazetteer places in text; resolve location spans found by other means.

``find_places`` is pure: it depends on nothing but the text, the spans to skip
and the gazetteer (:mod:`events_cli.gazetteer`). One Aho-Corasick pass over the
lower-cased, punctuation-blanked text finds every alias on word boundaries; each
hit is then checked, leftmost-longest first, against the text as written:

* case: the span must be spelled as the alias (Title/UPPER case as in the alias),
  or be the all-caps form of an alias of 4+ characters ("JAKARTA, KOMPAS.com"),
  but not inside an all-caps run ("JABAR EKSPRES" is a masthead, not a mention);
* spans overlapping ``exclude`` (person names: "Vladimir" of "Vladimir Putin");
* a lower-case classifying noun right before it ("sup ikan Amur Putih",
  "nasi Padang", "merek China") makes it a kind of thing, not a place;
* a single-word alias that is not a country, province or continent needs more
  evidence when it is ambiguous: after a location cue ("di", "ke", "kota",
  "warga", "in", "from", ...) it is accepted; otherwise it is rejected when it is
  a very common word or given name, when the same word occurs in lower case in
  the text (so its capital is just sentence case), when the gazetteer marks the
  alias weak (small towns, alternate names); and, cue or not, it is rejected when
  a capitalised word that is not itself a place follows it (part of a longer
  proper name: "Amur Putih", "Vladimir Putin").
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from events_cli import gazetteer
from events_cli.extract.text import BALINESE_NAME, HEADQUARTERS as _HEADQUARTERS, SpanSet, name_end
from events_cli.models import PlaceEntry, PlaceMention

__all__ = ["find_places", "resolve_place"]

STRONG_KINDS = frozenset({"country", "province", "continent"})

# A lower-case word right before a name that makes the name a place reference.
CUES = frozenset(
    """
    di ke dari kota kabupaten kab provinsi prov kecamatan kec desa kelurahan kel
    dusun kampung wilayah daerah kawasan warga penduduk asal menuju sekitar dekat
    pulau negara negeri ibukota distrik oblast region regional timur barat utara
    selatan tengah via arah perbatasan pelabuhan bandara
    gubernur bupati walikota wali camat lurah polda polres polresta polsek kapolda
    kapolres kapolresta pemkot pemkab pemprov pemda dprd kejari kejati kodam korem
    kodim
    in at from to into near across towards toward via city town province capital
    outside inside around
    """.split()
)

# The cues that make a country's name a place, not the state acting: prepositions of place.
_PLACE_CUES = frozenset("di ke dari menuju in at from to into across".split())

# A lower-case noun right before a capitalised word that names a kind, a variety
# or a brand: what follows is not a place ("ikan Amur", "nasi Padang").
CLASSIFIERS = frozenset(
    """
    ikan sup sop soto kue nasi sate bakso mi mie martabak rendang sambal kopi teh
    jeruk apel mangga pisang salak durian beras padi jenis merek merk varietas ras
    spesies anjing kucing kuda sapi ayam bebek burung tari tarian lagu film novel
    batik tenun kain sepatu mobil motor kapal pesawat rudal roket produk gaya model
    kelas tipe seri
    fish soup cake brand breed variety species style type model dish
    """.split()
)

# Very common Indonesian / English words and given names that are also the name
# of some town in the gazetteer. Capitalised, they are usually a sentence start
# or a person, so they need a location cue.
COMMON_WORDS = frozenset(
    """
    ini itu kita kami para pula pun baru kota negara batu bandar banjar batang
    padang serang kudus tegal pati bone sari melati mulia tanjung raya jaya indah
    agung bunga cahaya harapan bintang mawar makmur sentosa teluk muara kuala air
    pasar pangkalan lama besar kecil selatan utara barat timur tengah pusat
    man most union paradise independence liberty victory unity progress eden
    faith grace hope joy mercy peace truth bath reading mobile orange split
    nice split mosul male gap bar dunkirk cork van anda beliau tuhan
    toyota kawasaki nokia
    """.split()  # (the last: towns the news names for the company)
)
GIVEN_NAMES = frozenset(
    """
    vladimir victoria florence jackson austin charlotte lincoln kim madison
    orlando eugene elizabeth marion regina tyler irving alexandria adelaide
    sofia santiago clinton hamilton wellington nelson chester sherman kent milton
    preston warren marshall franklin harrison jefferson salem dale bruce camden
    bima arjuna kartika dewi putri putra sri santos lucia
    """.split()
)
# Capitalised words that may follow a place without making it part of a name.
FOLLOWERS_OK = frozenset(
    """
    Senin Selasa Rabu Kamis Jumat Sabtu Minggu Monday Tuesday Wednesday Thursday
    Friday Saturday Sunday Januari Februari Maret April Mei Juni Juli Agustus
    September Oktober November Desember January February March June July August
    October December Kota Kabupaten Provinsi Pada Dan Yang Di Ke Dari
    """.split()
)

# Words that say what kind of place follows but name none: a tagged span of these alone
# ("Kabupaten", "Ibu Kota") is no place.
PLACE_NOUNS = (CUES - frozenset("timur barat utara selatan tengah".split())) | frozenset(
    """
    ibu jalan jl jln gedung kantor stadion lapangan kompleks komplek gang blok rt rw terminal
    stasiun pasar gunung sungai danau pantai teluk selat laut kepulauan benua
    """.split()
)
# Online services, which the tagger takes for places after "di" ("diunggah di Instagram"):
# where people post, not where anything happens.
PLATFORMS = frozenset(
    """
    instagram twitter facebook youtube tiktok whatsapp telegram snapchat linkedin
    pinterest reddit weibo wechat kakaotalk netflix spotify
    """.split()
)

# Service names that end in one of these words are no place either ("Google News", "IDN App"),
# nor a reporter's post ("Indonesia Correspondent")
_SERVICE_ENDS = frozenset("news app apps correspondent reporter editor bureau".split())
# lower-case words that may stand inside a place's name ("Isle of Man", "Bandar di Laut")
_NAME_GLUE = frozenset("of the de di da la le el al bin van von and dan du des del upon on".split())
# the parts of an address after a place's name: "Kampung X rt 02/04", "Jalan X No 5"
_ADDRESS_TAIL = re.compile(r"(?i)[ \t,]+(?:rt|rw|no|nomor|blok|km)\b\.?[ \t]*\d")
DIRECTION_WORDS = frozenset("utara selatan timur barat tengah raya north south east west central".split())
_LONGEST_UNKNOWN = 5  # more capitalised words than this, unknown to the gazetteer: a headline
# The first word of a body's or a firm's name, never a place's, though the tagger often takes
# the name for one after "di" ("dirawat di RSUD Sleman", "siswa SD Negeri Sukamaju", "di Mapolres
# Cimahi", the headquarters standing for the force): hospitals, clinics, schools, police and
# army headquarters, firms, government offices.
BODY_FIRSTS = frozenset(
    """
    rs rsu rsud rsup rsia rskia rsj puskesmas klinik sd sdn smp smpn sma sman smk smkn mts mtsn
    man min sekolah universitas institut politeknik akademi mabes pt cv bank dinas badan
    kementerian kemenkes kemenag
    polres polresta polrestabes polsek polda pemkot pemkab pemprov pengadilan kejaksaan kejari
    kejati yayasan koperasi partai bawaslu kpu kpud dprd dprk komisi divisi direktorat biro subdit
    bareskrim
    """.split()
)
# ... and the last word of one ("Mandala Sekuritas", "Bumi Resources Tbk", "Java Education Agency")
BODY_LASTS = frozenset(
    """
    tbk persero sekuritas securities hospital school university college ministry agency
    commission council committee corporation company corp inc ltd llc plc guard police
    """.split()
)
_DATE_PARTS = frozenset(
    """
    januari februari maret april mei juni juli agustus september oktober november desember
    january february march may june july august october december jan feb mar apr jun jul aug
    sep sept oct nov dec
    """.split()
)




def names_body(name: str) -> bool:
    """Whether a name is, by its first or last word, a body's or a firm's ("RSUD Sleman",
    "PT Sinar Jaya Tbk", "Mandala Sekuritas"), which the tagger may take for a place."""
    words = _LETTERS.findall(name)
    if len(words) < 2:  # one word: a body the bodies table knows ("di kantor BPOM"), unless a country ("DPRK")
        return len(words) == 1 and _one_word_body(name.strip())
    return words[0].lower() in BODY_FIRSTS or words[-1].lower() in BODY_LASTS


# short titles that open a unit's name: "Karo Penmas" (Kepala Biro), "Kabid Humas", "Kasat Reskrim"
_TITLE_ABBREVIATIONS = frozenset("karo kabid kabag kasat kasubdit kanit kasi kadiv kapuspen wadir dir".split())


def _known_body(name: str) -> bool:
    from events_cli.extract import bodies

    return bodies.lookup(" ".join(name.split())) is not None


def _one_word_body(name: str) -> bool:
    from events_cli.extract import bodies

    return bodies.lookup(name) is not None and resolve_place(name).kind != "country"


def _date_only(name: str) -> bool:
    """A month and a day ("May 18", "18 Mei"): a date, no place."""
    words = name.replace(",", " ").split()
    words = [w.lower().rstrip(".") for w in words]  # ("Aug. 22": the style of AP and UCA News)
    return bool(words) and any(w in _DATE_PARTS for w in words) and all(w in _DATE_PARTS or w.isdigit() for w in words)


_LETTERS = re.compile(r"[^\W\d_]+")
_NEXT_WORD = re.compile(r"^[ \t]+([^\W\d_][\w'’-]*)")
_PREV_CAPS = re.compile(r"([^\W\d_]{2,})[ \t]+$")

_PREFIXES = (
    ("Kabupaten ", "regency"),
    ("Kab. ", "regency"),
    ("Kota ", "city"),
    ("Provinsi ", "province"),
    ("Kecamatan ", "district"),
    ("Kelurahan ", "district"),
    ("Desa ", "district"),
    ("Pulau ", "region"),
    ("Kepulauan ", "region"),
    ("Gunung ", "landmark"),
    ("Bandara ", "facility"),
    ("Pelabuhan ", "facility"),
    ("Stasiun ", "facility"),
)


def after_location_cue(text: str, start: int) -> bool:
    """Whether the name at `start` follows a word that makes it a place ("di Indonesia",
    "in Indonesia", "ke Jepang"), rather than, for a country, the state acting."""
    prev = _prev_word(text, start)
    return prev.islower() and prev in _PLACE_CUES


def before_possessive(text: str, end: int) -> bool:
    """Whether the name ending at `end` is an English possessive ("Indonesia's central bank", "Japan’s
    Prime Minister"): the country names where the body or office is, a place, whoever acts."""
    return text[end:end + 2] in ("'s", "’s") and text[end + 2:end + 3] in (" ", "\t")


def _prev_word(text: str, start: int) -> str:
    """The word that ends, before spaces or tabs, right before `start` (within 30 characters);
    "" when there is none: the run of letters (no digits or "_") that ends where the blanks
    before `start` begin, found with one anchored match on the reversed text rather than a
    search trying every position."""
    before = text[max(0, start - 30) : start]
    if before[-1:] == "\n":
        before = before[:-1]  # (`$` also matches before a final line break)
    word_end = before.rstrip(" \t")
    if len(word_end) == len(before):
        return ""
    m = _LETTERS.match(word_end[::-1])
    return m.group()[::-1] if m else ""


def _is_caps_word(word: str) -> bool:
    return len(word) >= 2 and word.isupper()


def _lower_elsewhere(text: str, norm: str, low: str) -> bool:
    """Does ``low`` occur in ``text`` written in lower case (as a whole word)?"""
    key = f" {low} "
    i = norm.find(key)
    n = len(low)
    while i >= 0:
        if text[i : i + n].islower():  # norm is text padded by one: norm[i+1] is text[i]
            return True
        i = norm.find(key, i + 1)
    return False


# The words of Indonesia's own administrative areas: a name after one is an Indonesian place.
_INDONESIAN_AREAS = frozenset("kecamatan kelurahan desa kabupaten kab kab. provinsi dusun kampung nagari gampong".split())
_POLICE_UNITS = frozenset("polda polres polresta polrestabes polsek kapolda kapolres kapolresta kapolrestabes "
                          "kapolsek wakapolda wakapolres wakapolsek".split())
# A word written with a capital mid-sentence at most this often (0-9) is a common word.
_COMMON_CAP_SHARE = 2


@lru_cache(maxsize=1)
def _office_words() -> frozenset[str]:
    """The tagger's words for offices and ranks ("mentan", "kapolres", "kompol")."""
    from events_cli.extract.ner import RANKS, ROLES

    return ROLES | RANKS


def _capitalised_share(low: str) -> int | None:
    from events_cli.extract.ner import capitalised_share

    return capitalised_share(low)


def _check(text: str, norm: str, start: int, end: int, exclude: SpanSet,
           lower_elsewhere: dict[str, bool]) -> tuple[PlaceEntry, str] | None:
    """The gazetteer's record for the hit ``text[start:end]`` if it names a place there.
    ``lower_elsewhere`` remembers, for the text, which words it also writes in lower case."""
    span = text[start:end]
    rec = gazetteer.record(span)
    caps = False
    if rec is None and end < len(text) and text[end] == ".":
        rec = gazetteer.record(span + ".")  # "U.S." (the key drops the final dot)
    if rec is None:
        if len(span) >= 4 and span.isupper():
            alias = gazetteer._folded().get(span.lower())
            if alias is None or alias.isupper():
                return None
            rec = gazetteer.record(alias)
            caps = True
        if rec is None:
            return None
    # (checked after the lookups: they turn down about half the hits, lower-case words, more
    # cheaply than the test against `exclude`)
    if exclude and exclude.overlaps(start, end):
        return None
    entry, tier = rec

    prev = _prev_word(text, start)
    after = text[end : end + 30]
    m = _NEXT_WORD.match(after)
    nxt = m.group(1) if m else ""

    if caps and (_is_caps_word(prev) or _is_caps_word(nxt.rstrip("'’-"))):
        return None  # inside an all-caps run: masthead or headline
    if prev and prev.islower() and prev in CLASSIFIERS:
        return None
    if span == "Metro" and prev.lower() in _POLICE_UNITS:
        return None  # "Polres Metro Jakarta Pusat", "Kapolsek Metro Gambir": the force's name, no Kota Metro
    if entry.kind in STRONG_KINDS:
        return rec
    if " " in span.strip():  # a name of several words, unless a weak one ("Batu Bara") without a cue
        return rec if tier != "W" or prev.lower() in CUES else None
    if nxt and nxt[0].isupper() and nxt not in FOLLOWERS_OK and not caps:
        if gazetteer.record(nxt) is None:
            return None  # "Amur Putih", "Vladimir Putin": part of a longer name
    if entry.country_code != "ID" and span.lower() in CUES:
        return None  # "Wali Kota", "Polsek Kota": the word, no Kota in India
    if prev.lower() in CUES:
        if entry.country_code != "ID" and prev.lower() in _INDONESIAN_AREAS:
            return None  # "Kecamatan Limo" (in Depok) is no Lima: only Indonesia has kecamatan
        return rec
    low = span.lower()
    if low in COMMON_WORDS or low in GIVEN_NAMES or tier == "W":
        return None
    if low in _office_words():
        return None  # "Mentan" (the minister of agriculture) is no Medan
    if entry.country_code != "ID":
        share = _capitalised_share(low)
        if share is not None and share <= _COMMON_CAP_SHARE:
            return None  # a foreign town named by a word news writes in lower case ("Kali ini ..." is no Cali)
    seen = lower_elsewhere.get(low)
    if seen is None:
        seen = lower_elsewhere[low] = _lower_elsewhere(text, norm, low)
    if seen:
        return None
    return rec


def find_places(text: str, exclude: Sequence[tuple[int, int]] = ()) -> list[PlaceMention]:
    """Every gazetteer place named in ``text``, leftmost-longest, non-overlapping.

    ``exclude`` holds ``(start, end)`` spans to skip (person names and the like).
    Mentions come in text order; ``text[m.start:m.end] == m.text``.
    """
    if not text:
        return []
    norm = gazetteer.padded_key(text)
    # the key covers norm[end_idx-klen+1 : end_idx+1], pads included; norm[i] is text[i-1].
    # Each hit is (start, -klen): sorted, the longest comes first at each start. A hit that
    # opens with a small letter no alias opens with ("itu", "kita", "para": a third of the
    # hits) has no record as written (:func:`_check`) and goes at once.
    lower_initials = gazetteer.lower_initials()
    hits = [(start, -klen) for end_idx, klen in gazetteer.automaton().iter(norm)
            if not (first := text[(start := end_idx - klen + 1)]).islower() or first in lower_initials]
    if not hits:
        return []
    hits.sort()
    exclude = SpanSet(exclude)
    lower_elsewhere: dict[str, bool] = {}
    out: list[PlaceMention] = []
    last_end = -1
    for start, neg_klen in hits:
        if start < last_end:
            continue
        end = start - neg_klen - 2  # (the key's last character is norm[end + 1], its pad)
        rec = _check(text, norm, start, end, exclude, lower_elsewhere)
        if rec is None:
            continue
        out.append(PlaceMention(start, end, text[start:end], rec[0]))
        last_end = end
    return out


def resolve_place(name: str) -> PlaceEntry:
    """The gazetteer entry for a location span found by other means (a NER tagger).

    Tries the name as written ("Mount Merapi" also as "Gunung Merapi"), then without an administrative prefix ("Kota ",
    "Kabupaten ", "Provinsi ", "Kecamatan ", "Desa ", ...); an unknown name gets
    ``PlaceEntry(name, kind, None, None, None)`` with the kind its prefix implies
    ("Kecamatan Cicendo" -> district) or "other", and a district its bare name ("Cicendo").
    """
    clean = " ".join(name.split()).strip(" ,.;:")
    if not clean:
        return PlaceEntry(name, "other", None, None, None)
    hit = gazetteer.lookup(clean)
    if hit is not None:
        return hit
    low = clean.lower()
    if low.startswith(("mount ", "mt ", "mt. ")):  # English writes "Mount Merapi" for Gunung Merapi
        hit = gazetteer.lookup("Gunung " + clean.split(None, 1)[1])
        if hit is not None:
            return hit
    for prefix, kind in _PREFIXES:
        if low.startswith(prefix.lower()) and len(clean) > len(prefix):
            bare = clean[len(prefix) :].strip()
            hit = gazetteer.lookup(prefix + bare) or gazetteer.lookup(bare)  # ("kabupaten Siak")
            if hit is not None and hit.country_code not in ("ID", None) and prefix.strip().lower() in _INDONESIAN_AREAS:
                hit = None  # "Kecamatan Limo" (in Depok) is no Lima: only Indonesia has kecamatan
            if hit is not None:
                if kind == "regency" and hit.kind == "city":
                    # "Kabupaten Malang" is not the city of Malang
                    return PlaceEntry(f"Kabupaten {hit.name}", "regency", hit.country_code, hit.lat, hit.lon)
                if hit.kind == "regency" and kind == "city":  # "Kota Rembang": the regency's town
                    return PlaceEntry(prefix + bare, "city", hit.country_code, hit.lat, hit.lon)
                if hit.kind == "regency" and kind != "regency":
                    # "Desa Grobogan", "Kecamatan Karanganyar", "Pulau Sumbawa": named like a regency, not it
                    return PlaceEntry(bare if kind == "district" else clean, kind, hit.country_code, None, None)
                return hit
            # "Kecamatan Kiaracondong" is Kiaracondong; "Kota Bogor" and "Kabupaten Bogor" differ
            return PlaceEntry(bare if kind == "district" else clean, kind, None, None, None)
    for suffix, prefix, kinds in _ENGLISH_KINDS:
        if low.endswith(suffix) and len(clean) > len(suffix):
            # English writes the kind after the name: "Brebes District", "Bandung Regency", "Bogor
            # City", "Riau Province" (ANTARA's and the Jakarta Post's "District" is a kabupaten;
            # "Kuta District", no regency, is the town's district)
            bare = clean[:-len(suffix)].strip()
            hit = gazetteer.lookup(prefix + bare)
            if hit is None:
                hit = gazetteer.lookup(bare)
                hit = hit if hit is not None and hit.kind in kinds else None
            if hit is not None:
                return hit
    return PlaceEntry(clean, "other", None, None, None)


# (the suffix, the prefix Indonesian writes for it, the kinds the bare name may have then)
_ENGLISH_KINDS = ((" regency", "Kabupaten ", ("regency",)), (" district", "Kabupaten ", ("regency", "city", "district")),
                  (" city", "Kota ", ("city",)), (" province", "Provinsi ", ("province",)))


def tagged_place(text: str, start: int, end: int) -> PlaceMention | None:
    """A location span found by the tagger, unless the words around it say it is no place.

    The same classifier rule as for gazetteer hits applies: "sup ikan Amur Putih" is a fish.
    A span of place nouns alone ("Kabupaten") names no place, and an online service
    ("di Instagram") is none.
    """
    prev = _prev_word(text, start)
    if prev.islower() and prev in CLASSIFIERS:
        return None
    end = name_end(text, start, end)  # "Saudi Arabia later this year"
    m = _ADDRESS_TAIL.search(text, start, end)
    if m is not None and m.start() > start:
        end = len(text[:m.start()].rstrip(" ,"))  # "Kampung Cibodas | rt 02/04"
    words = [w.lower() for w in _LETTERS.findall(text, start, end)]
    if not words or all(w in PLACE_NOUNS for w in words) or (len(words) == 1 and words[0] in PLATFORMS):
        return None
    name = text[start:end]
    written = _LETTERS.findall(text, start, end)
    # a headline taken for a name ("Floods hit parts of northern Italy", "Bogor Residents
    # Protest Delayed Toll Road Compensation")
    if any(w.islower() and w not in _NAME_GLUE and w not in PLACE_NOUNS and w not in GEO_NOUNS
           and w not in DIRECTION_WORDS for w in written) or (
            len(words) > _LONGEST_UNKNOWN and words[0] not in PLACE_NOUNS and resolve_place(name).kind == "other"):
        return None
    if (words[0] in PLATFORMS or (len(words) > 1 and words[-1] in _SERVICE_ENDS)
            or words[0] in _HEADQUARTERS or names_body(name) or _date_only(name)):
        return None
    if len(words) > 1 and words[0] in _TITLE_ABBREVIATIONS and resolve_place(name).kind == "other":
        return None  # "(Karo Penmas)": a title's short form (Kepala Biro), no place
    if len(words) > 1 and _known_body(name):
        return None  # "Manggala Agni", which the bodies table knows
    return PlaceMention(start, end, text[start:end], resolve_place(text[start:end]))


# A facility named by its kind and then its own capitalised name, which the tagger may miss:
# "Pasar Terong", "Terminal Leuwipanjang", "Bandara Sultan Hasanuddin", "Pelabuhan Paotere"
# (not "Pasar Modal", the stock market, nor "Stasiun TV")
_FACILITY = re.compile(
    r"\b(?:Pasar|Terminal|Stasiun|Bandara|Pelabuhan|Alun-[Aa]lun|Jembatan|Bendungan|Waduk)"
    r"(?:[ \t]+(?!Modal\b|TV\b|Televisi\b)[A-Z][\w'’-]*){1,3}")


def facility_places(text: str, taken: Sequence[tuple[int, int]]) -> list[PlaceMention]:
    """The facilities of :data:`_FACILITY` outside `taken` (the spans found already), but not in
    a headline or a line of capitalised words, where any run of capitals looks like a name."""
    if not any(head in text for head in ("Pasar", "Terminal", "Stasiun", "Bandara", "Pelabuhan", "lun",
                                         "Jembatan", "Bendungan", "Waduk")):
        return []
    covered = SpanSet(taken)
    out = []
    for m in _FACILITY.finditer(text):
        start, end = m.span()
        if covered.overlaps(start, end) or _capitalised_line(text, start):
            continue
        after = text[end:end + 2].lstrip(" \t")
        if after[:1].isupper():
            continue  # the run goes on into another name: too long to tell where this one ends
        mention = tagged_place(text, start, end)
        if mention is not None:
            out.append(mention)
            covered.add(mention.start, mention.end)
    return out


def _capitalised_line(text: str, pos: int) -> bool:
    """Whether the line at `pos` is a headline: no sentence's end, and its words of letters
    mostly capitalised."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    line = text[a:b if b != -1 else len(text)].rstrip()
    if line[-1:] in ".!?\"”)":
        return False
    words = _LETTERS.findall(line)
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


# An office over an area, written before the area's name: "Camat Cikajang, Irfan" (the head of
# the Cikajang district), "Bupati Garut", "Kapolsek Sukajadi".
AREA_OFFICES = frozenset(
    """
    camat lurah kades bupati wabup gubernur wagub walikota walkot kota kapolda kapolres kapolresta
    kapolrestabes kapolsek danramil dandim danrem pangdam
    """.split()
)
# what lies between two items of a list of places: a comma or "dan"/"and", and items the tagger
# did not tag ("dari Soreang, Baleendah, dan Majalaya")
_LIST_GAP = re.compile(
    r"(?:[ \t]*,[ \t]*[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)*"
    r"[ \t]*(?:,[ \t]*(?:dan[ \t]+|and[ \t]+)?|[ \t]dan[ \t]+|[ \t]and[ \t]+)")
_AND = re.compile(r"\b(?:dan|and)\b")
_AND_NEXT = re.compile(r"[ \t]*,?[ \t]*(?:dan|and)[ \t]")  # "Arafah, Muzdalifah, | dan Mina"
# nouns of geography that open a place's name, never a person's ("Muara Puger", "Pantai X")
GEO_NOUNS = frozenset(
    """
    muara pantai desa dusun kampung kampong gampong nagari kelurahan kecamatan kabupaten provinsi jalan jl jln gunung
    sungai danau teluk selat pulau tanjung pelabuhan bandara stasiun terminal
    kapanewon kalurahan padukuhan kemantren
    mount mt lake river
    """.split()
)


def _joined(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] only goes on with a list ("Soreang, Baleendah, dan Majalaya")."""
    return 0 < b - a <= 60 and _LIST_GAP.fullmatch(text, a, b) is not None


def _name_follows(text: str, end: int, starts: set[int]) -> bool:
    """Whether a comma and a person's name the tagger found follow `end` ("Camat X, | Irfan")."""
    m = re.compile(r",[ \t]*").match(text, end)
    return m is not None and m.end() in starts


def _after_place_cue_indonesian(text: str, e) -> bool:
    """Whether a one-word "person" is an Indonesian city or regency the gazetteer holds without
    doubt (not a weak name, a common word or a given name), right after a preposition of place."""
    prev = _prev_word(text, e.start)
    if not (prev.islower() and prev in _PLACE_CUES) or e.text.lower() in GIVEN_NAMES or e.text.lower() in COMMON_WORDS:
        return False
    rec = gazetteer.record(e.text)
    return rec is not None and rec[1] != "W" and rec[0].country_code == "ID" and rec[0].kind in ("city", "regency")


def places_tagged_as_persons(text: str, entities) -> dict[tuple[int, int], tuple[int, int]]:
    """PER spans that name a place, each with the place's part of it: one word right after an
    office over an area, or opening with that office, before a comma and the office holder's
    name ("Camat Cikajang, Irfan Nugraha": "Cikajang"); one word listed with the tagger's places
    ("dari Soreang, Baleendah, dan Majalaya"); a name opened by a noun of geography ("Muara X");
    a place's possessive before a name ("Chattogram's Patenga"); a name before the kind of area
    English writes after it ("Kampong Thom province")."""
    out = {}
    entities = sorted(entities, key=lambda e: e.start)
    starts = {e.start for e in entities if e.label == "PER"}
    placed = None  # the article's tagged places, each also without its kind of area ("Kabupaten Bondowoso")
    listed_after = -1  # the end of the last place of a list its first item's kind opens ("Desa A, B dan C")
    for k, e in enumerate(entities):
        if e.label == "LOC" and e.text.split(None, 1)[0].lower() in _LIST_KINDS:
            listed_after = e.end
        elif e.label != "LOC" and not (e.label == "PER" and listed_after >= 0 and _joined(text, listed_after, e.start)):
            listed_after = -1
        if e.label != "PER" or not e.text[:1].isupper():
            continue
        words = e.text.split()
        if listed_after >= 0 and len(words) <= 3 and all(w[:1].isupper() for w in words) and (
                _AND.search(text, listed_after, e.start) or _AND_NEXT.match(text, e.end)):
            # "yaitu Desa Tlanjung Udik, Bojong Kulur dan Cikeas Udik": the kind written once for the whole list
            # (a list's "dan" before or right after it: "di Desa Sukamaju, Budi Santoso mengatakan" names a man)
            out[(e.start, e.end)] = (e.start, e.end)
            listed_after = e.end
            continue
        if len(words) >= 2 and words[0].lower() in GEO_NOUNS:
            out[(e.start, e.end)] = (e.start, e.end)
            continue
        if len(words) == 2 and words[0].lower() in AREA_OFFICES and words[1][:1].isupper() and _name_follows(
                text, e.end, starts):
            out[(e.start, e.end)] = (e.end - len(words[1]), e.end)
            continue
        if _EN_AREA_AFTER.match(text, e.end):
            out[(e.start, e.end)] = (e.start, e.end)  # "in Kampong Thom province": English names the kind after
            continue
        possessive = _POSSESSIVE.search(text, e.start, e.end) if "s " in e.text else None
        if possessive is not None and possessive.group()[:1] in "'’" and gazetteer.lookup(
                text[e.start:possessive.start()]) is not None:
            out[(e.start, e.end)] = (e.start, e.end)  # "Chattogram's Patenga": a place of a place
            continue
        if len(words) != 1:
            continue
        if placed is None:
            placed = _tagged_place_names(entities)
        if e.text in placed:
            # an area the article names with its kind elsewhere ("masyarakat Bondowoso" and "Kabupaten
            # Bondowoso"): one word is not a person here and a place there
            out[(e.start, e.end)] = (e.start, e.end)
            continue
        if _prev_word(text, e.start).lower() in AREA_OFFICES and _name_follows(text, e.end, starts):
            out[(e.start, e.end)] = (e.start, e.end)
            continue
        if _after_place_cue_indonesian(text, e):  # "siswa dari Bireuen"
            out[(e.start, e.end)] = (e.start, e.end)
            continue
        before = next((x for x in reversed(entities[:k]) if x.end <= e.start), None)
        after = next((x for x in entities[k + 1:] if x.start >= e.end), None)
        # a list's "dan" on one side, or places on both ("di Garut, Asep berkata" names a man)
        sides = [_joined(text, before.end, e.start) if before is not None and before.label == "LOC" else None,
                 _joined(text, e.end, after.start) if after is not None and after.label == "LOC" else None]
        if all(sides) or (sides[0] and (_AND.search(text, before.end, e.start) or _AND_NEXT.match(text, e.end))) or (
                sides[1] and _AND.search(text, e.end, after.start)):
            out[(e.start, e.end)] = (e.start, e.end)
    return out


def _tagged_place_names(entities) -> frozenset[str]:
    """The names of the tagger's areas named with their kind ("Kabupaten Bondowoso" gives "Bondowoso"),
    less any word of a person named in full."""
    names = set()
    for e in entities:
        if e.label != "LOC":
            continue
        words = e.text.split()
        if len(words) == 2 and words[0].lower() in _AREA_KINDS:
            names.add(words[1])
    if names:
        names -= {w for e in entities if e.label == "PER" for w in e.text.split()[1:] or ()}
        names -= {e.text.split()[0] for e in entities if e.label == "PER" and " " in e.text}
    return frozenset(names)


_AREA_KINDS = frozenset("kabupaten kota kecamatan desa kelurahan dusun provinsi".split())
_LIST_KINDS = frozenset("desa kelurahan dusun kampung nagari gampong".split())  # (villages listed after the first's kind)


# the kind of area English writes after a place's name, in lower case ("Kampong Thom province")
_EN_AREA_AFTER = re.compile(
    r"[ \t]+(?:province|district|regency|commune|village|city|town|county|prefecture|municipality|subdistrict)\b")


# English titles a tagger runs a place into, with the holder's name after ("West Java Governor
# Darmawan Sukmaputra" is the province, then the governor)
EN_TITLES = frozenset(
    """
    governor regent mayor president minister police chief head spokesman spokeswoman
    spokesperson secretary director
    """.split()
)


def _before_title(text: str, start: int, end: int) -> int:
    """Where a place's name ends when an English title and a capitalised name follow it in the
    span ("West Java | Governor Darmawan Sukmaputra"); `end` when none does."""
    words = list(_LETTERS.finditer(text, start, end))
    for k in range(1, len(words) - 1):
        w = words[k].group()
        if w.lower() in EN_TITLES and w[:1].isupper() and all(x.group()[:1].isupper() for x in words[k + 1:]):
            return len(text[:words[k].start()].rstrip())
    return end


_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")


def _before_holder(text: str, start: int, end: int) -> int:
    """Where a place's name ends when an office stands before the span and its holder's name after
    the place inside it ("Bupati | Pati Sudewo": Pati, then Sudewo); `end` when not so."""
    if " " not in text[start:end].strip():
        return end
    office = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if office is None or office.group(1).lower() not in _office_words() or gazetteer.lookup(text[start:end]) is not None:
        return end
    words = list(_LETTERS.finditer(text, start, end))
    for k in range(len(words) - 1, 0, -1):  # the longest place the span opens with, a name after it
        if gazetteer.lookup(text[start:words[k - 1].end()]) is not None:
            return words[k - 1].end() if all(w.group()[:1].isupper() for w in words[k:]) else end
    return end


_WEEKDAYS_SHORT = frozenset("mon tue tues wed thu thur thurs fri".split())


def tagged_places(text: str, entities, taken: Sequence[tuple[int, int]]) -> list[PlaceMention]:
    """The tagger's LOC spans outside `taken` (the spans of people and organisations), and the
    one-word names it tagged as persons that stand where places do (:func:`places_tagged_as_persons`)."""
    covered = SpanSet(taken)
    out = []
    as_persons = places_tagged_as_persons(text, entities) if any(e.label == "PER" for e in entities) else {}
    for span in entities:
        if len(span.text) <= 5 and span.text.lower() in _WEEKDAYS_SHORT:
            continue  # "Jakarta | Wed, March 9, 2022": a stamp's weekday, no place
        start, end = as_persons.get((span.start, span.end), (span.start, span.end))
        if span.label == "LOC":
            if BALINESE_NAME.match(span.text):
                continue  # "I Gusti Ngurah Jaya Negara": a man's name, whatever town its last word names
            if _CLUB.match(span.text):
                continue  # "di kandang Eintracht Frankfurt": a club, whatever city its name holds
            end = _before_title(text, start, end)  # "West Java | Governor Darmawan"
            start = _with_area_prefix(text, start, end)  # "Kab. | Pelalawan"
            end = _before_holder(text, start, end)  # "Bupati | Pati | Sudewo"
        elif (span.start, span.end) not in as_persons:
            continue
        if end <= start or covered.overlaps(start, end):
            continue
        if text.startswith("Kota ", start) and _MAYOR_BEFORE.search(text, max(0, start - 8), start):
            continue  # "Wakil Wali | Kota Armuji": the office, then its holder's name
        for a, b in _possessed(text, start, end):
            mention = tagged_place(text, a, b)
            if mention is not None:
                out.append(mention)
                covered.add(a, b)
    return out


_MAYOR_BEFORE = re.compile(r"(?i:wali)[ \t]+$")
# a club named after its city: "Real Madrid", "Eintracht Frankfurt", "AC Milan", "Persija Jakarta", "PSM Makassar"
_CLUB = re.compile(r"(?:Real|Atl[eé]tico|Inter|AC|AS|SS|FC|Bayern|Borussia|Eintracht|Olympique|Sporting|Dynamo|Dinamo|Hertha"
                   r"|Werder|Athletic|Pers[a-z]{2,}|PS[A-Z]{0,3})[ \t]+[A-Z]")
_AREA_PREFIX_BEFORE = re.compile(r"(?<![\w.])(?:Kabupaten|Kab\.?|Kota)[ \t]+$")


def _with_area_prefix(text: str, start: int, end: int) -> int:
    """Where a tagged place starts when the tagger left out its "Kabupaten", "Kab." or "Kota" and
    the whole is a gazetteer alias ("Kab. Pelalawan"): the prefix's start; else `start`."""
    m = _AREA_PREFIX_BEFORE.search(text, max(0, start - 11), start)
    return m.start() if m is not None and gazetteer.lookup(text[m.start():end]) is not None else start


_AREA_INSIDE = re.compile(
    r"(?<=[a-z.])[ \t]+(?=(?:[Kk]abupaten|[Kk]ecamatan|[Dd]esa|[Kk]elurahan|[Dd]usun)[ \t]+[A-Z])")
_POSSESSIVE = re.compile(r"['’]s[ \t]+(?=[A-Z])|[ \t]+(?:arah|menuju)[ \t]+(?=[A-Z])")


def _possessed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A place of a place written with an English possessive is two places ("Central Java's |
    Banjarnegara", "Indonesia's | Central Java"), and so is a road and where it leads ("Tol Waru |
    arah | Surabaya"); any other span is itself."""
    m = _POSSESSIVE.search(text, start, end)
    if m is not None:
        return [(start, m.start()), (m.end(), end)]
    if end - start < 16:
        return [(start, end)]
    # a place and the area it lies in, run together with no comma: "Cempaga | Kabupaten Kotawaringin Timur",
    # "Widuri | kecamatan Prajekan", "Kalitidu | Kabupaten Bojonegoro Provinsi Jawa Timur" (a regency and its
    # province, "Kabupaten Pati Provinsi Jawa Tengah", is written as one name)
    pieces, at = [], start
    for gap in _AREA_INSIDE.finditer(text, start, end):
        pieces.append((at, gap.start()))
        at = gap.end()
    return [*pieces, (at, end)]
