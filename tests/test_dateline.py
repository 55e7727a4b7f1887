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


FURNITURE_CASES = [
    # stamps, credits and bylines above the dateline are skipped
    ("Kompas.com - 14/09/2023, 10:15 WIB\n\nKOMPAS.com - Gudang terbakar.", "KOMPAS.com", None, "Gudang"),
    ("Laporan Wartawan Tribunnews.com, Ani Lestari\n\nTRIBUNNEWS.COM, JAKARTA - Harga naik.", "TRIBUNNEWS.COM", "JAKARTA", "Harga"),
    ("Rabu 02 Nov 2022 21:13 WIB\n\nJABAR EKSPRES – Longsor terjadi.", "JABAR EKSPRES", None, "Longsor"),
    ("May 21, 2024 3:12 PM GMT+7\n\nJAKARTA (Reuters) - Rates held.", "Reuters", "JAKARTA", "Rates"),
    ("Tue, May 7, 2024\n\nDio Suhenda (The Jakarta Post)\n\nThe ministry said.", "The Jakarta Post", None, "The ministry"),
    ("jpnn.com, JAKARTA - Menteri mengumumkan.", "jpnn.com", "JAKARTA", "Menteri"),
    ("Judul Berita Hari Ini\nJAKARTA, KOMPAS.com - Presiden tiba.", "KOMPAS.com", "JAKARTA", "Presiden"),
    # a stamp alone is skipped even without a dateline after it
    ("5 Maret 2024 14:12 WIB\n\nHarga emas naik.", None, None, "Harga"),
    # a title-like line not followed by a dateline is the article's own
    ("Harga Emas Naik\nHarga emas naik lagi.", None, None, "Harga Emas Naik"),
]


@pytest.mark.parametrize("text,source,place,rest", FURNITURE_CASES)
def test_parse_dateline_skips_furniture(text, source, place, rest):
    dateline = parse_dateline(text)
    assert (dateline.source, dateline.place) == (source, place)
    assert text[dateline.end:].lstrip().startswith(rest)


STAMPS = [
    ("Rabu 02 Nov 2022 21:13 WIB", "2022-11-02"),
    ("27/10/2017, 16:09 WIB", "2017-10-27"),
    ("Monday, 09-05-2022", "2022-05-09"),
    ("Kompas.com - 14/09/2023, 10:15 WIB", "2023-09-14"),
    ("Senin, 3 Juli 2023 | 08:00 WIB\n\nPIKIRAN RAKYAT - Pameran.", "2023-07-03"),
    ("May 21, 2024 3:12 PM GMT+7", "2024-05-21"),
    ("\n\nTue, May 7, 2024\nbody", "2024-05-07"),
    # not stamps
    ("kemarin", None),
    ("Harga emas naik pada 5 Maret 2024 di Jakarta dan sekitarnya, kata pengamat.", None),
    ("JAKARTA, KOMPAS.com - Presiden tiba Senin (20/11/2023).", None),
    ("Pemilu 2024", None),
]


@pytest.mark.parametrize("text,expected", STAMPS)
def test_parse_publication_stamp(text, expected):
    from events_cli.extract.dateline import parse_publication_stamp

    found = parse_publication_stamp(text)
    assert (found[0].isoformat() if found else None) == expected
    if found:
        assert not text[found[1]:].split("\n", 1)[0].strip()
