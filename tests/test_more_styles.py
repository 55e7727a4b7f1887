"""Forms read on real pages of outlets the fixtures did not imitate yet (session 10: Pos Kota,
RMOL, Riau Mandiri, Aktual, Kabar Progresif, Diagram Kota, Menalar, The New Paper, Morung Express,
Kompas English, The News, a US paper's AP copy). Each case failed before the rule it tests was
written; every text is made up, in the style of the pages it imitates."""
import pytest

from events_cli.extract import extract_article
from events_cli.extract.dateline import parse_dateline
from events_cli.extract.text import is_furniture_line
from events_cli.models import Article


def _extract(text: str):
    return extract_article(Article(text=text, origin="page.txt"))


def _names(record, kind: str) -> list[str]:
    return [a.name for a in record.actors if a.kind == kind]


# Credits written where the older rules did not look: after a stamp's bar, under a sentence
# that announces the writer, inside Kompas English's closing bracket.
CREDITS = [
    ("Politik\n\nDPRD Tunda Sidang Anggaran\n\nSELASA, 12 MARET 2024 | 09:10 WIB | LAPORAN: DEWI ANGGRAENI\n\n"
     "Ketua DPRD Kota Serang Budi Rohman menunda sidang anggaran, Selasa (12/3/2024).", "Dewi Anggraeni"),
    ("Ketua DPRD Kota Serang Budi Rohman menunda sidang anggaran, Selasa (12/3/2024).\n\n"
     "Artikel ini ditulis oleh:\nDewi Anggraeni\nEditor:\nYusuf Mahendra", "Dewi Anggraeni"),
    ("JAKARTA, KOMPAS.com - Budi Rohman, the head of the city council, postponed the budget session on Tuesday.\n\n"
     "(Writer: Dewi Anggraeni | Editor: Yusuf Mahendra)", "Dewi Anggraeni"),
]


@pytest.mark.parametrize("text,credit", CREDITS)
def test_credits_in_more_places_are_no_people(text, credit):
    persons = _names(_extract(text), "person")
    assert "Budi Rohman" in persons
    assert not any(credit.split()[0].lower() in p.lower() for p in persons)


def test_a_caption_closed_by_its_photo_source_names_its_subject():
    # RMOL's captions: the subject's role and name, then "/Net" (taken from the internet)
    text = ("Berita\n\nWakil Ketua MPR Sarifuddin Lubis/Net\n\nPolitik\n\nMPR Bahas Amandemen\n\n"
            "Ketua Fraksi PKB Anwar Hidayat mengatakan pembahasan dimulai pekan depan, Rabu (6/3/2024).")
    persons = _names(_extract(text), "person")
    assert "Sarifuddin Lubis" in persons and "Anwar Hidayat" in persons


@pytest.mark.parametrize("listed,bodies", [
    ("Dinas Pendidikan dan Dinas Kesehatan", ["Dinas Pendidikan", "Dinas Kesehatan"]),
    ("Polri dan Manggala Agni", ["Polri", "Manggala Agni"]),
    ("Kementerian Keuangan dan Bank Indonesia", ["Kementerian Keuangan", "Bank Indonesia"]),
])
def test_two_bodies_joined_by_dan_are_two(listed, bodies):
    text = f"Rapat itu dihadiri {listed} di Pekanbaru, Senin (9/9/2024). Hasilnya diumumkan sore harinya."
    orgs = _names(_extract(text), "organization")
    assert all(b in orgs for b in bodies) and listed not in orgs


@pytest.mark.parametrize("name", ["Badan Pengawas Obat dan Makanan", "Dinas Perdagangan dan Perindustrian Kota Bandung",
                                  "Kementerian Komunikasi dan Informatika"])
def test_a_body_whose_name_holds_dan_stays_whole(name):
    text = f"Pengumuman itu disampaikan {name} di Jakarta, Rabu (17/7/2024). Pemeriksaan masih berlangsung."
    assert name in _names(_extract(text), "organization")


def test_a_body_of_the_table_is_no_place():
    text = ("Penarikan produk itu diumumkan di kantor BPOM, Jakarta, Rabu (17/7/2024). "
            "Kepala BPOM Taruna Wibisono mengatakan pengawasan diperketat.")
    record = _extract(text)
    assert "BPOM" not in [p.name for p in record.places]
    assert "Jakarta" in [p.name for p in record.places]


def test_a_bare_short_form_is_the_body_the_article_defined():
    text = ("Kejaksaan Negeri (Kejari) Madiun menahan seorang kepala desa, Selasa (22/10/2024). "
            "Kejari juga menyita dua bidang tanah milik tersangka.")
    orgs = _names(_extract(text), "organization")
    assert orgs == ["Kejaksaan Negeri Madiun"]


@pytest.mark.parametrize("text,source,place", [
    ("KABARPROGRESIF.COM: (Surabaya) Pemerintah Kota Surabaya membuka pasar murah.", "KABARPROGRESIF.COM", "Surabaya"),
    ("SUARASURABAYA.NET: Pemerintah Kota Surabaya membuka pasar murah.", "SUARASURABAYA.NET", None),
    ("Jakarta, March 12 (Reuters): Indonesia and Vietnam agreed on Tuesday to set up a hotline.", "Reuters", "Jakarta"),
    # an outlet in capitals before the place, a space before the comma
    ("ZONA BERITA , JAKARTA - Ratusan warga menggelar unjuk rasa.", "ZONA BERITA", "JAKARTA"),
    # a place and a domain alone on the first line, the lede below
    ("DEPOK,WARTAONLINE.COM\nWali Kota Depok meresmikan taman, Sabtu (21/9/2024).", "WARTAONLINE.COM", "DEPOK"),
])
def test_datelines_of_regional_sites(text, source, place):
    dateline = parse_dateline(text)
    assert (dateline.source, dateline.place) == (source, place)


def test_an_app_promotion_is_furniture():
    assert is_furniture_line("Get The Daily Paper on your phone with the free app. Download from the Apple App Store now")
    assert is_furniture_line("Download aplikasi Warta Kota di Google Play Store")
    assert not is_furniture_line("Warga diminta mengunduh aplikasi itu sebelum pekan depan.")


def test_a_wire_sign_off_is_no_organisation():
    text = ("JAKARTA: Indonesia's navy seized a tanker off Batam island on Sunday night, officials said. - REUTERS\n\n"
            "Customs officers joined the inspection on Monday. -- BERNAMA")
    orgs = _names(_extract(text), "organization")
    assert "REUTERS" not in orgs and "BERNAMA" not in orgs


# ------------------------------------------------------------------ a second round (serambinews_01 ...)

def test_jakarta_post_ranks_and_print_bylines():
    text = ("Dewi Kartika and Rudi Hartono, Gorontalo – Police arrested nine people on Saturday, "
            "spokesman Sr. Comr. Bambang Wiratmo told The Jakarta Post.")
    record = _extract(text)
    assert _names(record, "person") == ["Bambang Wiratmo"]
    assert [p.name for p in record.places] == ["Gorontalo"]


def test_a_credit_glued_to_a_caption_is_no_person():
    text = ("The minister met farmers in Bali on Thursday.\n\n"
            "The minister met farmers in Bali on Thursday.Credit: Wayan Sudarsa\n\n"
            "Minister Ketut Arsana said the harvest was late.")
    persons = _names(_extract(text), "person")
    assert "Ketut Arsana" in persons and "Wayan Sudarsa" not in persons


def test_the_long_form_of_a_body_with_commas_stays_whole():
    text = ("Menteri Agama Yusuf Hamdani mengatakan hilal tidak terlihat, Minggu (10/3/2024).\n\n"
            "Sidang itu dihadiri perwakilan Majelis Ulama Indonesia, ormas Islam, dan Badan Meteorologi, "
            "Klimatologi, dan Geofisika.")
    record = _extract(text)
    assert "Badan Meteorologi, Klimatologi, dan Geofisika" in _names(record, "organization")
    assert _names(record, "person") == ["Yusuf Hamdani"]


@pytest.mark.parametrize("name", ["Aula Dinas Pendidikan Bireuen", "Olimpiade Sains Nasional", "Gedung Sate Bandung"])
def test_a_hall_or_a_contest_is_no_body(name):
    text = f"Acara itu digelar di {name}, Rabu (13/11/2024), dan diikuti 120 siswa dari 40 sekolah."
    assert name not in _names(_extract(text), "organization")


def test_a_lone_dateline_the_article_writes_as_a_place_is_no_outlet():
    # the gazetteer does not know every regency by its bare name
    dateline = parse_dateline("SIGLIWANGI - Tiga siswa dari Kabupaten Sigliwangi meraih juara olimpiade.")
    assert (dateline.source, dateline.place) == (None, "SIGLIWANGI")


# ------------------------------------------------------------------ a third round (okezone_02 ...)

def test_okezone_byline_with_its_stamp_is_a_credit():
    text = ("HOME NEWS MEGAPOLITAN\n\nBanjir Rendam Kemang\n\nDimas Arya , Jurnalis-Kamis, 20 Februari 2025 |08:41 WIB\n"
            "Banjir Rendam Kemang\nWarga melintasi banjir (foto: Okezone)\nA\nA\nA\n\n"
            "JAKARTA - Banjir merendam Kemang, Kamis (20/2/2025). Lurah setempat, Sri Wahyuni, mengatakan air mulai surut.")
    persons = _names(_extract(text), "person")
    assert persons == ["Sri Wahyuni"]


def test_formal_you_is_no_place():
    text = ('JAKARTA - Warga Cilincing mengeluhkan banjir, Selasa (11/3/2025). Petugas mengimbau, '
            '"Jika Anda melihat tanggul bocor, segera lapor."')
    places = [p.name for p in _extract(text).places]
    assert "Jakarta" in places and "Anda" not in places


def test_a_channel_plea_is_furniture():
    assert is_furniture_line("Follow WhatsApp Channel Okezone untuk update berita terbaru setiap hari")


def test_a_jakarta_city_office_keeps_suku_in_its_name():
    text = ("Kepala Suku Dinas Lingkungan Hidup Jakarta Utara, Ratna Dewi, menyatakan sampah diangkut, "
            "Selasa (11/3/2025).")
    assert "Suku Dinas Lingkungan Hidup Jakarta Utara" in _names(_extract(text), "organization")


# ------------------------------------------------------------------ a fourth round (radarcirebon_01 ...)

def test_a_feed_footer_names_the_outlet():
    text = ("CIREBON – Ratusan pelamar gugur di tes tulis, Rabu (9/10/2024).\n\n"
            "The post Ratusan Pelamar Gugur appeared first on Radar Kuningan.")
    assert _extract(text).source == "Radar Kuningan"


def test_laporan_oleh_is_a_credit():
    text = ("Truk Terguling di Tol\n\nLaporan oleh Rina Kusumawati\nBagikan\n\n"
            "Sebuah truk terguling di Sidoarjo, Kamis (7/11/2024). Kapolsek Waru Agus Salim mengatakan sopir selamat.")
    assert _names(_extract(text), "person") == ["Agus Salim"]


def test_a_rank_is_not_followed_by_a_place():
    # "Bambang" is also a town the gazetteer knows
    text = "Kasat Lantas Polresta Sidoarjo, Kompol Bambang Irawan, mengatakan sopir truk diduga mengantuk."
    assert "Bambang Irawan" in _names(_extract(text), "person")


def test_a_road_and_where_it_leads_are_two_places():
    text = "Sebuah truk terguling di ruas Tol Waru arah Surabaya, Kamis (7/11/2024) pagi."
    places = [p.name for p in _extract(text).places]
    assert "Surabaya" in places and not any("arah" in p for p in places)


# Session 11: Berita Kota Makassar, Fajar, Jubi, apahabar, Koran Banjar, The Philippine Star,
# The Nation (Thailand), The Himalayan Times, Business Standard.

@pytest.mark.parametrize("text", [
    "Polisi menangkap dua pemuda berinisial RH (19) dan MA (17), warga Kelurahan Bonto Lebang, Sabtu (14/9/2024).",
    "Pelaku berinisial HN ditangkap di Jalan Trikora, Banjarbaru, Jumat (21/6/2024).",
    "Tersangka AS, 24 tahun, ditahan di Mapolres Banjarbaru sejak Jumat (21/6/2024).",
])
def test_initials_with_an_age_or_after_berinisial_are_no_actors(text):
    # crime news names suspects by their initials: "MA" is no Mahkamah Agung there, "HN" nobody to follow
    record = _extract(text)
    assert not [a.name for a in record.actors if a.name in {"RH", "MA", "HN", "AS"}]


def test_the_supreme_court_by_its_initials_stays_a_body():
    orgs = _names(_extract("Ketua MA Hendra Wijaya melantik hakim agung baru di Jakarta, Senin (9/9/2024)."), "organization")
    assert "MA" in orgs or "Mahkamah Agung" in orgs


def test_a_force_compound_is_no_person():
    text = ("Kapolsek Mamajang, Kompol Andi Syahrir, menambahkan kedua pemuda itu warga Bonto Lebang.\n\n"
            "Saat ini keduanya masih menjalani pemeriksaan di Mapolsek Mamajang. (ris)")
    assert "Mapolsek Mamajang" not in _names(_extract(text), "person")


@pytest.mark.parametrize("unit", ["Satuan Reserse Narkoba Polres Banjarbaru", "Satreskrim Polres Cimahi",
                                  "Ditreskrimum Polda Jawa Barat"])
def test_a_police_unit_named_after_its_force_is_one_body(unit):
    text = f"{unit} menangkap seorang pria di Jalan Trikora, Jumat (21/6/2024). Pria itu kini ditahan."
    assert unit in _names(_extract(text), "organization")


@pytest.mark.parametrize("text,published", [
    ("Banjir Rendam Ratusan Rumah\n\n- Apahabar.com Kamis, 9 Januari 2025 - 10:45 WIB\n\n"
     "apahabar.com, MARTAPURA – Banjir merendam 420 rumah sejak Rabu (8/1) malam.", "2025-01-09"),
    ("Published: 14-Mar-24 09:30AM | By\n\nBANGKOK (The Nation/ANN) - Thai police arrested two men on Wednesday.",
     "2024-03-14"),
])
def test_more_publication_stamps(text, published):
    # a stamp set off as a list item with the outlet before the weekday; a labelled stamp with a two-figure year
    assert str(_extract(text).published) == published


@pytest.mark.parametrize("head,source,place", [
    ("BANGKOK (The Nation/ANN) - Thai police arrested two men.", "The Nation", "BANGKOK"),
    ("JAKARTA (Reuters/AFP) - Police said so.", "Reuters", "JAKARTA"),
    ("Papua No. 1 News Portal | Jubi Wamena, Jubi – Ratusan warga datang.", "Jubi", "Wamena"),
])
def test_datelines_with_a_partner_wire_or_a_tagline(head, source, place):
    found = parse_dateline(head)
    assert (found.source, found.place) == (source, place)


@pytest.mark.parametrize("paragraph,title", [
    ("Keempatnya dipulangkan Kamis malam. Baca juga: Polisi bebaskan empat mahasiswa di Nabire \u201cMereka luka-luka,\u201d "
     "kata Yohanes Pigai, Kamis (31/3/2022).", "Polisi bebaskan empat mahasiswa di Nabire"),
    ("Massa bubar pukul 14.30 WP. Baca juga: Longsor putus jalan Wamena-Elelim, warga jalan kaki dua jam  (*)",
     "Longsor putus jalan Wamena-Elelim, warga jalan kaki dua jam"),
])
def test_a_link_run_into_a_paragraph_ends_where_the_article_goes_on(paragraph, title):
    # Jubi writes "Baca juga:" inside its paragraphs: the title ends at an opening quote, two blanks or "(*)"
    record = _extract(paragraph)
    assert [link.title for link in record.related] == [title]
    assert title not in record.body


def test_a_dateline_names_the_country_after_its_city():
    record = _extract("MANILA, Philippines - Police arrested 14 people in a raid in Quezon City on Tuesday night.")
    assert [p.name for p in record.places][:2] == ["Manila", "Filipina"]


@pytest.mark.parametrize("text,facility", [
    ("Kebakaran melanda Pasar Terong, Kecamatan Bontoala, Makassar, Senin (7/10/2024).", "Pasar Terong"),
    ("Bus itu tiba di Terminal Porsea sekitar pukul 05.00 WIB, Sabtu (5/10/2024).", "Terminal Porsea"),
])
def test_a_facility_named_by_its_kind_is_a_place(text, facility):
    assert facility in [p.name for p in _extract(text).places]


def test_the_stock_market_and_a_headline_are_no_facility():
    text = "Pasar Terong Terbakar Lagi\n\nPasar Modal Indonesia dibuka menguat, Senin (7/10/2024)."
    assert not {"Pasar Terong Terbakar", "Pasar Modal Indonesia"} & {p.name for p in _extract(text).places}


def test_a_clock_zone_is_no_body():
    text = "Massa membubarkan diri sekitar pukul 14.30 WP setelah diterima Ketua DPRD Jayawijaya, Selasa (12/3/2024)."
    assert "WP" not in _names(_extract(text), "organization")


def test_a_hyphenated_rank_is_no_part_of_the_name():
    text = "Pol Lt-Gen Kitti Prasertsuk, commander of the Narcotics Suppression Bureau, told reporters on Thursday."
    assert "Kitti Prasertsuk" in _names(_extract(text), "person")


# Session 11, sixth round: Media Indonesia's page, GridFame, Holopis, Okezone's AMP page, Riau Aktual.

def test_a_site_in_the_dateline_is_the_outlet_over_where_the_story_first_ran():
    text = ("GridFame.id - Kabar duka datang dari dunia musik, penyanyi Rina Kusumawati meninggal dunia, Minggu (9/6/2024).\n"
            "Artikel ini telah tayang di Kompas.com dengan judul \"Penyanyi Rina Kusumawati Meninggal Dunia\"")
    assert _extract(text).source == "GridFame.id"


def test_initials_after_atas_nama_are_no_actors():
    text = "\"Yang pertama atas nama HS ditangkap di Surabaya, lalu atas nama RPA di Jakarta Timur,\" kata Trunoyudo, Senin (8/7/2024)."
    record = _extract(text)
    assert not {"HS", "RPA"} & {a.name for a in record.actors}


def test_a_title_short_form_and_a_police_division_are_no_places():
    text = ("Kepala Biro Penerangan Masyarakat (Karo Penmas) Divisi Humas Polri, Brigjen Trunoyudo Wisnu Andiko menjelaskan "
            "penangkapan dilakukan sejak 2 hingga 5 Juli 2024.")
    assert not {"Karo Penmas", "Divisi Humas Polri"} & {p.name for p in _extract(text).places}


def test_a_body_the_tagger_took_for_a_place_is_a_body():
    text = "Zarman Candra mengatakan tim gabungan dari Manggala Agni, TNI dan Polri dikerahkan untuk memadamkan api, Rabu (14/8/2024)."
    record = _extract(text)
    assert "Manggala Agni" in _names(record, "organization")
    assert "Manggala Agni" not in [p.name for p in record.places]


def test_a_police_title_before_a_name():
    text = "Police Commissioner Budi Santoso said the road would reopen on Friday."
    assert "Budi Santoso" in _names(_extract(text), "person")


@pytest.mark.parametrize("span,person", [
    ("Deputy Superintendent of Police Ramesh Thapa", "Ramesh Thapa"),
    ("Minister of Home Affairs Tito Karnavian", "Tito Karnavian"),
    ("Secretary of State Antony Blinken", "Antony Blinken"),
])
def test_a_title_with_its_field_taken_for_a_body_gives_the_person(span, person):
    # The Himalayan Times' "Deputy Superintendent of Police Name": a tagger may take it all for a body
    from events_cli.extract.actors import _titled_person
    from events_cli.models import EntitySpan

    parts = _titled_person(EntitySpan(0, len(span), span, "ORG"))
    assert [(p.text, p.label) for p in parts] == [(person, "PER")]


@pytest.mark.parametrize("head,source", [
    ("DARA | BANDUNG – Gubernur Jawa Barat ingin memindahkan pusat pemerintahan, Senin (26/8/2019).", "DARA"),
    ("NASIONAL | JAKARTA – Harga beras naik lagi, Senin (26/8/2019).", None),  # a section, no outlet
])
def test_an_outlet_before_a_bar_opens_the_dateline(head, source):
    assert (parse_dateline(head).source, parse_dateline(head).place) == (source, head.split(" | ")[1].split(" –")[0])


@pytest.mark.parametrize("text,body", [
    ("The Bogor Police said on Tuesday that two suspects had been arrested in Cibinong.", "Bogor Police"),
    ("Officers from the Nepal Army helped stranded travellers on Monday.", "Nepal Army"),
])
def test_the_before_a_generic_body_is_no_part_of_its_name(text, body):
    orgs = _names(_extract(text), "organization")
    assert body in orgs and f"The {body}" not in orgs and f"the {body}" not in orgs


@pytest.mark.parametrize("name", ["The Habibie Center", "The Jakarta Post", "The Police"])
def test_a_body_named_with_the_keeps_it(name):
    from events_cli.extract.actors import _without_article
    from events_cli.models import EntitySpan

    assert _without_article(EntitySpan(0, len(name), name, "ORG")).text == name


@pytest.mark.parametrize("text,published,dateline", [
    ("Jakarta, July 27, 2017  (Antara) - Floods have claimed 88 lives this year, the agency said on Wednesday.",
     "2017-07-27", "Jakarta"),  # ANTARA's English blogs and wires: the day in the dateline
    ("Jakarta, 13 September 2023 - Banjir merendam ratusan rumah di Bekasi, kata BPBD.", "2023-09-13", "Jakarta"),
])
def test_a_date_in_the_dateline_is_the_publication_day(text, published, dateline):
    record = _extract(text)
    assert (str(record.published), record.dateline_place) == (published, dateline)


def test_summary_points_above_the_dateline_are_passed_over():
    text = ("Villagers detained over mangrove dispute\n\nA fisherman is now in custody. Image by Dedi Kurnia/Mongabay.\n\n"
            "  \u2022 Police in Langkat district, North Sumatra province, detained two villagers in May.\n"
            "  \u2022 Local groups say the forest is zoned as protected.\n\n"
            "LANGKAT, Indonesia \u2014 Rahmat Hidayat was repairing his boat in Kuala Langkat on May 3, 2024 when men took him away.")
    assert parse_dateline(text).place == "LANGKAT"


@pytest.mark.parametrize("name,place,kind", [
    ("Brebes District", "Kabupaten Brebes", "regency"),  # ANTARA English: a kabupaten
    ("Bandung Regency", "Kabupaten Bandung", "regency"),
    ("Bogor City", "Bogor", "city"),
    ("Riau Province", "Riau", "province"),
    ("Kuta District", "Kuta", "city"),  # no regency of that name: the town's district
])
def test_english_writes_the_kind_after_the_name(name, place, kind):
    from events_cli.extract.places import resolve_place

    entry = resolve_place(name)
    assert (entry.name, entry.kind) == (place, kind)


def test_an_outlet_named_with_a_place_is_no_place():
    text = "\u201cThey showed no warrant,\u201d his sister Nurul Aini told Mongabay Indonesia on Friday, May 3, 2024."
    assert "Mongabay Indonesia" not in [p.name for p in _extract(text).places]


def test_a_dateline_alone_on_its_line_without_a_dash():
    # CNN Indonesia's pages as kept by aggregators: "Jakarta, CNN Indonesia", the lede below
    text = "Israel Sepakat Gencatan Senjata\n\nJakarta, CNN Indonesia\n\nGencatan senjata diharapkan mulai pada Rabu (27/11/2024)."
    found = parse_dateline(text)
    assert (found.source, found.place) == ("CNN Indonesia", "Jakarta")
    assert "CNN Indonesia" not in _names(_extract(text), "organization")


def test_a_plea_to_follow_the_outlet_elsewhere_is_furniture():
    assert is_furniture_line("Cek berita dan artikel yg lain di Google News dan ikuti WhatsApp channel mediaindonesia.com")
    assert not is_furniture_line("Cek berita harga cabai di pasar Senin pagi.")


@pytest.mark.parametrize("text,group", [
    ("Gencatan senjata antara Israel dan Hizbullah diharapkan mulai pada Rabu (27/11/2024).", "Hizbullah"),
    ("Pasukan Taliban menguasai perbatasan itu sejak Senin (2/9/2024), kata pejabat setempat.", "Taliban"),
])
def test_an_armed_group_in_foreign_news_is_a_body(text, group):
    record = _extract(text)
    assert group in _names(record, "organization")
    assert group not in _names(record, "person") + [p.name for p in record.places]


def test_a_police_station_named_after_its_neighbourhood_is_a_body():
    text = ("The suspects were brought to the Batasan Police Station and will face charges for violating "
            "Presidential Decree 1602, police said on Wednesday.")
    record = _extract(text)
    assert "Batasan Police Station" in _names(record, "organization")
    assert not {"Batasan", "Batasan Police Station"} & {p.name for p in record.places}


@pytest.mark.parametrize("text,name,nickname", [
    ('JAKARTA - President Joko "Jokowi" Widodo opened the new toll road on Tuesday. Jokowi said more would follow, '
     "and Widodo thanked the workers.", "Joko Widodo", "Jokowi"),
    ("Jakarta Governor Basuki “Ahok” Tjahaja Purnama visited the flooded district on Monday.", "Basuki Tjahaja Purnama",
     "Ahok"),
    ('MANILA - Philippine President Rodrigo "Digong" Duterte said on Monday the campaign would go on.',
     "Rodrigo Duterte", "Digong"),
])
def test_a_nickname_in_quotes_inside_a_name_is_one_person(text, name, nickname):
    # English papers write Indonesian and Philippine leaders with the nickname quoted between
    # the given and the family name (The Jakarta Post, Rappler)
    record = _extract(text)
    persons = [a for a in record.actors if a.kind == "person"]
    assert [a.name for a in persons] == [name]
    assert nickname in persons[0].mentions


@pytest.mark.parametrize("text,name", [
    ("MANILA - National police chief Ronald dela Rosa said on Monday the campaign would go on.", "Ronald dela Rosa"),
    ("Foreign Secretary Albert del Rosario said on Tuesday the case would be filed.", "Albert del Rosario"),
    ("Dutch minister Ank van der Berg visited Jakarta on Monday.", "Ank van der Berg"),
])
def test_a_family_name_with_its_small_words_is_one_name(text, name):
    # Philippine, Spanish and Dutch family names hold small words in lower case
    assert _names(_extract(text), "person") == [name]


def test_a_later_mention_opening_with_the_particle_is_the_same_person():
    text = ("MANILA - Senator Carmela dela Cruz said on Monday the bill would pass. "
            "Dela Cruz added that the vote was set for June.")
    persons = [a for a in _extract(text).actors if a.kind == "person"]
    assert [a.name for a in persons] == ["Carmela dela Cruz"] and "Dela Cruz" in persons[0].mentions


def test_the_dateline_place_in_capitals_below_a_caption_is_no_body():
    # Rappler and The Philippine Star put a photo's caption above "MANILA, Philippines –", which
    # then stays in the text
    text = ("PROBE. Senator Ana Reyes presides over a hearing of the Senate on June 4, 2024.\nMiguel Santos/Rappler\n\n"
            "MANILA, Philippines – Senator Ana Reyes on Wednesday, June 5, asked the Philippine National Police "
            "(PNP) to explain why three suspects in the killing of a broadcaster in Cebu were released.")
    record = _extract(text)
    assert "MANILA" not in _names(record, "organization")


@pytest.mark.parametrize("text,name,short", [
    ('JAKARTA: Hardline group leader Abdul Rahman Al Khaththath was among those arrested, police said on Friday. '
     '"This morning we arrested the secretary general," a spokesman said referring to Khaththath, adding that '
     "police were questioning him.", "Abdul Rahman Al Khaththath", "Khaththath"),
    ("The Malaysian envoy Zahrain Mohamed Hashim denied the claim on Wednesday. CNN Indonesia had asked Zahrain "
     "to comment on a statement by the minister.", "Zahrain Mohamed Hashim", "Zahrain"),
])
def test_a_word_of_a_full_name_alone_is_that_person_not_a_place(text, name, short):
    # CNA, Bernama: a name's part alone later in the text, which the tagger took for a place
    record = _extract(text)
    persons = [a for a in record.actors if a.kind == "person"]
    assert [a.name for a in persons] == [name] and short in persons[0].mentions
    assert short not in [p.name for p in record.places]


@pytest.mark.parametrize("line,day", [("Thu, 06/25/2015 - 05:28", "2015-06-25"), ("Thu, 03/14/2024 - 09:12", "2024-03-14")])
def test_a_stamp_with_the_month_first_when_the_day_tells(line, day):
    # OANA and other American-run sites stamp Bernama's copy month first
    from events_cli.extract.dateline import find_publication_stamp

    assert str(find_publication_stamp(line + "\n\nTitle\n")) == day


def test_a_name_after_a_word_only_persons_follow_is_a_person():
    # The Jakarta Post: "firebrand cleric Abu Bakar ..." (the English tagger took the name for a body)
    text = "Security was tightened on Monday for the trial of the firebrand cleric Abu Bakar Ba’asyir."
    record = _extract(text)
    assert "Abu Bakar Ba’asyir" in _names(record, "person")
    assert "Abu Bakar Ba’asyir" not in _names(record, "organization")


def test_a_list_of_initials_names_no_bodies():
    # The Straits Times, the Jakarta Post: Indonesian police name suspects by their initials only
    text = ("JAKARTA - Police arrested six people over the riot, spokesman Colonel Rudi Hartono said on Friday (Dec 2). "
            "He identified them only by the initials AS, BT, KZ, RM, JA and SB.")
    orgs = _names(_extract(text), "organization")
    assert not {"AS", "BT", "KZ", "RM", "JA", "SB"} & set(orgs)


def test_two_writers_alone_on_a_line_above_the_article_are_a_byline():
    # BenarNews: "Name and Name" under the headline; a headline joining two clauses with "and" stays
    text = ("Navy Detains Fishing Boats Off Natuna and Seizes Nets\n\nDewi Safitri and Arief Nugroho\n\n"
            "The navy detained three fishing boats off the Natuna Islands on Thursday, spokesman Yusuf Hamdani said.")
    persons = _names(_extract(text), "person")
    assert persons == ["Yusuf Hamdani"]
