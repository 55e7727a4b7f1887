"""The table of Indonesian bodies and the finder that adds those the tagger missed."""
from __future__ import annotations

import pytest

from events_cli.extract import extract_article
from events_cli.extract.bodies import complete_bodies, find_bodies, lookup, region_places
from events_cli.models import ActorMention, Article

from conftest import entity_spans


def found(text: str, exclude=()) -> list[tuple[str, str]]:
    return [(b.text, b.name) for b in find_bodies(text, exclude)]


# --- the table ------------------------------------------------------------------

@pytest.mark.parametrize("form, acronym, long_form, level", [
    ("KPK", "KPK", "Komisi Pemberantasan Korupsi", "national"),
    ("Komisi Pemberantasan Korupsi", "KPK", "Komisi Pemberantasan Korupsi", "national"),
    ("Corruption Eradication Commission", "KPK", "Komisi Pemberantasan Korupsi", "national"),
    ("Kemenkes", "Kemenkes", "Kementerian Kesehatan", "national"),
    ("Polda", "Polda", "Kepolisian Daerah", "regional"),
    ("BPBD", "BPBD", "Badan Penanggulangan Bencana Daerah", "regional"),
    ("KPU", "KPU", "Komisi Pemilihan Umum", "both"),
    ("PDIP", "PDI-P", "Partai Demokrasi Indonesia Perjuangan", "both"),
    ("Partai Demokrat", None, "Partai Demokrat", "both"),
])
def test_table_rows(form, acronym, long_form, level):
    body = lookup(form)
    assert (body.acronym, body.long_form, body.level) == (acronym, long_form, level)


@pytest.mark.parametrize("form", ["kpk", "Kpk", "pan", "Pan", "Dinas", "PBB", "PPP", "DPD"])
def test_table_has_no_such_form(form):
    # as cased in the table only; acronyms that name other things too are left out
    # ("PBB" is also a land tax, "PPP" a public-private partnership, "DPD" a party's board)
    assert lookup(form) is None


# --- the finder -----------------------------------------------------------------

FOUND = [
    # (sentence with made-up people, [(surface, name)] expected)
    ("Petugas Polda Jabar menangkap Udin Sarbini kemarin.", [("Polda Jabar", "Polda Jabar")]),
    ("Penyidik KPK memeriksa Dedi Kusnadi.", [("KPK", "KPK")]),
    ("Kepala Pelaksana BPBD Kabupaten Bandung, Asep Mulyana, menyebut longsor terjadi.",
     [("BPBD Kabupaten Bandung", "BPBD Kabupaten Bandung")]),
    ("Dinas Lingkungan Hidup (DLH) Kota Cimahi menutup TPS itu.",
     [("Dinas Lingkungan Hidup (DLH) Kota Cimahi", "Dinas Lingkungan Hidup Kota Cimahi")]),
    ("Badan Pusat Statistik (BPS) Kota Bandung mencatat inflasi.",
     [("Badan Pusat Statistik (BPS) Kota Bandung", "Badan Pusat Statistik Kota Bandung")]),
    ("Pemerintah Kota Cimahi (Pemkot Cimahi) menambah armada.",
     [("Pemerintah Kota Cimahi", "Pemerintah Kota Cimahi"), ("Pemkot Cimahi", "Pemkot Cimahi")]),
    ("Laporan itu diserahkan kepada Pemerintah Provinsi Jawa Barat.",
     [("Pemerintah Provinsi Jawa Barat", "Pemerintah Provinsi Jawa Barat")]),
    ("Anggota Komisi VIII DPR RI mengkritik kebijakan itu.", [("Komisi VIII DPR RI", "Komisi VIII DPR RI")]),
    ("Kejaksaan Negeri Garut menahan tersangka.", [("Kejaksaan Negeri Garut", "Kejaksaan Negeri Garut")]),
    ("Polres Metro Depok dan Polsek Sukamakmur berjaga.",
     [("Polres Metro Depok", "Polres Metro Depok"), ("Polsek Sukamakmur", "Polsek Sukamakmur")]),
    ("Kodim 0618/Kota Bandung ikut membantu.", [("Kodim 0618/Kota Bandung", "Kodim 0618/Kota Bandung")]),
    # a sector named after its city and a direction, which the gazetteer lacks
    ("Kanit Reskrim Polsek Pontianak Selatan, Iptu Dodi, menjelaskan.",
     [("Polsek Pontianak Selatan", "Polsek Pontianak Selatan")]),
    # the Dinas rule: a field no row names, then a province the gazetteer knows
    ("Dinas Bina Marga Sumatera Barat dan Dinas Tata Air DKI Jakarta bekerja.",
     [("Dinas Bina Marga Sumatera Barat", "Dinas Bina Marga Sumatera Barat"),
      ("Dinas Tata Air DKI Jakarta", "Dinas Tata Air DKI Jakarta")]),
    ("Kader PDI-P dan Partai Demokrat hadir, begitu pula Muhammadiyah.",
     [("PDI-P", "PDI-P"), ("Partai Demokrat", "Partai Demokrat"), ("Muhammadiyah", "Muhammadiyah")]),
    ("The Foreign Ministry said the World Bank agreed.",
     [("Foreign Ministry", "Foreign Ministry"), ("World Bank", "World Bank")]),
    # a place the head does not name: the body is written without it
    ("KPU Kota Bandung dan Bawaslu Jabar menggelar rapat.",
     [("KPU Kota Bandung", "KPU Kota Bandung"), ("Bawaslu Jabar", "Bawaslu Jabar")]),
    ("DPR RI mengesahkan anggaran.", [("DPR RI", "DPR RI")]),
    # not bodies
    ("Rumahnya di Jalan Polda Metro Jaya nomor 5.", []),  # a street
    ("Revisi UU KPK ditolak mahasiswa.", []),  # a law (as actors.py's rule)
    ("Sup itu dimasak di pan besar.", []),  # a lower-case word
    ("Anggota Polda itu tidak hadir.", []),  # a regional head with no place
    ("Dinas Kesehatan mencatat kenaikan kasus.", []),  # idem: the tagger's to find
    ("Pengurus DPD Partai Golkar berkumpul.", [("Partai Golkar", "Partai Golkar")]),  # a party's board
    ("KPK OTT BUPATI KARAWANG", []),  # an all-caps headline
    ("Ia menonton film di bioskop.", []),
    ("Unit PPA Polres Sukamundur Utara menerima laporan.", []),  # a place the gazetteer lacks
    # ... and one of the official list of regencies the gazetteer now has (scripts/build_gazetteer.py)
    ("Unit PPA Polres Bengkulu Utara menerima laporan.", [("Polres Bengkulu Utara", "Polres Bengkulu Utara")]),
    ("Mahasiswa Universitas Muhammadiyah Makassar berunjuk rasa.", []),  # part of another body
    ("Ia datang ke kantor Kemenkum HAM.", [("Kemenkum HAM", "Kemenkum HAM")]),
    ("Majelis hakim Pengadilan Tindak Pidana Korupsi (Tipikor) Bandung memvonis Rudi.",
     [("Pengadilan Tindak Pidana Korupsi (Tipikor) Bandung", "Pengadilan Tindak Pidana Korupsi Bandung")]),
]


@pytest.mark.parametrize("text, expected", FOUND)
def test_find_bodies(text, expected):
    assert found(text) == expected


def test_excluded_spans_are_skipped():
    text = "Ketua PAN Zulkarnain Wijaya hadir."
    assert found(text) == [("PAN", "PAN")]
    start = text.index("PAN")
    assert found(text, exclude=[(start, start + 3)]) == []


def test_short_form_in_brackets():
    (b, inner) = find_bodies("Komisi Pemberantasan Korupsi (KPK) menahan Rudi.")
    assert (b.text, b.name, b.short) == ("Komisi Pemberantasan Korupsi", "Komisi Pemberantasan Korupsi", "KPK")
    assert (inner.text, inner.short) == ("KPK", None)
    (b, _) = find_bodies("Dinas Lingkungan Hidup (DLH) Kota Cimahi dan DLH Kota Cimahi")
    assert b.short == "DLH Kota Cimahi"


# --- completing the tagger's actors ---------------------------------------------

def org(text: str, surface: str, name: str | None = None, at: int = 0) -> ActorMention:
    start = text.index(surface, at)
    return ActorMention(start, start + len(surface), surface, name or surface, "organization")


def orgs(mentions):
    return [(m.text, m.name) for m in mentions if m.kind == "organization"]


def test_a_tagged_organisation_cut_short_is_extended():
    text = "Kepala Dinas Lingkungan Hidup Kota Cimahi, Heru Santosa, menjelaskan."
    tagged = [org(text, "Dinas Lingkungan Hidup")]
    got, regions = complete_bodies(text, tagged)
    assert orgs(got) == [("Dinas Lingkungan Hidup Kota Cimahi", "Dinas Lingkungan Hidup Kota Cimahi")]
    assert [text[s:e] for s, e in regions] == ["Kota Cimahi"]
    (place,) = region_places(text, regions, [])
    assert (place.text, place.place.name) == ("Kota Cimahi", "Cimahi")


def test_long_form_and_acronym_are_one_actor_when_the_article_says_so():
    text = "KPK memanggil Rudi. Komisi Pemberantasan Korupsi (KPK) lalu menahannya."
    tagged = [org(text, "KPK"), org(text, "KPK", at=30)]
    got, _ = complete_bodies(text, tagged)
    assert orgs(got) == [("KPK", "Komisi Pemberantasan Korupsi"),
                         ("Komisi Pemberantasan Korupsi", "Komisi Pemberantasan Korupsi"),
                         ("KPK", "Komisi Pemberantasan Korupsi")]


def test_acronym_alone_keeps_its_name():
    text = "KPK memanggil Rudi. Kementerian Kesehatan membantah."
    got, _ = complete_bodies(text, [])
    assert orgs(got) == [("KPK", "KPK"), ("Kementerian Kesehatan", "Kementerian Kesehatan")]


def test_words_before_a_body_that_name_none_give_way():
    text = "Petugas dari Gedung Merah Putih KPK datang. Universitas Pertamina juga."
    tagged = [org(text, "Gedung Merah Putih KPK"), org(text, "Universitas Pertamina")]
    got, _ = complete_bodies(text, tagged)
    assert orgs(got) == [("KPK", "KPK"), ("Universitas Pertamina", "Universitas Pertamina")]


def test_a_person_written_as_a_body_is_that_body():
    text = "Kepala Dinas Pemadam Kebakaran dan Penyelamatan (Diskar PB) Kabupaten Bandung, Ujang Sopandi."
    start = text.index("Diskar PB")
    tagged = [ActorMention(start, start + 9, "Diskar PB", "Diskar PB", "person"),
              ActorMention(text.index("Ujang"), len(text) - 1, "Ujang Sopandi", "Ujang Sopandi", "person")]
    got, _ = complete_bodies(text, tagged)
    name = "Dinas Pemadam Kebakaran dan Penyelamatan Kabupaten Bandung"
    assert [(m.text, m.name, m.kind) for m in got] == [
        ("Dinas Pemadam Kebakaran dan Penyelamatan (Diskar PB) Kabupaten Bandung", name, "organization"),
        ("Ujang Sopandi", "Ujang Sopandi", "person")]


def test_a_team_of_a_body_gives_way_to_the_body():
    text = "Tim Inafis Polresta Bandung memeriksa gudang itu."
    got, _ = complete_bodies(text, [org(text, "Tim Inafis Polresta Bandung")])
    assert orgs(got) == [("Polresta Bandung", "Polresta Bandung")]


def test_people_and_venues_the_tagger_found_are_left_alone():
    text = "Kata Golkar Sutrisno di Gedung DPR, Jakarta."
    tagged = [ActorMention(5, 20, "Golkar Sutrisno", "Golkar Sutrisno", "person")]
    got, _ = complete_bodies(text, tagged, entity_spans(text, ("LOC", "Gedung DPR")))
    assert orgs(got) == []
    got, _ = complete_bodies(text, tagged)
    assert orgs(got) == [("DPR", "DPR")]


def test_whole_extraction_finds_the_regional_office():
    text = ("CIMAHI - Dinas Lingkungan Hidup (DLH) Kota Cimahi menutup TPS Leuwigajah, Senin (6/3/2023). "
            "Kepala DLH Kota Cimahi, Yuli Hartati, mengatakan sampah menumpuk.")
    record = extract_article(Article(text=text, origin="t"))
    names = {a.name: a.mentions for a in record.actors if a.kind == "organization"}
    assert names["Dinas Lingkungan Hidup Kota Cimahi"] == ["Dinas Lingkungan Hidup (DLH) Kota Cimahi",
                                                           "DLH Kota Cimahi"]
    assert "Cimahi" in {p.name for p in record.places}
