import datetime as dt

import pytest

from events_cli.extract.events import build_events
from events_cli.extract.text import split_sentences
from events_cli.models import ActorMention, DateMention, PlaceEntry, PlaceMention


def _mentions(text, names, make):
    out = []
    for name in names:
        start = text.index(name)
        out.append(make(start, start + len(name), name))
    return out


def _events(text, dates, actors=(), places=(), published=None):
    date_mentions = []
    for phrase, value, precision in dates:
        start = text.index(phrase)
        date_mentions.append(DateMention(start, start + len(phrase), phrase, value, precision))
    actor_mentions = _mentions(text, actors, lambda s, e, n: ActorMention(s, e, n, n, "person"))
    place_mentions = _mentions(text, places, lambda s, e, n: PlaceMention(s, e, n, PlaceEntry(n, "city")))
    first_line = text.find("\n")
    return build_events(text, split_sentences(text), date_mentions, actor_mentions, place_mentions, published,
                        first_line if first_line != -1 else len(text))


D = dt.date


@pytest.mark.parametrize("text,dates,published,expected", [
    # the lede's date is the main event
    ("Gempa terjadi pada 1 Mei 2023.\nWarga mengungsi sejak 2022.",
     [("1 Mei 2023", D(2023, 5, 1), "day"), ("2022", D(2022, 1, 1), "year")], None,
     [(D(2023, 5, 1), "day", "main"), (D(2022, 1, 1), "year", "other")]),
    # no date in the lede: the publication date
    ("Gempa mengguncang kota.\nWarga mengungsi sejak 2022.", [("2022", D(2022, 1, 1), "year")], D(2023, 5, 2),
     [(D(2023, 5, 2), "day", "main"), (D(2022, 1, 1), "year", "other")]),
    # no lede date, no publication date: the lede undated (a year further on is no guess at it)
    ("Gempa mengguncang kota.\nWarga mengungsi sejak 2022.", [("2022", D(2022, 1, 1), "year")], None,
     [(None, "day", "main"), (D(2022, 1, 1), "year", "other")]),
    # ... but the first statement dated to the day is
    ("Gempa mengguncang kota.\nWarga mengungsi pada 2 Mei 2022.", [("2 Mei 2022", D(2022, 5, 2), "day")], None,
     [(D(2022, 5, 2), "day", "main")]),
    # nothing dated at all: the lede, undated
    ("Gempa mengguncang kota.", [], None, [(None, "day", "main")]),
    # the same date twice in one sentence is one event
    ("Pada 2022 dan sekali lagi pada 2022 warga pindah.", [("2022", D(2022, 1, 1), "year")], None,
     [(D(2022, 1, 1), "year", "main")]),
    # a lede date after publication is not the main event
    ("Acara digelar 5 Juni 2023.\nLain.", [("5 Juni 2023", D(2023, 6, 5), "day")], D(2023, 5, 1),
     [(D(2023, 5, 1), "day", "main"), (D(2023, 6, 5), "day", "other")]),
])
def test_main_and_other_events(text, dates, published, expected):
    assert [(e.date, e.precision, e.kind) for e in _events(text, dates, published=published)] == expected


def test_actors_and_places_of_the_story():
    text = ("Andi bertemu Budi pada 1 Mei 2023 di Bandung.\n"
            "Pertemuan tersebut diadakan di Gedung Sate.\n"
            "Mereka membahas situasi di Jakarta.\n"
            "Citra sudah menjabat sejak 2011 di Bogor.")
    events = _events(text, [("1 Mei 2023", D(2023, 5, 1), "day"), ("2011", D(2011, 1, 1), "year")],
                     actors=["Andi", "Budi", "Citra"], places=["Bandung", "Gedung Sate", "Jakarta", "Bogor"])
    main, other = events
    assert [a.name for a in main.actors] == ["Andi", "Budi"]
    assert main.places == ["Bandung", "Gedung Sate"]  # the venue, not a place merely talked about
    assert [a.name for a in other.actors] == ["Citra"] and other.places == ["Bogor"]


def test_main_event_prefers_a_day_in_the_next_paragraph_over_a_period_in_the_lede():
    import datetime as dt

    from events_cli.extract.dates import extract_dates
    from events_cli.extract.events import build_events
    from events_cli.extract.text import split_sentences

    text = ("KPU menetapkan 580 kursi, bertambah dari anggota DPR periode 2019-2024.\n\n"
            "Ketua KPU di Jakarta, Selasa (10/10/2023), mengatakan hal itu.")
    sentences = split_sentences(text)
    events = build_events(text, sentences, extract_dates(text), [], [], None, text.find("\n"))
    main = next(e for e in events if e.kind == "main")
    assert (main.date, main.precision) == (dt.date(2023, 10, 10), "day")


def _extracted(text, published=None):
    """Events of `text` with the real date extractor; the lede is its first line."""
    from events_cli.extract.dates import extract_dates

    first_line = text.find("\n")
    return build_events(text, split_sentences(text), extract_dates(text, published), [], [], published,
                        first_line if first_line != -1 else len(text))


def _shown(events):
    return [(e.kind, e.date, e.partial, " ".join(e.sentence.split()[:3])) for e in events]


# Issue 13: what a page makes of its events. (text, published, [(kind, date, partial, first three words)])
ISSUE_13_EVENTS = [
    # one sentence with three dates is one event: the happening's date, not the references
    ("Banjir melanda Bekasi, Rabu (8/1/2020).\nWarga yang tinggal di sana sejak 2004 mengungsi pada 9 Januari 2020 "
     "hingga 12 Januari 2020.", None,
     [("main", D(2020, 1, 8), None, "Banjir melanda Bekasi,"),
      ("other", D(2020, 1, 9), None, "Warga yang tinggal")]),
    # a photo caption repeated under each picture is one event
    ("Banjir melanda Bekasi, Rabu (8/1/2020).\nPetugas mengevakuasi warga di Bekasi, Rabu (8/1/2020).\n"
     "Warga bertahan di atap rumah.\nPetugas mengevakuasi warga di Bekasi, Rabu (8/1/2020).", None,
     [("main", D(2020, 1, 8), None, "Banjir melanda Bekasi,"),
      ("other", D(2020, 1, 8), None, "Petugas mengevakuasi warga")]),
    # a publication stamp line is no event, and not the main one
    ("Kompas.com - 08/10/2019, 14:30 WIB\nKPK menahan Wali Kota Medan, Selasa (8/10/2019).", None,
     [("main", D(2019, 10, 8), None, "KPK menahan Wali")]),
    ("Kompas.com - 08/10/2019, 14:30 WIB\nKPK menahan Wali Kota Medan usai operasi tangkap tangan.",
     D(2019, 10, 8), [("main", D(2019, 10, 8), None, "KPK menahan Wali")]),
    # a byline is no event
    ("Oleh: Rina Wulandari • 14 Januari 2020\nPemerintah menaikkan tarif ojek daring di Jakarta.", D(2020, 1, 14),
     [("main", D(2020, 1, 14), None, "Pemerintah menaikkan tarif")]),
    # a background sentence further on in the lede is not the main event
    ("The lender plans to cut 800 jobs in Asia. The bank, founded in 2004, employs 9,000 people.", None,
     [("main", None, None, "The lender plans"),
      ("other", D(2004, 1, 1), None, "The bank, founded")]),
    ("Pada 2004, bank itu berdiri di Surabaya. Kini bank itu memangkas 800 pegawai.", D(2023, 5, 2),
     [("main", D(2023, 5, 2), None, "Kini bank itu"),
      ("other", D(2004, 1, 1), None, "Pada 2004, bank")]),
    # the statement's date in the next paragraph: "kata X, Kamis (16/1)"
    ("Pemerintah akan menaikkan harga BBM bulan depan.\nHal itu disampaikan Menteri Energi di Jakarta, "
     "kata Anton, Kamis (16/1).", D(2020, 1, 17),
     [("main", D(2020, 1, 16), None, "Hal itu disampaikan")]),
    # an English article always gets its events: undated without a publication date...
    ("The central bank kept its rate unchanged, the governor said on Tuesday.", None,
     [("main", None, None, "The central bank")]),
    # ... and "said on Tuesday" read against it when there is one
    ("The central bank kept its rate unchanged, the governor said on Tuesday.", D(2018, 1, 24),
     [("main", D(2018, 1, 23), None, "The central bank")]),
    # the day it was told is not the happening's, when the lede or the next paragraph dates that
    ("Floods swept through two villages, killing four people, officials said Thursday.\n"
     "The river burst its banks late Tuesday after days of rain, said a police spokesman.", D(2021, 3, 5),
     [("main", D(2021, 3, 2), None, "The river burst"), ("other", D(2021, 3, 4), None, "Floods swept through")]),
    ("Warga dua desa mengungsi, kata Camat Sukamaju Dedi Rusmana, Kamis (4/3).\n"
     "Tanggul jebol pada Selasa (2/3) malam.", D(2021, 3, 5),
     [("main", D(2021, 3, 2), None, "Tanggul jebol pada"), ("other", D(2021, 3, 4), None, "Warga dua desa")]),
    # ... but stays the main event when nothing dates the happening
    ("Floods swept through two villages, officials said Thursday.\nIn 2019, the river burst its banks.",
     D(2021, 3, 5),
     [("main", D(2021, 3, 4), None, "Floods swept through"), ("other", D(2019, 1, 1), None, "In 2019, the")]),
    # an undated lede: the next paragraph's day named relative to the publication ("on Monday")
    ("Fishermen have sued the owner of a cement plant.\nThe suit, filed in Bandung on Monday, asks for damages.",
     D(2018, 1, 23), [("main", D(2018, 1, 22), None, "The suit, filed")]),
    # a headline line and a photo caption above the lede are not the lede
    ("Kasir Koperasi Ditangkap di Lampung\nIlustrasi penangkapan. ©2021 Warta Kita\n"
     "Polisi menangkap kasir sebuah koperasi.\n\"Kami amankan Minggu malam,\" kata Kapolres, Selasa (9/11).",
     D(2021, 11, 9),
     [("main", D(2021, 11, 7), None, "\"Kami amankan Minggu")]),
    ("Warga mengungsi di Bekasi, Senin (6/1/2020). (Foto: Dok. Warta Kita)\n"
     "Banjir merendam ratusan rumah.", D(2020, 1, 8),
     [("main", D(2020, 1, 8), None, "Banjir merendam ratusan"),
      ("other", D(2020, 1, 6), None, "Warga mengungsi di")]),
    # ... and without a publication date, a weekday read against the statement's written day
    ("Polisi menangkap kasir sebuah koperasi.\n\"Kami amankan Minggu malam.\" Hal itu dikatakan Kapolres, "
     "Selasa (9/11/2021).", None,
     [("main", D(2021, 11, 7), None, "\"Kami amankan Minggu"), ("other", D(2021, 11, 9), None, "Hal itu dikatakan")]),
    # a reference ("sejak 2023", "since 1976") in the lede is no main event, even a recent one
    ("Sejak 2023, warga mengeluhkan jalan rusak.\nJalan itu belum diperbaiki.", D(2023, 11, 5),
     [("main", D(2023, 11, 5), None, "Sejak 2023, warga"), ("other", D(2023, 1, 1), None, "Sejak 2023, warga")]),
    ("Since 1976, the group has run the school in Dili.\nThe school closed last month.", None,
     [("main", None, None, "Since 1976, the"), ("other", D(1976, 1, 1), None, "Since 1976, the")]),
    # a day and month whose year nobody wrote: the main event keeps what is known
    ("Polisi menangkap dua pelaku pada Selasa (8/10).", None,
     [("main", None, "--10-08", "Polisi menangkap dua")]),
]


@pytest.mark.parametrize("text,published,expected", ISSUE_13_EVENTS)
def test_issue_13_events(text, published, expected):
    assert _shown(_extracted(text, published)) == expected


def test_ranges_reach_the_event():
    (event,) = _extracted("Pameran digelar pada 20-25 Oktober 2023 di Bandung.")
    assert (event.date, event.last, event.precision) == (D(2023, 10, 20), D(2023, 10, 25), "day")


@pytest.mark.parametrize("sentence, furniture", [
    ("Penulis: Ani Lestari", True),
    ("Oleh: Budi Santoso", True),
    ("By Rina Wulandari", True),
    ("Reporting by Dodi Kusnadi; editing by Sinta Maharani", True),
    ("Laporan Wartawan Tribunjabar.id, Ani Lestari", True),
    ("Sumber: Antara", True),
    ("Updated: 12 Maret 2024 10:15", True),
    # the same words opening a sentence are no credit
    ("Oleh karena itu, KPK menahan tersangka pada Senin.", False),
    ("Authors of the study said the rate fell on Monday.", False),
    ("Sumber daya air di desa itu habis pada Juli.", False),
])
def test_a_credit_opening_a_sentence_is_no_happening(sentence, furniture):
    from events_cli.extract.events import _is_furniture

    assert _is_furniture(sentence) is furniture


def test_an_event_in_a_quotation_of_several_sentences_shows_the_whole_quotation():
    """'Kami terus membantu," kata Doni' alone starts inside a quotation: the event shows it from
    where it opens; a quotation left open (a scraper's stray quote) or too long shows the sentence."""
    text = ('Banjir melanda Garut.\n"Pengungsi 1.200 jiwa. Kami terus membantu," kata Doni Harsono, Senin (16/10/2023).\n'
            'Kata warga, "air naik. Rumah terendam pada Selasa (17/10/2023).')
    events = _events(text, [("Senin (16/10/2023)", D(2023, 10, 16), "day"), ("Selasa (17/10/2023)", D(2023, 10, 17), "day")],
                     published=D(2023, 10, 18))
    said = {e.date: e.sentence for e in events}
    assert said[D(2023, 10, 16)] == '"Pengungsi 1.200 jiwa. Kami terus membantu," kata Doni Harsono, Senin (16/10/2023).'
    assert said[D(2023, 10, 17)] == "Rumah terendam pada Selasa (17/10/2023)."


def test_a_quotation_of_several_sentences_is_one_event():
    """Each of its sentences writes a date, and it is shown whole: one event, dated as its first
    sentence's date of the finest precision; the main event shows it when it is the lede."""
    text = ('Balapan di Sentul dipercepat panitia.\n'
            '"Cuaca Jumat (20/9/2019) lebih baik. Besok, Sabtu (21/9/2019), lomba dimulai pagi," ucap Dani.')
    events = _events(text, [("Jumat (20/9/2019)", D(2019, 9, 20), "day"), ("Sabtu (21/9/2019)", D(2019, 9, 21), "day")],
                     published=D(2019, 9, 20))
    quoted = [e for e in events if e.sentence.startswith('"Cuaca')]
    assert len(quoted) == 1 and quoted[0].date == D(2019, 9, 20)
    assert quoted[0].sentence == '"Cuaca Jumat (20/9/2019) lebih baik. Besok, Sabtu (21/9/2019), lomba dimulai pagi," ucap Dani.'


# Session 18 (k3): an undated lede dated by a statement further down (made-up texts in real pages' shapes)
@pytest.mark.parametrize("text,published,expected", [
    # "ujarnya, Minggu (6/8)": the statement's day with "-nya" after its verb, three paragraphs down
    ("Warga Desa Sukamaju bergotong royong membersihkan saluran irigasi.\nKegiatan diikuti warga lima dusun.\n"
     "Mereka membawa cangkul dan karung.\n\"Kami ingin saluran ini lancar,\" ujarnya, Minggu (6/8).",
     D(2023, 8, 7), D(2023, 8, 6)),
    # a year in an edition's name dates the lede only until a statement below gives its day
    ("Pekan Olahraga Kabupaten Tahun 2023 resmi ditutup.\nTuan rumah keluar sebagai juara umum.\n"
     "Berikut daftar perolehan medali.\nKontingen A meraih 20 emas.\nKontingen B meraih 15 emas.\n"
     "\"Kita semua juara,\" kata Ketua Panitia dalam laporannya di acara penutupan, Sabtu (5/8/2023) malam.",
     None, D(2023, 8, 5)),
    # far below, past the state of things "per 2 Agustus" and a span's end "hingga 5 Agustus"
    ("Perolehan medali kontingen kembali bertambah.\nKali ini cabang sepatu roda menyumbang enam emas.\n"
     "Atlet putra meraih dua emas.\nAtlet putri meraih empat emas.\n"
     "Hingga saat ini per 2 Agustus 2023, kontingen meraih 19 emas.\n"
     "Beberapa cabang masih berjalan hingga 5 Agustus 2023.\n"
     "\"Terima kasih atas perjuangan para atlet,\" ucapnya saat ditemui Minggu (6/8/2023).",
     D(2023, 8, 7), D(2023, 8, 6)),
])
def test_an_undated_lede_takes_a_statements_day_below(text, published, expected):
    main = [e for e in _extracted(text, published) if e.kind == "main"]
    assert [e.date for e in main] == [expected]
    assert main[0].sentence.startswith(text.split()[0])
