"""The tokenizer and the CRF named-entity tagger."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from events_cli.extract.ner import MODEL_PATH, sentence_features, tag_entities
from events_cli.extract.tokens import token_texts, tokenize
from events_cli.models import EntitySpan

from conftest import entity_spans

# ------------------------------------------------------------------ tokenizer

TOKEN_CASES = [
    ("Kim Jong-un tiba.", ["Kim", "Jong-un", "tiba", "."]),
    ("karena Covid-19,", ["karena", "Covid-19", ","]),
    ("JAKARTA, KOMPAS.com - Presiden", ["JAKARTA", ",", "KOMPAS.com", "-", "Presiden"]),
    ("Selasa (29/10/2013).", ["Selasa", "(", "29/10/2013", ")", "."]),
    ("O'Neill dan O\u2019Brien", ["O'Neill", "dan", "O\u2019Brien"]),
    ("Dr. Andi", ["Dr", ".", "Andi"]),
    ("Rp1.800 juta", ["Rp1.800", "juta"]),
    ('"Halo," katanya', ['"', "Halo", ",", '"', "katanya"]),
    ("Rusia-Korea Utara", ["Rusia-Korea", "Utara"]),
    ("akhir-", ["akhir", "-"]),
    ("", []),
]


@pytest.mark.parametrize("text,expected", TOKEN_CASES)
def test_tokenize(text, expected):
    assert token_texts(text) == expected
    assert [text[s:e] for s, e in tokenize(text)] == expected


@given(st.text(max_size=200))
def test_tokenize_offsets(text):
    spans = tokenize(text)
    last = 0
    for s, e in spans:
        assert last <= s < e <= len(text)
        assert not text[s:e].isspace() and text[s:e].strip() == text[s:e]
        assert text[last:s].strip() == ""  # nothing but space is skipped
        last = e
    assert text[last:].strip() == ""


# ------------------------------------------------------------------ tagger

def test_import_is_cheap():
    """Importing the module loads neither the CRF library nor the model nor the gazetteer."""
    code = (
        "import sys, events_cli.extract.ner as n, events_cli.extract.actors;"
        "print(n._tagger is None, 'numpy' in sys.modules, 'events_cli.gazetteer' in sys.modules,"
        " n._CLUSTERS is None)"
    )
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=True)
    assert out.stdout.split() == ["True", "False", "False", "True"]


def test_model_is_shipped_and_small():
    from events_cli.extract.ner import EN_MODEL_PATH

    assert MODEL_PATH.is_file() and EN_MODEL_PATH.is_file()
    assert MODEL_PATH.stat().st_size + EN_MODEL_PATH.stat().st_size < 5_000_000


@pytest.mark.parametrize("text, english", [
    ("The minister said on Tuesday that the flood hit Bandung.", True),
    ("Menteri itu mengatakan banjir melanda Bandung pada Selasa.", False),
    ("Ia berkata, \"The end of the road\", di depan para wartawan yang hadir dan itu tidak benar.", False),
    ("Gadis asal Garut bernama Mira Santika tampil di The Voice of Germany.", False),
    # a short line with a single English cue word and no common Indonesian word
    ("Savage lives in Saskatchewan.", True),
    ("What is Heaven Sent Gaming?", True),
    ("Pray for Lombok.", True),
    ("Banjir di Bekasi.", False),
    ("Ia tampil di Jakarta for the first time.", False),
    ("Profil A. Rahman, Ketua RT 05.", False),  # "a" alone says nothing
    ("Doa untuk Lombok.", False),
])
def test_english_sentences_go_to_the_english_model(text, english):
    from events_cli.extract import ner
    from events_cli.extract.tokens import token_texts

    assert ner._english_route([w.lower() for w in token_texts(text)]) is english


# sentences a reasonable model must get: (text, [(label, span text), ...] that must be found)
NER_CASES = [
    (
        "Presiden Joko Widodo meresmikan jalan tol di Surabaya, Jawa Timur, pada Senin (12/6).",
        [("PER", "Joko Widodo"), ("LOC", "Surabaya"), ("LOC", "Jawa Timur")],
    ),
    (
        "Menteri Luar Negeri Rusia Sergey Lavrov tiba di Beijing pada Selasa.",
        [("PER", "Sergey Lavrov"), ("LOC", "Beijing")],
    ),
    (
        "Ketua Umum Partai Golkar Airlangga Hartarto menggelar rapat di Jakarta.",
        [("PER", "Airlangga Hartarto"), ("LOC", "Jakarta")],
    ),
    (
        "Ketua KPK Agus Rahardjo memeriksa pejabat Bank Indonesia di Jakarta.",
        [("ORG", "KPK"), ("PER", "Agus Rahardjo"), ("ORG", "Bank Indonesia"), ("LOC", "Jakarta")],
    ),
    (
        "Direktur Utama PT Pertamina Nicke Widyawati mengunjungi Balikpapan.",
        [("ORG", "PT Pertamina"), ("PER", "Nicke Widyawati"), ("LOC", "Balikpapan")],
    ),
    (
        "Pertemuan antara Vladimir Putin dan Kim Jong-un terjadi di kota Vladivostok, Rusia.",
        [("PER", "Vladimir Putin"), ("PER", "Kim Jong-un"), ("LOC", "Rusia")],
    ),
    (
        "Gubernur Jawa Barat Ridwan Kamil meninjau banjir di Bandung.",
        [("PER", "Ridwan Kamil"), ("LOC", "Bandung")],
    ),
    (
        "Wakil Presiden Jusuf Kalla bertemu Perdana Menteri Jepang Shinzo Abe di Tokyo.",
        [("PER", "Jusuf Kalla"), ("PER", "Shinzo Abe"), ("LOC", "Tokyo")],
    ),
]


ENGLISH_CASES = [
    ("Hendra Wijaya, a spokesman for the National Disaster Management Agency, said 20 people died.",
     [("PER", "Hendra Wijaya")]),
    ("The company said it would open a new office in Surabaya next year.", [("LOC", "Surabaya")]),
]


def test_english_title_then_name():
    # an English title, then a made-up name: 8 titles x 8 names. Recorded floor: 55 of the 64
    # names found (the English model before the English word classes: 54). "Taro", an English
    # dictionary word in lower case (taro, the plant), is taken for the title's end after
    # "Foreign Minister" or "Chief Executive"; "Chief Executive" before a name is read as a body
    titles = ["Foreign Minister", "Prime Minister", "President", "Defence Minister", "Chief Executive",
              "Governor", "Police chief", "Japanese Foreign Minister"]
    names = ["Taro Yamane", "Kenji Watanabe", "Adi Nugraha", "Rina Kartika", "Sri Wahyuni", "Rendra Kusuma",
             "Budi Santoso", "Maria Lopez"]
    found = sum(("PER", name) in {(e.label, e.text) for e in tag_entities(
        f"{title} {name} held talks on Tuesday with officials in Jakarta.")} for title in titles for name in names)
    assert found >= 55


@pytest.mark.parametrize("text,expected", NER_CASES + ENGLISH_CASES)
def test_tagger_finds(text, expected):
    got = {(e.label, e.text) for e in tag_entities(text)}
    for item in expected:
        assert item in got, f"{item} not in {sorted(got)}"


NOT_ENTITIES = [
    ("Ini adalah kali pertama kedua pemimpin bertemu secara langsung.", set()),
    ("Harga cabai naik menjadi Rp50.000 per kilogram pada Senin (12/6).", set()),
]


@pytest.mark.parametrize("text,_", NOT_ENTITIES)
def test_tagger_quiet_on_plain_sentences(text, _):
    assert tag_entities(text) == []


def test_empty_and_whitespace():
    assert tag_entities("") == []
    assert tag_entities("  \n\t ") == []


def test_features_shape():
    words = ["Presiden", "Joko", "Widodo", "di", "Jakarta", "."]
    feats = sentence_features(words)
    assert len(feats) == len(words)
    assert all(isinstance(f, list) and all(isinstance(x, str) for x in f) for f in feats)
    assert "cue=role" in feats[0] and "sstart" in feats[0]
    assert "cue=loc" in feats[3]


@pytest.mark.parametrize("words, english", [
    ("The minister said the flood hit Bandung on Tuesday .".split(), True),
    ("Menteri itu mengatakan banjir melanda Bandung pada Selasa .".split(), False),
    # an English quote inside an Indonesian sentence: the Indonesian words outnumber it
    ("Ia berkata , \" The end \" , di depan para wartawan yang hadir dan itu .".split(), False),
    ("Jakarta Post".split(), False),  # too short to tell: Indonesian, as most of the news
])
def test_sentence_language_feature(words, english):
    feats = sentence_features(words)
    assert [("lang=en" in f) for f in feats] == [english] * len(words)
    if english:
        assert {"en_cap", "en_sh=Xx"} <= set(feats[0]) and {"en_nocap", "en_sh=x"} <= set(feats[1])




def _check_spans(text, spans):
    last = 0
    for e in spans:
        assert isinstance(e, EntitySpan)
        assert e.label in ("PER", "ORG", "LOC")
        assert 0 <= e.start < e.end <= len(text)
        assert e.text == text[e.start:e.end]
        assert e.start >= last
        last = e.end


WORDS = ["Presiden", "Joko", "Widodo", "di", "Jakarta", "kata", "Budi", "PT", "Bank", "Mandiri",
         "Kim", "Jong-un", ",", ".", "(", ")", "22", "dan", "Covid-19", "\n", "KOMPAS.com", "–"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join),
))
def test_tagger_no_exception_and_offsets(text):
    _check_spans(text, tag_entities(text))


def test_multiline_offsets():
    text = "Presiden Joko Widodo tiba.\n\nIa bertemu Gubernur Jawa Barat Ridwan Kamil di Bandung."
    spans = tag_entities(text)
    _check_spans(text, spans)
    assert any(e.text == "Ridwan Kamil" for e in spans)


# ------------------------------------------------------------------ decoding

def _decode(text, labels):
    from events_cli.extract.ner import decode

    return [(e.label, e.text) for e in decode(tokenize(text), labels, text)]


DECODE_CASES = [
    ("Joko Widodo tiba", ["B-PER", "I-PER", "O"], [("PER", "Joko Widodo")]),
    ("Joko Widodo tiba", ["I-PER", "I-PER", "O"], [("PER", "Joko Widodo")]),  # I- without B-
    ("Joko Widodo tiba", ["B-PER", "B-PER", "O"], [("PER", "Joko"), ("PER", "Widodo")]),
    ("Joko Widodo (Jokowi) tiba", ["B-PER", "I-PER", "B-PER", "I-PER", "I-PER", "O"],
     [("PER", "Joko Widodo"), ("PER", "Jokowi")]),
    ("(MK) Jimly Asshiddiqie", ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG"],
     [("ORG", "MK"), ("ORG", "Jimly Asshiddiqie")]),
    ("Budi , kata", ["B-PER", "I-PER", "O"], [("PER", "Budi")]),
    ("PT Maju Tbk. kata", ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"], [("ORG", "PT Maju Tbk")]),
]


@pytest.mark.parametrize("text,labels,expected", DECODE_CASES)
def test_decode(text, labels, expected):
    assert len(tokenize(text)) == len(labels)
    assert _decode(text, labels) == expected


_spans_of = entity_spans


CONSISTENCY_CASES = [
    # a short name span mislabelled where the document knows its last word as a person
    ("Vladimir Putin tiba. Putin berkata ia senang.",
     [("ORG", "Vladimir Putin"), ("PER", "Putin")],
     [("PER", "Vladimir Putin"), ("PER", "Putin")]),
    # a place known elsewhere, glued to a person's name
    ("Kim datang ke Korea Utara. Hadir pula Wakil Ketua Korea Utara Kim Yong Chol.",
     [("PER", "Kim"), ("LOC", "Korea Utara"), ("LOC", "Korea Utara Kim Yong Chol")],
     [("PER", "Kim"), ("LOC", "Korea Utara"), ("LOC", "Korea Utara"), ("PER", "Kim Yong Chol")]),
    # organisation heads keep their label
    ("Budi Hartono tiba. Budi berkata Bank Budi sehat.",
     [("PER", "Budi Hartono"), ("PER", "Budi"), ("ORG", "Bank Budi")],
     [("PER", "Budi Hartono"), ("PER", "Budi"), ("ORG", "Bank Budi")]),
]


@pytest.mark.parametrize("text,given_,expected", CONSISTENCY_CASES)
def test_document_consistency(text, given_, expected):
    from events_cli.extract.ner import consistent_labels

    got = [(e.label, e.text) for e in consistent_labels(_spans_of(text, *given_), text)]
    assert got == expected


# ------------------------------------------------------------------ word clusters, windows, trimming

def test_word_clusters_are_shipped():
    from events_cli.extract.ner import CLUSTERS_PATH, word_clusters

    assert CLUSTERS_PATH.is_file()
    table = word_clusters()
    assert len(table) > 10_000
    # words used alike fall together: weekdays share a fine cluster, months another
    assert table["senin"][2] == table["selasa"][2]
    assert table["januari"][2] == table["februari"][2]
    assert table["senin"][2] != table["januari"][2]
    assert all(f.startswith(("k1=", "k2=", "k3=", "kc=")) for f in table["jakarta"])


def test_english_words_are_shipped():
    from events_cli.extract.ner import EN_WORDS_PATH, english_words

    assert EN_WORDS_PATH.is_file()
    table = english_words()
    assert len(table) > 50_000
    # a common word, a name written only with a capital, and one written both ways
    assert (table["bridge"], table["saskatchewan"], table["bush"]) == ("ed=l", "ed=p", "ed=b")
    assert "jakartanese" not in table


def test_english_word_class_is_a_feature_of_the_word():
    feats = sentence_features(["Savage", "lives", "near", "Saskatchewan", "."])
    assert [[x for x in f if x.startswith("ed=")] for f in feats] == [["ed=b"], ["ed=l"], ["ed=l"], ["ed=p"], []]


def test_english_word_classes_only_for_a_model_that_has_them():
    # the Indonesian model has no weight for them: its sums are the same without the lookup
    from events_cli.extract import crf, ner

    assert not ner._FeatureIds(crf.CRFModel.load(ner.MODEL_PATH)).uses_ed
    assert ner._FeatureIds(crf.CRFModel.load(ner.EN_MODEL_PATH)).uses_ed


def test_features_carry_clusters():
    feats = sentence_features(["Presiden", "Joko", "Widodo", "di", "Jakarta", "."])
    assert any(f.startswith("k3=") for f in feats[4])
    assert any(f.startswith("-1k2=") for f in feats[4])
    assert "k=oov" in sentence_features(["Zzqxwv"])[0]


def test_acronym_in_brackets_spelling_the_run():
    words = ["Komisi", "Pemberantasan", "Korupsi", "(", "KPK", ")", "memeriksa", "Budi", "."]
    feats = sentence_features(words)
    assert all("acro_def" in feats[i] for i in range(3))
    assert "acro_of_run" in feats[4]
    assert "rfirst=org" in feats[1]
    words = ["Joko", "Widodo", "(", "KPK", ")"]
    assert "acro_def" not in sentence_features(words)[0]


WINDOW_CASES = [
    (["ia", "pergi", "ke", "pasar", "."], []),
    (["Namun", "ia", "pergi", "ke", "pasar", "pagi", "ini", "."], []),  # a common word opening it
    (["Jokowi", "pergi", "ke", "pasar", "pagi", "ini", "."], [(0, 4)]),
    (["harga", "naik", "di", "pasar", "kota", "kecil", "dekat", "Bandung", "kemarin", "."], [(4, 10)]),
    (["a", "b", "c", "d", "Ee", "f", "g", "h", "i", "j", "k", "Ll", "m"], [(1, 13)]),  # touching: merged
    (["a", "b", "c", "d", "Ee", "f", "g", "h", "i", "j", "k", "l", "Mm", "n"], [(1, 8), (9, 14)]),
]


@pytest.mark.parametrize("words,expected", WINDOW_CASES)
def test_name_windows(words, expected):
    from events_cli.extract.ner import name_windows

    assert name_windows(words) == expected


def test_windowed_tagging_matches_whole_sentence():
    """Tagging only the windows around capitalised words finds what tagging it all finds."""
    from events_cli.extract import ner

    text = ("Harga cabai di pasar tradisional naik tajam dalam sepekan terakhir karena pasokan dari "
            "petani berkurang, kata Kepala Dinas Perdagangan Kota Bandung Elly Wasliah di Bandung.")
    windowed = ner.tag_entities(text)
    old = ner._WINDOW_MARGIN
    try:
        ner._WINDOW_MARGIN = 10_000
        whole = ner.tag_entities(text)
    finally:
        ner._WINDOW_MARGIN = old
    assert windowed == whole
    assert any(e.text == "Elly Wasliah" for e in windowed)


TRIM_CASES = [
    ("pangsit pelmeni Rusia", "LOC", "Rusia"),
    ("kota Rafah", "LOC", "kota Rafah"),
    ("pemerintah Irak", "ORG", "pemerintah Irak"),
    ("sup Budi", "PER", "Budi"),
    ("de Burgh", "PER", "de Burgh"),
    ("sorbet", "PER", None),
    ("Jawa Barat", "LOC", "Jawa Barat"),
    # a name ends before a weekday past its first word and without the lower-case words closing it
    ("Jakarta and", "LOC", "Jakarta"),
    ("Jakarta on Tuesday", "LOC", "Jakarta"),
    ("Bandung Selasa", "LOC", "Bandung"),
    ("Indonesian capital", "LOC", "Indonesian"),
    ("Six high school students", "LOC", None),
    ("Enam siswa", "LOC", None),
    ("Bagas's victory", "PER", "Bagas"),
    ("Indonesia's", "LOC", "Indonesia"),
    ("Perth's", "ORG", "Perth"),
    ("Hendra Tri Wijaya, a spokesman", "PER", "Hendra Tri Wijaya"),
    ("Taro Yamane held talks Tuesday with Indonesian", "PER", "Taro Yamane"),
    ("Choi Si - won", "PER", "Choi Si - won"),  # a hyphen joins the last word on
    ("Afrika timur", "LOC", "Afrika timur"),  # a direction belongs to the place
    ("Kementerian pertahanan Rusia", "ORG", "Kementerian pertahanan Rusia"),
    ("kecamatan sirenja", "LOC", "kecamatan sirenja"),  # written all in lower case: left as it is
    ("US$81", "LOC", None),  # an amount is no name
    ("S$ 1", "ORG", None),
    ("Dollar General", "ORG", "Dollar General"),
]


@pytest.mark.parametrize("surface,label,expected", TRIM_CASES)
def test_trim_spans(surface, label, expected):
    from events_cli.extract.ner import trim_spans

    text = "x " + surface + " y"
    got = trim_spans([EntitySpan(2, 2 + len(surface), surface, label)])
    if expected is None:
        assert got == []
    else:
        assert [(e.text, text[e.start:e.end]) for e in got] == [(expected, expected)]


def test_tag_entities_on_given_tokens_matches_tagging_the_sentence_alone():
    from events_cli.extract.text import split_sentences
    from events_cli.extract.tokens import tokenize

    text = ("JAKARTA - Presiden Joko Widodo bertemu Menteri Luar Negeri Retno Marsudi di Istana.\n"
            "Gubernur Jawa Barat Ridwan Kamil tiba di Bandung, Senin (13/3). KPK memeriksa saksi.")
    spans = tokenize(text)
    for start, end in split_sentences(text):
        own = [s for s in spans if start <= s[0] and s[1] <= end]
        alone = [(e.start + start, e.end + start, e.text, e.label) for e in tag_entities(text[start:end])]
        assert [(e.start, e.end, e.text, e.label) for e in tag_entities(text, own)] == alone
    assert tag_entities(text, []) == []


# English news (wires, The Jakarta Post, ANTARA English) writes Indonesian police and army ranks
# short ("Sr. Comr.", "Insp. Gen.", "Lt. Gen.") between a lower-case title and the name, and
# puts the body before that title ("Sukamulya Police chief"); made-up names
ENGLISH_TITLE_CASES = [
    ("Sukamulya Police chief Sr. Comr. Hendro Wicaksono said on Wednesday.",
     ("PER", "Hendro Wicaksono"), ("Hendro Wicaksono", "Sukamulya Police chief")),
    ("Sukamulya Police chief Maj. Gen. Arief Santoso told reporters.",
     ("PER", "Maj. Gen. Arief Santoso"), ("Arief Santoso", "Sukamulya Police chief")),
    ("National Police spokesman Insp. Gen. Yusuf Darmawan said so.",
     ("PER", "Gen. Yusuf Darmawan"), ("Yusuf Darmawan", "National Police spokesman")),
    ("The agency's head Lt. Gen. Budi Prasetyo said floods hit Karawang.",
     ("PER", "Lt. Gen. Budi Prasetyo"), ("Budi Prasetyo", "head")),
    ("Navy spokesman Rear Adm. Agus Salimun said.", ("PER", "Rear Adm. Agus Salimun"),
     ("Agus Salimun", "Navy spokesman")),
    ("Foreign Minister Taro Yamane said.", ("PER", "Taro Yamane"), ("Taro Yamane", "Foreign Minister")),
]


@pytest.mark.parametrize("text,span,expected", ENGLISH_TITLE_CASES)
def test_english_ranks_and_titles(text, span, expected):
    from events_cli.extract.actors import extract_actors

    (a,) = [a for a in extract_actors(text, entity_spans(text, span)) if a.kind == "person"]
    assert (a.name, a.role) == expected


def test_english_run_head_feature():
    # the last word of a capitalised run is its head in English ("... Hockey Club", "... Park"),
    # and a feature of each of its words; an Indonesian sentence has none
    words = "The team played at Cal Anderson Park against the Victoria Hockey Club .".split()
    feats = sentence_features(words)
    assert [sorted(x for x in f if x.startswith("rlast=")) for f in feats[4:7]] == [["rlast=loc", "rlast=park"]] * 3
    assert [sorted(x for x in f if x.startswith("rlast=")) for f in feats[9:12]] == [["rlast=club", "rlast=org"]] * 3
    assert not any(x.startswith("rlast=") for f in sentence_features("Ia main di Taman Cal Anderson .".split())
                   for x in f)
