import pytest

from events_cli.extract.text import guess_language, split_sentences

SENTENCES = [
    ("Satu dua. Tiga empat.", ["Satu dua.", "Tiga empat."]),
    ("Kata Dr. Andi, harga naik 10.5 persen. Lalu pergi.", ["Kata Dr. Andi, harga naik 10.5 persen.", "Lalu pergi."]),
    ("H. Budi ke Jl. Merdeka No. 5. Dia pulang.", ["H. Budi ke Jl. Merdeka No. 5.", "Dia pulang."]),
    ("Baris satu\nBaris dua", ["Baris satu", "Baris dua"]),
    ("Pukul 10.00 WIB acara dimulai! Semua hadir?", ["Pukul 10.00 WIB acara dimulai!", "Semua hadir?"]),
    ("", []),
]


@pytest.mark.parametrize("text,expected", SENTENCES)
def test_split_sentences(text, expected):
    assert [text[s:e] for s, e in split_sentences(text)] == expected


@pytest.mark.parametrize("text,lang", [
    ("Presiden mengatakan bahwa pembangunan jalan itu akan selesai.", "id"),
    ("The president said that the road will be finished this year.", "en"),
    ("12345", None),
])
def test_guess_language(text, lang):
    assert guess_language(text) == lang
