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
    # a wire's date with an abbreviated month ("Dec. 1") between the place and the wire
    ("MANILA, Dec. 1 (Xinhua) -- Polisi menangkap dua pria.", "Xinhua", "MANILA", "Polisi"),
    ("WASHINGTON, Sept. 12 (Reuters) - The central bank said.", "Reuters", "WASHINGTON", "The"),
    ("JAKARTA, Jan. 5 -- Police said.", None, "JAKARTA", "Police"),
    ("MAUMERE, Indonesia \u2014 (AP) \u2014 The agency said Monday.", "AP", "MAUMERE", "The agency"),
    # not datelines
    ("Presiden Joko Widodo - yang baru tiba - berkata.", None, None, "Presiden"),
    ("Harga beras naik tajam pekan ini.", None, None, "Harga"),
    ("Pertemuan antara Vladimir Putin dan Kim Jong-un terjadi.", None, None, "Pertemuan"),
    ("Rudolf Kessling (March 3, 1841 - June 2, 1909) was a chemist.", None, None, "Rudolf"),  # a dash in a bracket
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
    ("Tue, May 7, 2024\n\nDimas Surya (The Jakarta Post)\n\nThe ministry said.", "The Jakarta Post", None, "The ministry"),
    ("jpnn.com, JAKARTA - Menteri mengumumkan.", "jpnn.com", "JAKARTA", "Menteri"),
    ("Judul Berita Hari Ini\nJAKARTA, KOMPAS.com - Presiden tiba.", "KOMPAS.com", "JAKARTA", "Presiden"),
    # a stamp alone is skipped even without a dateline after it
    ("5 Maret 2024 14:12 WIB\n\nHarga emas naik.", None, None, "Harga"),
    # a title-like line not followed by a dateline is the article's own
    ("Harga Emas Naik\nHarga emas naik lagi.", None, None, "Harga Emas Naik"),
]


# Datelines and stamps as outlets write them, after the page's furniture (issue 13). Made-up
# content in each outlet's style; each case failed before furniture was passed over.
REAL_FORMS = [
    # a stamp with its weekday, then a dateline with "--" and no blank after it
    ("Selasa, 08 Okt 2019 14:39 WIB\n\nBANDUNG--Aksi mahasiswa berlangsung damai.", None, "BANDUNG", "Aksi"),
    # Republika: stamp, headline, credit, then the dateline
    ("Rabu, 08 Jan 2020 09:55 WIB\n\nWarga Desa Sukamaju Panen Jagung\n\nRep: Ani Lestari/ Red: Indira Putri\n\n"
     "REPUBLIKA.CO.ID, JAKARTA -- Warga memanen jagung.", "REPUBLIKA.CO.ID", "JAKARTA", "Warga memanen"),
    # Kompas: a banner, the headline, the stamp, the writers' list, then the dateline
    ("Baca berita tanpa iklan. Gabung Kompas.com+\n\nBanjir Rendam Tiga Desa\n\nKompas.com - 27/07/2016, 00:54 WIB\n\n"
     "Penulis\nAni Lestari, Budi Santoso\n\nJAKARTA, KOMPAS.com - Banjir merendam tiga desa.", "KOMPAS.com", "JAKARTA", "Banjir merendam"),
    # a menu above the dateline
    ("Home\nNasional\nRegional\nMegapolitan\n\nJAKARTA, KOMPAS.com - Presiden tiba.", "KOMPAS.com", "JAKARTA", "Presiden"),
    ("TRIBUNJABAR.ID, BANDUNG - Wali kota hadir.", "TRIBUNJABAR.ID", "BANDUNG", "Wali kota"),
    ("Tribunjabar.id, Garut - Jalan longsor.", "TRIBUNJABAR.ID", "Garut", "Jalan"),
    # Liputan6 writes no dash after the place at times
    ("Liputan6.com, Jakarta Harga beras naik lagi.", "Liputan6.com", "Jakarta", "Harga"),
    ("oleh Ani Lestari diperbarui 17 Feb 2024, 15:30 WIB\nDiterbitkan 17 Feb 2024, 15:30 WIB\n\n"
     "Liputan6.com, Jakarta - Harga naik.", "Liputan6.com", "Jakarta", "Harga"),
    # an outlet the table does not hold, found by its domain
    ("Bisnisbandung.com - Harga cabai naik.", "Bisnisbandung.com", None, "Harga"),
    ("TRIBUNNEWS.COM. JAKARTA - Harga naik.", "TRIBUNNEWS.COM", "JAKARTA", "Harga"),
    # Medcom / Metro TV: a byline with its stamp, then "Place:"
    ("Ani Lestari • 08 Januari 2020 09:55\n\nJakarta: Pemerintah menaikkan tarif.", None, "Jakarta", "Pemerintah"),
    ("RIYADH: Saudi Arabia signed seven agreements.", None, "RIYADH", "Saudi"),
    ("Jakarta. The government said on Monday.", None, "Jakarta", "The government"),
    ("KONTAN.CO.ID - JAKARTA. Harga emas naik.", "KONTAN.CO.ID", "JAKARTA", "Harga"),
    ("VIVA – Harga emas naik.", "VIVA.co.id", None, "Harga"),
    # outlets the table does not hold, after the place
    ("Jakarta, FNN - Bantuan dikirim.", "FNN", "Jakarta", "Bantuan"),
    ("BANDUNG, Galuhnews – Warga berkumpul.", "Galuhnews", "BANDUNG", "Warga"),
    # The Jakarta Post: two writers, a label, the place alone, the stamp, share lines
    ("Ani Lestari and Budi Santoso (The Jakarta Post)\nPremium\nJakarta\nTue, April 25, 2023\n\n"
     "Share This Article\n\nChange Size\n\nThe ministry said on Monday.", "The Jakarta Post", None, "The ministry"),
    # English datelines and bylines
    ("JAKARTA (Reuters) - Indonesia said on Monday.", "Reuters", "JAKARTA", "Indonesia"),
    ("JAKARTA, Indonesia (AP) — Rescuers searched on Monday.", "AP", "JAKARTA", "Rescuers"),
    ("JAKARTA (AP)--Rescuers searched on Monday.", "AP", "JAKARTA", "Rescuers"),
    ("By Jane Doe and John Roe\n\nJAKARTA (Reuters) - Indonesia said.", "Reuters", "JAKARTA", "Indonesia"),
    ("Share this article\nCopy link\n\nJAKARTA (Reuters) - Indonesia said.", "Reuters", "JAKARTA", "Indonesia"),
    # no dateline: a dash inside words is none
    ("Jakarta–Bandung toll road opened on Monday.", None, None, "Jakarta–Bandung"),
    ("Catatan: harga naik.", None, None, "Catatan"),
]


# Session 18 (k3): datelines of small sites read on real pages, with made-up words after them
SMALL_SITES = [
    # a host with a hyphen in its name, after the place, then a dash or a bar
    ("Judul Berita\n\nSUMENEP, E-WARTA.COM – Camat meresmikan jembatan desa, Rabu (3/4/2019).",
     "E-WARTA.COM", "SUMENEP", "Camat meresmikan"),
    ("TABANAN, Kabar-kini.co.id | Seorang petani tertimpa pohon di sawahnya.", "Kabar-kini.co.id", "TABANAN",
     "Seorang petani"),
    # the host run into the place, the paper's initials after the dash
    ("Judul\n\neWarta.co.idSekadau-WK. Upaya pemerintah daerah membangun jalan terus berjalan.", "eWarta.co.id",
     "Sekadau", "Upaya pemerintah"),
    # the place, a hyphen, the outlet in capitals and a colon on a line of its own
    ("Barang bukti yang diamankan polisi di Binjai. |\nMEDAN-KABARGAMBAR :\nPolisi menangkap dua pengedar.",
     "KABARGAMBAR", "MEDAN", "Polisi menangkap"),
    # a name with capitals inside it after a known place
    ("Kuala Kapuas, InfoDaerah – Perolehan medali kontingen kembali bertambah.", "InfoDaerah", "Kuala Kapuas",
     "Perolehan medali"),
]


@pytest.mark.parametrize("text,source,place,rest", FURNITURE_CASES + REAL_FORMS + SMALL_SITES)
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


@pytest.mark.parametrize("name,canonical", [
    ("KOMPAS.com", "KOMPAS.com"), ("Kompas.com", "KOMPAS.com"), ("kompas.com", "KOMPAS.com"),
    ("www.kompas.com", "KOMPAS.com"), ("Republika", "REPUBLIKA.CO.ID"), ("Tribun Jabar", "TRIBUNJABAR.ID"),
    ("TribunJabar.id", "TRIBUNJABAR.ID"), ("Antara", "ANTARA"), ("The Associated Press", "AP"),
    ("bisnisbandung.com", "Bisnisbandung.com"), ("www.contoh-berita.net", "contoh-berita.net"),
    ("Warta Desa", "Warta Desa"), (" ", None), (None, None),
])
def test_canonical_outlet(name, canonical):
    from events_cli.extract.dateline import canonical_outlet

    assert canonical_outlet(name) == canonical


@pytest.mark.parametrize("url,outlet", [
    ("https://nasional.kompas.com/read/2024/03/27/x", "KOMPAS.com"),
    ("https://jabar.tribunnews.com/2020/01/08/x", "TRIBUNJABAR.ID"),
    ("https://www.tribunnews.com/nasional/x", "TRIBUNNEWS.COM"),
    ("http://republika.co.id/berita/x", "REPUBLIKA.CO.ID"),
    ("https://en.antaranews.com/news/1", "ANTARA"),
    ("https://www.reuters.com/world/asia-pacific/x", "Reuters"),
    ("https://contoh-berita.net/a", None),
    ("", None),
])
def test_outlet_from_host(url, outlet):
    from events_cli.extract.dateline import outlet_from_host

    assert outlet_from_host(url) == outlet


@pytest.mark.parametrize("given,url,dateline,source", [
    ("Kompas", "https://regional.kompas.com/read/x", None, "KOMPAS.com"),
    ("kompas.com", None, None, "KOMPAS.com"),
    (None, None, "Kompas.com", "KOMPAS.com"),
    (None, "https://warta-desa.com/x", None, "warta-desa.com"),
    (None, "https://warta-desa.com/x", "Warta-Desa.com", "Warta-Desa.com"),
    (None, None, None, None),
])
def test_article_source(given, url, dateline, source):
    from events_cli.extract.dateline import article_source

    assert article_source(given, url, dateline) == source


@pytest.mark.parametrize("text,expected", [
    ("Home\nNasional\n\nRabu, 08 Jan 2020 09:55 WIB\n\nJAKARTA - Isi.", "2020-01-08"),
    ("Judul Berita\nKompas.com - 27/07/2016, 00:54 WIB\n", "2016-07-27"),
    ("oleh Ani Lestari diperbarui 17 Feb 2024, 15:30 WIB\n", "2024-02-17"),
    ("Ani Lestari • 08 Januari 2020 09:55\n", "2020-01-08"),
    # an outlet, or a "Source:" line naming it, right before a date in figures
    ("Judul Berita\nWartaKita.com 2021-11-09 16:42:10\n", "2021-11-09"),
    ("Police Arrest Two Men\nSource: Xinhua   2016-12-01 17:05:43\n", "2016-12-01"),
    ("Jakarta 2021-11-09\n", None),
    ("Harga emas naik pada 5 Maret 2024, kata pengamat.\n", None),
])
def test_find_publication_stamp(text, expected):
    from events_cli.extract.dateline import find_publication_stamp

    found = find_publication_stamp(text)
    assert (found.isoformat() if found else None) == expected


@pytest.mark.parametrize("text,source,place,rest", [
    # a photo's caption (a sentence) above the dateline: the dateline still names the outlet and
    # place, and the words above it stay the article's (a caption's date is often the event's)
    ("Warga memadamkan api di pasar, Senin (3/6/2024).\n\nSEPUTAR.COM, Pekanbaru – Api melanda pasar.",
     "SEPUTAR.COM", "Pekanbaru", "Warga"),
    ("Judul Berita\n\nPetugas di lokasi (Humas Kota).\n\nJudul Berita\n\nBANDUNG, Galuhnews – Warga datang.",
     "Galuhnews", "BANDUNG", "Judul"),
    # an outlet the table does not hold, before a place the gazetteer knows
    ("Lensanews, Jakarta - Bantuan dikirim.", "Lensanews", "Jakarta", "Bantuan"),
    # the outlet in brackets before a colon (Voice of Indonesia); a tight dash at the line's end
    ("Jakarta (lensanews): The ministry said.", "lensanews", "Jakarta", "The ministry"),
    ("Diskon besar. (CNN Indonesia/Ani Lestari)\nJakarta, CNN Indonesia--\n\nKabar gembira.",
     "CNN Indonesia", "Jakarta", "Kabar"),
    # a place alone names no outlet
    ("Bandung - Warga berkumpul di alun-alun.", None, "Bandung", "Warga"),
    ("Jakarta (warga): Harga naik.", None, None, "Jakarta"),
    ("Sebuah kalimat pertama.\nKalimat kedua.\nKalimat ketiga.\n\nJAKARTA, KOMPAS.com - Isi.", None, None, "Sebuah"),
])
def test_parse_dateline_past_captions(text, source, place, rest):
    dateline = parse_dateline(text)
    assert (dateline.source, dateline.place) == (source, place)
    assert text[dateline.end:].lstrip().startswith(rest)


@pytest.mark.parametrize("text,outlet", [
    # a masthead: a line that is an outlet's name (the table's, or shaped like a host), a logo,
    # a byline's outlet, an e-paper's header part
    ("Merdeka.com\nPeristiwa\nJudul berita\n\nIsi berita.", "Merdeka.com"),
    ("logo Kompas.id\nJudul\n\nIsi.", "Kompas.id"),
    ("Kabarsatu.com\nJudul\n\nIsi.", "Kabarsatu.com"),
    ("The Straits Times\nCourt jails official\n\nThe court said.", "The Straits Times"),
    ("Judul\nAni Lestari - detikJabar\nSelasa, 08 Okt 2019 14:39 WIB\n\nCimahi - Isi.", "detikJabar"),
    ("Epaper Edisi 6 Juni 2023 | RADAR BOGOR DIGITAL\nPage 1\n\nIsi.", "Radar Bogor"),
    ("Judul\nAni Lestari\nBBC News, Jakarta\nPublished 14 July 2019\n\nThe boat sank.", "BBC News"),
    ("detikFinance\nBerita\nJudul\n\nJakarta - Isi.", "detikFinance"),
    # a source line, a copyright, a sign-off, the group outlet it first ran on
    ("Judul\n\nThe river rose.\n\nSource: CNA/ab(cd)", "CNA"),
    ("Judul\n\nThe haze spread.\n\nSource: Al Jazeera and news agencies", "Al Jazeera"),
    ("Judul\n\nIlustrasi. ©2021 Merdeka.com\n\nIsi berita.", "Merdeka.com"),
    ("Judul\n\nIsi berita.\n\nCopyright © 2023 VIVA. All rights reserved", "VIVA.co.id"),
    ("Judul\n\nThe case was filed. – Rappler.com\n", "Rappler"),
    ("Judul\n\nThe ministers met.\n\n-- BERNAMA\n", "Bernama"),
    ("Judul\n\nIsi.\n\nArtikel ini telah tayang di TribunJabar.id dengan judul Judul\n", "TRIBUNJABAR.ID"),
    # last: a photo the outlet credits to itself
    ("Judul\n\nPolice escort a suspect.\nAni Lestari/BenarNews\n\nThe police said.", "BenarNews"),
    ("Judul\nGedung itu. Foto: Dok SINDOnews\n\nJAKARTA – Isi.", "SINDOnews"),
    # a wire agency's photo credit, a place, a government host: no outlet of the page
    ("Judul\nWarga mengungsi. ©AFP\n\nIsi.", None),
    ("Judul\nPetugas di lokasi. ANTARA/Ani Lestari\n\nIsi.", None),
    ("Bandung\nJudul\n\nBandung - Isi berita.", None),
    ("Judul\n\nIsi.\n\nSumber: bps.go.id", None),
    ("Judul\n\nIsi berita tanpa nama media.", None),
])
def test_page_outlet(text, outlet):
    from events_cli.extract.dateline import page_outlet

    assert page_outlet(text) == outlet


@pytest.mark.parametrize("dateline,text,source", [
    # a dateline's known outlet before the page's; the page's before a dateline's unknown one
    ("KOMPAS.com", "Merdeka.com\nJudul\n\nIsi.", "KOMPAS.com"),
    ("VIVA Bisnis", "VIVA.co.id\nJudul\n\nIsi.", "VIVA.co.id"),
    ("Galuhnews", "Judul\n\nIsi.", "Galuhnews"),
    (None, "Judul\n\nBandung - Isi.", None),
])
def test_article_source_from_page(dateline, text, source):
    from events_cli.extract.dateline import article_source

    assert article_source(None, None, dateline, text) == source


@pytest.mark.parametrize("line,expected", [
    # a byline before the stamp and the editor and view count after it (InfoPublik's)
    ("Oleh MC KAB SINTANG, Senin, 7 Agustus 2023 | 13:57 WIB - Redaktur: Sari - 312", "2023-08-07"),
    ("Selasa, 8 Agustus 2023 | 09:10 WIB - Editor: Budi Santoso", "2023-08-08"),
    ("Oleh Budi Santoso", None),
])
def test_stamp_between_credits(line, expected):
    from events_cli.extract.dateline import parse_publication_stamp

    found = parse_publication_stamp(line)
    assert (found[0].isoformat() if found else None) == expected


# Kompas.id's page shape (made-up words): a crumb cut short ("..."), a standfirst, the byline, a caption
# longer than a paragraph whose credit stands alone on the next line, then "PLACE, KOMPAS —"
KOMPAS_ID_PAGE = (
    "logo Kompas.id\nEkonomiHarga Beras di Pasar Tradisional...\nIklan\n\nHarga Beras Naik Jelang Lebaran\n\n"
    "Pedagang di pasar tradisional mengeluhkan kenaikan harga beras sejak pekan lalu.\n\nOleh\nDEWI ANGGRAINI\n"
    "· 3 menit baca\nPedagang menata karung beras di kiosnya di Pasar Johar, Semarang, Jawa Tengah, yang ramai oleh "
    "pembeli menjelang Lebaran, sementara harga beras medium terus naik sejak awal bulan, Selasa (2/4/2024).\n"
    "ISTIMEWA\n\nSEMARANG, KOMPAS — Harga beras medium di Semarang naik Rp 1.000 per kilogram, Selasa (2/4/2024).\n"
)


def test_a_caption_credited_below_and_a_cut_crumb_lead_to_the_dateline():
    dateline = parse_dateline(KOMPAS_ID_PAGE)
    assert dateline.place == "SEMARANG"
    assert KOMPAS_ID_PAGE[dateline.lede:].lstrip().startswith("Harga beras medium")


def test_a_name_two_outlets_write_is_the_mastheads():
    from events_cli.extract.dateline import article_source

    assert article_source(None, None, "KOMPAS", KOMPAS_ID_PAGE) == "Kompas.id"
    # (no masthead: the table's first outlet of that name)
    assert article_source(None, None, "KOMPAS", "Judul\n\nJAKARTA, KOMPAS — Isi.") == "KOMPAS.com"
