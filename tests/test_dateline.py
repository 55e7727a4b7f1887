import pytest

from events_cli.extract.dateline import parse_dateline

CASES = [
    ("JABAR EKSPRES – Pertemuan antara dua pemimpin.", "JABAR EKSPRES", None, "Pertemuan"),
    ("JAKARTA, KOMPAS.com - Presiden meresmikan jalan.", "KOMPAS.com", "JAKARTA", "Presiden"),
    ("Liputan6.com, Jakarta - Harga beras naik.", "Liputan6.com", "Jakarta", "Harga"),
    ("TRIBUNNEWS.COM, BEIJING - Pemerintah China.", "TRIBUNNEWS.COM", "BEIJING", "Pemerintah"),
    ("Jakarta, (Antarariau.com) - Gubernur Riau.", "Antarariau.com", "Jakarta", "Gubernur"),
    ("Jakarta (ANTARA) - Menteri Keuangan.", "ANTARA", "Jakarta", "Menteri"),
    ("BANDUNG, JABAR EKSPRES - Wali Kota Bandung.", "JABAR EKSPRES", "BANDUNG", "Wali"),
    ("Jakarta, CNN Indonesia -- Bank Indonesia.", "CNN Indonesia", "Jakarta", "Bank"),
    # not datelines
    ("Presiden Joko Widodo - yang baru tiba - berkata.", None, None, "Presiden"),
    ("Harga beras naik tajam pekan ini.", None, None, "Harga"),
    ("Pertemuan antara Vladimir Putin dan Kim Jong-un terjadi.", None, None, "Pertemuan"),
]


@pytest.mark.parametrize("text,source,place,rest", CASES)
def test_parse_dateline(text, source, place, rest):
    dateline = parse_dateline(text)
    assert (dateline.source, dateline.place) == (source, place)
    assert text[dateline.end:].startswith(rest)
