"""Actors from entity spans: roles, honorifics, short-form resolution, credits."""
from __future__ import annotations

import pytest

from events_cli.extract import extract_article
from events_cli.extract.actors import extract_actors
from events_cli.extract.ner import tag_entities
from events_cli.models import ActorMention, Article, EntitySpan

from conftest import FIXTURES, SEED, entity_spans


spans = entity_spans


def persons(actors: list[ActorMention]):
    return [(a.text, a.name, a.role) for a in actors if a.kind == "person"]


# ------------------------------------------------------------------ roles and honorifics

ROLE_CASES = [
    # text, PER surface given by the tagger, expected (text, name, role)
    ("Menteri Luar Negeri Rusia Sergey Lavrov hadir.", "Sergey Lavrov",
     ("Sergey Lavrov", "Sergey Lavrov", "Menteri Luar Negeri Rusia")),
    ("seperti Wakil Ketua Komite Sentral Korea Utara Kim Yong Chol.", "Kim Yong Chol",
     ("Kim Yong Chol", "Kim Yong Chol", "Wakil Ketua Komite Sentral Korea Utara")),
    ("Kata Presiden Joko Widodo di Istana.", "Joko Widodo",
     ("Joko Widodo", "Joko Widodo", "Presiden")),
    ("Gubernur Jawa Barat Ridwan Kamil meninjau lokasi.", "Ridwan Kamil",
     ("Ridwan Kamil", "Ridwan Kamil", "Gubernur Jawa Barat")),
    ("Kapolres Bandung AKBP Budi Santoso mengatakan.", "Budi Santoso",
     ("Budi Santoso", "Budi Santoso", "Kapolres Bandung")),  # a rank is no part of the office
    ("Hal itu disampaikan Pak Budi kemarin.", "Pak Budi", ("Budi", "Budi", None)),
    ("Hal itu disampaikan Pak Budi kemarin.", "Budi", ("Budi", "Budi", None)),
    ("Menurut Dr. Andi Wijaya, gejala itu umum.", "Dr. Andi Wijaya", ("Andi Wijaya", "Andi Wijaya", None)),
    ("Menurut Dr. Andi Wijaya, gejala itu umum.", "Andi Wijaya", ("Andi Wijaya", "Andi Wijaya", None)),
    ("Pelaku, Udin (22), ditangkap.", "Udin (22)", ("Udin", "Udin", None)),
    ("Pelaku, Udin (22), ditangkap.", "Udin", ("Udin", "Udin", None)),
    ("Kemudian Presiden Joko Widodo tiba.", "Presiden Joko Widodo", ("Joko Widodo", "Joko Widodo", "Presiden")),
    ("Budi Santoso, Kepala Dinas Pendidikan Kota Bandung, mengatakan hal itu.", "Budi Santoso",
     ("Budi Santoso", "Budi Santoso", "Kepala Dinas Pendidikan Kota Bandung")),
    ("Ia bertemu Vladimir Putin dan Kim Jong-un.", "Kim Jong-un", ("Kim Jong-un", "Kim Jong-un", None)),
    ("Menurut Gus Dur, itu benar.", "Gus Dur", ("Gus Dur", "Gus Dur", None)),
    ("Prof. Dr. Ir. H. Bambang Sutrisno hadir.", "Bambang Sutrisno",
     ("Bambang Sutrisno", "Bambang Sutrisno", None)),
    # ranks between the office and the name are dropped; a rank alone is the role
    ("Kepala Basarnas Letnan Jenderal Rudi Hartawan meninjau lokasi.", "Rudi Hartawan",
     ("Rudi Hartawan", "Rudi Hartawan", "Kepala Basarnas")),
    ("Kapolda Sulteng Irjen Pol Agus Salimin menegaskan hal itu.", "Agus Salimin",
     ("Agus Salimin", "Agus Salimin", "Kapolda Sulteng")),
    ("Kepala Staf TNI Jenderal Bayu Prakoso hadir.", "Bayu Prakoso",
     ("Bayu Prakoso", "Bayu Prakoso", "Kepala Staf TNI")),
    ("Letnan Jenderal Rudi Hartawan meninjau lokasi.", "Rudi Hartawan",
     ("Rudi Hartawan", "Rudi Hartawan", "Letnan Jenderal")),
    ("Menurut Kombes Dedi Kurniadi, pelaku sudah ditahan.", "Kombes Dedi Kurniadi",
     ("Dedi Kurniadi", "Dedi Kurniadi", "Kombes")),
    # a unit named for the person who speaks for it
    ("Sekretariat Presiden Rahmat Sudrajat mengatakan acara digelar.", "Rahmat Sudrajat",
     ("Rahmat Sudrajat", "Rahmat Sudrajat", "Sekretariat Presiden")),
    ("Humas BPBD Garut Sinta Maharani mengatakan korban bertambah.", "Sinta Maharani",
     ("Sinta Maharani", "Sinta Maharani", "Humas BPBD Garut")),
    # English titles before the name, and appositions after it (without their article)
    ("Foreign Minister Taro Yamane held talks with him.", "Taro Yamane",
     ("Taro Yamane", "Taro Yamane", "Foreign Minister")),
    ("They met Indonesian President-elect Adi Nugraha in Bogor.", "Adi Nugraha",
     ("Adi Nugraha", "Adi Nugraha", "Indonesian President-elect")),
    ("Hendra Wijaya, a spokesman for the disaster agency, said 20 people died.", "Hendra Wijaya",
     ("Hendra Wijaya", "Hendra Wijaya", "spokesman for the disaster agency")),
    ("Hendra Wijaya, spokesman for Indonesia's National Disaster Agency, said so.", "Hendra Wijaya",
     ("Hendra Wijaya", "Hendra Wijaya", "spokesman for Indonesia's National Disaster Agency")),
    ("Hendra Wijaya, a spokesman who declined to comment, left.", "Hendra Wijaya",
     ("Hendra Wijaya", "Hendra Wijaya", None)),
    ("Hendra Wijaya's office declined to comment.", "Hendra Wijaya's",
     ("Hendra Wijaya", "Hendra Wijaya", None)),
    # an English opener or a nationality the tagger ran into the name; English ranks
    ("I'm Mira Santos, and this is the show.", "I'm Mira Santos", ("Mira Santos", "Mira Santos", None)),
    ("Despite Rudi Hartawan's goal, they lost.", "Despite Rudi Hartawan's",
     ("Rudi Hartawan", "Rudi Hartawan", None)),
    ("The American Dale Brook won.", "American Dale Brook", ("Dale Brook", "Dale Brook", None)),
    ("Colonel Ramon Vidal led the army.", "Colonel Ramon Vidal", ("Ramon Vidal", "Ramon Vidal", "Colonel")),
    # a rank's short tail, a rank or an English title inside the tagger's span
    # (the office before the comma is the role, not the rank after it)
    ("Kapolres Sukamulya, Kombes Pol Dodi Kusnadi, menjelaskan.", "Pol Dodi Kusnadi",
     ("Dodi Kusnadi", "Dodi Kusnadi", "Kapolres Sukamulya")),
    ("Kapolsek Cibeureum Kompol Dodi Kusnadi menjelaskan.", "Cibeureum Kompol Dodi Kusnadi",
     ("Dodi Kusnadi", "Dodi Kusnadi", "Kapolsek Cibeureum")),
    ("Sukamulya Regent Rina Wulandari visited.", "Sukamulya Regent Rina Wulandari",
     ("Rina Wulandari", "Rina Wulandari", "Regent")),
    ("Trade Minister Rina Wulandari said.", "Trade Minister Rina Wulandari",
     ("Rina Wulandari", "Rina Wulandari", "Minister")),
    ("The singer Dodi King Harsono sang.", "Dodi King Harsono", ("Dodi King Harsono", "Dodi King Harsono", None)),
    ("Menurut I Wayan Sudarma, upacara dimulai.", "I Wayan Sudarma",
     ("I Wayan Sudarma", "I Wayan Sudarma", None)),  # a Balinese name opens with "I"
    # an office written after the name with no comma, run into it by the tagger
    ("Hingga Rusdi menjadi menteri dan Suryono Panglima ABRI.", "Suryono Panglima ABRI",
     ("Suryono", "Suryono", "Panglima ABRI")),
    ("Brigjen Pol Hendra Wijaya Kapolda Sultra mengklaim aksi tertib.", "Hendra Wijaya Kapolda Sultra",
     ("Hendra Wijaya", "Hendra Wijaya", "Kapolda Sultra")),
    ('"Kami siap," kata Rudi Tan Direktur Pemasaran PT Sinar Pack.', "Rudi Tan Direktur Pemasaran",
     ("Rudi Tan", "Rudi Tan", "Direktur Pemasaran")),
    ('"Kami siap," kata Rudi Tan Managing Director.', "Rudi Tan Managing Director",
     ("Rudi Tan", "Rudi Tan", "Managing Director")),
    ("Jakarta Governor Anies Rahman said.", "Jakarta Governor Anies Rahman",
     ("Anies Rahman", "Anies Rahman", "Governor")),  # (an English title before a name is no office after one)
    ("Dodi Kusuma Wakil Ketua DPRD Garut mengatakan.", "Dodi Kusuma Wakil Ketua DPRD Garut",
     ("Dodi Kusuma", "Dodi Kusuma", "Wakil Ketua DPRD Garut")),
    ("Gelandang Tiago Mendes mencetak gol.", "Tiago Mendes", ("Tiago Mendes", "Tiago Mendes", None)),
    ("Hadir pula Lukman Hakim Sasmita.", "Lukman Hakim Sasmita",
     ("Lukman Hakim Sasmita", "Lukman Hakim Sasmita", None)),
]


@pytest.mark.parametrize("text,surface,expected", ROLE_CASES)
def test_roles_and_honorifics(text, surface, expected):
    got = persons(extract_actors(text, spans(text, ("PER", surface))))
    assert got == [expected]


@pytest.mark.parametrize("surface, expected", [
    ("Dina Lestari & Rudi Hartawan", ["Dina Lestari", "Rudi Hartawan"]),
    ("South African", []),
    ("Papuan", []),  # a people of Indonesia, as English names it
    ("Cold Harbor Laboratory", []),  # a body's name, no person's
])
def test_person_spans_that_are_two_people_or_none(surface, expected):
    text = f"The show, hosted by {surface}, ended."
    got = extract_actors(text, spans(text, ("PER", surface)))
    assert [a.name for a in got if a.kind == "person"] == expected


def test_role_does_not_swallow_previous_person():
    text = "Presiden Vladimir Putin dan Kim Jong-un bertemu."
    got = persons(extract_actors(text, spans(text, ("PER", "Vladimir Putin"), ("PER", "Kim Jong-un"))))
    assert got == [("Vladimir Putin", "Vladimir Putin", "Presiden"), ("Kim Jong-un", "Kim Jong-un", None)]


def test_offsets_point_at_the_name():
    text = "Hal itu disampaikan Pak Budi kemarin."
    (a,) = extract_actors(text, spans(text, ("PER", "Pak Budi")))
    assert text[a.start:a.end] == a.text == "Budi"


# ------------------------------------------------------------------ resolution

def test_short_forms_resolve_to_earlier_full_names():
    text = ("Vladimir Putin bertemu Kim Jong-un. Putin berkata Kim siap. "
            "Lalu Kim Yong Chol hadir. Kim tersenyum.")
    ents = spans(text, ("PER", "Vladimir Putin"), ("PER", "Kim Jong-un"), ("PER", "Putin"), ("PER", "Kim"),
                 ("PER", "Kim Yong Chol"), ("PER", "Kim"))
    got = [(t, n) for t, n, _ in persons(extract_actors(text, ents))]
    assert got == [
        ("Vladimir Putin", "Vladimir Putin"),
        ("Kim Jong-un", "Kim Jong-un"),
        ("Putin", "Vladimir Putin"),
        ("Kim", "Kim Jong-un"),
        ("Kim Yong Chol", "Kim Yong Chol"),
        ("Kim", "Kim Yong Chol"),  # the most recent earlier full name
    ]


def test_never_resolve_to_a_later_name():
    text = "Putin tiba. Kemudian Vladimir Putin berpidato."
    ents = spans(text, ("PER", "Putin"), ("PER", "Vladimir Putin"))
    got = [(t, n) for t, n, _ in persons(extract_actors(text, ents))]
    assert got == [("Putin", "Putin"), ("Vladimir Putin", "Vladimir Putin")]


def test_unknown_single_token_stays():
    text = "Budi datang. Andi pulang."
    ents = spans(text, ("PER", "Budi"), ("PER", "Andi"))
    assert [n for _, n, _ in persons(extract_actors(text, ents))] == ["Budi", "Andi"]


@pytest.mark.parametrize("order", ["alias-first", "full-first"])
def test_alias_table(order):
    if order == "alias-first":
        text = "Jokowi meresmikan jalan. Presiden Joko Widodo berpidato."
        ents = spans(text, ("PER", "Jokowi"), ("PER", "Joko Widodo"))
    else:
        text = "Presiden Joko Widodo berpidato. Jokowi meresmikan jalan."
        ents = spans(text, ("PER", "Joko Widodo"), ("PER", "Jokowi"))
    names = {n for _, n, _ in persons(extract_actors(text, ents))}
    assert names == {"Joko Widodo"}


def test_alias_alone_stays():
    text = "Jokowi meresmikan jalan."
    assert [n for _, n, _ in persons(extract_actors(text, spans(text, ("PER", "Jokowi"))))] == ["Jokowi"]


def test_kinds():
    text = "Ketua KPK Firli Bahuri memeriksa PT Maju Jaya."
    ents = spans(text, ("ORG", "KPK"), ("PER", "Firli Bahuri"), ("ORG", "PT Maju Jaya"))
    got = [(a.text, a.kind) for a in extract_actors(text, ents)]
    assert got == [("KPK", "organization"), ("Firli Bahuri", "person"), ("PT Maju Jaya", "organization")]
    (firli,) = [a for a in extract_actors(text, ents) if a.kind == "person"]
    assert firli.role == "Ketua KPK"


def test_not_persons():
    text = "Pyongyang menutup diri karena Covid-19."
    assert extract_actors(text, spans(text, ("PER", "Covid-19"))) == []


# ------------------------------------------------------------------ credits

CREDIT_CASES = [
    ("Budi Santoso hadir.\nPenulis: Andi Wijaya\nEditor: Siti Aminah", ["Budi Santoso"]),
    ("Budi Santoso hadir. Foto: Rizal Fahmi / Jabar Ekspres", ["Budi Santoso"]),
    ("Suasana sidang. Tempo/Fikri Harsono\nBudi Santoso hadir.", ["Budi Santoso"]),
    ("Budi Santoso hadir. (OL-8)", ["Budi Santoso"]),
    ("[Antara] Budi Santoso hadir.", ["Budi Santoso"]),
    ("Laporan Wartawan Tribunnews.com, Rina Ayu\nBudi Santoso hadir.", ["Budi Santoso"]),
    ("BACA JUGA: Joko Widodo Bertemu Warga\nBudi Santoso hadir.", ["Budi Santoso"]),
    ("Foto kedua karya Frans Mendur terkenal.", ["Frans Mendur"]),
]

CREDIT_NAMES = ("Andi Wijaya", "Siti Aminah", "Rizal Fahmi", "Jabar Ekspres", "Fikri Harsono", "OL-8",
                "Antara", "Rina Ayu", "Joko Widodo", "Budi Santoso", "Frans Mendur", "Tempo")


@pytest.mark.parametrize("text,expected", CREDIT_CASES)
def test_credits_are_not_actors(text, expected):
    ents = []
    for name in CREDIT_NAMES:
        i = text.find(name)
        if i >= 0:
            label = "ORG" if name in ("Jabar Ekspres", "Antara", "Tempo") else "PER"
            ents.append(EntitySpan(i, i + len(name), name, label))
    ents.sort(key=lambda e: e.start)
    got = [a.name for a in extract_actors(text, ents)]
    assert got == expected


# ------------------------------------------------------------------ the seed article, end to end

def _seed_text() -> str:
    text = SEED.read_text(encoding="utf-8")
    lines = [ln for ln in text.split("\n") if not ln.startswith("BACA JUGA:")]
    text = "\n".join(lines)
    assert text.startswith("JABAR EKSPRES – ")
    return text[len("JABAR EKSPRES – "):]


def test_seed_article():
    text = _seed_text()
    actors = extract_actors(text, tag_entities(text))
    people: dict[str, set[str]] = {}
    roles: dict[str, set[str | None]] = {}
    for a in actors:
        assert text[a.start:a.end] == a.text
        if a.kind == "person":
            people.setdefault(a.name, set()).add(a.text)
            roles.setdefault(a.name, set()).add(a.role)
    assert set(people) == {"Vladimir Putin", "Kim Jong-un", "Sergey Lavrov", "Kim Yong Chol"}
    assert people["Vladimir Putin"] == {"Vladimir Putin", "Putin"}
    assert people["Kim Jong-un"] == {"Kim Jong-un", "Kim"}
    assert roles["Sergey Lavrov"] == {"Menteri Luar Negeri Rusia"}
    assert roles["Kim Yong Chol"] == {"Wakil Ketua Komite Sentral Korea Utara"}
    orgs = {a.name for a in actors if a.kind == "organization"}
    assert orgs <= {"Komite Sentral Korea Utara"}


def test_common_words_are_not_names():
    text = "Daun jambu biji mengandung zat. Rebus daun itu lalu minum. Menurut Budi, itu manjur."
    ents = spans(text, ("PER", "Daun"), ("PER", "Budi"))
    assert [a.name for a in extract_actors(text, ents)] == ["Budi"]


def test_title_fragment_is_not_an_organisation():
    text = "Menteri Luar Negeri Rusia Sergey Lavrov hadir bersama Ketua KPK Agus Rahardjo."
    ents = spans(text, ("ORG", "Luar Negeri Rusia"), ("PER", "Sergey Lavrov"), ("ORG", "KPK"),
                 ("PER", "Agus Rahardjo"))
    got = [(a.name, a.kind, a.role) for a in extract_actors(text, ents)]
    assert got == [
        ("Sergey Lavrov", "person", "Menteri Luar Negeri Rusia"),
        ("KPK", "organization", None),
        ("Agus Rahardjo", "person", "Ketua KPK"),
    ]


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_WORDS = ["Presiden", "Joko", "Widodo", "Pak", "Budi", "(22)", ",", ".", "Menteri", "Luar", "Negeri",
          "Kim", "Jong-un", "Putin", "dan", "Penulis:", "Foto:", "/", "\n", "KPK", "Dr.", "Ketua"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_WORDS), max_size=40).map(" ".join), st.data())
def test_no_exception_and_offsets(text, data):
    ents = tag_entities(text)
    # plus arbitrary PER/ORG spans on token boundaries
    from events_cli.extract.tokens import tokenize

    toks = tokenize(text)
    if toks:
        i = data.draw(st.integers(0, len(toks) - 1))
        j = data.draw(st.integers(i, min(len(toks) - 1, i + 4)))
        s, e = toks[i][0], toks[j][1]
        extra = EntitySpan(s, e, text[s:e], data.draw(st.sampled_from(["PER", "ORG"])))
        if not any(x.start < e and s < x.end for x in ents):
            ents = sorted(ents + [extra], key=lambda x: x.start)
    for a in extract_actors(text, ents):
        assert text[a.start:a.end] == a.text
        assert a.kind in ("person", "organization")
        assert a.name and a.text


def test_ticket_of_two_people_is_split():
    text = ("Pasangan Edy Rahmayadi-Musa Rajekshah menang. Kim Jong-un dan Jean-Pierre Papin hadir. "
            "Pasangan Irianto MS Syaifuddin - Tatang Farhanul Hakim kalah.")
    ents = spans(text, ("PER", "Edy Rahmayadi-Musa Rajekshah"), ("PER", "Kim Jong-un"),
                 ("PER", "Jean-Pierre Papin"), ("PER", "Irianto MS Syaifuddin - Tatang Farhanul Hakim"))
    got = [a.text for a in extract_actors(text, ents)]
    assert got == ["Edy Rahmayadi", "Musa Rajekshah", "Kim Jong-un", "Jean-Pierre Papin",
                   "Irianto MS Syaifuddin", "Tatang Farhanul Hakim"]


ENGLISH_CASES = [
    ("Russian President Vladimir Putin met Kim.", "Vladimir Putin", "Russian President"),
    ("Foreign Minister Sergey Lavrov said.", "Sergey Lavrov", "Foreign Minister"),
    ("Mr. John Smith said.", "John Smith", None),
]


@pytest.mark.parametrize("text,surface,role", ENGLISH_CASES)
def test_english_roles(text, surface, role):
    (a,) = extract_actors(text, spans(text, ("PER", surface)))
    assert (a.name, a.role) == (surface, role)


@pytest.mark.parametrize("text,surface,expected", [
    ("Meski begitu, ia tetap datang.", "Meski", []),
    ("Anda bisa mencoba.", "Anda", []),
    ("Kata Putri Ayu di sana.", "Putri Ayu", [("Putri Ayu", None)]),
    ("Kata Putra Nababan di sana.", "Putra Nababan", [("Putra Nababan", None)]),
    ("Kata warga Budi di sana.", "warga Budi", [("Budi", "warga")]),
])
def test_sentence_openers_and_name_like_words(text, surface, expected):
    got = [(a.name, a.role) for a in extract_actors(text, spans(text, ("PER", surface)))]
    assert got == expected


def test_bracketed_short_forms():
    text = ("Presiden terpilih Joko Widodo (Jokowi) dan Komisi Pemberantasan Korupsi (KPK) bertemu. "
            "Jokowi memuji KPK.")
    ents = spans(text, ("PER", "Joko Widodo"), ("PER", "Jokowi"), ("ORG", "Komisi Pemberantasan Korupsi"),
                 ("ORG", "KPK"), ("PER", "Jokowi"), ("ORG", "KPK"))
    got = [(a.text, a.name) for a in extract_actors(text, ents)]
    assert got == [
        ("Joko Widodo", "Joko Widodo"), ("Jokowi", "Joko Widodo"),
        ("Komisi Pemberantasan Korupsi", "Komisi Pemberantasan Korupsi"), ("KPK", "Komisi Pemberantasan Korupsi"),
        ("Jokowi", "Joko Widodo"), ("KPK", "Komisi Pemberantasan Korupsi"),
    ]


@pytest.mark.parametrize("text, full, short", [
    ("Makam Ahmad Mahmudi (Gus Mamad) ramai. Gus Mamad dikenang.", "Ahmad Mahmudi", "Gus Mamad"),
    ("Hadir pula Sutrisno Hadiwijaya alias Ucok. Ucok tersenyum.", "Sutrisno Hadiwijaya", "Ucok"),
    ("Rahmat Iskandar atau yang akrab disapa Cak Amat datang. Cak Amat berpidato.", "Rahmat Iskandar", "Cak Amat"),
])
def test_a_short_form_or_nickname_written_after_a_full_name(text, full, short):
    ents = spans(text, ("PER", full), ("PER", short), ("PER", short))
    assert [a.name for a in extract_actors(text, ents)] == [full, full, full]


def test_two_words_in_brackets_that_are_no_nickname_define_nothing():
    text = "Kata Budi Santoso (Ketua RT) di sana. Ketua RT pulang."
    ents = spans(text, ("PER", "Budi Santoso"), ("PER", "Ketua RT"))
    assert [a.name for a in extract_actors(text, ents)][-1:] != ["Budi Santoso"]


def test_consistency_over_the_article():
    """Sentences are tagged one by one; the article-level pass fixes a name seen as ORG once."""
    text = "Vladimir Putin tiba di sana. Putin berkata ia senang."
    ents = spans(text, ("ORG", "Vladimir Putin"), ("PER", "Putin"))
    got = [(a.text, a.name, a.kind) for a in extract_actors(text, ents)]
    assert got == [("Vladimir Putin", "Vladimir Putin", "person"), ("Putin", "Vladimir Putin", "person")]


def test_seed_article_tagged_sentence_by_sentence():
    """As the pipeline does it: the tagger sees one line at a time."""
    text = _seed_text()
    ents, pos = [], 0
    for line in text.split("\n"):
        for e in tag_entities(line):
            ents.append(EntitySpan(e.start + pos, e.end + pos, e.text, e.label))
        pos += len(line) + 1
    people = {}
    for a in extract_actors(text, ents):
        if a.kind == "person":
            people.setdefault(a.name, set()).add(a.text)
    assert people == {"Vladimir Putin": {"Vladimir Putin", "Putin"}, "Kim Jong-un": {"Kim Jong-un", "Kim"},
                      "Sergey Lavrov": {"Sergey Lavrov"}, "Kim Yong Chol": {"Kim Yong Chol"}}


def test_party_abbreviation_in_brackets_is_kept():
    text = "Partai Demokrasi Indonesia Perjuangan (PDI-P) menang. (ant/ded)"
    ents = spans(text, ("ORG", "Partai Demokrasi Indonesia Perjuangan"), ("ORG", "PDI-P"))
    got = [(a.text, a.name) for a in extract_actors(text, ents)]
    assert got == [("Partai Demokrasi Indonesia Perjuangan", "Partai Demokrasi Indonesia Perjuangan"),
                   ("PDI-P", "Partai Demokrasi Indonesia Perjuangan")]


@pytest.mark.parametrize("surface", ["PT", "Tbk", "PT.", "Persero", "PT Tbk"])
def test_legal_form_alone_is_not_an_organisation(surface):
    text = f"Saham {surface} dan Bank Mandiri naik."
    ents = spans(text, ("ORG", surface), ("ORG", "Bank Mandiri"))
    assert [a.name for a in extract_actors(text, ents)] == ["Bank Mandiri"]


@pytest.mark.parametrize("law", ["UU KPK", "RUU KUHP", "RKUHP", "Undang-Undang Cipta Kerja", "Perppu Ormas", "Perda DKI"])
def test_a_law_is_not_an_organisation(law):
    text = f"Mahasiswa menolak {law} di depan gedung DPR."
    ents = spans(text, ("ORG", law), ("ORG", "DPR"))
    assert [a.name for a in extract_actors(text, ents)] == ["DPR"]


def test_a_law_tagged_as_a_person_is_none_but_a_name_like_it_is():
    text = "DPR membahas RUU Minerba. Wakil Gubernur Uu Ruzhanul Ulum hadir."
    ents = spans(text, ("PER", "RUU Minerba"), ("PER", "Uu Ruzhanul Ulum"))
    assert [a.name for a in extract_actors(text, ents)] == ["Uu Ruzhanul Ulum"]


@pytest.mark.parametrize("name", ["Mighty Minds Preschool", "Big Hit Entertainment", "George Mason University",
                                  "Yayasan Kita Bisa", "Partai Buruh", "PB Jaya Raya", "Sinar Harapan Pictures",
                                  "Borussia Wattenscheid", "Lincoln City", "Atletico Sevilla", "Bristol Rovers"])
def test_a_person_named_like_an_organisation_is_one(name):
    text = f"Pada Senin, {name} mengumumkan hasilnya di Jakarta."
    assert [(a.name, a.kind) for a in extract_actors(text, spans(text, ("PER", name)))] == [(name, "organization")]


def test_a_person_whose_name_holds_such_a_word_inside_stays_a_person():
    text = "Direktur Bank Sentral, Agus Bank Martowardojo, hadir."
    assert [a.kind for a in extract_actors(text, spans(text, ("PER", "Agus Bank Martowardojo")))] == ["person"]


def test_a_body_of_indonesia_is_the_body():
    text = "Dewan Perwakilan Rakyat (DPR) menggelar rapat. DPR RI lalu menolak. Kejaksaan Agung RI diam."
    ents = spans(text, ("ORG", "Dewan Perwakilan Rakyat"), ("ORG", "DPR"), ("ORG", "DPR RI"), ("ORG", "Kejaksaan Agung RI"))
    assert [(a.text, a.name) for a in extract_actors(text, ents)] == [
        ("Dewan Perwakilan Rakyat", "Dewan Perwakilan Rakyat"), ("DPR", "Dewan Perwakilan Rakyat"),
        ("DPR RI", "Dewan Perwakilan Rakyat"), ("Kejaksaan Agung RI", "Kejaksaan Agung")]


@pytest.mark.parametrize("span, others, expected", [
    # a rank closing the body's span is no part of it; the person after it keeps the office
    ("BNPB Letnan Jenderal", [("PER", "Rudi Hartawan")], ["BNPB"]),
    # a title opening the span before a person's name is the person's role, not the body's
    ("Humas BNPB", [("PER", "Rudi Hartawan")], ["BNPB"]),
    ("Humas BPBD Garut", [("PER", "Rudi Hartawan")], ["BPBD Garut"]),
    ("Ketua KPK", [("PER", "Rudi Hartawan")], ["KPK"]),
    # a body named for the unit that speaks for it stays one
    ("Sekretariat Presiden", [("PER", "Rudi Hartawan")], ["Sekretariat Presiden"]),
    # without a person after it, the unit is the body
    ("Humas BNPB", [], ["Humas BNPB"]),
    # a numbered occasion of a body is the body
    ("HUT ke-69 Humas Polri", [], ["Humas Polri"]),
    ("the 75th Anniversary Committee", [], ["Anniversary Committee"]),
])
def test_a_body_before_a_person_loses_the_title_and_the_rank(span, others, expected):
    text = f"Menurut {span} {others[0][1] if others else 'kemarin'} korban bertambah."
    got = extract_actors(text, spans(text, ("ORG", span), *others))
    assert [a.name for a in got if a.kind == "organization"] == expected


@pytest.mark.parametrize("span", [
    "HUT ke-77", "HUT RI ke-77", "Jan 23", "Selasa (12/3)", "23 Januari 2024", "SP, 24 tahun",
    "Letnan", "Letnan Jenderal", "Presiden", "The Indonesian", "the 75th", "Pesta ke-5",
])
def test_no_organisation_by_its_shape(span):
    """Dates, numbered occasions, a name with an age, a title or rank alone, a nationality."""
    text = f"Menurut laporan, {span} disebut di sana."
    assert extract_actors(text, spans(text, ("ORG", span))) == []


@pytest.mark.parametrize("label, span, names", [
    ("ORG", "Club Brugge vs Galatasaray", ["Club Brugge", "Galatasaray"]),
    ("ORG", "PSS Sleman vs. Arema FC", ["PSS Sleman", "Arema FC"]),
    ("ORG", "Barito Putera Vs Bhayangkara FC", ["Barito Putera", "Bhayangkara FC"]),
    # two bodies run into one span over a verb: each is a name of its own
    ("ORG", "Los Blancos dibungkam Paris Saint-Germain", ["Los Blancos", "Paris Saint-Germain"]),
    ("ORG", "Arema FC dikalahkan oleh Persib Bandung", ["Arema FC", "Persib Bandung"]),
    ("PER", "Ipan Ardiansyah alias Gopal", ["Ipan Ardiansyah"]),
    ("PER", "Choi Si-won", ["Choi Si-won"]),
    ("ORG", "Kementerian pertahanan Rusia", ["Kementerian pertahanan Rusia"]),  # written without capitals
    ("ORG", "Kementerian Pertahanan setempat", ["Kementerian Pertahanan"]),
    ("ORG", "Kementerian Pemuda dan Olahraga", ["Kementerian Pemuda dan Olahraga"]),
    ("ORG", "United Nations Mission in Afghanistan", ["United Nations Mission in Afghanistan"]),
    ("PER", "Ana boru Tarigan", ["Ana boru Tarigan"]),
    ("PER", "Muhammad al-Fatih", ["Muhammad al-Fatih"]),
])
def test_names_end_before_a_word_no_name_holds_and_split_at_vs(label, span, names):
    text = f"Menurut laporan, {span} hadir di sana."
    assert [a.name for a in extract_actors(text, spans(text, (label, span)))] == names


@pytest.mark.parametrize("text, ents, names", [
    ("Kepala Dinas Koperasi dan UKM Kota Bandung hadir.", [("ORG", "Dinas Koperasi")], ["Dinas Koperasi dan UKM Kota Bandung"]),
    ("Menurut Badan Meteorologi, Klimatologi, dan Geofisika, hujan turun.", [("ORG", "Badan Meteorologi"), ("ORG", "Geofisika")],
     ["Badan Meteorologi, Klimatologi, dan Geofisika"]),
    ("Dinas Kesehatan dan Dinas Pendidikan rapat.", [("ORG", "Dinas Kesehatan"), ("ORG", "Dinas Pendidikan")],
     ["Dinas Kesehatan", "Dinas Pendidikan"]),
    ("Kementerian Keuangan dan Bank Indonesia sepakat.", [("ORG", "Kementerian Keuangan"), ("ORG", "Bank Indonesia")],
     ["Kementerian Keuangan", "Bank Indonesia"]),
    ("Badan Pusat Statistik dan BI mencatat inflasi.", [("ORG", "Badan Pusat Statistik"), ("ORG", "BI")],
     ["Badan Pusat Statistik", "BI"]),
    ("KPK dan Polri bekerja sama.", [("ORG", "KPK"), ("ORG", "Polri")], ["KPK", "Polri"]),
    ("Dinas Koperasi dan UKM Kota Bandung Atet Dedi Handiman mengatakan.",
     [("ORG", "Dinas Koperasi"), ("LOC", "Kota Bandung"), ("PER", "Atet Dedi Handiman")],
     ["Dinas Koperasi dan UKM Kota Bandung", "Atet Dedi Handiman"]),
    ("Dinas Sosial dan Budi Santoso hadir.", [("ORG", "Dinas Sosial"), ("PER", "Budi Santoso")],
     ["Dinas Sosial", "Budi Santoso"]),
])
def test_a_body_named_with_dan_is_one_name(text, ents, names):
    assert [a.name for a in extract_actors(text, spans(text, *ents))] == names


def test_a_body_named_with_dan_in_a_title_is_the_persons_role():
    text = "Kepala Dinas Koperasi dan UKM Kota Bandung Atet Dedi Handiman mengatakan."
    ents = spans(text, ("ORG", "Dinas Koperasi"), ("LOC", "Kota Bandung"), ("PER", "Atet Dedi Handiman"))
    assert [(a.name, a.role) for a in extract_actors(text, ents)] == [
        ("Atet Dedi Handiman", "Kepala Dinas Koperasi dan UKM Kota Bandung")]


@pytest.mark.parametrize("span, actors", [
    ("World Water Council President Lucien Fabre", [("World Water Council", "organization"), ("Lucien Fabre", "person")]),
    ("Indonesian Foreign Minister Retno Marsudi", [("Retno Marsudi", "person")]),
    ("Saudi Foreign Minister Prince Faisal bin Farhan", [("Faisal bin Farhan", "person")]),
    ("Office of the President", [("Office of the President", "organization")]),
])
def test_an_english_title_and_name_tagged_as_one_body(span, actors):
    text = f"The deal was signed by {span}, officials said."
    got = extract_actors(text, spans(text, ("ORG", span)))
    assert [(a.name, a.kind) for a in got] == actors
    assert all(a.role is None or a.kind == "person" for a in got)


def test_company_with_legal_form_is_kept():
    text = "Direktur PT Pertamina (Persero) hadir."
    ents = spans(text, ("ORG", "PT Pertamina (Persero)"))
    assert [a.kind for a in extract_actors(text, ents)] == ["organization"]


def test_name_found_once_is_found_everywhere_in_the_article():
    """The tagger missed "Kim" in the first sentence; the article tags it a person later."""
    text = "Kunjungan pertama Kim ke Rusia. Putin dan Kim bertemu. Kimchi enak."
    ents = spans(text, ("PER", "Putin"), ("PER", "Kim"))
    got = [(a.text, a.start) for a in extract_actors(text, ents)]
    assert got == [("Kim", text.index("Kim")), ("Putin", text.index("Putin")), ("Kim", text.index("Kim", 40))]


def test_name_with_two_labels_is_not_spread():
    text = "Jordan tiba. Ia terbang ke Jordan. Jordan senang."
    ents = spans(text, ("PER", "Jordan"), ("LOC", "Jordan"))
    assert [a.start for a in extract_actors(text, ents)] == [0]


def test_body_inside_a_title_is_the_role_not_an_actor():
    text = "Hadir Wakil Ketua Komite Sentral Korea Utara Kim Yong Chol dan Ketua KPK Agus Rahardjo."
    ents = spans(text, ("ORG", "Komite Sentral Korea Utara"), ("PER", "Kim Yong Chol"), ("ORG", "KPK"),
                 ("PER", "Agus Rahardjo"))
    got = [(a.name, a.kind, a.role) for a in extract_actors(text, ents)]
    assert got == [
        ("Kim Yong Chol", "person", "Wakil Ketua Komite Sentral Korea Utara"),
        ("KPK", "organization", None),
        ("Agus Rahardjo", "person", "Ketua KPK"),
    ]


def test_spaced_slash_credit_needs_an_outlet_on_the_left():
    text = "Budi Santoso hadir. ANTARA / Rina Ayu"
    ents = spans(text, ("PER", "Budi Santoso"), ("PER", "Rina Ayu"))
    assert [a.name for a in extract_actors(text, ents)] == ["Budi Santoso"]
    text = "Band ini terdiri dari Hendra Suhendra / Indra (bass) dan Oni (gitar)."
    ents = spans(text, ("PER", "Hendra Suhendra"), ("PER", "Indra"), ("PER", "Oni"))
    assert [a.name for a in extract_actors(text, ents)] == ["Hendra Suhendra", "Indra", "Oni"]


def test_name_opening_with_a_particle():
    text = "Setelah lulus, de Burgh kuliah di Dublin."
    assert [a.name for a in extract_actors(text, spans(text, ("PER", "de Burgh")))] == ["de Burgh"]
    text = "Setelah lulus, dia kuliah di Dublin."
    assert extract_actors(text, spans(text, ("PER", "dia"))) == []


def test_name_in_a_credit_is_not_spread():
    text = "Andi menang lomba itu.\nEditor: Andi"
    # only the credit's "Andi" was tagged
    ents = [EntitySpan(text.rindex("Andi"), text.rindex("Andi") + 4, "Andi", "PER")]
    assert extract_actors(text, ents) == []


@pytest.mark.slow  # the whole extraction of long texts, twice: ~10 s
def test_long_text_shortcuts_give_the_same_actors(monkeypatch):
    """Names looked for in one pass (many names) and words looked up in a set (many asked)
    give what a search per name and per word gives."""
    from events_cli.extract import actors, extract_articles
    from events_cli.models import Article

    fixtures = FIXTURES / "articles"
    articles = [Article(text=p.read_text(encoding="utf-8"), origin=p.name) for p in sorted(fixtures.glob("*.txt"))]
    articles.append(Article(text="\n\n".join(a.text for a in articles), origin="all of them"))
    monkeypatch.setattr(actors, "_NAMES_FOR_ONE_PASS", 10**9)
    monkeypatch.setattr(actors, "_ASKS_BEFORE_SET", 10**9)
    searched = [r.actors for r in extract_articles(articles)]
    monkeypatch.setattr(actors, "_NAMES_FOR_ONE_PASS", 0)
    monkeypatch.setattr(actors, "_ASKS_BEFORE_SET", 0)
    assert [r.actors for r in extract_articles(articles)] == searched
    assert len(searched[-1]) > 100


def test_occurrences_in_one_pass_are_those_of_a_search_per_name():
    from events_cli.extract.actors import _occurrences, _positions

    text = "Kim Jong-un dan Kim Yo-jong; KimKim Kim. Jong"
    names = ["Kim", "Kim Jong-un", "Jong", "KimKim", "Tidak Ada"]
    assert _occurrences(text, names) == {n: list(_positions(text, n)) for n in names if n in text}


@pytest.mark.parametrize("text, items, expected", [
    # a "place" named as a body is an organisation
    ("Korban dirawat di RSUD Sukamulya.", [("LOC", "RSUD Sukamulya")], [("RSUD Sukamulya", "organization")]),
    ("kata analis Wiratama Sekuritas.", [("LOC", "Wiratama Sekuritas")], [("Wiratama Sekuritas", "organization")]),
    # a "place" named after a title and a comma is a person
    ("Wali Kota Sukamulya, Dodi Kusnadi, meninjau.", [("LOC", "Sukamulya"), ("LOC", "Dodi Kusnadi")],
     [("Dodi Kusnadi", "person")]),
    ("kata Ketua PN, Dodi Kusnadi, saat membacakan putusan.", [("LOC", "Dodi Kusnadi")],
     [("Dodi Kusnadi", "person")]),
    ("Kepala Desa Sukamaju, Kecamatan Cibeureum, hadir.", [("LOC", "Kecamatan Cibeureum")], []),
    ("Warga Sukamulya, Cibeureum Kidul, mengungsi.", [("LOC", "Cibeureum Kidul")], []),
    ("West Sukamulya Governor Dodi Kusnadi visited.", [("LOC", "West Sukamulya Governor Dodi Kusnadi")],
     [("Dodi Kusnadi", "person")]),
    ("Perahu terbalik di Muara Cibeureum.", [("PER", "Muara Cibeureum")], []),
    # a one-word "person" listed with places is none
    ("datang dari Sukamulya, Cibeureum, dan Pasirjati.",
     [("LOC", "Sukamulya"), ("LOC", "Cibeureum"), ("PER", "Pasirjati")], []),
    ("Camat Pasirjati, Dodi Kusnadi, hadir.", [("PER", "Pasirjati"), ("PER", "Dodi Kusnadi")],
     [("Dodi Kusnadi", "person")]),
])
def test_kinds_mended_by_shape_and_context(text, items, expected):
    got = extract_actors(text, spans(text, *items))
    assert [(a.name, a.kind) for a in got] == expected


@pytest.mark.parametrize("text, items, expected", [
    # an English body's kind goes on over its field, which the tagger cut at "for" or "and"
    ("a fellow at the Centre for Marine and Coastal Policy in Sukamulya, said.",
     [("ORG", "Centre"), ("ORG", "Coastal Policy")], ["Centre for Marine and Coastal Policy"]),
    ("a former Bureau of Fisheries official said.", [("ORG", "Bureau")], ["Bureau of Fisheries"]),
    # ... but not over another body, a title or a person
    ("the Ministry of Finance and Bank Sukamulya agreed.", [("ORG", "Ministry"), ("ORG", "Bank Sukamulya")],
     ["Ministry of Finance", "Bank Sukamulya"]),
    ("the Office of Trade Director Rina Wulandari said.", [("ORG", "Office"), ("PER", "Rina Wulandari")],
     ["Office of Trade"]),
    ("the Institute on Monday said.", [("ORG", "Institute")], ["Institute"]),
])
def test_english_body_and_its_field(text, items, expected):
    got = extract_actors(text, spans(text, *items))
    assert [a.name for a in got if a.kind == "organization"] == expected


@pytest.mark.parametrize("text, surface, expected", [
    ("Survivor Rina Wulandari said the boat tipped.", "Survivor Rina Wulandari", ["Rina Wulandari"]),
    ("Analis memperkirakan rupiah melemah.", "Analis", []),
    ("It was certified by the General Elections Commission in March.", "General Elections Commission", []),
    ("Dokter datang kemarin.", "Dokter", []),
    ("Dodi Kusnadi datang kemarin.", "Dodi Kusnadi", ["Dodi Kusnadi"]),
])
def test_descriptors_and_bodies_are_no_names(text, surface, expected):
    label = "ORG" if surface.endswith("Commission") else "PER"
    got = extract_actors(text, spans(text, (label, surface)))
    assert [a.name for a in got if a.kind == "person"] == expected


@pytest.mark.parametrize("text, surface, expected", [
    # a "person" that is a body or a state by its words or by the article
    ("Layanan Haji Kemenag dibuka.", "Haji Kemenag", []),
    ("PT Sinar Karya II membuka rute. Sinar Karya II juga menambah armada.", "Sinar Karya II", []),
    ("None of this means Indonesia's policy changed.", "Indonesia", []),
    ("Jordan mencetak gol.", "Jordan", ["Jordan"]),  # a country's name, and a man's
    ("Dodi Kusnadi hadir.", "Dodi Kusnadi", ["Dodi Kusnadi"]),
])
def test_persons_that_are_bodies_or_states(text, surface, expected):
    got = extract_actors(text, spans(text, ("PER", surface)) if not text.startswith("PT") else
                         [EntitySpan(text.index(surface, 5), text.index(surface, 5) + len(surface), surface, "PER")])
    assert [a.name for a in got if a.kind == "person"] == expected


# ------------------------------------------------------------------ what no name holds, and what is no actor

def actors_of(actors: list[ActorMention]):
    return [(a.name, a.kind, a.role) for a in actors]


JUNK_IN_NAMES = [
    # text, the tagger's spans (label, surface), expected (name, kind, role)
    # a minister's one-word title, or a body's short form, run into the name: the role
    ("Menkopolhukam Wiranata menjawab pertanyaan wartawan.", [("PER", "Menkopolhukam Wiranata")],
     [("Wiranata", "person", "Menkopolhukam")]),
    ("Hal itu dikatakan Wamenlu Arif Hidayat di Jakarta.", [("PER", "Wamenlu Arif Hidayat")],
     [("Arif Hidayat", "person", "Wamenlu")]),
    ("Direktur Jenderal Perhubungan Udara Kemenhub Rina Pramesti menjelaskan.", [("PER", "Kemenhub Rina Pramesti")],
     [("Rina Pramesti", "person", "Kemenhub")]),
    # the last field of a title the tagger took into the name: the whole title is the role
    ("Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Darmanto hadir.", [("PER", "Keamanan Darmanto")],
     [("Darmanto", "person", "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan")]),
    ("Menteri Koordinator Bidang Kemaritiman Lukas Panjaitan membuka acara.",
     [("PER", "Kemaritiman Lukas Panjaitan")],
     [("Lukas Panjaitan", "person", "Menteri Koordinator Bidang Kemaritiman")]),
    ("Menteri Koordinator (Menko) bidang Kemaritiman Lukas Panjaitan hadir.",
     [("PER", "Kemaritiman Lukas Panjaitan")], [("Lukas Panjaitan", "person", None)]),
    # a body's short title, then a rank: both are the title
    ("Pasi Pam Brigif 3 Kostrad Lettu Inf Andi Sulthan membenarkan.", [("PER", "Kostrad Lettu Inf Andi Sulthan")],
     [("Andi Sulthan", "person", "Kostrad")]),
    ("Deputi Informasi Bakamla Laksamana Muda Dade Rukmana hadir.", [("PER", "Bakamla Laksamana Muda Dade Rukmana")],
     [("Dade Rukmana", "person", "Bakamla")]),
    # ... but a name that opens with such a word and no title before it is left whole
    ("Keamanan Darmanto adalah nama toko.", [("PER", "Keamanan Darmanto")],
     [("Keamanan Darmanto", "person", None)]),
    # a time word at either end
    ("Presiden Jokowi Oktober lalu meresmikan jembatan.", [("PER", "Jokowi Oktober")],
     [("Jokowi", "person", "Presiden")]),
    ("Kemarin Aisah Putri datang ke sekolah.", [("PER", "Kemarin Aisah Putri")],
     [("Aisah Putri", "person", None)]),
    ("Jenazah dibawa oleh Bambang Sujatmiko Rabu pagi.", [("PER", "Bambang Sujatmiko Rabu")],
     [("Bambang Sujatmiko", "person", None)]),
    ("Pemain muda Jan Ethes menonton.", [("PER", "Jan Ethes")], [("Jan Ethes", "person", None)]),
    # "RI" or a country before a full name
    ("Presiden ke-3 RI BJ Harsono wafat.", [("PER", "RI BJ Harsono")], [("BJ Harsono", "person", None)]),
    ("Mantan Presiden Indonesia BJ Harsono dimakamkan.", [("PER", "Indonesia BJ Harsono")],
     [("BJ Harsono", "person", "Presiden Indonesia")]),
    ("Mantan Presiden Zimbabwe Robert Tanaka wafat.", [("PER", "Zimbabwe Robert Tanaka")],
     [("Robert Tanaka", "person", "Presiden Zimbabwe")]),
    # (a list of people is no title: "Presiden Joko, Wapres Amin")
    ("Hadir Presiden Joko, Wapres Amin Hasan.", [("PER", "Amin Hasan")], [("Amin Hasan", "person", "Wapres")]),
    ("Jordan Hendriks mencetak gol.", [("PER", "Jordan Hendriks")], [("Jordan Hendriks", "person", None)]),
    # a platform before the name; an elder's honorific; an office written short, a corps after a rank
    ("Unggahan di akun Instagram Melani Putri viral.", [("PER", "Instagram Melani Putri")],
     [("Melani Putri", "person", None)]),
    ("Warga mendoakan Eyang Harsono.", [("PER", "Eyang Harsono")], [("Harsono", "person", None)]),
    ("Kasubdit Gakkum Ditlantas Polda Metro Jaya AKBP Dodi Kusnadi menjelaskan.", [("PER", "Dodi Kusnadi")],
     [("Dodi Kusnadi", "person", "Kasubdit Gakkum Ditlantas Polda Metro Jaya")]),
    ("Dandim 0618 Kolonel Inf Rudi Hartawan hadir.", [("PER", "Inf Rudi Hartawan")],
     [("Rudi Hartawan", "person", "Kolonel Inf")]),
    ("Kasubdit Gakkum Ditlantas menjelaskan.", [("PER", "Kasubdit Gakkum Ditlantas")], []),
    # a word in lower case after the name
    ("Sosok Harsono apolitis dikenang banyak orang.", [("PER", "Harsono apolitis")],
     [("Harsono", "person", None)]),
    # a place noun opens no person's name
    ("Pelayat memadati Rumah Duka Harsono di Patra Kuningan.", [("PER", "Rumah Duka Harsono")], []),
    # the office before a comma, then a rank: the office is the role
    ("Kapolsek Pontianak Selatan, AKP Dedi Supriadi, menjelaskan.", [("PER", "AKP Dedi Supriadi")],
     [("Dedi Supriadi", "person", "Kapolsek Pontianak Selatan")]),
    ("Kapolsek Pontianak Selatan, AKP Dedi Supriadi, menjelaskan.", [("PER", "Dedi Supriadi")],
     [("Dedi Supriadi", "person", "Kapolsek Pontianak Selatan")]),
    # ... or no rank: the office and its area or body, a comma, its holder
    ("kata Bupati Garut, Rudi Hartawan.", [("PER", "Rudi Hartawan")], [("Rudi Hartawan", "person", "Bupati Garut")]),
    ("ujar Camat Bekasi Timur, Dedi Supriadi.", [("PER", "Dedi Supriadi")],
     [("Dedi Supriadi", "person", "Camat Bekasi Timur")]),
    ("kata Menteri Keuangan, Sri Harsini.", [("PER", "Sri Harsini")], [("Sri Harsini", "person", "Menteri Keuangan")]),
    # not a person's name before the comma, nor one word alone (often a name too)
    ("Hadir Menteri Sosial Agus Gumilar, Dedi Supriadi, dan Ani.",
     [("PER", "Agus Gumilar"), ("PER", "Dedi Supriadi"), ("PER", "Ani")],
     [("Agus Gumilar", "person", "Menteri Sosial"), ("Dedi Supriadi", "person", None), ("Ani", "person", None)]),
    ("Bukan hanya Putri, Andini ingin membantu.", [("PER", "Andini")], [("Andini", "person", None)]),
]


@pytest.mark.parametrize("text, ents, expected", JUNK_IN_NAMES)
def test_what_no_name_holds(text, ents, expected):
    assert actors_of(extract_actors(text, spans(text, *ents))) == expected


NOT_ACTORS = [
    # text, the tagger's spans, the article's outlet, expected names
    # "RI" alone is no body; "DPR RI" is the DPR
    ("Pemerintah RI menolak usulan itu, kata anggota DPR RI.", [("ORG", "RI"), ("ORG", "DPR RI")], None,
     ["DPR"]),
    # an outlet writing of itself, or cited, is no actor; in the news as a company it is one
    ('"Kami siaga," kata Rudi saat dihubungi Kompas.com, Selasa.', [("PER", "Rudi"), ("ORG", "Kompas.com")],
     None, ["Rudi"]),
    ("Berdasarkan pantauan Tempo, pembongkaran dimulai pagi.", [("ORG", "Tempo")], "tempo.co", []),
    ("Okezone merangkum lima gaya busana itu.", [("PER", "Okezone")], "Okezone", []),
    ("Harga minyak turun, seperti dilansir Reuters, Rabu.", [("ORG", "Reuters")], "SINDOnews", []),
    ("Rudi menjawab kepada Tempo di kantornya.", [("PER", "Rudi"), ("ORG", "Tempo")], "detikcom", ["Rudi"]),
    ("Banjir surut.\n(Dilansir dari Tribunnews) korban dievakuasi.", [("ORG", "Tribunnews")], "KOMPAS.com", []),
    ("Banjir surut.,Dilansir dari Kompas, korban dievakuasi.", [("ORG", "Kompas")], "wowkeren.com", []),
    ("Informasi yang diperoleh Okezone, pelaku ditangkap.", [("ORG", "Okezone")], "posmetro-medan.com", []),
    ("CNN memecat dua penyiarnya pekan lalu.", [("ORG", "CNN")], "detikcom", ["CNN"]),
    # an index is a figure, a race an occasion, a tournament's group no body
    ("Indeks Harga Saham Gabungan (IHSG) turun. IHSG ditutup melemah.",
     [("ORG", "Indeks Harga Saham Gabungan"), ("ORG", "IHSG")], None, []),
    ("Juara MotoGP Aragon ditentukan hari ini.", [("ORG", "MotoGP Aragon")], None, []),
    ("He won gold at the Pan Pacific Games after a KO in the final, on Hay Street.",
     [("ORG", "Pan Pacific Games"), ("ORG", "KO"), ("ORG", "Hay Street")], None, []),
    ("The Migrant Workers Act passed, and the Labour Party objected.",
     [("ORG", "Migrant Workers Act"), ("ORG", "Labour Party")], None, ["Labour Party"]),
    ("Persikota berada di Grup G bersama Grup Mulia.", [("ORG", "Persikota"), ("ORG", "Grup G"), ("ORG", "Grup Mulia")],
     None, ["Persikota", "Grup Mulia"]),
    ("Prices fell, according to Reuters.", [("ORG", "Reuters")], None, []),
    ("We write fast, as opposed to The New York Times.", [("ORG", "The New York Times")], None,
     ["The New York Times"]),
    # a country or an Indonesian city tagged as a body is no organisation; a foreign city is most
    # often a club or a company named after it
    ("Barcelona beat Valencia in Barcelona.", [("ORG", "Barcelona"), ("ORG", "Valencia"), ("LOC", "Barcelona")],
     None, ["Barcelona", "Valencia"]),
    ("Impor dari China turun tajam.", [("ORG", "China")], None, []),
    ("Yogyakarta menetapkan status darurat.", [("ORG", "Yogyakarta")], None, []),
    ("Saham Mesa naik lima persen.", [("ORG", "Mesa")], None, ["Mesa"]),
    # a writer's byline in capitals closing the article
    ("Gempa terasa hingga Bali.,ANWAR SUSANTO", [("PER", "ANWAR SUSANTO")], "TEMPO.CO", []),
    ("Gempa terasa hingga Bali.\nANWAR SUSANTO\n", [("PER", "ANWAR SUSANTO")], None, []),
]


@pytest.mark.parametrize("text, ents, source, expected", NOT_ACTORS)
def test_what_is_no_actor(text, ents, source, expected):
    assert [a.name for a in extract_actors(text, spans(text, *ents), source=source)] == expected


PERSONS_TAGGED_AS_BODIES = [
    ("Jenazah BJ Harsono disemayamkan. Kepergian BJ Harsono meninggalkan duka.",
     [("ORG", "BJ Harsono"), ("ORG", "BJ Harsono")], [("BJ Harsono", "person"), ("BJ Harsono", "person")]),
    ("Jenazah BJ Harsono disemayamkan. Sosok Harsono dikenang.", [("ORG", "Harsono"), ("ORG", "Harsono")],
     [("Harsono", "person"), ("Harsono", "person")]),
    ("Prabawa Sugianto won. Prabawa's victory was clear.", [("PER", "Prabawa Sugianto"), ("ORG", "Prabawa")],
     [("Prabawa Sugianto", "person"), ("Prabawa Sugianto", "person")]),
    # a body's name stays a body's; a place that ends a person's name is not that person
    ("Jenazah dibawa ke Rumah Sakit Harapan Kita.", [("ORG", "Rumah Sakit Harapan Kita")],
     [("Rumah Sakit Harapan Kita", "organization")]),
    ("Bek Carlos Madrid cedera. Madrid kalah.", [("PER", "Carlos Madrid"), ("ORG", "Madrid")],
     [("Carlos Madrid", "person"), ("Madrid", "organization")]),
]


@pytest.mark.parametrize("text, ents, expected", PERSONS_TAGGED_AS_BODIES)
def test_a_person_tagged_as_a_body_is_a_person(text, ents, expected):
    assert [(a.name, a.kind) for a in extract_actors(text, spans(text, *ents))] == expected


def test_the_articles_own_outlet_is_no_actor_end_to_end():
    from events_cli.extract import extract_article
    from events_cli.models import Article

    text = ("JAKARTA, KOMPAS.com - Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Darmanto Wiryo "
            "meninjau lokasi banjir di Bekasi, Selasa (10/9/2019). Kompas.com mencatat ratusan rumah terendam. "
            "Menurut Darmanto, bantuan tiba sore itu.")
    record = extract_article(Article(text=text, origin="t", source="kompas.com"))
    names = {a.name: a.roles for a in record.actors}
    assert "Kompas.com" not in names and "KOMPAS.com" not in names
    assert names.get("Darmanto Wiryo") == ["Menteri Koordinator Bidang Politik, Hukum, dan Keamanan"]


@pytest.mark.parametrize("text", [
    "Petisi meminta bandara itu diganti namanya menjadi nama Presiden ke-3 RI BJ Habibie. Petisi itu ditandatangani 5.000 orang.",
    "Presiden Joko Widodo melayat ke rumah duka almarhum Presiden ke-3 RI BJ Habibie, Jalan Patra Kuningan, Jakarta.",
])
def test_ri_closing_a_title_is_not_part_of_the_person_after_it(text):
    # the tagger takes "RI BJ Habibie" for a body here (issue 14: "RI BJ Habibie" was an actor)
    record = extract_article(Article(text=text, origin="x.txt"))
    assert ("BJ Habibie", "person") in [(a.name, a.kind) for a in record.actors]
    assert not any(a.name.startswith("RI ") for a in record.actors)


def test_initials_and_a_persons_name_are_a_person():
    """Initials and a name the article tags alone as a person's are a person, whatever the tagger said."""
    text = "Warga berdoa atas wafatnya Presiden ketiga B.J Harsono di Jakarta. Harsono dimakamkan Kamis."
    got = {(a.name, a.kind) for a in extract_actors(text, spans(text, ("ORG", "B.J Harsono"), ("PER", "Harsono")))}
    assert got == {("B.J Harsono", "person")}


def test_a_form_written_with_another_space_is_one_alias():
    """A page's no-break space between a name's words gives the same form as a plain one."""
    r = extract_article(Article(text="Penyanyi Dewi\u00a0Lestari mengunggah foto di Bandung. Dewi Lestari lalu pergi.",
                                origin="x"))
    assert [(a.name, a.mentions) for a in r.actors] == [("Dewi Lestari", ["Dewi Lestari"])]


@pytest.mark.parametrize("text, lang, persons", [
    # a name with a person's years in brackets after it, whatever the tagger made of it
    ("Rudolf Kessling (March 3, 1841 - June 2, 1909) was a German chemist from Bonn.", "en", ["Rudolf Kessling"]),
    ("Budayawan Sastro Wiyono (1930-2019) dimakamkan di Yogyakarta.", "id", ["Sastro Wiyono"]),
    ("Piala Nusantara (1990-2019) digelar di Jakarta.", "id", []),  # an occasion's years
])
def test_a_name_with_a_persons_years_is_a_person(text, lang, persons):
    r = extract_article(Article(text=text, origin="x", language=lang))
    assert [a.name for a in r.actors if a.kind == "person"] == persons
    assert not set(persons) & {p.name for p in r.places}


def test_an_unknown_place_with_a_possessive_and_a_thing_is_a_person():
    text = "The rebels shelled the few soldiers left in Mandrago's encampment."
    got = extract_actors(text, spans(text, ("LOC", "Mandrago")))
    assert [(a.name, a.kind) for a in got] == [("Mandrago", "person")]
    text = "Mount Kelabat's sudden eruption left villages under ash."  # a name of geography stays a place
    assert extract_actors(text, spans(text, ("LOC", "Mount Kelabat"))) == []
    text = "Hundreds were rounded up in Wednesday's crackdown."  # a day is nobody
    assert extract_actors(text, spans(text, ("LOC", "Wednesday"))) == []


@pytest.mark.parametrize("text, surface, names", [
    # a word English writes only in lower case, opening an English sentence, is no name
    ("Came fourth.", "Came", []),
    ("Currently, the biologist Rina Haryanto leads the laboratory.", "Currently", []),
    # in an Indonesian sentence it may be one: "Made" is a Balinese name
    ("Made menjelaskan, kriteria calon ketua umum sudah disepakati.", "Made", ["Made"]),
])
def test_an_english_common_word_opening_a_sentence_is_no_name(text, surface, names):
    assert [a.name for a in extract_actors(text, spans(text, ("PER", surface)))] == names


@pytest.mark.parametrize("text, ents, expected", [
    # two initials before a one-word name, left out by the tagger
    ("Presiden ketiga RI BJ Suwardana wafat di Jakarta.", [("PER", "Suwardana")], [("BJ Suwardana", "person")]),
    # (tagged with its initials as a body, it stays one: "Presiden Direktur XL Axiata")
    ("Jaksa Agung HM Prasetyana hadir.", [("PER", "Prasetyana")], [("HM Prasetyana", "person")]),
    # a body's acronym or the republic's is no one's initials
    ("Ketua MK Anwar Sulaiman hadir.", [("ORG", "MK"), ("PER", "Anwar Sulaiman")],
     [("MK", "organization"), ("Anwar Sulaiman", "person")]),
])
def test_two_initials_and_a_name_are_a_person(text, ents, expected):
    assert [(a.name, a.kind) for a in extract_actors(text, spans(text, *ents))] == expected


@pytest.mark.parametrize("text, surface, persons", [
    # a capital the news writes for its state is no person, whatever the tagger said
    ("Semalam, Riyadh merilis bukti serangan itu.", "Riyadh", []),
    ("Beijing membantah tuduhan tersebut.", "Beijing", []),
    # a capital that is also a given name stays the tagger's person
    ("Kata Paris kepada wartawan, ia akan datang.", "Paris", ["Paris"]),
])
def test_a_capital_tagged_as_a_person_is_none(text, surface, persons):
    got = extract_actors(text, spans(text, ("PER", surface)))
    assert [a.name for a in got if a.kind == "person"] == persons


def _record_actors(text):
    from events_cli.extract import extract_article
    from events_cli.models import Article

    return extract_article(Article(text=text, origin="x.txt")).actors


def test_an_honorific_before_a_possessive_name_is_dropped():
    # the tagger ends the name before "'s", which the tokens keep in the word: "Mr Turnbull" was an actor
    text = ("Prime Minister Malcolm Turnbull arrived in Jakarta on Thursday. Mr Turnbull's visit was short, "
            "officials said. Later Mr Turnbull said the talks went well.")
    names = {a.name: a.mentions for a in _record_actors(text) if a.kind == "person"}
    assert set(names) == {"Malcolm Turnbull"}
    assert "Turnbull" in names["Malcolm Turnbull"]


def test_a_region_of_two_words_is_no_person():
    text = ("JAKARTA, Indonesia (AP) — President Budi Santoso announced his Cabinet late Sunday. Santoso became "
            "the eighth president of Southeast Asia's largest economy on Sunday.")
    kinds = {(a.name, a.kind) for a in _record_actors(text)}
    assert ("Budi Santoso", "person") in kinds
    assert not any(name == "Southeast Asia" for name, _ in kinds)


@pytest.mark.parametrize("text, name, role", [
    ("The meeting was attended by Prime Minister Datuk Seri Anwar Ibrahim on Monday.", "Anwar Ibrahim",
     ["Prime Minister"]),
    ("Prime Minister Dato' Sri Ismail Sabri Yaakob said the cabinet would meet on Friday.", "Ismail Sabri Yaakob",
     ["Prime Minister"]),
    ("He met Tan Sri Muhyiddin Yassin in Kuala Lumpur on Monday, the party said.", "Muhyiddin Yassin", []),
    ("The deal was signed by Sarawak Premier Tan Sri Abang Johari Tun Openg on Monday.", "Abang Johari Tun Openg",
     None),
])
def test_malaysian_titles_are_no_part_of_the_name(text, name, role):
    actors = _record_actors(text)
    persons = {a.name: a.roles for a in actors if a.kind == "person"}
    assert set(persons) == {name}
    if role is not None:
        assert persons[name] == role
    assert not any(a.kind == "organization" for a in actors)


def test_a_malaysian_title_word_alone_is_a_name():
    text = "Menteri Keuangan Sri Mulyani Indrawati mengutip Tan Malaka dalam pidatonya di Jakarta, Senin (3/2)."
    names = {a.name for a in _record_actors(text) if a.kind == "person"}
    assert names == {"Sri Mulyani Indrawati", "Tan Malaka"}


@pytest.mark.parametrize("text, body", [
    ("The SAR agency is under the Coordinating Ministry of Political, Legal, and Security Affairs, the minister said.",
     "Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan"),
    ("Two former Home Ministry officials were named suspects on Monday.", "Kementerian Dalam Negeri"),
    ("The team includes the Agency for the Assessment and Application of Technology and other bodies.",
     "Badan Pengkajian dan Penerapan Teknologi"),
])
def test_english_names_of_indonesian_bodies_are_the_body(text, body):
    from events_cli.extract.bodies import find_bodies, lookup

    assert [lookup(m.name).long_form for m in find_bodies(text)] == [body]


def test_a_bodys_first_word_alone_is_the_body_named_in_full():
    text = ("JAKARTA (ANTARA) - Indonesia's House of Representatives approved 50 bills on Tuesday. The House's "
            "legislation body will review four of them, its head Rudi Santoso said.")
    orgs = [a for a in _record_actors(text) if a.kind == "organization"]
    assert [sorted(a.mentions) for a in orgs if "House" in a.mentions or "House of Representatives" in a.mentions] \
        == [["House", "House of Representatives"]]


def test_an_english_body_whose_field_the_tagger_took_alone():
    text = ("But Asmi Fransiska, from the Indonesian Coalition for Drug Policy Reform, said the bill's deliberation "
            "had not been transparent enough.")
    orgs = {a.name for a in _record_actors(text) if a.kind == "organization"}
    assert orgs == {"Indonesian Coalition for Drug Policy Reform"}


def test_an_acronym_inside_an_english_name_is_part_of_it():
    text = ("The BNPB can be like the National Search and Rescue (SAR) Agency, the minister said. The SAR agency "
            "is currently under a coordinating ministry.")
    orgs = {a.name: sorted(a.mentions) for a in _record_actors(text) if a.kind == "organization"}
    assert orgs.get("National Search and Rescue (SAR) Agency") == ["National Search and Rescue (SAR) Agency", "SAR"]


def test_initials_written_as_a_person_are_no_body_anywhere_in_the_article():
    # "MA" was the Supreme Court (Mahkamah Agung) in a story about a driver with those initials
    text = ("Jakarta, CNN Indonesia -- Kepolisian meningkatkan status MA, sopir mobil yang diduga memukul siswa SMP, "
            "menjadi tersangka. Polisi telah meminta MA datang ke Polda Metro Jaya untuk diperiksa.")
    names = {a.name for a in _record_actors(text)}
    assert "MA" not in names and "Mahkamah Agung" not in names and "Supreme Court" not in names
    court = "Putusan MA menolak kasasi jaksa. Juru bicara MA, Andi Samsan Nganro, mengatakan putusan itu final."
    assert "MA" in {a.name for a in _record_actors(court)}


@pytest.mark.parametrize("text, name", [
    ("Jakarta: The pact was signed, Foreign Minister Penny Wong said on Monday. Ms Wong's visit was her third.",
     "Penny Wong"),
    ("Also present was MATRADE chief executive officer Datuk Mohd Mustafa Abdul Aziz, who spoke briefly.",
     "Mohd Mustafa Abdul Aziz"),
])
def test_a_first_name_left_in_an_english_title_is_part_of_the_name(text, name):
    assert name in {a.name for a in _record_actors(text) if a.kind == "person"}


def test_an_outlet_the_tagger_took_for_a_person_is_an_organisation():
    text = "On Sunday, Agence France-Presse reported that the suspects were connected to a plot in Jakarta."
    assert {(a.name, a.kind) for a in _record_actors(text)} == {("Agence France-Presse", "organization")}


@pytest.mark.parametrize("text, force", [
    ("Public trust fell after the Jakarta police named the body's chairman a suspect on Wednesday.", "Jakarta police"),
    ("A spokesman for the Bali Police said two tourists drowned off Kuta on Sunday.", "Bali Police"),
])
def test_a_place_then_police_is_the_force(text, force):
    assert force in {a.name for a in _record_actors(text) if a.kind == "organization"}


def test_a_title_word_before_a_name_stays_in_the_title():
    text = "\"We must decide soon,\" House Deputy Speaker Fadli Zon said on Tuesday in Jakarta."
    assert "Fadli Zon" in {a.name for a in _record_actors(text) if a.kind == "person"}


def test_a_name_ending_in_a_kind_of_place_is_no_body():
    text = ("The National Disaster Mitigation Agency (BNPB) is still counting the losses caused by the Sunda Strait "
            "tsunami that hit five districts in the provinces of Banten and Lampung, according to BNPB spokesman "
            "Rudi Hartono.")
    names = {a.name for a in _record_actors(text)}
    assert "Sunda Strait" not in names and "Rudi Hartono" in names


def test_a_middle_name_tagged_as_a_body_is_the_person():
    text = ("Prosecutor Dwi Seno Wijanarko was arrested by the KPK for allegedly extorting a bank employee. A team "
            "investigating Seno's supervisors found no negligence, an official said on Tuesday.")
    actors = _record_actors(text)
    assert "Seno" not in {a.name for a in actors if a.kind == "organization"}
    assert "Seno" in next(a.mentions for a in actors if a.name == "Dwi Seno Wijanarko")


def test_the_english_name_of_densus_88_is_densus_88():
    from events_cli.extract.bodies import find_bodies, lookup

    text = "Two members of the National Police Counterterrorism Special Detachment (Densus 88) were seen there."
    assert {lookup(m.name).acronym for m in find_bodies(text)} == {"Densus 88"}


# ------------------------------------------------------------------ kinds the article's words give

def _kinds(text, *tagged):
    """Each name and kind, and whether the words gave it that kind at one of its mentions at least."""
    cued = {}
    for a in extract_actors(text, spans(text, *tagged)):
        cued[(a.name, a.kind)] = cued.get((a.name, a.kind), False) or a.cued
    return {(name, kind, c) for (name, kind), c in cued.items()}


@pytest.mark.parametrize("text, tagged, expected", [
    # a body's word right before a name the tagger took for a person's: the body, in the whole article
    ("Klub Banteng Merah menang 2-0. Pelatih Banteng Merah puas.", [("PER", "Banteng Merah")],
     {("Banteng Merah", "organization", True)}),
    ("Tim berjuluk Laskar Biru itu menang lagi.", [("PER", "Laskar Biru")], {("Laskar Biru", "organization", True)}),
    ("Para personel Bintang Sembilan tampil di Seoul. Bintang Sembilan merilis lagu baru.",
     [("PER", "Bintang Sembilan")], {("Bintang Sembilan", "organization", True)}),
    ("Pabrikan Garuda Jaya Motor merilis motor baru.", [("PER", "Garuda Jaya")],
     {("Garuda Jaya", "organization", True)}),
    # the two sides of a match are of one kind
    ("Laga Rajawali Muda kontra Persikota Tangerang berakhir imbang.",
     [("PER", "Rajawali Muda"), ("ORG", "Persikota Tangerang")],
     {("Rajawali Muda", "organization", True), ("Persikota Tangerang", "organization", False)}),
    # a word only persons follow, written as one's own and set off by a comma: a person
    ("Ia kehilangan istrinya, Sekar Ayu Lestari, pada 2019.", [("ORG", "Sekar Ayu Lestari")],
     {("Sekar Ayu Lestari", "person", True)}),
    # a title says nothing (of whom: "CEO Elang Biru, Dodi Pratama"), nor a word that may say whose a thing is
    ("Ketua Yayasan Karya Abdi Wahyu Santoso datang.", [("PER", "Abdi Wahyu Santoso")],
     {("Abdi Wahyu Santoso", "person", False)}),
    ("Manajer Tim Elang Biru, Dodi Pratama, kecewa.", [("PER", "Elang Biru"), ("PER", "Dodi Pratama")],
     {("Elang Biru", "person", False), ("Dodi Pratama", "person", False)}),
    ("Agensi Sinta Maharani membantah kabar itu. Skuad Rudi Hartono menang.",
     [("PER", "Sinta Maharani"), ("PER", "Rudi Hartono")],
     {("Sinta Maharani", "person", False), ("Rudi Hartono", "person", False)}),
    # no word says anything: the tagger's kind, not cued; a comma after a body's word sets off no name of it
    ("Banteng Merah menang lagi.", [("PER", "Banteng Merah")], {("Banteng Merah", "person", False)}),
    ("Pemain klub itu, Budi Santoso, cedera.", [("PER", "Budi Santoso")], {("Budi Santoso", "person", False)}),
])
def test_the_kind_the_words_before_a_name_give_it(text, tagged, expected):
    assert _kinds(text, *tagged) == expected


def test_words_giving_both_kinds_leave_the_tagger_s_kind():
    text = "Anggota Melati Putih tampil. Almarhum Melati Putih dikenang."
    assert _kinds(text, ("PER", "Melati Putih")) == {("Melati Putih", "person", False)}


def test_an_article_s_cued_actor_is_stored_as_cued():
    record = extract_article(Article(text="Jakarta - Klub Banteng Merah menang. Banteng Merah kini di puncak.",
                                     origin="x.txt"))
    assert [(a.kind, a.cued) for a in record.actors if a.name == "Banteng Merah"] in ([("organization", True)], [])


def test_a_regional_office_and_its_area_before_the_holders_name():
    # "Sekda Sumenep | Joko Prasetyo", "Kadisperindag Sumenep | Wahyu Hidayat": the area is no part of the name
    # (made-up names; the page was E-Kabari's)
    text = ("SUMENEP, Site.com – Bupati Sumenep meresmikan tujuh pasar tradisional, Rabu (30/01/2019).\n\n"
            "Hadir dalam peresmian tersebut, Sekretaris Daerah (Sekda) Sumenep Joko Prasetyo, Kadisperindag "
            "Sumenep Wahyu Hidayat, serta tujuh camat.")
    record = extract_article(Article(text=text, origin="x"))
    assert {a.name for a in record.actors if a.kind == "person"} == {"Joko Prasetyo", "Wahyu Hidayat"}
    assert [p.name for p in record.places] == ["Sumenep"]
