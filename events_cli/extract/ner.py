"""Named-entity tagging (PER, ORG, LOC) with a linear-chain CRF (python-crfsuite).

The model ships as ``events_cli/data/ner.crfsuite`` and is trained by
``scripts/train_ner.py`` with exactly the features computed here
(:func:`sentence_features`), among them word clusters learnt from unlabelled news
(``events_cli/data/word_clusters.tsv``, built by ``scripts/build_word_clusters.py``).
The tagger and the clusters are loaded lazily on first use, so importing this module
is cheap. Only the stretches around capitalised words are tagged (:func:`name_windows`).

Labels are BIO over the tokens of :mod:`events_cli.extract.tokens`.
"""
from __future__ import annotations

import gzip
import re
import threading
from functools import lru_cache
from itertools import compress, repeat
from pathlib import Path

from events_cli.extract.tokens import tokenize
from events_cli.models import EntitySpan

__all__ = [
    "tag_entities", "sentence_features", "consistent_labels", "decode", "name_windows", "MODEL_PATH",
    "LABELS", "gazetteer_aliases", "word_clusters",
]

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "ner.crfsuite"
# English sentences are tagged by a model trained on the English and the Indonesian data together
EN_MODEL_PATH = MODEL_PATH.with_name("ner-en.crfsuite")
_lock = threading.RLock()
LABELS = ("PER", "ORG", "LOC")

# --------------------------------------------------------------------------- cue words
# Curated, lower-cased. Multi-word cues are matched as phrases over tokens.

HONORIFICS = frozenset("""
pak bu bapak ibu h hj haji hajah dr drs dra drg ir prof kh tuan nyonya nona mr mrs ms mister
sir syekh syeikh habib ustaz ustadz ustazah ustadzah gus mbak mas bang kak cak ning teuku tengku
raden rd mbah kiai kyai buya romo pastor pendeta bhante saudara saudari sdr sdri almarhum alm
almarhumah
""".split())

# police / military ranks written before a name
RANKS = frozenset("""
akbp akp kompol ipda iptu aiptu aipda bripka brigadir briptu bripda kombes kombespol irjen
irjenpol brigjen brigjenpol komjen jenderal jendral kolonel letkol mayor kapten lettu letda
serka sertu serda kopka koptu kopda praka pratu prada mayjen letjen laksamana laksma laksda
marsekal marsma marsda sersan kopral
colonel lieutenant sergeant admiral corporal brigadier
comr commissioner insp inspector adj sr gen brig maj lt col capt sgt adm rear marshal
""".split())  # (the last line: English police and military ranks as the Jakarta Post abbreviates them, "Sr. Comr.")

ROLES = frozenset("""
presiden wapres wakil menteri menlu mendagri menkeu menko menkes mendikbud menpora menag menhan
menkumham mensos menaker mentan mendag menperin menpan menhub menparekraf mentri
gubernur wagub bupati wabup walkot walikota wawali wali camat lurah kades sekda sekdes
kapolri kapolda kapolres kapolresta kapolrestabes kapolsek wakapolri wakapolda wakapolres kasat
kasatreskrim kasatlantas kasubag kasubbag kabid kabag kasi kabidhumas kadiv kadivhumas kapuspen
panglima pangdam danrem dandim kasad kasal kasau pangkostrad danjen kapendam danramil
ketua ketum waketum wakil sekjen sekretaris bendahara juru bicara jubir direktur dirut kepala
kadis kadin komisaris manajer manager ceo cfo cto founder pendiri pemimpin pimpinan anggota
raja ratu pangeran putri sultan kaisar perdana pm senator duta dubes jaksa hakim pelatih
rektor dekan komandan kapten kepala plt pj plh koordinator kabiro deputi asisten staf
penasihat penasehat inspektur sekretaris direktur presdir presiden-direktur
president vice minister prime foreign secretary governor mayor chairman chairwoman chairperson
ceo spokesman spokeswoman spokesperson senator general director chief head leader king queen
prince princess pope judge officer commander ambassador deputy coach captain president-elect
""".split())

ROLE_PHRASES = (
    ("wakil", "presiden"), ("wali", "kota"), ("juru", "bicara"), ("direktur", "utama"),
    ("perdana", "menteri"), ("duta", "besar"), ("ketua", "umum"), ("kepala", "dinas"),
    ("kepala", "desa"), ("kepala", "badan"), ("kepala", "bidang"), ("menteri", "luar", "negeri"),
    ("menteri", "dalam", "negeri"), ("menteri", "keuangan"), ("sekretaris", "jenderal"),
    ("kuasa", "hukum"), ("wakil", "ketua"), ("wakil", "gubernur"), ("wakil", "bupati"),
    ("wakil", "wali", "kota"), ("pelaksana", "tugas"), ("panglima", "tni"),
)

# descriptive nouns that often stand right before a person's name
PERSON_NOUNS = frozenset("""
warga mahasiswa mahasiswi siswa siswi pelajar dosen guru dokter bidan perawat artis aktor aktris
penyanyi musisi pemain striker gelandang kiper bek penyerang pebulutangkis petinju pembalap atlet
pengamat politikus politisi aktivis pengacara advokat ekonom peneliti sejarawan budayawan seniman
wartawan jurnalis tersangka terdakwa korban pelaku saksi terpidana napi buronan istri suami anak
ayah ibu adik kakak putra putri cucu kakek nenek paman bibi sahabat rekan tokoh ulama pengusaha
petani nelayan sopir pedagang karyawan pegawai buruh
""".split())

ORG_HEADS = frozenset("""
kementerian kemenkes kemendagri kemenlu kemenkeu kemendikbud kemenag kemenhan kemensos kemnaker
polres polresta polrestabes polsek polda polri mabes kepolisian dinas disdik dishub dinkes pt cv
tbk persero partai universitas univ institut politeknik akademi sekolah sma smp sd sman smpn sdn
smk smkn madrasah pesantren pondok bank dpr dprd dpd mpr kpk tni kpu bawaslu ojk bi bumn bpk bpbd
bnpb basarnas bmkg bpjs bps bnn bnpt bin kejaksaan kejagung kejati kejari pengadilan mahkamah
ma mk ky komnas kompolnas badan komisi dewan lembaga yayasan asosiasi federasi persatuan ikatan
serikat himpunan perhimpunan koperasi komite organisasi perusahaan grup group inc corp corporation
ltd llc co company holding airlines airways fc klub club united news times post tv radio
harian majalah kantor direktorat ditjen biro pemkot pemkab pemprov pemda pemerintah pemdes
kabinet kodam kodim korem polisi kodiklat kostrad kopassus brimob densus satpol pp ormas lsm
forum aliansi gerakan front liga kongres parlemen senat pbb nato uni who unicef unesco imf
""".split())

LOC_CUES = frozenset("""
di ke dari kota provinsi kabupaten kab kecamatan kec desa kelurahan kel dusun kampung jalan jl
jln pulau gunung sungai danau selat teluk laut samudra samudera negara negeri wilayah kawasan
daerah warga asal menuju tiba benua semenanjung tanjung bukit lembah pantai perairan ibu kota
""".split())

DIRECTIONS = frozenset("utara selatan timur barat tengah tenggara barat daya laut raya".split())

TIME_WORDS = frozenset("""
senin selasa rabu kamis jumat jum'at sabtu minggu ahad januari februari maret april mei juni
juli agustus september oktober november desember jan feb mar apr jun jul agu agt ags sep sept
okt nov des wib wita wit pagi siang sore malam
monday tuesday wednesday thursday friday saturday sunday january february june july august october
december
""".split())

FUNCTION_WORDS = frozenset("""
dan atau yang dengan untuk pada dalam oleh kepada bahwa ini itu tersebut akan telah sudah
juga tidak bukan karena sebagai serta adalah ialah merupakan seperti para sang si kata ujar
ucap tutur jelas katanya ujarnya menurut mengatakan menyatakan the of and in on at for to by
anda kamu kami kita mereka dia ia saya aku beliau engkau kalian
a an is was were are be been has have had he she his her their they this that these those
which with from but not will would also after before about into than or said says told
""".split())  # (not "as", "it", "its", "who": AS, IT, ITS and WHO are names in Indonesian news)

# a sentence is taken for English when it holds more of these than of the Indonesian ones below
# (and at least two): a per-sentence cue, so that a quote in English inside an Indonesian article
# is read as English, and the article's language need not be known
_EN_MARKERS = frozenset("""
the of and in to a is was were are for on with by that at from his her has have had said
which their they this an be been will would but not after
""".split())
_ID_MARKERS = frozenset("""
yang dan di ke dari dengan untuk pada dalam itu ini tidak akan juga oleh karena adalah kata
bahwa telah sudah ia para tersebut ujar saat bagi
""".split())

# English names put their kind last ("Victoria Hockey Club", "Cal Anderson Park"), Indonesian
# ones first ("Klub ...", "Taman ..."): the last word of a capitalised run, in an English
# sentence, is a feature of every word of the run (``rlast=``), with its class below
EN_ORG_HEADS = frozenset("""
club company corporation corp inc ltd llc co association party council ministry department agency
commission committee bank group institute institution university college school academy union
federation league team records airlines airways army navy force forces police authority board
foundation society trust fund organization organisation organisations organizations movement
network news times post journal herald magazine tribune gazette sentinel press channel radio
studios studio entertainment media industries industry holdings partners services systems
technologies motors bureau office court parliament congress senate assembly government
administration cabinet church hospital center centre exchange fc united city rovers wanderers
band orchestra choir
""".split())
EN_LOC_HEADS = frozenset("""
park river street road avenue lane boulevard drive way square bridge island islands lake mountain
mountains mount hill hills valley bay sea ocean gulf strait coast peninsula county province region
district state states city town village borough parish kingdom empire republic estate reservoir
airport station harbour harbor port beach forest desert canyon creek falls glacier plain plains
highway stadium arena hall palace castle tower cathedral building plaza
""".split())
_EN_HEADS = {w: ("rlast=org",) for w in EN_ORG_HEADS}
for _w in EN_LOC_HEADS:
    _EN_HEADS[_w] = _EN_HEADS.get(_w, ()) + ("rlast=loc",)

_CUES = {}
for _set, _name in (
    (HONORIFICS, "hon"), (RANKS, "rank"), (ROLES, "role"), (PERSON_NOUNS, "pnoun"),
    (ORG_HEADS, "org"), (LOC_CUES, "loc"), (DIRECTIONS, "dir"), (TIME_WORDS, "time"),
    (FUNCTION_WORDS, "fw"),
):
    for _w in _set:
        _CUES.setdefault(_w, []).append(_name)
CUE_CLASSES = {w: tuple(v) for w, v in _CUES.items()}

_ROLEISH = ROLES | RANKS | HONORIFICS | PERSON_NOUNS
_TITLE_GLUE = frozenset({"dan", "&", "urusan", "bidang"})

_PHRASES: dict[str, list[tuple[str, ...]]] = {}
for _p in ROLE_PHRASES:
    _PHRASES.setdefault(_p[0], []).append(_p)
_PHRASE_FIRST = frozenset(_PHRASES)

# --------------------------------------------------------------------------- gazetteer

_GAZ: frozenset[str] | None = None
_GAZ_RECORD = None
_GAZ_LOADED = False


def _load_gazetteer() -> None:
    global _GAZ, _GAZ_RECORD, _GAZ_LOADED
    if _GAZ_LOADED:
        return
    try:
        from events_cli import gazetteer as _g  # type: ignore

        _GAZ = frozenset(a.casefold() for a in _g.place_aliases())
        _GAZ_RECORD = getattr(_g, "record", None)
    except Exception:  # ImportError, missing data, a half-written module: tag without it
        _GAZ = frozenset()
    _GAZ_LOADED = True


def gazetteer_aliases() -> frozenset[str]:
    """Lower-cased place aliases from :mod:`events_cli.gazetteer`, or an empty set."""
    _load_gazetteer()
    return _GAZ or frozenset()


@lru_cache(maxsize=50_000)
def _gaz_tier(surface: str) -> str:
    """The gazetteer's tier (S strong, M medium, W weak) of an alias as written; "x" if unknown."""
    if _GAZ_RECORD is None:
        return "x"
    try:
        rec = _GAZ_RECORD(surface)
    except Exception:
        return "x"
    return rec[1] if rec else "x"


# --------------------------------------------------------------------------- word clusters

CLUSTERS_PATH = MODEL_PATH.with_name("word_clusters.tsv")
_CLUSTERS: dict[str, tuple[str, ...]] | None = None
_CAP_SHARE: dict[str, int] = {}


def word_clusters() -> dict[str, tuple[str, ...]]:
    """Lower-cased word -> its features from unlabelled news: (coarse, mid, fine)
    distributional cluster ids and how often it is capitalised mid-sentence (0-9), as
    built by ``scripts/build_word_clusters.py``; empty if the file is missing."""
    global _CLUSTERS
    if _CLUSTERS is None:
        with _lock:
            if _CLUSTERS is None:
                table: dict[str, tuple[str, ...]] = {}
                caps: dict[str, int] = {}
                try:
                    with open(CLUSTERS_PATH, encoding="utf-8") as f:
                        for line in f:
                            parts = line.rstrip("\n").split("\t")
                            if len(parts) >= 4:
                                feats = ("k1=" + parts[1], "k2=" + parts[2], "k3=" + parts[3])
                                if len(parts) >= 5:
                                    feats += ("kc=" + parts[4],)
                                    caps[parts[0]] = int(parts[4])
                                table[parts[0]] = feats
                except (OSError, ValueError):
                    table, caps = {}, {}
                _CAP_SHARE.update(caps)
                _CLUSTERS = table
    return _CLUSTERS


def capitalised_share(word: str) -> int | None:
    """How often news writes the lower-cased `word` with a capital in mid-sentence, 0-9 (from the
    word clusters' table); None for a word the table does not hold."""
    word_clusters()
    return _CAP_SHARE.get(word)


EN_WORDS_PATH = MODEL_PATH.with_name("en_words.tsv.gz")
_EN_WORDS: dict[str, str] | None = None
_ED = {"l": "ed=l", "p": "ed=p", "b": "ed=b"}


def english_words() -> dict[str, str]:
    """Lower-cased English word -> how an English dictionary writes it: "ed=l" in lower case
    only ("bridge"), "ed=p" only with a capital (a name: "Aaron", "Saskatchewan"), "ed=b"
    both ("Bush"), as built by ``scripts/build_en_words.py`` from SCOWL; empty if the file is
    missing. A feature of every word, so that the English model can tell a capitalised common
    word (a title, a sentence start) from a name where the Indonesian word clusters know neither."""
    global _EN_WORDS
    if _EN_WORDS is None:
        with _lock:
            if _EN_WORDS is None:
                table: dict[str, str] = {}
                try:
                    with gzip.open(EN_WORDS_PATH, "rt", encoding="utf-8") as f:
                        for line in f:
                            word, _, cls = line.rstrip("\n").partition("\t")
                            table[word] = _ED[cls]
                except (OSError, KeyError, EOFError):
                    table = {}
                _EN_WORDS = table
    return _EN_WORDS


# --------------------------------------------------------------------------- features


_SHAPE_TABLE = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
    "XXXXXXXXXXXXXXXXXXXXXXXXXXxxxxxxxxxxxxxxxxxxxxxxxxxxdddddddddd",
)
_RUNS = re.compile(r"(.)\1+")


def _first_char(m: re.Match) -> str:
    return m.group(1)


@lru_cache(maxsize=40_000)  # bounded: a worker stays small on an archive of any size
def _shape(word: str) -> str:
    """"Jong-un" -> "Xx-x", "KOMPAS.com" -> "X.x", "Covid-19" -> "Xx-d"."""
    t = word.translate(_SHAPE_TABLE)
    if not t.isascii():
        t = "".join("X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c for c in t)
    return _RUNS.sub(_first_char, t)


def _word_features(word: str) -> tuple[str, ...]:
    lw = word.lower()
    stripped = lw.rstrip(".")
    f = [
        "bias",
        "w=" + lw,
        "sh=" + _shape(word),
        "p3=" + lw[:3],
        "s3=" + lw[-3:],
        "s4=" + lw[-4:],
    ]
    if word[:1].isupper():
        f.append("cap")
        if word.isupper() and len(word) > 1:
            f.append("allcap")
        elif word.istitle():
            f.append("title")
        else:
            f.append("mixcap")
    elif word[:1].islower():
        f.append("lower")
    if word.isdigit():
        f.append("digit")
    elif not word.isalpha() and any(ch.isdigit() for ch in word):
        f.append("hasdigit")
    if "-" in word:
        f.append("hyph")
    if "." in word and len(word) > 1:
        f.append("dot")
    if not word[:1].isalnum():
        f.append("punct=" + word)
    for c in CUE_CLASSES.get(stripped, ()):
        f.append("cue=" + c)
    cl = word_clusters().get(lw)
    if cl:
        f.extend(cl)
    elif word[:1].isalpha():
        f.append("k=oov")
    ed = english_words().get(lw)
    if ed:
        f.append(ed)
    return tuple(f)


def _contexts(word: str) -> tuple[tuple[str, ...], ...]:
    """The word's features as seen from its neighbours: as -1, -2, +1 and +2.

    At +-1: the lower-cased word, capitalisation, shape, cue classes and mid cluster;
    at +-2: the word and cue classes.
    """
    lw = word.lower()
    c0 = word[:1]
    far = ["w=" + lw]
    for c in CUE_CLASSES.get(lw.rstrip("."), ()):
        far.append("cue=" + c)
    near = far + ["sh=" + _shape(word)]
    if c0.isupper():
        near.append("cap")
    elif c0.islower():
        near.append("lower")
    elif not c0.isalnum():
        near.append("punct")
    cl = word_clusters().get(lw)
    if cl:
        near.append(cl[1])
    return (
        tuple(["-1" + x for x in near]),
        tuple(["-2" + x for x in far]),
        tuple(["+1" + x for x in near]),
        tuple(["+2" + x for x in far]),
    )


@lru_cache(maxsize=40_000)  # bounded: a worker stays small on an archive of any size
def _entry(word: str) -> tuple[tuple[str, ...], ...]:
    """(own features, as -1, as -2, as +1, as +2) of a word. Cached for training; the
    tagger keeps the summed weights instead (:class:`_ScoreTables`) and calls it uncached."""
    return (_word_features(word),) + _contexts(word)


_NO_FEATURE = "\x00"  # closes each part of a word's features when their rows are summed (no model has it)
_CTX_PAD_L = ((), ("BOS",), ("-2BOS",), (), ())
_CTX_PAD_R = ((), (), (), ("EOS",), ("+2EOS",))
_CRUN = {k: "crun=%d" % k for k in range(1, 5)}
_SENT_END = frozenset('.!?…:;"“”–—-|')
_SPLITTERS = frozenset('()[]"“”‘’;|')


def _phrase_marks(lower: list[str]) -> dict[int, str]:
    """B/I marks of the role phrases (:data:`ROLE_PHRASES`) among the lower-cased words,
    by index; the words of no phrase (most) are left out."""
    marks: dict[int, str] = {}
    if _PHRASE_FIRST.isdisjoint(lower):
        return marks
    for i, w in enumerate(lower):
        cands = _PHRASES.get(w)
        if not cands:
            continue
        for p in cands:
            n = len(p)
            if tuple(lower[i : i + n]) == p:
                marks[i] = "B"
                for j in range(i + 1, i + n):
                    marks[j] = "I"
    return marks


_GAZ_FIRST: tuple[frozenset[str] | None, dict[str, int]] = (None, {})


def _gaz_first(gaz: frozenset[str]) -> dict[str, int]:
    """First word of the aliases -> the most words an alias starting with it has."""
    global _GAZ_FIRST
    if _GAZ_FIRST[0] is not gaz:
        table: dict[str, int] = {}
        for a in gaz:
            parts = a.split(" ")
            if len(parts[0]) and len(parts) > table.get(parts[0], 0):
                table[parts[0]] = len(parts)
        _GAZ_FIRST = (gaz, table)
    return _GAZ_FIRST[1]


def _capitalised(words: list[str]) -> list[int]:
    """The indices of the words that start with a capital letter (tokens are never empty)."""
    return [i for i, w in enumerate(words) if w[0].isupper()]


def _gaz_marks(words: list[str], lower: list[str], gaz: frozenset[str], caps: list[int]) -> dict[int, str]:
    """B/I marks (with the alias's tier) of the longest gazetteer aliases, up to 3 tokens,
    that start with a capital letter (``caps``: the indices of those words): "B-S", "I-S",
    "B-M", ..., by index; the words of no alias (most) are left out."""
    marks: dict[int, str] = {}
    if not gaz or not caps:
        return marks
    first = _gaz_first(gaz).get
    n = len(lower)
    for i in caps:
        longest = first(lower[i])
        if not longest or i in marks:
            continue  # no alias starts so, or inside the alias before
        hit = 0
        for k in range(min(3, longest, n - i), 0, -1):
            if " ".join(lower[i : i + k]) in gaz:
                hit = k
                break
        if hit:
            tier = _gaz_tier(" ".join(words[i : i + hit]))
            if hit == 1 and tier != "S":
                continue
            marks[i] = "B-" + tier
            for j in range(i + 1, i + hit):
                marks[j] = "I-" + tier
    return marks


_BRACKET_OPEN = frozenset("([")
_BRACKET_CLOSE = frozenset(")]")


def _initials_match(acronym: str, run_words: list[str]) -> bool:
    """"KPK" for "Komisi Pemberantasan Korupsi", "PDI-P" for "Partai Demokrasi
    Indonesia Perjuangan": the acronym's letters are in order among the run's initials
    (or letters), starting with the first word's initial."""
    letters = [c for c in acronym.lower() if c.isalpha()]
    if len(letters) < 2 or not run_words or run_words[0][:1].lower() != letters[0]:
        return False
    joined = " ".join(w.lower() for w in run_words)
    pos = 0
    for c in letters:
        pos = joined.find(c, pos)
        if pos < 0:
            return False
        pos += 1
    return True


_RLEN = {1: "rlen=1", 2: "rlen=2", 3: "rlen=3"}
_RUN_CUES = {w: tuple("rfirst=" + c for c in v) for w, v in CUE_CLASSES.items()}  # of a run's first word


def _run_features(words: list[str], lower: list[str], runs: list[tuple[int, int]]
                  ) -> tuple[dict[int, tuple[list[str], list[str]]], set[int]]:
    """Features shared by the tokens of a capitalised run (``words[i:j]`` for each
    ``(i, j)`` of ``runs``): the cue class of its first word ("Kementerian ...", "Kota ...",
    "Presiden ..."), its length, and whether an acronym in brackets right after it spells
    its initials ("Komisi Pemberantasan Korupsi (KPK)"); the acronym itself is marked too.

    Returns, by the index of each run's first token, the features of that token and those
    of the others (the first token of a longer run leaves out the cue class, its own
    word's feature), and the indices of the acronyms (each opens a run of its own)."""
    shared: dict[int, tuple[list[str], list[str]]] = {}
    acronyms: set[int] = set()
    n = len(words)
    for i, j in runs:
        length = _RLEN.get(j - i, "rlen=4+")
        cues = _RUN_CUES.get(lower[i].rstrip("."))
        feats = [length, *cues] if cues else [length]
        if j - i >= 2 and j + 2 < n and words[j] in _BRACKET_OPEN and words[j + 2] in _BRACKET_CLOSE:
            acr = words[j + 1]
            if acr[:1].isupper() and _initials_match(acr, [w for w in words[i:j] if w[:1].isupper()]):
                feats.append("acro_def")
                acronyms.add(j + 1)
        if j - i > 1 and cues:
            shared[i] = (feats[:1] + feats[1 + len(cues):], feats)
        else:
            shared[i] = (feats, feats)
    return shared, acronyms


_NO_EXTRAS: list[str] = []  # shared: never to be changed
_ROLEPHRASE = {"B": "rolephrase=B", "I": "rolephrase=I"}


def _extras(words: list[str], positions, use_gazetteer: bool | None,
            lower: list[str] | None = None, caps: list[int] | None = None) -> list[list[str]]:
    """The features of each token at ``positions`` that depend on the sentence, not on
    the word and its neighbours alone: capitalised runs, sentence starts, role phrases,
    gazetteer matches (the word bigram is left to the caller). ``lower`` and ``caps``
    (the words lower-cased, the indices of the capitalised ones) save recomputing them."""
    n = len(words)
    if lower is None:
        lower = [w.lower() for w in words]
    if caps is None:
        caps = _capitalised(words)
    gaz = gazetteer_aliases() if use_gazetteer is not False else frozenset()
    wanted = bytearray(n + 1)
    for i in positions:
        wanted[i] = 1
    found = _sentence_extras(words, lower, caps, gaz, wanted)
    return [found.get(i, _NO_EXTRAS) for i in positions]


def _sentence_extras(words: list[str], lower: list[str], caps: list[int], gaz: frozenset[str],
                     wanted: bytearray) -> dict[int, list[str]]:
    """:func:`_extras` of the tokens that ``wanted`` marks (1 at their index; ``wanted[n]``
    is 0), by index, for those that have any: most tokens have none, and only the tokens
    near a capitalised word, a sentence end, a role phrase or a gazetteer match are looked
    at."""
    n = len(words)
    phrase = _phrase_marks(lower)
    gmarks = _gaz_marks(words, lower, gaz, caps)
    # capitalised runs: position in the run and whether a role word came earlier in it
    # ("Menteri Luar Negeri Rusia | Sergey Lavrov", "Gubernur Jawa Barat | Ridwan Kamil");
    # a run starts at a capitalised word and goes on over capitalised words, glue words
    # ("dan", "urusan") and the dot of a short abbreviation
    run_pos = [0] * (n + 1)
    run_role = [False] * n
    runs = []
    todo: set[int] = set()  # the wanted tokens that may have a feature
    for c in caps:
        if run_pos[c]:
            continue  # inside the run before
        role_seen = c > 0 and lower[c - 1] in _ROLEISH
        i = c
        while i < n and (words[i][0].isupper() or (
                i > c and ((words[i] == "." and len(words[i - 1]) <= 4) or lower[i] in _TITLE_GLUE))):
            run_pos[i] = i - c + 1
            run_role[i] = role_seen
            if not role_seen and (lower[i].rstrip(".") in _ROLEISH or i in phrase):
                role_seen = True
            if wanted[i]:
                todo.add(i)
            i += 1
        runs.append((c, i))
    run_feats, acronyms = _run_features(words, lower, runs) if runs else ({}, ())
    english = _english(lower)
    if english:  # every wanted token bears the sentence's language
        todo.update(compress(range(n), wanted))
        clusters = word_clusters()
        # (an abbreviation's dot may close a run: "Club ." -> "club")
        run_last = {i: (lower[j - 1] if j - i < 2 or lower[j - 1] != "." else lower[j - 2]).rstrip(".")
                    for i, j in runs}
        # "University of Texas", "Battle of Hastings": two runs joined by "of", the head in the first
        run_of: dict[int, tuple[str, ...]] = {}
        for (i, j), (i2, _) in zip(runs, runs[1:]):
            if i2 == j + 1 and lower[j] == "of":
                run_of[i] = ("run_of=head",)
                run_of[-j - 1] = ("of_joins",)  # the "of" itself (keyed apart from the runs' starts)
                run_of[i2] = ("run_of=tail", *("of" + c for c in _EN_HEADS.get(run_last[i], ())))
    # sentence starts (the first token and those after a sentence end) and the tokens
    # at or next to a role phrase or gazetteer mark
    if wanted[0]:
        todo.add(0)
    if not _SENT_END.isdisjoint(words[:-1]):
        todo.update([i + 1 for i in compress(range(n), map(_SENT_END.__contains__, words)) if wanted[i + 1]])
    for marks in (phrase, gmarks):
        for m in marks:
            for i in range(max(0, m - 1), m + 2):
                if wanted[i]:
                    todo.add(i)
    out: dict[int, list[str]] = {}
    for i in todo:
        rp = run_pos[i]
        if rp:
            f = [_CRUN[rp] if rp < 5 else "crun=5+"]
            last = not run_pos[i + 1]
            if run_role[i]:
                f.append("crun_after_role")
                if last:
                    f.append("crun_after_role_last")
            if last:
                f.append("crun_last")
            if rp == 1:
                if i in acronyms:
                    f.append("acro_of_run")
                f += run_feats[i][0]
            else:
                f += run_feats[i - rp + 1][1]
        else:
            f = []
        if i == 0 or words[i - 1] in _SENT_END:
            f.append("sstart")
            if words[i][:1].isupper():
                f.append("sstart_cap")
        p = phrase.get(i)
        if p:
            f.append(_ROLEPHRASE[p])
        if gmarks:
            g = gmarks.get(i)
            if g:
                f.append("gaz=" + g)
                f.append("gaz=" + g[0])
                if i < n - 1 and i + 1 not in gmarks and words[i + 1][:1].isupper():
                    f.append("gaz_then_cap")  # "Korea Utara | Kim Yong Chol"
            elif i > 0 and i - 1 in gmarks:
                f.append("after_gaz=" + gmarks[i - 1][2:])
            g = gmarks.get(i + 1)
            if g and g[0] == "B":
                f.append("+1gaz=" + g[2:])
        if english:
            # the language, and what a word's capital and shape say in it: Indonesian writes
            # titles and a word the clusters do not know is mostly a foreign name; English not
            w = words[i]
            if rp:  # the run's last word: its head in English
                last = run_last[i - rp + 1]
                f.append("rlast=" + last)
                f.extend(_EN_HEADS.get(last, ()))
                f.extend(run_of.get(i - rp + 1, ()))
            elif run_of:
                f.extend(run_of.get(-i - 1, ()))
            f.append("lang=en")
            f.append(_EN_CAP[w[0].isupper()])
            f.append("en_sh=" + _shape(w))
            if lower[i] not in clusters and w[0].isalpha():
                f.append("en_oov")
        if f:
            out[i] = f
    return out


_EN_CAP = {True: "en_cap", False: "en_nocap"}


def _english(lower: list[str]) -> bool:
    """Whether a sentence (its words, lower-cased) reads as English: more English function
    words than Indonesian ones, and at least two (:data:`_EN_MARKERS`)."""
    if _EN_MARKERS.isdisjoint(lower):
        return False  # most Indonesian sentences: no word to count
    en = sum(map(_EN_MARKERS.__contains__, lower))
    return en >= 2 and en > sum(map(_ID_MARKERS.__contains__, lower))


def sentence_features(words: list[str], use_gazetteer: bool | None = None) -> list[list[str]]:
    """The CRF features of every token of one sequence, as training sees them (tagging
    adds up the same features' weights without spelling them out: :func:`_emissions`)."""
    n = len(words)
    ctx = [_CTX_PAD_L, _CTX_PAD_L] + [_entry(w) for w in words] + [_CTX_PAD_R, _CTX_PAD_R]
    out = []
    for i, extra in enumerate(_extras(words, range(n), use_gazetteer)):
        f = [*ctx[i + 2][0], *ctx[i + 1][1], *ctx[i][2], *ctx[i + 3][3], *ctx[i + 4][4]]
        f.extend(extra)
        if i:
            f.append("bg=" + words[i - 1].lower() + "|" + words[i].lower())
        out.append(f)
    return out


# --------------------------------------------------------------------------- tagging

_tagger = None  # the CRFModel, loaded on first use
_model_uses_gaz = False
_scores = None  # its _ScoreTables
_en_scores = None  # the _ScoreTables of the English model (EN_MODEL_PATH), loaded on first use


def _get_tagger():
    global _tagger, _model_uses_gaz, _scores
    if _tagger is None:
        with _lock:
            if _tagger is None:
                from events_cli.extract.crf import CRFModel

                model = CRFModel.load(MODEL_PATH)
                _scores = _ScoreTables(model)
                _model_uses_gaz = _scores.uses_gaz
                _tagger = model
    return _tagger


def _get_en_scores() -> "_ScoreTables":
    global _en_scores
    if _en_scores is None:
        with _lock:
            if _en_scores is None:
                from events_cli.extract.crf import CRFModel

                _en_scores = _ScoreTables(CRFModel.load(EN_MODEL_PATH))
    return _en_scores


def _english_route(lower: list[str]) -> bool:
    """Whether a sentence (its words, lower-cased) is English enough for the English model:
    at least two English cue words, and more than twice as many as Indonesian ones; or one
    (not "a") and no common Indonesian word. Stricter than the feature's cue
    (:func:`_english`), so that an Indonesian sentence naming "The Voice of Germany" stays
    with the Indonesian model."""
    if _EN_MARKERS.isdisjoint(lower):
        return False  # most Indonesian sentences: no word to count
    en = sum(map(_EN_MARKERS.__contains__, lower))
    if en >= 2:
        return en > 2 * sum(map(_ID_MARKERS.__contains__, lower))
    # a short line with one English cue ("Savage lives in Saskatchewan.", "What is X?") is
    # English when no common Indonesian word is in it ("a" alone says nothing: "A. Rahman")
    return _ID_COMMON.isdisjoint(lower) and not _EN_WEAK.isdisjoint(lower)


# common Indonesian words: a line holding none of them and an English cue word is English
_ID_COMMON = _ID_MARKERS | frozenset("""
ada lain menjadi tahun nama mereka sebagai dia kami kita saya bisa dapat lebih sangat masih harus jadi
atau serta namun hingga sejak antara tak belum pun lagi hanya sama baru kini setelah sebelum ketika jika
kalau agar supaya sedang bukan adanya yakni yaitu ialah merupakan seperti tentang terhadap sebuah seorang
salah satu dua tiga orang hari bulan pukul wib kota warga pihak kepada demikian untuk doa
""".split())
_EN_WEAK = _EN_MARKERS - {"a"}


class _ScoreTables:
    """Summed weights, per label, of the features a word brings: its own and those it
    gives its neighbours (as -1, -2, +1, +2), five rows a word, computed the first time the
    word is seen; and of each combination of sentence-level features (:func:`_extras`).

    Bounded: when full, the tables start again empty.
    """

    MAX_WORDS = 100_000
    MAX_EXTRAS = 20_000
    PAD_LEFT, PAD_RIGHT = "\x00BOS", "\x00EOS"  # stand for the sentence's edges; never a token

    def __init__(self, model):
        import numpy as np

        self.np = np
        self.model = model
        self.width = len(model.labels)
        # the model remembers whether it was trained with gazetteer features
        self.uses_gaz = any(a.startswith("gaz=") for a in model.attributes)
        # the model's word bigrams ("bg=a|b"), as a -> b -> row; tokens hold no "|" but "|" itself
        self.bigrams: dict[str, dict[str, int]] = {}
        for name, row in model.attributes.items():
            if name.startswith("bg="):
                pair = name[3:]
                a, b = ("|", pair[2:]) if pair.startswith("||") else pair.split("|", 1)
                self.bigrams.setdefault(a, {})[b] = row
        self._ids = _FeatureIds(model)
        self._reset_words()
        self._reset_extras()

    def _reset_words(self) -> None:
        self.word_rows = self.np.zeros((5 * 4096, self.width))
        self.word_base: dict[str, int] = {}
        self._add_words([self.PAD_LEFT, self.PAD_RIGHT], [_CTX_PAD_L, _CTX_PAD_R])

    def _reset_extras(self) -> None:
        self.extra_rows = self.np.zeros((1024, self.width))
        self.extra_index: dict[tuple[str, ...], int] = {(): 0}
        self.extras_used = 1

    def trim(self) -> None:
        """Start again empty if full (between batches: rows handed out stay valid within one)."""
        if len(self.word_base) >= self.MAX_WORDS:
            self._reset_words()
        if len(self.extra_index) >= self.MAX_EXTRAS:
            self._reset_extras()

    def _add_words(self, words: list[str], entries=None) -> None:
        """Rows for new words, from their features, in a few array operations.

        The rows of each part of a word's features (its own, as -1, -2, +1, +2) are looked up
        in one pass, each part ending with the model's row of zeros, so that no part is empty,
        and summed in order by one ``reduceat`` (each sum as the features come, as adding
        them one by one would). ``entries``: the features spelt out (:func:`_entry`), every
        one looked up; without them the features the model knows are found from the word
        (:class:`_FeatureIds`): the same sums, since the unknown ones weigh nothing."""
        np = self.np
        unknown = self.model.unknown
        if entries is None:
            ids, sizes = self._ids.rows(words)
        else:
            flat: list[str] = []
            sizes = []
            for entry in entries:
                for part in entry:
                    flat += part
                    flat.append(_NO_FEATURE)
                    sizes.append(len(part) + 1)
            ids = list(map(self.model.attributes.get, flat, repeat(unknown)))
        base = used = 5 * len(self.word_base)
        need = used + 5 * len(words)
        if need > len(self.word_rows):
            grown = np.zeros((max(need, 2 * len(self.word_rows)), self.width))
            grown[:used] = self.word_rows[:used]
            self.word_rows = grown
        if ids:
            starts = np.cumsum(sizes) - sizes
            self.word_rows[base: need] = np.add.reduceat(
                self.model.weights[np.fromiter(ids, dtype=np.intp, count=len(ids))], starts, axis=0)
        for k, w in enumerate(words):
            self.word_base[w] = base + 5 * k

    def words(self, words: list[str]):
        """The first of each word's five rows (a NumPy array)."""
        np, index = self.np, self.word_base
        rows = np.fromiter(map(index.get, words, repeat(-1)), dtype=np.intp, count=len(words))
        missing = np.flatnonzero(rows < 0).tolist()
        if missing:  # words seen for the first time: their rows are made, then read
            self._add_words(list(dict.fromkeys([words[i] for i in missing])))
            rows[missing] = [index[words[i]] for i in missing]
        return rows

    def extra(self, key: tuple[str, ...]) -> int:
        row = self.extra_index.get(key)
        if row is None:
            if self.extras_used >= len(self.extra_rows):
                self.extra_rows = self.np.concatenate([self.extra_rows, self.np.zeros_like(self.extra_rows)])
            row = self.extra_index[key] = self.extras_used
            self.extra_rows[row] = self.model.score(key)
            self.extras_used += 1
        return row


_NO_CLASS: dict[str, str] = {}


class _FeatureIds:
    """The model's rows of the features of a word (:func:`_entry`), found without spelling
    the features out: a worker meets some 70,000 new words in an import of the 19k file,
    most of them names whose features the model mostly does not know, and spelling out some
    35 features a word to look each one up cost more than the rest of learning the word.

    The model's attributes are read once into tables by kind (the word, as itself or as a
    neighbour; its first and last letters; its shape; its cue classes; its clusters), and
    a word's rows come out part by part, one for each feature :func:`_entry` gives, in its
    order, the model's row of zeros for a feature it does not know: the very rows the
    features spelt out would give, so that the sums are the same to the last bit (NumPy's
    ``reduceat`` does not add them strictly in order: leaving the rows of zeros out moves
    some sums by a unit in the last place).
    """

    _FLAGS = ("bias", "cap", "allcap", "title", "mixcap", "lower", "digit", "hasdigit", "hyph", "dot", "k=oov")

    def __init__(self, model):
        attrs = self.attrs = model.attributes
        unknown = self.unknown = model.unknown
        self.flag = {f: attrs.get(f, unknown) for f in self._FLAGS}
        # the English word classes (:func:`english_words`), looked up only for a model that has them
        self.uses_ed = any(a in attrs for a in _ED.values())
        self.near_flag = {(p, f): attrs.get(p + f, unknown) for p in ("-1", "+1") for f in ("cap", "lower", "punct")}
        # lower-cased word -> its rows as feature "w=..." (own, -1, -2, +1, +2); affixes -> rows
        parts = {"w=": 0, "-1w=": 1, "-2w=": 2, "+1w=": 3, "+2w=": 4}
        self.word: dict[str, list[int]] = {}
        self.affix: dict[str, dict[str, int]] = {"p3=": {}, "s3=": {}, "s4=": {}}
        for name, row in attrs.items():
            head = name[:4] if name[:1] in "+-" else name[:2]
            k = parts.get(head)
            if k is not None:
                self.word.setdefault(name[len(head):], [unknown] * 5)[k] = row
            elif name[:3] in self.affix:
                self.affix[name[:3]][name[3:]] = row
        self.no_word = (unknown,) * 5
        self.shapes: dict[str, tuple[int, int, int]] = {}
        self.cues: dict[str, tuple[list[int], ...]] = {}
        self.clusters: dict[tuple[str, ...], tuple[list[int], int, int]] = {}

    def _shape(self, shape: str) -> tuple[int, int, int]:
        """The rows of "sh=", "-1sh=" and "+1sh=" of a shape."""
        got = self.shapes.get(shape)
        if got is None:
            get, unknown = self.attrs.get, self.unknown
            got = self.shapes[shape] = tuple(get(p + "sh=" + shape, unknown) for p in ("", "-1", "+1"))
        return got

    def _cue(self, stripped: str) -> tuple[list[int], ...]:
        """The rows of the word's cue classes as its own features, as -1, -2, +1 and +2."""
        got = self.cues.get(stripped)
        if got is None:
            get, unknown = self.attrs.get, self.unknown
            classes = CUE_CLASSES.get(stripped, ())
            got = self.cues[stripped] = tuple([get(p + "cue=" + c, unknown) for c in classes]
                                              for p in ("", "-1", "-2", "+1", "+2"))
        return got

    def _cluster(self, cl: tuple[str, ...]) -> tuple[list[int], int, int]:
        """The rows of the word's clusters: its own features, the mid cluster's as -1 and +1."""
        got = self.clusters.get(cl)
        if got is None:
            get, unknown = self.attrs.get, self.unknown
            got = self.clusters[cl] = ([get(f, unknown) for f in cl], get("-1" + cl[1], unknown),
                                       get("+1" + cl[1], unknown))
        return got

    def rows(self, words: list[str]) -> tuple[list[int], list[int]]:
        """The rows of the words' features, each part closed by the row of zeros, and the size
        of each part (five a word), for :meth:`_ScoreTables._add_words`."""
        flag, near_flag, unknown, no_word = self.flag, self.near_flag, self.unknown, self.no_word
        word_rows, affix, clusters, attrs = self.word.get, self.affix, word_clusters(), self.attrs
        en_words = english_words().get if self.uses_ed else _NO_CLASS.get
        p3, s3, s4 = affix["p3="].get, affix["s3="].get, affix["s4="].get
        ids: list[int] = []
        sizes: list[int] = []
        for word in words:
            lw = word.lower()
            stripped = lw.rstrip(".")
            w = word_rows(lw, no_word)
            sh_own, sh_prev, sh_next = self._shape(_shape(word))
            cue = self._cue(stripped) if stripped in CUE_CLASSES else _NO_CUES
            c0 = word[:1]
            # own (:func:`_word_features`): bias, w=, sh=, p3=, s3=, s4=, capitals, digits,
            # hyph, dot, punct=, cues, clusters or k=oov
            own = [flag["bias"], w[0], sh_own, p3(lw[:3], unknown), s3(lw[-3:], unknown), s4(lw[-4:], unknown)]
            if c0.isupper():
                own.append(flag["cap"])
                if word.isupper() and len(word) > 1:
                    own.append(flag["allcap"])
                elif word.istitle():
                    own.append(flag["title"])
                else:
                    own.append(flag["mixcap"])
            elif c0.islower():
                own.append(flag["lower"])
            if word.isdigit():
                own.append(flag["digit"])
            elif not word.isalpha() and any(ch.isdigit() for ch in word):
                own.append(flag["hasdigit"])
            if "-" in word:
                own.append(flag["hyph"])
            if "." in word and len(word) > 1:
                own.append(flag["dot"])
            if not c0.isalnum():
                own.append(attrs.get("punct=" + word, unknown))
            own += cue[0]
            cl = clusters.get(lw)
            if cl:
                cl_own, cl_prev, cl_next = self._cluster(cl)
                own += cl_own
            elif c0.isalpha():
                own.append(flag["k=oov"])
            ed = en_words(lw)
            if ed:
                own.append(attrs.get(ed, unknown))
            own.append(unknown)
            # as a neighbour (:func:`_contexts`): at -1 and +1 the word, cues, shape, capital
            # and mid cluster; at -2 and +2 the word and cues
            prev = [w[1], *cue[1], sh_prev]
            nxt = [w[3], *cue[3], sh_next]
            near = "cap" if c0.isupper() else "lower" if c0.islower() else None if c0.isalnum() else "punct"
            if near:
                prev.append(near_flag["-1", near])
                nxt.append(near_flag["+1", near])
            if cl:
                prev.append(cl_prev)
                nxt.append(cl_next)
            prev.append(unknown)
            nxt.append(unknown)
            far_prev = [w[2], *cue[2], unknown]
            far_next = [w[4], *cue[4], unknown]
            ids += own
            ids += prev
            ids += far_prev
            ids += nxt
            ids += far_next
            sizes += (len(own), len(prev), len(far_prev), len(nxt), len(far_next))
        return ids, sizes


_NO_CUES: tuple[list[int], ...] = ([], [], [], [], [])


def _segments(text: str, spans: list[tuple[int, int]]):
    """Split the token list at line breaks; very long lines are cut at sentence ends."""
    if not spans:
        return
    # (a line break before the first or after the last token splits nothing)
    if len(spans) <= 150 and text.find("\n", spans[0][0], spans[-1][1]) < 0:
        yield spans
        return
    seg: list[tuple[int, int]] = []
    prev_end = 0
    for s, e in spans:
        if seg and "\n" in text[prev_end:s]:
            yield seg
            seg = []
        elif len(seg) > 150 and text[seg[-1][0]:seg[-1][1]] in (".", "!", "?"):
            yield seg
            seg = []
        seg.append((s, e))
        prev_end = e
    if seg:
        yield seg


def decode(words_spans: list[tuple[int, int]], labels: list[str], text: str) -> list[EntitySpan]:
    """BIO labels to entity spans (an I- that does not continue a span starts one).

    Punctuation tokens at either end of a span ("(Jokowi)") are left out of it.
    """
    tagged = [k for k, lab in enumerate(labels) if lab != "O"]
    if not tagged:
        return []
    labels = list(labels)
    n = len(labels)
    # brackets, quotes and sentence dots inside a span end it: "(MK) Jimly", "KPK. “Ya"
    for k in tagged:
        if 0 < k < n - 1 and labels[k][0] == "I" and labels[k + 1][0] == "I":
            s, e = words_spans[k]
            tok = text[s:e]
            if tok in _SPLITTERS or (tok == "." and len(text[words_spans[k - 1][0]:words_spans[k - 1][1]]) > 3):
                labels[k] = "O"
                labels[k + 1] = "B" + labels[k + 1][1:]
    for k in tagged:
        s, e = words_spans[k]
        if labels[k] != "O" and not text[s].isalnum():
            # a bracket or quote opening a span: the next token takes over as B-
            if labels[k][0] == "B" and k + 1 < n and labels[k + 1][2:] == labels[k][2:] and labels[k + 1][0] == "I":
                labels[k + 1] = labels[k]
            # punctuation closing a span is dropped; inner punctuation ("Jokowi-JK", "Tbk.") stays
            if labels[k][0] == "B" or k + 1 >= n or labels[k + 1][0] != "I" or labels[k + 1][2:] != labels[k][2:]:
                labels[k] = "O"
    # the spans, from the labelled tokens alone (most are O): a span goes on over the I- of
    # its label right after it; anything else ends it
    out = []
    cur_label = None
    cur_start = cur_end = 0
    prev = -2
    for k in tagged:
        lab = labels[k]
        if lab == "O":
            continue
        s, e = words_spans[k]
        typ = lab[2:]
        if cur_label:
            if k == prev + 1 and lab[0] == "I" and typ == cur_label:
                cur_end = e
                prev = k
                continue
            out.append(EntitySpan(cur_start, cur_end, text[cur_start:cur_end], cur_label))
        cur_label, cur_start, cur_end, prev = typ, s, e, k
    if cur_label:
        out.append(EntitySpan(cur_start, cur_end, text[cur_start:cur_end], cur_label))
    return out


def _words(span: EntitySpan) -> list[tuple[int, int, str]]:
    out = []
    pos = span.start
    for w in span.text.split():
        i = span.text.index(w, pos - span.start) + span.start
        out.append((i, i + len(w), w))
        pos = i + len(w)
    return out


def consistent_labels(spans: list[EntitySpan], text: str) -> list[EntitySpan]:
    """Document-level label consistency for names the tagger saw only in a hard context.

    * A LOC/ORG span that starts with the text of a LOC/ORG span found elsewhere and
      goes on with a word the document tags as part of a person's name is split:
      "Korea Utara Kim Yong Chol" -> LOC "Korea Utara" + PER "Kim Yong Chol".
    * A short, all-capitalised LOC/ORG span without an organisation or place cue word,
      whose last word the document tags as (part of) a person's name elsewhere, and no
      part of which is a place or organisation elsewhere, is a person:
      "Vladimir Putin" when "Putin" is PER elsewhere.
    """
    if all(e.label == "PER" for e in spans):
        return spans
    per_words = {w.lower() for e in spans if e.label == "PER" for w in e.text.split()}
    if not per_words:
        return spans
    other = {}
    for e in spans:
        if e.label != "PER":
            other.setdefault(" ".join(e.text.split()).lower(), e.label)
    out = []
    for e in spans:
        # both rules need a word after the first that the document tags as a person's
        if e.label == "PER" or per_words.isdisjoint(map(str.lower, e.text.split()[1:])):
            out.append(e)
            continue
        ws = _words(e)
        done = False
        for j in range(1, len(ws)):
            prefix = " ".join(w for _, _, w in ws[:j]).lower()
            if other.get(prefix) == e.label and ws[j][2].lower() in per_words and ws[j][2][:1].isupper():
                a, b = ws[0][0], ws[j - 1][1]
                c, d = ws[j][0], ws[-1][1]
                out.append(EntitySpan(a, b, text[a:b], e.label))
                out.append(EntitySpan(c, d, text[c:d], "PER"))
                done = True
                break
        if done:
            continue
        if (
            2 <= len(ws) <= 3
            and all(w[:1].isupper() and w.isalpha() for _, _, w in ws)
            and ws[-1][2].lower() in per_words
            and not any(w.lower() in ORG_HEADS or w.lower() in LOC_CUES or w.lower() in DIRECTIONS
                        for _, _, w in ws)
            and not any(w.lower() in other for _, _, w in ws)
        ):
            out.append(EntitySpan(e.start, e.end, e.text, "PER"))
            continue
        out.append(e)
    return out


def tag_entities(text: str, spans: list[tuple[int, int]] | None = None) -> list[EntitySpan]:
    """Find PER, ORG and LOC spans in ``text`` (offsets index ``text``).

    ``spans``, the tokens of one stretch of ``text`` as :func:`tokenize` gives them
    (offsets into ``text``), tags that stretch alone: a caller that has tokenised the
    whole article tags its sentences without tokenising them again.
    """
    return tag_many([(text, spans)])[0]


def tag_many(stretches: list[tuple[str, list[tuple[int, int]] | None]]) -> list[list[EntitySpan]]:
    """:func:`tag_entities` of many ``(text, spans)`` at once: one pass of the tagger over
    them all is much cheaper than one per stretch (the decoder works on all of them
    together, and the features are added up in a few array operations)."""
    _get_tagger()
    with _lock:  # the score tables grow with the words seen: one caller at a time
        return _tag_many(_scores, stretches, _english_model())


_EN_SHIPPED: list[bool] = []


def _english_model() -> bool:
    """Whether the English model is shipped (asked of the file system once)."""
    if not _EN_SHIPPED:
        _EN_SHIPPED.append(EN_MODEL_PATH.is_file())
    return _EN_SHIPPED[0]


def _tag_many(tables: _ScoreTables, stretches, divert: bool = False,
              raw: bool = False) -> list[list[EntitySpan]]:
    """The entities of each stretch, by the model of ``tables``; with ``divert``, the segments
    that read as English (:func:`_english_route`) are tagged by the English model, in a pass
    of their own (the model is loaded when first needed). ``raw``: without the
    document-level consistency pass."""
    model = tables.model
    tables.trim()
    bigram, unknown = tables.bigrams.get, model.unknown
    no_bigram: dict[str, int] = {}
    extra_row = tables.extra_index.get
    gaz = gazetteer_aliases() if tables.uses_gaz else frozenset()
    # every segment's words, padded at both ends; their score rows are looked up at the end
    slots: list[str] = []
    tagged: list[int] = []  # the slots of the tokens to tag, in order
    extras: list[int] = []
    bigrams: list[int] = []
    lengths: list[int] = []  # of the windows, in order
    jobs = []  # per stretch: [(segment, its windows, first tagged index, how many tagged)]
    pad_l, pad_r = tables.PAD_LEFT, tables.PAD_RIGHT
    diverted = []  # (stretch number, segment) of the English segments
    for number, (text, spans) in enumerate(stretches):
        if spans is None:
            spans = tokenize(text) if text and text.strip() else []
        segs = []
        curly = "\u2019" in text  # (the models learnt "Kyi's" with a straight apostrophe: "Kyi’s" read as it)
        for seg in _segments(text, spans) if spans else ():
            words = [text[s:e] for s, e in seg]
            if curly:
                words = [w.replace("\u2019", "'") if "\u2019" in w else w for w in words]
            caps = _capitalised(words)
            windows = name_windows(words, caps) if caps else None
            if not windows:
                continue
            n = len(words)
            lower = list(map(str.lower, words))
            if divert and _english_route(lower):
                diverted.append((number, seg))
                continue
            slot = len(slots) + 2
            # the rows read are those of the windows' words and of two words either side:
            # the others stay pads, so that no row is made for a word that only they hold
            padded = (pad_l, pad_l, *words, pad_r, pad_r)
            part = [pad_l] * (n + 4)
            for a, b in windows:
                part[a: b + 4] = padded[a: b + 4]
            slots += part
            wanted = bytearray(n + 1)
            for a, b in windows:
                wanted[a:b] = b"\x01" * (b - a)
            rows = [0] * n  # the row of each token's sentence-level features (0: none)
            for i, f in _sentence_extras(words, lower, caps, gaz, wanted).items():
                key = tuple(f)
                rows[i] = extra_row(key) or tables.extra(key)
            first = len(tagged)
            for a, b in windows:
                tagged += range(slot + a, slot + b)
                extras += rows[a:b]
                lengths.append(b - a)
                # the row of each word bigram ("bg=<previous>|<word>"), or of none
                if not a:
                    bigrams.append(unknown)
                    a = 1
                bigrams += map(dict.get, map(bigram, lower[a - 1: b - 1], repeat(no_bigram)),
                               lower[a:b], repeat(unknown))
            segs.append((seg, windows, first, len(tagged) - first))
        jobs.append((text, segs))
    if tagged:
        np = tables.np
        r = tables.words(slots)
        g = np.fromiter(tagged, dtype=np.intp, count=len(tagged))
        w = tables.word_rows
        emissions = (w[r[g]] + w[r[g - 1] + 1] + w[r[g - 2] + 2] + w[r[g + 1] + 3] + w[r[g + 2] + 4]
                     + tables.extra_rows[np.fromiter(extras, dtype=np.intp, count=len(extras))]
                     + model.weights[np.fromiter(bigrams, dtype=np.intp, count=len(bigrams))])
        best = model.decode(emissions, lengths).tolist()
    english: dict[int, list[EntitySpan]] = {}
    if diverted:
        done = _tag_many(_get_en_scores(), [(stretches[number][0], seg) for number, seg in diverted], raw=True)
        for (number, _), found in zip(diverted, done):
            english.setdefault(number, []).extend(found)
    names = model.labels
    outside = names.index("O")
    out = []
    for number, (text, segs) in enumerate(jobs):
        found: list[EntitySpan] = []
        for seg, windows, k, size in segs:
            if best[k: k + size].count(outside) == size:
                continue  # nothing but O
            labels = ["O"] * len(seg)
            for a, b in windows:
                labels[a:b] = map(names.__getitem__, best[k: k + b - a])
                k += b - a
            found.extend(trim_spans(decode(seg, labels, text)))
        if number in english:
            found = sorted(found + english[number], key=_START)
        out.append(consistent_labels(found, text) if found and not raw else found)
    return out


def _START(e: EntitySpan) -> int:
    return e.start


# lower-case words that may open a name of the label ("kota Rafah", "pemerintah Irak",
# "de Burgh"); any other lower-case word the tagger put first is not part of the name
# ("pangsit pelmeni Rusia" -> "Rusia")
_LOWER_LEADS = {
    "LOC": (LOC_CUES - {"di", "ke", "dari", "warga", "asal", "menuju", "tiba", "ibu"}) | frozenset(
        "kepulauan prefektur kompleks komplek pangkalan bandara stasiun pelabuhan lapangan stadion "
        "alun-alun lingkungan".split()
    ),
    "ORG": ORG_HEADS | frozenset("pemerintah pemerintahan koalisi harian".split()),
    "PER": HONORIFICS | frozenset("de van von der bin binti al el da dos del".split()),
}


def trim_spans(spans: list[EntitySpan]) -> list[EntitySpan]:
    """Drop lower-case words opening a span unless they may open a name of its label
    (place nouns, organisation heads, honorifics and name particles); a span left with
    no word is dropped, and so is one holding an amount ("US$81"). Then cut each span's tail
    (:func:`_tail_cut`)."""
    out = []
    for e in spans:
        if _AMOUNT.search(e.text):
            continue  # an amount is no name ("US$81", "S$1 million")
        if e.text[:1].islower():
            leads = _LOWER_LEADS[e.label]
            ws = _words(e)
            k = 0
            while k < len(ws) and ws[k][2][:1].islower() and ws[k][2].lower() not in leads:
                k += 1
            if k == len(ws) or (k and not ws[k][2][:1].isalnum()):
                continue
            if k:
                a = ws[k][0]
                e = EntitySpan(a, e.end, e.text[a - e.start:], e.label)
        if e.text[-2:] in _POSSESSIVE_ENDS or " " in e.text and _TAIL_CUES.search(e.text):
            e = _tail_cut(e)
            if e is None:
                continue
        out.append(e)
    return out


_POSSESSIVE_ENDS = frozenset({"'s", "\u2019s"})
_AMOUNT = re.compile(r"[$€£¥]\s?\d")
# what :func:`_tail_cut` may cut at: a word in lower case past the first, or a weekday
# (most spans have neither and are passed at a glance)
_TAIL_CUES = re.compile(r"\s(?:[^\W\d_A-Z]|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Ahad|Monday|Tuesday|Wednesday"
                        r"|Thursday|Friday|Saturday|Sunday)")
_WEEKDAYS = frozenset("""
senin selasa rabu kamis jumat sabtu ahad monday tuesday wednesday thursday friday saturday sunday
""".split())


def _tail_cut(e: EntitySpan) -> EntitySpan | None:
    """A span whose name begins with a capital ends before a weekday past its first word
    ("Joko Widodo Tuesday", "Jakarta on Tuesday"), and without the lower-case words closing it
    ("Jakarta and", "Bagas's victory", "Indonesian capital") unless a hyphen joins them on
    ("Choi Si - won") or name a direction ("Afrika timur"); a possessive "'s" is no part of the name
    ("Indonesia's" -> "Indonesia"). None when nothing is left."""
    if not e.text[:1].isupper():
        return e  # a name written all in lower case ("kecamatan sirenja") is left as it is
    ws = _words(e)
    k = len(ws)
    for x in range(1, k):
        if ws[x][2].lower() in _WEEKDAYS:
            k = x
            break
    while (k > 1 and ws[k - 1][2][:1].islower() and ws[k - 1][2].isalpha() and ws[k - 2][2] != "-"
           and ws[k - 1][2] not in DIRECTIONS):  # ("Afrika timur")
        k -= 1
    end = ws[k - 1][1]
    while end > e.start and not e.text[end - e.start - 1].isalnum() and e.text[end - e.start - 1] != ")":
        end -= 1  # "Jakarta ," when the words after the comma went
    if e.text[end - e.start - 2: end - e.start] in _POSSESSIVE_ENDS:
        end -= 2
    if end <= e.start or (k == 1 and e.text[: end - e.start].lower() in _NUMBER_WORDS):
        return None  # ("Six high school students")
    if end == e.end:
        return e
    return EntitySpan(e.start, end, e.text[: end - e.start], e.label)


_NUMBER_WORDS = frozenset("""
one two three four five six seven eight nine ten eleven twelve twenty hundreds thousands millions
dozens satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas puluhan ratusan ribuan
""".split())


_WINDOW_MARGIN = 3


def name_windows(words: list[str], caps: list[int] | None = None) -> list[tuple[int, int]]:
    """The stretches of a token sequence worth tagging: every capitalised token (but a
    common word opening a sentence) with ``_WINDOW_MARGIN`` tokens on each side,
    overlapping stretches merged.

    ``caps``: the indices of the capitalised words, if the caller has them.

    The CRF labels long lower-case stretches O anyway; tagging only the windows
    around capitalised words gives (nearly always) the same labels for a fraction
    of the work, and a sentence without a capital letter costs nothing.
    """
    m = _WINDOW_MARGIN
    n = len(words)
    out: list[tuple[int, int]] = []
    if _CLUSTERS is None:
        word_clusters()
    cap_share = _CAP_SHARE.get
    for i in _capitalised(words) if caps is None else caps:
        if not ((i == 0 or words[i - 1] in _SENT_END) and cap_share(words[i].lower(), 9) <= 1):
            a, b = max(0, i - m), min(n, i + m + 1)
            if out and a <= out[-1][1]:
                out[-1] = (out[-1][0], b)
            else:
                out.append((a, b))
    return out
