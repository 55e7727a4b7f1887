import random

import pytest

from events_cli.extract.text import SpanSet, guess_language, name_end, split_sentences

SENTENCES = [
    ("Satu dua. Tiga empat.", ["Satu dua.", "Tiga empat."]),
    ("Kata Dr. Andi, harga naik 10.5 persen. Lalu pergi.", ["Kata Dr. Andi, harga naik 10.5 persen.", "Lalu pergi."]),
    ("H. Budi ke Jl. Merdeka No. 5. Dia pulang.", ["H. Budi ke Jl. Merdeka No. 5.", "Dia pulang."]),
    ("Baris satu\nBaris dua", ["Baris satu", "Baris dua"]),
    ("Pukul 10.00 WIB acara dimulai! Semua hadir?", ["Pukul 10.00 WIB acara dimulai!", "Semua hadir?"]),
    ("", []),
    ("They met on Jan. 9, 2023, in Bogor. They left in Jan. Then more.",
     ["They met on Jan. 9, 2023, in Bogor.", "They left in Jan.", "Then more."]),
    ("Harga naik sejak Agt. 2019 lalu. Lalu turun.", ["Harga naik sejak Agt. 2019 lalu.", "Lalu turun."]),
    ("Bayi ditemukan di Blok J RT. 006/009 Desa Suka, Kec. Cibodas, Kab. Garut. Polisi datang.",
     ["Bayi ditemukan di Blok J RT. 006/009 Desa Suka, Kec. Cibodas, Kab. Garut.", "Polisi datang."]),
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


CREDITS = [
    ("Isi berita.\nPenulis: Tatang Gunawan\nEditor: Sandra Aswin", "Isi berita."),
    ("Laporan Wartawan Tribunnews.com, Hasan Akbar\n\nTRIBUNNEWS.COM - Isi.", "TRIBUNNEWS.COM - Isi."),
    ("Isi.\n(OL-8)", "Isi."),
    ("Isi.\n[Antara]", "Isi."),
    ("Isi.\n(ant/pri)", "Isi."),
    ("Tersangka digiring di Jakarta, 22 Juli 2024. TEMPO/Fikri Harsono", "Tersangka digiring di Jakarta, 22 Juli 2024."),
    ("Foto: Rizky Maulana / Jabar Ekspres\nIsi.", "Isi."),
    ("Isi.\n(Reporting by Stefanno Sulaiman; Editing by Kanupriya Kapoor)", "Isi."),
    ("Isi.\nCOPYRIGHT © ANTARA 2023", "Isi."),
    # not credits
    ("Editor majalah itu mengatakan bahwa ia pergi.", "Editor majalah itu mengatakan bahwa ia pergi."),
    ("Dia (PDIP) berkata.", "Dia (PDIP) berkata."),
    ("Pilihan Editor: Judul", "Pilihan Editor: Judul"),
]


CREDITS_MORE = [
    ("Rep: Ani Lestari/ Red: Indira Putri\nIsi.", "Isi."),
    ("Rep: Ani Lestari Red: Indira Putri\nIsi.", "Isi."),
    ("By Jane Doe and John Roe\nThe ministry said.", "The ministry said."),
    ("Isi.\nReporting by Jane Doe; Writing by John Roe; Editing by Ann Lee", "Isi."),
    ("Isi.\nAdditional reporting by Jane Doe", "Isi."),
    ("Oleh: Ani Lestari\nIsi.", "Isi."),
    ("Isi.\nAssociated Press writer Jane Doe in Bangkok contributed to this report.", "Isi."),
    ("Isi.\nLaporan: DODI HERMAWAN", "Isi."),
    ("Isi.\nTo contact the reporter on this story: Jane Doe in Jakarta\n"
     "To contact the editors responsible for this story: John Roe", "Isi."),
    ("Isi.\n--With assistance from Jane Doe.", "Isi."),
    ("Jane Doe, Nikkei staff writer\nIsi.", "Isi."),
    ("Isi.\n*) Penulis adalah dosen di Bandung.", "Isi."),
    ("Isi.\nThe writer is a fellow at a think tank.", "Isi."),
    # the note on a byline's author, under an opinion piece
    ("By Jane Doe\nThe vote is close.\nJane Doe is a researcher based in Medan.", "The vote is close."),
    ("Ia datang. KOMPAS.COM/DODI HERMAWAN", "Ia datang."),  # a caption's credit glued to its full stop
    ("Ia datang.KOMPAS.COM/DODI HERMAWAN", "Ia datang."),
    # a reporter named inside a sentence: the sentence stays, the credit goes
    ("Aksi berlangsung tertib, seperti dilaporkan kontributor Radio Cakra, Dodi Hermawan.",
     "Aksi berlangsung tertib, ."),
    # bylines with the outlet, or the stamp after a bar; AP's short contribution line
    ("By Jane Doe, Reuters\nIsi.", "Isi."),
    ("By Jane Doe | Reuters\nIsi.", "Isi."),
    ("Oleh Dodi Hermawan | Senin, 12 Februari 2024 | 10:15 WIB\nIsi.", "Isi."),
    ("Isi.\nAssociated Press writer Jane Doe contributed.", "Isi."),
    # a photo's credit closing a caption: the name goes, the caption still ends as a caption
    ("Warga di pasar. (Foto: Dodi Hermawan/Kabarku)\nIsi.", "Warga di pasar. ( ) Isi."),
    ("Warga di pasar. (Kabarku.com/Dodi Hermawan)\nIsi.", "Warga di pasar. ( ) Isi."),
    ("Warga di pasar. Foto: Dodi Hermawan/Kabarku\nIsi.", "Warga di pasar. Foto: Isi."),
    # not credits
    ("Jane Doe is a candidate for mayor.", "Jane Doe is a candidate for mayor."),
    ("Harga naik (lihat tabel: Harga/Bulan) kemarin.", "Harga naik (lihat tabel: Harga/Bulan) kemarin."),
    ("Laporan: polisi menerima tiga aduan.", "Laporan: polisi menerima tiga aduan."),
    ("Oleh karena itu, warga mengungsi.", "Oleh karena itu, warga mengungsi."),
    ("By Tuesday, the water had receded.", "By Tuesday, the water had receded."),
]


@pytest.mark.parametrize("text,kept", CREDITS + CREDITS_MORE)
def test_strip_credits(text, kept):
    from events_cli.extract.text import strip_credits

    out = strip_credits(text)
    assert len(out) == len(text)
    assert " ".join(out.split()) == kept


def test_paragraphs_joined_with_commas_by_a_scraper():
    text = ("Sudah membaik.,Hal itu terungkap.,,,,,Belakangan kembali. Harga naik 10.5 persen, katanya.\n"
            ",,,Presiden datang.")
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Sudah membaik.", "Hal itu terungkap.", "Belakangan kembali.", "Harga naik 10.5 persen, katanya.",
        "Presiden datang."]


def test_span_set_answers_as_a_loop_over_its_spans():
    rng = random.Random(7)
    for _ in range(500):
        spans = [(a, a + rng.randint(1, 8)) for a in (rng.randint(0, 40) for _ in range(rng.randint(0, 8)))]
        k = rng.randint(0, len(spans))
        given = SpanSet(spans[:k])  # some given at the start (overlapping or not), the rest added
        for s, e in spans[k:]:
            given.add(s, e)
        assert bool(given) == bool(spans)
        for a in range(50):
            for b in (a + 1, a + 3, a + 10):
                assert given.overlaps(a, b) == any(a < e and s < b for s, e in spans), (spans, a, b)


@pytest.mark.parametrize("span, name", [
    ("Saudi Arabia later this year", "Saudi Arabia"),
    ("Los Blancos dibungkam Paris", "Los Blancos"),
    ("Kementerian Pertahanan setempat", "Kementerian Pertahanan"),
    ("The 10th World Water Forum officially opened in Bali", "The 10th World Water Forum"),
    ("Gulf of Mexico", "Gulf of Mexico"),
    ("Kementerian pertahanan Rusia", "Kementerian pertahanan Rusia"),  # written without capitals
    ("Choi Si-won", "Choi Si-won"),
    ("kecamatan sirenja", "kecamatan sirenja"),  # a name typed in lower case is left alone
])
def test_name_end(span, name):
    text = f"x {span} y"
    assert text[2:name_end(text, 2, 2 + len(span))] == name


FURNITURE = [
    "SCROLL TO CONTINUE WITH CONTENT", "ADVERTISEMENT", "Advertisement", "Bagikan", "Share this article",
    "Copy link", "Baca berita tanpa iklan. Gabung Kompas.com+", "Tags: banjir, longsor, Garut",
    "Topik: Pilkada Jabar", "Home > News > Nasional", "Beranda » Regional » Jawa Barat", "Beranda » Regional",
    "Nasional", "Berita | Ekonomi | Olahraga | Tekno", "Facebook Twitter WhatsApp Telegram", "· 3 menit baca",
    "5 min read", "Sign up for our newsletter", "Ikuti kami di Google News", "Text Sizes", "Larger", "AA",
    "Baca kisah lengkapnya di sini", "Tim Redaksi", "Selengkapnya klik di sini:", "Advertising",
    "A   A   A   Pengaturan Font", "Konten dari Pengguna", "Our Standards: The Trust Principles.",
    "Tulisan dari Ani Lestari tidak mewakili pandangan dari redaksi",
]
NOT_FURNITURE = [
    "Presiden datang ke Bandung pada Senin.", "Jakarta", "Ani Lestari", "Harga Cabai Naik",
    "Bagikan makanan kepada warga yang terdampak banjir di desa itu.", "Nasional Demokrat menggelar rapat.",
    "Iklan rokok dilarang di jalan protokol, kata wali kota.", "Kami sudah lama tinggal di sini.", "Harga naik > 10 persen, kata dia.",
    "“Kami tinggal di sini,” kata Ani.",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_lines(line):
    from events_cli.extract.text import is_furniture_line

    assert is_furniture_line(line)


@pytest.mark.parametrize("line", NOT_FURNITURE)
def test_article_lines_are_no_furniture(line):
    from events_cli.extract.text import is_furniture_line

    assert not is_furniture_line(line)


@pytest.mark.parametrize("text,kept", [
    # Kompas: a writers' list under its label, no actors
    ("Penulis\nAni Lestari, Budi Santoso\nEditor\nCitra Dewi\n\nJAKARTA, KOMPAS.com - Isi.", "JAKARTA, KOMPAS.com - Isi."),
    ("Tim Redaksi\nJAKARTA, KOMPAS.com - Isi.", "JAKARTA, KOMPAS.com - Isi."),
    ("Tim Redaksi\nJAKARTA, KOMPAS.com\n– Isi.", "JAKARTA, KOMPAS.com – Isi."),  # the dateline under the label
    # Tempo: each label, a blank line, its name; Kompas: the name above its label
    ("Reporter\n\nAni Lestari\n\nEditor\n\nBudi Santoso\n\nTEMPO.CO, Jakarta - Isi.", "TEMPO.CO, Jakarta - Isi."),
    ("Judul Berita Ini.\nAni Lestari\n\nEditor\n\nJAKARTA, KOMPAS.com - Isi.", "Judul Berita Ini. JAKARTA, KOMPAS.com - Isi."),
    ("SCROLL UNTUK MELANJUTKAN MEMBACA\nGabung di IDN Times\nJakarta, IDN Times - Isi.", "Jakarta, IDN Times - Isi."),
    ("Isi.\nDilarang keras mengambil konten, melakukan crawling tanpa izin.", "Isi."),
    ("Home\nNasional\nMegapolitan\nJAKARTA - Isi.\nSCROLL TO CONTINUE WITH CONTENT\nIsi dua.", "JAKARTA - Isi. Isi dua."),
    ("Isi.\nTags: banjir, Garut\nBagikan\nFacebook Twitter WhatsApp", "Isi."),
    # a label alone, the names one a line under it, ending in commas; or the list without its label
    ("Oleh :\nAni Lestari,\nBudi Santoso\n\nIsi.", "Isi."),
    ("Editor:\nCITRA DEWI\nWarga datang ke balai desa.", "Warga datang ke balai desa."),
    ("Kompas.com - 09/08/2022, 06:12 WIB\nAni Lestari,\nBudi Santoso\n\nIsi.", "Kompas.com - 09/08/2022, 06:12 WIB Isi."),
    # a name above a journalist's title or the page's date
    ("Ani Lestari\nIndonesia Correspondent\nIsi.", "Isi."),
    ("Ani Lestari\n2021.11.16\nIsi.", "2021.11.16 Isi."),
    ("Ani Lestari\nSenin, 3 Juli 2023 10:15 WIB\nIsi.", "Senin, 3 Juli 2023 10:15 WIB Isi."),
    # a photo's credit alone on its line
    ("Pedagang di pasar.\n- ANTARA/Dodi Hermawan\nIsi.", "Pedagang di pasar. Isi."),
    ("Polisi di bandara.\nAni Lestari/RadioKita\nIsi.", "Polisi di bandara. Isi."),
    ("Isi.\n(Dodi Hermawan)", "Isi."),
    # teaser lists: their title and the headlines under it
    ("Isi.\n\nBerita Terkait\nHujan Deras di Garut\nJalan Tol Macet Panjang\n\nIsi dua.", "Isi. Isi dua."),
    ("Isi.\nBerita Kabarku Lainnya\nHujan Deras di Garut\n\nTerpopuler\n1\nJalan Tol Macet\n2\nHarga Naik",
     "Isi."),
    ("Isi.\nMost Read\n\nFloods hit a river town\nMarkets fall again", "Isi."),
    ("Isi.\nTop Stories\nFloods hit a river town", "Isi."),
    ("Isi.\nRelated Posts\nFloods hit a river town", "Isi."),
    ("Isi.\nKabarku Stories\nFloods hit a river town", "Isi."),
    ("Isi.\nPromosi Liburan Hemat di Garut\nIsi dua.", "Isi. Isi dua."),
    ('Isi.\nSimak Video "Hujan Deras di Garut"\n[Gambas:Video 20kabar]', "Isi."),
    # a print edition's teasers: a headline and its lead's first word with the page
    ("Isi.\n\nJalan Rusak di Cianjur\nWARGA...Baca Hal 5\n\nIsi dua.", "Isi. Isi dua."),
    # a title that is the article's own: no headlines under it, or prose under it
    ("Terkait\n\nIsi panjang berita tentang banjir yang melanda tiga desa di Garut sejak Senin pagi hingga malam "
     "hari, menurut keterangan kepala desa setempat kepada para wartawan.",
     "Terkait Isi panjang berita tentang banjir yang melanda tiga desa di Garut sejak Senin pagi hingga malam "
     "hari, menurut keterangan kepala desa setempat kepada para wartawan."),
    ("Isi.\nAni Lestari\nIsi dua.", "Isi. Ani Lestari Isi dua."),
    # a sub-heading of the article's own, its paragraphs scraped without blank lines
    ("Isi.\nKorban Lainnya\nPolisi juga menemukan dua korban lain di bawah jembatan itu pada Selasa pagi.\nIsi dua.",
     "Isi. Korban Lainnya Polisi juga menemukan dua korban lain di bawah jembatan itu pada Selasa pagi. Isi dua."),
    # a byline of a name and the outlet above the date; a name and the outlet closing the text
    ("Dodi Hermawan - detikKabar\nSenin, 12 Feb 2024 10:15 WIB\nIsi.", "Senin, 12 Feb 2024 10:15 WIB Isi."),
    ("Isi berita berakhir.\n\nDodi Hermawan\nKabarku\n", "Isi berita berakhir."),
    ("Jawa Barat - Bandung\nIsi berita.", "Jawa Barat - Bandung Isi berita."),
    # a label that opens a sentence is the article's
    ("Penulis buku itu, Ani Lestari, hadir.", "Penulis buku itu, Ani Lestari, hadir."),
    # a credit's label alone on its line (text.CREDIT_WORDS), and the names below it
    ("Banjir surut.\nFoto\nDodi Kusnadi\n", "Banjir surut."),
    ("Banjir surut.\nReporting by\nRina Wulandari\n", "Banjir surut."),
    ("Banjir surut.\nLaporan\nAni Lestari\n", "Banjir surut."),
])
def test_strip_furniture(text, kept):
    from events_cli.extract.text import strip_furniture

    out = strip_furniture(text)
    assert len(out) == len(text)
    assert " ".join(out.split()) == kept

