"""Dates in Indonesian and English news text: what must be found, and what must not."""
from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from events_cli.extract.dates import extract_dates, parse_date

from conftest import ROOT, SEED, TODAY

D = dt.date
PUB = D(2019, 9, 18)  # a Wednesday


def found(text: str, published: dt.date | None) -> list[tuple[str, str, str]]:
    return [(m.text, m.value.isoformat() if m.value else m.partial, m.precision) for m in extract_dates(text, published)]


# (text, published, [(matched text, date, precision)])
WRITTEN_DATES = [
    ("UU Nomor 17 tahun 2014 tentang MD3 direvisi pada tahun 2018", None, [("tahun 2018", "2018-01-01", "year")]),
    ("Perppu Nomor 1 Tahun 2020 disahkan pada tahun 2020.", None, [("tahun 2020", "2020-01-01", "year")]),
    ("terjadi pada 13 September 2023, di kota", None, [("13 September 2023", "2023-09-13", "day")]),
    ("kata dia, Rabu (13/9/2023).", None, [("Rabu (13/9/2023)", "2023-09-13", "day")]),
    ("dirilis (27/04/2023) lalu", None, [("27/04/2023", "2023-04-27", "day")]),
    ("digelar Jumat, 30 Juni 2017 di", None, [("Jumat, 30 Juni 2017", "2017-06-30", "day")]),
    ("Senin, 14 Mei 2018", None, [("Senin, 14 Mei 2018", "2018-05-14", "day")]),
    ("terjadi Sabtu siang (4/9/2025).", None, [("Sabtu siang (4/9/2025)", "2025-09-04", "day")]),
    ("SELASA (10/9/2019)", None, [("SELASA (10/9/2019)", "2019-09-10", "day")]),
    ("Selasa, (10/9/2019)", None, [("Selasa, (10/9/2019)", "2019-09-10", "day")]),
    ("pada 13/9/23", None, [("13/9/23", "2023-09-13", "day")]),
    ("pada 13/9/98", None, [("13/9/98", "1998-09-13", "day")]),
    ("tanggal 13-09-2023", None, [("13-09-2023", "2023-09-13", "day")]),
    # a two-digit year after "-" or "." only after the weekday the date falls on
    ("sejak sore hari, rabu 12-10-22, hujan", None, [("rabu 12-10-22", "2022-10-12", "day")]),
    ("Kamis, 13.10.22 pukul 10.00", None, [("Kamis, 13.10.22", "2022-10-13", "day")]),
    ("Selasa 12-10-22", None, []),  # 12 October 2022 is a Wednesday
    ("diunggah 2019-09-10T13:30", None, [("2019-09-10", "2019-09-10", "day")]),
    ("pada 13 Sept 2019", None, [("13 Sept 2019", "2019-09-13", "day")]),
    ("9 Agt 2019", None, [("9 Agt 2019", "2019-08-09", "day")]),
    ("9 Agu. 2019", None, [("9 Agu. 2019", "2019-08-09", "day")]),
    ("3 Okt 2019", None, [("3 Okt 2019", "2019-10-03", "day")]),
    ("3 Nop 2019", None, [("3 Nop 2019", "2019-11-03", "day")]),
    ("25 Des 2019", None, [("25 Des 2019", "2019-12-25", "day")]),
    ("tanggal 17 Agustus 1945", None, [("17 Agustus 1945", "1945-08-17", "day")]),
    ("Rabu 02 Nov 2022 21:13 WIB", None, [("Rabu 02 Nov 2022", "2022-11-02", "day")]),
    ("September 2023", None, [("September 2023", "2023-09-01", "month")]),
    ("sejak bulan Mei 2015", None, [("bulan Mei 2015", "2015-05-01", "month")]),
    ("Des 2019", None, [("Des 2019", "2019-12-01", "month")]),
    ("Januari-Maret 2019", None, [("Januari-Maret 2019", "2019-01-01", "month")]),
    ("pada 2011.", None, [("2011", "2011-01-01", "year")]),
    ("tahun 2011", None, [("tahun 2011", "2011-01-01", "year")]),
    ("sejak 2011", None, [("2011", "2011-01-01", "year")]),
    ("sejak pertengahan tahun 2011", None, [("tahun 2011", "2011-01-01", "year")]),
    ("periode 2019-2024", None, [("2019-2024", "2019-01-01", "year")]),
    ("musim 2019/2020", None, []),
    ("tahun 2019/2020", None, [("tahun 2019/2020", "2019-01-01", "year")]),
    # English
    ("on May 7, 2023, the", None, [("May 7, 2023", "2023-05-07", "day")]),
    ("on 7 May 2023", None, [("7 May 2023", "2023-05-07", "day")]),
    ("the 7th of May 2023", None, [("7th of May 2023", "2023-05-07", "day")]),
    ("Mar 3, 2020", None, [("Mar 3, 2020", "2020-03-03", "day")]),
    ("Monday, 09-05-2022", None, [("Monday, 09-05-2022", "2022-05-09", "day")]),
    ("in 2011", None, [("2011", "2011-01-01", "year")]),
    ("since mid-2011", None, [("2011", "2011-01-01", "year")]),
    # A written year is kept as written, even after the publication date.
    ("pada 13 September 2023", PUB, [("13 September 2023", "2023-09-13", "day")]),
    # Ranges: the first day, spanning the range.
    ("pada 13-15 September 2019", None, [("13-15 September 2019", "2019-09-13", "day")]),
    ("1-15 Juli", PUB, [("1-15 Juli", "2019-07-01", "day")]),
    ("13 dan 14 September", PUB, [("13 dan 14 September", "2019-09-13", "day")]),
    ("30 Juni - 2 Juli 2023", None, [("30 Juni - 2 Juli 2023", "2023-06-30", "day")]),
    # Several dates, in order of position.
    (
        "Kamis (19/9/2019) dan Selasa (17/9/2019), pada 2018.",
        None,
        [("Kamis (19/9/2019)", "2019-09-19", "day"), ("Selasa (17/9/2019)", "2019-09-17", "day"), ("2018", "2018-01-01", "year")],
    ),
]

# Dates whose year, day or month had to be guessed: resolved against `published`.
INFERRED_DATES = [
    # "Jumat pekan lalu": the Friday of the week before the publication's, not this week's
    ("ditangkap Jumat pekan lalu di rumahnya", D(2019, 9, 21), [("Jumat pekan lalu", "2019-09-13", "day")]),
    ("arrested on Friday last week", D(2019, 9, 21), [("Friday last week", "2019-09-13", "day")]),
    ("ditangkap Jumat pekan lalu (13/9/2019).", D(2019, 9, 21), [("13/9/2019", "2019-09-13", "day")]),
    # a weekday beside a written date of that weekday is that date, not last week's
    ("Dan Rabu pagi ini, 23 Oktober 2019, Jokowi", D(2019, 10, 22), [("23 Oktober 2019", "2019-10-23", "day")]),
    ("Pada hari Selasa, tanggal 27 Agustus 2019,", PUB, [("27 Agustus 2019", "2019-08-27", "day")]),
    ("pulang Sabtu sore, ujarnya, Minggu (22/9/2019).", D(2019, 9, 22),
     [("Sabtu sore", "2019-09-21", "day"), ("Minggu (22/9/2019)", "2019-09-22", "day")]),
    ("Kamis (19/9)", D(2019, 9, 20), [("Kamis (19/9)", "2019-09-19", "day")]),
    ("Selasa (31/12)", D(2020, 1, 2), [("Selasa (31/12)", "2019-12-31", "day")]),
    ("Selasa (15/10)", PUB, []),  # would be after publication
    ("Pada 17 Agustus", PUB, [("17 Agustus", "2019-08-17", "day")]),
    ("pada 31 Desember", D(2020, 1, 2), [("31 Desember", "2019-12-31", "day")]),
    ("pelantikan 20 Oktober", PUB, []),  # future, and last year's is too far back
    ("pada 20 Oktober lalu", PUB, [("20 Oktober lalu", "2018-10-20", "day")]),
    ("Tuesday, May 7", PUB, [("Tuesday, May 7", "2019-05-07", "day")]),
    ("Sunday (May 19)", PUB, [("Sunday (May 19)", "2019-05-19", "day")]),
    ("Juli lalu", PUB, [("Juli lalu", "2019-07-01", "month")]),
    ("September lalu", D(2019, 9, 3), [("September lalu", "2018-09-01", "month")]),
    ("bulan Juli", PUB, [("bulan Juli", "2019-07-01", "month")]),
    ("November tahun lalu", PUB, [("November tahun lalu", "2018-11-01", "month")]),
    ("Oktober mendatang", PUB, []),
    ("last May", PUB, [("last May", "2019-05-01", "month")]),
    ("kemarin", PUB, [("kemarin", "2019-09-17", "day")]),
    ("Kemarin sore", PUB, [("Kemarin", "2019-09-17", "day")]),
    ("kemarin lusa", PUB, [("kemarin lusa", "2019-09-16", "day")]),
    ("besok", PUB, []),
    ("hari ini", PUB, [("hari ini", "2019-09-18", "day")]),
    ("semalam", PUB, [("semalam", "2019-09-17", "day")]),
    ("tadi malam", PUB, [("tadi malam", "2019-09-17", "day")]),
    ("Senin lalu", PUB, [("Senin lalu", "2019-09-16", "day")]),
    ("Rabu lalu", PUB, [("Rabu lalu", "2019-09-11", "day")]),
    ("Senin kemarin", PUB, [("Senin kemarin", "2019-09-16", "day")]),
    ("pada Senin", PUB, [("Senin", "2019-09-16", "day")]),
    ("di Jakarta, Rabu.", PUB, [("Rabu", "2019-09-18", "day")]),
    ("Minggu pagi", PUB, [("Minggu pagi", "2019-09-15", "day")]),
    ("hari Minggu", PUB, [("Minggu", "2019-09-15", "day")]),
    ("Minggu (15/9)", PUB, [("Minggu (15/9)", "2019-09-15", "day")]),
    ("Jumat (13/9) malam", PUB, [("Jumat (13/9)", "2019-09-13", "day")]),
    ("Senin depan", PUB, []),
    ("setiap Senin", PUB, []),
    ("pekan lalu", PUB, [("pekan lalu", "2019-09-01", "month")]),
    ("minggu lalu", PUB, [("minggu lalu", "2019-09-01", "month")]),
    ("Minggu lalu", PUB, [("Minggu lalu", "2019-09-01", "month")]),
    ("pekan lalu", D(2019, 10, 3), [("pekan lalu", "2019-09-01", "month")]),
    ("sepekan lalu", PUB, [("sepekan lalu", "2019-09-01", "month")]),
    ("pekan ini", PUB, []),
    ("bulan lalu", PUB, [("bulan lalu", "2019-08-01", "month")]),
    ("bulan lalu", D(2020, 1, 15), [("bulan lalu", "2019-12-01", "month")]),
    ("bulan ini", PUB, [("bulan ini", "2019-09-01", "month")]),
    ("tiga bulan yang lalu", PUB, [("tiga bulan yang lalu", "2019-06-01", "month")]),
    ("tahun lalu", PUB, [("tahun lalu", "2018-01-01", "year")]),
    ("tahun ini", PUB, [("tahun ini", "2019-01-01", "year")]),
    ("2 tahun lalu", PUB, [("2 tahun lalu", "2017-01-01", "year")]),
    ("setahun silam", PUB, [("setahun silam", "2018-01-01", "year")]),
    ("dua hari lalu", PUB, [("dua hari lalu", "2019-09-16", "day")]),
    ("tahun depan", PUB, []),
    ("yesterday", PUB, [("yesterday", "2019-09-17", "day")]),
    ("the day before yesterday", PUB, [("the day before yesterday", "2019-09-16", "day")]),
    ("today", PUB, [("today", "2019-09-18", "day")]),
    ("last night", PUB, [("last night", "2019-09-17", "day")]),
    ("tomorrow", PUB, []),
    ("last week", PUB, [("last week", "2019-09-01", "month")]),
    ("last month", PUB, [("last month", "2019-08-01", "month")]),
    ("last year", PUB, [("last year", "2018-01-01", "year")]),
    ("3 days ago", PUB, [("3 days ago", "2019-09-15", "day")]),
    ("on Tuesday", PUB, [("Tuesday", "2019-09-17", "day")]),
    ("last Monday", PUB, [("last Monday", "2019-09-16", "day")]),
    ("next week", PUB, []),
    ("Black Friday", PUB, []),
]

# Relative words are skipped when the publication date is unknown.
NEEDS_PUBLISHED = [
    "kemarin", "hari ini", "semalam", "Senin lalu", "pekan lalu", "bulan lalu", "tahun lalu", "yesterday",
    "last week", "last month", "Minggu pagi", "on Tuesday", "Juli lalu",
]

NOT_DATES = [
    "pukul 10.00 WIB",
    "pukul 13.00-15.00 WIB",
    "pada 10.30",
    "Mei Lestari datang",
    "kata Mei",
    "menang 2-1",
    "skor 3-0 pada babak",
    "karena Covid-19.",
    "dalam 2 tahun terakhir",
    "selama tiga jam",
    "40 menit",
    "2 tahun",
    "dua minggu",
    "beberapa tahun lalu",
    "hubungi 0812-3456-7890",
    "021-5551234",
    "Rp 2.000",
    "Rp 2.000.000",
    "sebanyak 2019 orang",
    "Pemilu 2019",
    "KTT G20",
    "31/2/2019",
    "35 Juli 2019",
    "113/9/2019",
    "nilai 1/2",
    "acara makan malam ini",
    "HUT ke-74 RI",
    "Theresa May said",
    "they may 7 times",
    "1.500 Mei",
    # the year of a law's name is when it was enacted, not when anything told happened
    "revisi Undang-Undang (UU) Nomor 30 Tahun 2002 tentang KPK",
    "UU No.30 Tahun 2002",
    "Peraturan Pemerintah No. 109 tahun 2012",
    "PP 109 Tahun 2012",
    "Perpres 7 Tahun 2019 terbit",
    "Surat Keputusan bernomor 0137 tahun 2015",
    "Keppres No. 17/2019",
    "menang 12-10-22 atas",
]


@pytest.mark.parametrize(("text", "published", "expected"), WRITTEN_DATES + INFERRED_DATES)
def test_extract_dates(text, published, expected):
    assert found(text, published) == expected


@pytest.mark.parametrize("text", NEEDS_PUBLISHED)
def test_relative_dates_need_the_publication_date(text):
    assert found(text, None) == []


@pytest.mark.parametrize("text", NOT_DATES)
@pytest.mark.parametrize("published", [None, PUB])
def test_not_dates(text, published):
    assert found(text, published) == []


# Issue 13: a day and month written without a year take the year of the article's own
# anchors (the publication date, else the nearest written date, else a period with the
# weekday), and the weekday confirms or rejects it. With no anchor the year stays unknown
# ("--10-08"): never the year of the import.
PARTIAL_DATES = [
    # no publication date, no anchor: day and month kept, the year unknown
    ("Selasa (8/10)", None, [("Selasa (8/10)", "--10-08", "day")]),
    ("Tuesday (Jan 23)", None, [("Tuesday (Jan 23)", "--01-23", "day")]),
    ("13 September", None, [("13 September", "--09-13", "day")]),
    ("1-15 Juli", None, [("1-15 Juli", "--07-01", "day")]),
    ("Kamis (13/3)", None, [("Kamis (13/3)", "--03-13", "day")]),
    # the same article writes the full date two paragraphs earlier
    ("Rabu (8/1/2020), banjir melanda.\n\nWarga mengungsi sejak Rabu (8/1), kata dia.", None,
     [("Rabu (8/1/2020)", "2020-01-08", "day"), ("Rabu (8/1)", "2020-01-08", "day")]),
    # the nearest written date, before or after; the year nearer to it ("25 Desember" of 2019)
    ("Pada 25 Desember warga berkumpul. Pada 8 Januari 2020 mereka pulang.", None,
     [("25 Desember", "2019-12-25", "day"), ("8 Januari 2020", "2020-01-08", "day")]),
    ("Jan. 23 talks follow the Jan. 20, 2018 vote.", None,
     [("Jan. 23", "2018-01-23", "day"), ("Jan. 20, 2018", "2018-01-20", "day")]),
    # a period, with the weekday picking its one year in which 8 January is a Wednesday; 8 October
    # is a Tuesday in 2019 and in 2024: no one year
    ("anggota DPR periode 2019-2024 dilantik. Rabu (8/1), mereka rapat.", None,
     [("2019-2024", "2019-01-01", "year"), ("Rabu (8/1)", "2020-01-08", "day")]),
    ("anggota DPR periode 2019-2024 dilantik. Selasa (8/10), mereka rapat.", None,
     [("2019-2024", "2019-01-01", "year"), ("Selasa (8/10)", "--10-08", "day")]),
    # a weekday that agrees with no year near the anchor: the year is left unknown
    ("Senin (8/1/2020) dan Jumat (9/1) warga pulang.", None,
     [("Senin (8/1/2020)", "2020-01-08", "day"), ("Jumat (9/1)", "--01-09", "day")]),
    # a relative day with the day and month after it: one mention, read like "Senin (4/6)"
    ("mulai berlaku kemarin (5/6). Warga", D(2023, 6, 6), [("kemarin (5/6)", "2023-06-05", "day")]),
    ("digelar kemarin sore (5/6).", None, [("kemarin sore (5/6)", "--06-05", "day")]),
    ("EDISI 6 JUNI 2023\n\nParkir mulai berlaku kemarin (5/6).", None,
     [("6 JUNI 2023", "2023-06-06", "day"), ("kemarin (5/6)", "2023-06-05", "day")]),
    # a weekday alone, with no publication date: the latest such day on or before a day
    # written with its date next to it
    ("\"Kami amankan Minggu malam,\" kata Kapolres, Selasa (9/11/2021).", None,
     [("Minggu malam", "2021-11-07", "day"), ("Selasa (9/11/2021)", "2021-11-09", "day")]),
    ("Pada Rabu (8/1/2020), kata dia, warga sudah mengungsi sejak Jumat lalu.", None,
     [("Rabu (8/1/2020)", "2020-01-08", "day"), ("Jumat lalu", "2020-01-03", "day")]),
    ("Flights resumed on Monday, officials said on Jan. 8, 2020.", None,
     [("Monday", "2020-01-06", "day"), ("Jan. 8, 2020", "2020-01-08", "day")]),
    # ... else against the text's stamp, a written date with a clock time, wherever it stands
    ("The ministry signed the deal on Thursday.\n\nIt follows talks held since March.\n\n" + "Text. " * 60
     + "\nEditor: Dewi Lestari\nThursday, 11 July 2024 19:05", None,
     [("Thursday", "2024-07-11", "day"), ("Thursday, 11 July 2024", "2024-07-11", "day")]),
    ("Warga mengungsi Sabtu sore.\n" + "Teks. " * 60 + "\nPada 3 Mei 2024 jembatan dibuka.", None,
     [("3 Mei 2024", "2024-05-03", "day")]),
    # a stamp on the next line is not the day a weekday of the lede names
    ("The company said on Monday.\nNovember 20, 2023 16:12 JST", None,
     [("Monday", "2023-11-20", "day"), ("November 20, 2023", "2023-11-20", "day")]),
    # the publication date is the first anchor; a weekday disagreeing with it asks the text
    ("Selasa (8/10)", D(2019, 10, 9), [("Selasa (8/10)", "2019-10-08", "day")]),
    ("Selasa (8/10)", D(2023, 10, 9), [("Selasa (8/10)", "--10-08", "day")]),
    ("Pada Selasa (8/10/2019) KPK menahan A. Selasa (8/10), kata dia.", D(2023, 10, 9),
     [("Selasa (8/10/2019)", "2019-10-08", "day"), ("Selasa (8/10)", "2019-10-08", "day")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), PARTIAL_DATES)
def test_partial_dates_take_their_year_from_anchors(text, published, expected):
    assert found(text, published) == expected
    # inferred: every date whose year was not written
    assert [m.inferred for m in extract_dates(text, published)] == [
        re.search(r"\d{4}", m.text) is None for m in extract_dates(text, published)]


# Ranges keep their end.
RANGES = [
    ("20-25 Oktober 2023", None, (D(2023, 10, 20), D(2023, 10, 25), "day")),
    ("20 hingga 25 Oktober 2023", None, (D(2023, 10, 20), D(2023, 10, 25), "day")),
    ("1-3 Januari", D(2024, 2, 1), (D(2024, 1, 1), D(2024, 1, 3), "day")),
    ("Januari-Maret 2019", None, (D(2019, 1, 1), D(2019, 3, 1), "month")),
    ("periode 2019-2024", None, (D(2019, 1, 1), D(2024, 1, 1), "year")),
    ("13 September 2023", None, (D(2023, 9, 13), None, "day")),
    # two whole dates linked by a range word
    ("20 September 2019 – 27 September 2019", None, (D(2019, 9, 20), D(2019, 9, 27), "day")),
    ("30 Juni sampai dengan 2 Juli 2023", None, (D(2023, 6, 30), D(2023, 7, 2), "day")),
    ("from May 3, 2023 to May 5, 2023", None, (D(2023, 5, 3), D(2023, 5, 5), "day")),
    ("Kamis (13/9/2023) s.d. Jumat (15/9/2023)", None, (D(2023, 9, 13), D(2023, 9, 15), "day")),
    ("Januari 2019 hingga Maret 2019", None, (D(2019, 1, 1), D(2019, 3, 1), "month")),
]


# Two dates that are no period: listed with "dan", the second earlier, or years apart.
@pytest.mark.parametrize("text", [
    "1 Januari 2019 dan 5 Februari 2019",
    "27 September 2019 - 20 September 2019",
    "1 Januari 2018 - 5 Maret 2020",
    "20 September 2019, 27 September 2019",
])
def test_two_dates_that_are_no_range(text):
    assert [m.last for m in extract_dates(text)] == [None, None]


@pytest.mark.parametrize(("text", "published", "expected"), RANGES)
def test_ranges_keep_their_end(text, published, expected):
    (mention,) = extract_dates(text, published)
    assert (mention.value, mention.last, mention.precision) == expected


def test_inferred_flag():
    written, weekday, relative = extract_dates("Rabu (13/9/2023), Kamis (14/9), kemarin", D(2023, 9, 15))
    assert not written.inferred
    assert weekday.inferred and weekday.value == D(2023, 9, 14)
    assert relative.inferred and relative.value == D(2023, 9, 14)


def test_datetime_published_is_accepted():
    assert found("kemarin", dt.datetime(2019, 9, 18, 8, 0)) == [("kemarin", "2019-09-17", "day")]


@pytest.mark.parametrize("published", [None, D(2023, 9, 14)])
def test_seed_article(published):
    text = SEED.read_text(encoding="utf-8")
    mentions = extract_dates(text, published)
    assert [(m.text, m.value, m.precision) for m in mentions] == [
        ("13 September 2023", D(2023, 9, 13), "day"),
        ("2011", D(2011, 1, 1), "year"),
    ]
    assert text[mentions[1].start - 5:mentions[1].end] == "pada 2011"
    assert not any(m.inferred for m in mentions)


def test_spans_point_into_the_text():
    text = "JAKARTA - Presiden, Senin (16/9/2019), mengatakan pada 2011 dan kemarin."
    for mention in extract_dates(text, D(2019, 9, 18)):
        assert text[mention.start:mention.end] == mention.text


# (expression, relative_to, expected)
PARSED = [
    ("2023-09", None, (D(2023, 9, 1), "month")),
    ("2011", None, (D(2011, 1, 1), "year")),
    ("2023-09-13", None, (D(2023, 9, 13), "day")),
    ("13 September 2023", None, (D(2023, 9, 13), "day")),
    ("Rabu (13/9/2023)", None, (D(2023, 9, 13), "day")),
    ("2019-10-01 08:00:00", None, (D(2019, 10, 1), "day")),
    ("2019-09-10T13:30", None, (D(2019, 9, 10), "day")),
    ("2019-09-10T13:30:00+07:00", None, (D(2019, 9, 10), "day")),
    ("Rabu 02 Nov 2022 21:13 WIB", None, (D(2022, 11, 2), "day")),
    ("27/10/2017, 16:09 WIB", None, (D(2017, 10, 27), "day")),
    ("Monday, 09-05-2022", None, (D(2022, 5, 9), "day")),
    ("Jumat, 30 Juni 2017 | 10:00 WIB", None, (D(2017, 6, 30), "day")),
    ("Sept 2023", None, (D(2023, 9, 1), "month")),
    ("May 7, 2023", None, (D(2023, 5, 7), "day")),
    ("kemarin", D(2023, 9, 14), (D(2023, 9, 13), "day")),
    ("besok", D(2023, 9, 14), (D(2023, 9, 15), "day")),
    ("last month", D(2023, 9, 14), (D(2023, 8, 1), "month")),
    ("bulan lalu", D(2023, 9, 14), (D(2023, 8, 1), "month")),
    ("tahun lalu", D(2023, 9, 14), (D(2022, 1, 1), "year")),
    ("last week", D(2023, 9, 14), (D(2023, 9, 7), "day")),  # a query bound: the day a week back
    ("3 hari lalu", D(2023, 9, 14), (D(2023, 9, 11), "day")),
    ("13 September", D(2023, 9, 14), (D(2023, 9, 13), "day")),
    ("13 Sep 23", None, (D(2023, 9, 13), "day")),  # read by dateparser
    ("", None, None),
    ("   ", None, None),
    ("12", None, None),
    ("2 tahun", None, None),
    ("tiga jam", None, None),
    ("Mei Lestari", None, None),
    ("hello world", None, None),
    ("31/02/2020", None, None),
    ("2023-13", None, None),
    ("1850", None, None),
]


@pytest.mark.parametrize(("expression", "relative_to", "expected"), PARSED)
def test_parse_date(expression, relative_to, expected):
    assert parse_date(expression, relative_to) == expected


def test_parse_date_relative_defaults_to_today():
    assert parse_date("kemarin") == (TODAY - dt.timedelta(days=1), "day")


def test_importing_does_not_import_dateparser():
    code = "import sys, events_cli.extract.dates as d; d.extract_dates('pada 2011'); print('dateparser' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            cwd=ROOT)
    assert result.stdout.strip() == "False"


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("0123456789/-.,() :'aeiklmnrstuJMSRKD\n")) | st.characters(), max_size=200),
    st.one_of(st.none(), st.dates(min_value=D(1, 1, 1), max_value=D(9999, 12, 31))),
)
def test_extract_dates_never_raises_and_spans_match(text, published):
    mentions = extract_dates(text, published)
    previous_end = 0
    for mention in mentions:
        assert text[mention.start:mention.end] == mention.text
        assert mention.start >= previous_end  # in order, not overlapping
        previous_end = mention.end
        assert mention.precision in ("day", "month", "year")
        assert 1900 <= mention.value.year <= 2100


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["Senin", "Rabu (", "13/9/", "September ", "pada ", "tahun ", "kemarin", "lalu", "Mei ",
                              "2011", "23", "-", ")", " ", ", ", "bulan ", "Minggu ", "pagi", "May 7", "last "]),
             max_size=10).map("".join),
)
def test_date_words_never_raise(text):
    for mention in extract_dates(text, D(2019, 9, 18)):
        assert text[mention.start:mention.end] == mention.text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60), st.one_of(st.none(), st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31))))
def test_parse_date_never_raises(expression, relative_to):
    result = parse_date(expression, relative_to)
    assert result is None or (isinstance(result[0], dt.date) and result[1] in ("day", "month", "year"))


@pytest.mark.parametrize("text,expected", [
    # a street, square or venue named after a day is no date
    ("Penutupan berlangsung di Stadion 29 November, Sabtu (5/8/2023) malam.", ["Sabtu (5/8/2023)"]),
    ("Warga berkumpul di Jalan 17 Agustus sejak pagi.", []),
    ("Toko itu di Jl. 1 Mei nomor 5.", []),
    # a day and month written as such still are
    ("Upacara digelar pada 17 Agustus 2023 di lapangan.", ["17 Agustus 2023"]),
])
def test_a_day_in_a_name_is_no_date(text, expected):
    assert [m.text for m in extract_dates(text)] == expected
