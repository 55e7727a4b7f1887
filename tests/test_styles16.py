"""Forms read on real pages in session 16 (Parboaboa, Darilaut, Magnet Indonesia, Okezone's video pages,
China Daily, AFP copy on Asian sites, regional heads named with their region, English bodies).
Each case failed before the rule it tests was written; every text is made up, in the style of the
pages it imitates."""
import datetime as dt

import pytest

from events_cli.extract import extract_article
from events_cli.extract.dateline import find_publication_stamp, page_outlet, parse_dateline
from events_cli.models import Article


def _extract(text: str):
    return extract_article(Article(text=text, origin="page.txt"))


def _names(record, kind: str) -> list[str]:
    return [a.name for a in record.actors if a.kind == kind]


def _main_event(record):
    return next(e for e in record.events if e.kind == "main")


# Datelines and outlets ---------------------------------------------------------------------------

def test_an_outlet_in_capitals_before_the_place_is_the_outlet():
    dateline = parse_dateline("PARBOABOA, Pematang Siantar – Banjir merendam dua desa di Kabupaten Simalungun.")
    assert (dateline.source, dateline.place) == ("PARBOABOA", "Pematang Siantar")


def test_a_place_in_capitals_before_an_outlet_stays_the_place():
    dateline = parse_dateline("BANDUNG, Prolitenews – Banjir merendam dua desa di Kabupaten Bandung.")
    assert dateline.place == "BANDUNG" and dateline.source is not None


def test_a_lone_word_no_gazetteer_knows_opening_the_text_is_the_outlet():
    text = "Darilaut – Ribuan rumah di pesisir utara Jawa Tengah terendam banjir rob, Senin (15/5/2023)."
    assert _extract(text).source == "Darilaut"


@pytest.mark.parametrize("text", [
    "Jakarta – Ribuan rumah di pesisir utara Jawa Tengah terendam banjir rob, Senin (15/5/2023).",
    "Nasional – Ribuan rumah di pesisir utara Jawa Tengah terendam banjir rob, Senin (15/5/2023).",
    "Senin – Ribuan rumah di pesisir utara Jawa Tengah terendam banjir rob.",
    "Ribuan rumah terendam banjir rob di Demak, Senin (15/5/2023). Warga Sayung mengungsi.",
])
def test_a_place_a_section_or_a_weekday_opening_the_text_is_no_outlet(text):
    assert _extract(text).source is None


def test_a_caption_closed_by_the_outlet_s_photo_credit_is_passed_over_to_the_dateline():
    text = ("Bupati Resmikan Pasar Desa\n\n"
            "BUPATI Cianjur, Dadan Sumirat, menggunting pita dalam peresmian Pasar Desa Sukamulya yang dibangun "
            "dengan dana desa di Kecamatan Cugenang, Kabupaten Cianjur, Kamis (14/3/2019). Magnet Indonesia "
            "Online/Rendi Saputra\n\n"
            "CIANJUR | MAGNETINDONESIA.CO – Pasar Desa Sukamulya di Kecamatan Cugenang resmi beroperasi.")
    dateline = parse_dateline(text)
    assert (dateline.source, dateline.place) == ("MAGNETINDONESIA.CO", "CIANJUR")
    assert text[dateline.end:].startswith("Pasar Desa Sukamulya")


def test_follow_berita_outlet_names_the_outlet():
    text = ("Angin kencang merusak puluhan rumah warga di Kecamatan Cisolok, Sabtu (11/2) sore.\n\n"
            "Kontributor: Fajar Ramdani\n\n(wal)\n\nFollow Berita Okezone di Google News")
    assert page_outlet(text) == "Okezone"


def test_a_labelled_iso_stamp_before_the_dateline_on_one_line_dates_the_page():
    text = ("WORLD / Asia-Pacific |\nVolcano erupts in eastern Indonesia(Agencies)\n"
            "Updated: 2010-09-04 18:45 JAKARTA, Indonesia -- A volcano on Sulawesi island erupted on Saturday, "
            "forcing hundreds of villagers to flee, officials said. " + "Ash fell on nearby towns. " * 8)
    assert find_publication_stamp(text) == dt.date(2010, 9, 4)
    assert parse_dateline(text).place == "JAKARTA"
    assert _main_event(_extract(text)).date == dt.date(2010, 9, 4)


def test_an_afp_archive_caption_is_no_main_event():
    text = (" date 2024-04-27 WORLD\n\nQuake strikes off Java: authorities\n\n"
            "(FILES) Patients gather outside a hospital in Surabaya on 22 March 2024, following a magnitude-6.4 "
            "offshore earthquake near Java island, the agency said.\n"
            "A magnitude-6.5 earthquake struck off the coast of Java island on Saturday, the country's "
            "geophysics agency reported.\n\nThe quake was felt in Jakarta and in nearby Bandung.")
    assert _main_event(_extract(text)).date == dt.date(2024, 4, 27)


# Regional heads named with their area -----------------------------------------------------------

@pytest.mark.parametrize("text,person,place", [
    ("Jembatan itu diresmikan Bupati Batang Wihaji, Rabu (5/2/2020). Kepala Desa Babadan Kasmui mengatakan jembatan "
     "di Desa Babadan itu dibangun dengan dana desa.", "Kasmui", "Babadan"),
    ("Hadir dalam peresmian itu Kepala Desa Sukamulya Ujang, Camat Cugenang Rahmat Hidayat, serta ratusan pedagang "
     "Pasar Desa Sukamulya di Kecamatan Cugenang, Kamis (14/3/2019).", "Rahmat Hidayat", "Cugenang"),
])
def test_an_area_between_its_office_and_the_holder_s_name_is_no_part_of_the_name(text, person, place):
    record = _extract(text)
    persons = _names(record, "person")
    assert person in persons
    assert not any(place in p for p in persons)


# Credits, police units, initials, teasers ---------------------------------------------------------

def test_a_video_page_s_producer_is_no_person():
    text = ("Angin kencang merusak puluhan rumah warga di Kecamatan Cisolok, Kabupaten Sukabumi, Sabtu (11/2) sore.\n\n"
            "Kontributor: Fajar Ramdani\n\nProduser: Bayu Aji\n\n(wal)")
    assert _names(_extract(text), "person") == []


def test_a_police_unit_tagged_as_a_person_is_no_person():
    text = ("Mendapat laporan itu, Unit Reskrim Polsek Balaraja langsung bergerak ke lokasi, Rabu (28/4/2021). "
            "Kepala Unit Reserse Kriminal (Kanit Reskrim) Polsek Tegalsari Iptu Abidin mengatakan pelaku sudah "
            "diamankan.")
    record = _extract(text)
    persons = _names(record, "person")
    assert not any("Reskrim" in p for p in persons), persons
    assert "Abidin" in persons


def test_initials_in_a_name_s_case_after_berinisial_are_no_person():
    text = ("Dia mengatakan pelaku berinisial Ar beraksi pada sekitar pukul 20.00 WIB, Minggu (19/10/2014) malam, "
            "di rumah korban Sumiati. Warga berhasil menangkap pelaku Ar, sedangkan seorang pelaku lainnya kabur.")
    persons = _names(_extract(text), "person")
    assert "Sumiati" in persons and "Ar" not in persons


def test_tribun_s_bulleted_teasers_are_related_links_not_people():
    text = ("TRIBUNJATENG.COM, BATANG - Dua desa membangun jembatan penghubung dengan dana desa, Rabu (5/2/2020).\n"
            "• Ini Reaksi Rina Melati saat Dimas Anggara Tampil di Panggung Festival\n"
            "• Harga Cabai di Pasar Limpung Turun, Pedagang Keluhkan Sepi Pembeli\n"
            "Jembatan sepanjang 84 meter itu diresmikan Bupati Batang, kata Kepala Desa Plumbon Sutrisno.")
    record = _extract(text)
    assert [link.title for link in record.related][:2] == [
        "Ini Reaksi Rina Melati saat Dimas Anggara Tampil di Panggung Festival",
        "Harga Cabai di Pasar Limpung Turun, Pedagang Keluhkan Sepi Pembeli"]
    assert not any("Rina" in p or "Dimas" in p for p in _names(record, "person"))


def test_a_summary_s_bulleted_sentences_stay_the_article_s():
    text = ("• Police in Riau arrested three men over forest fires on Monday.\n"
            "• The fires burned 200 hectares of peatland, officials said.\n\n"
            "PEKANBARU - Police in Riau arrested three men on Monday over fires that burned peatland.")
    assert _extract(text).related == []


# English bodies ------------------------------------------------------------------------------------

def _bodies(text: str) -> list[str]:
    return _names(_extract(text), "organization")


@pytest.mark.parametrize("text,body", [
    ("Indonesia's National Disaster Management and Mitigation Agency said on Sunday that two people died in Ciamis.",
     "National Disaster Management and Mitigation Agency"),
    ("There were no reports of damage, the Indonesian Meteorology and Geophysics Agency said on Saturday.",
     "Indonesian Meteorology and Geophysics Agency"),
    ("Johnny Santoso said the Ministry of Communication and Information Technology will draft the bill, he told "
     "reporters in Jakarta on Tuesday.", "Ministry of Communication and Information Technology"),
    ("The US Geological Survey later said the quake, which struck at 0320 GMT, had a magnitude of 7.3.",
     "US Geological Survey"),
    ("The U.S. Geological Survey said the magnitude 7.3 quake was centered 166 kilometers southeast of Ternate.",
     "U.S. Geological Survey"),
])
def test_english_bodies_named_in_full(text, body):
    assert body in _bodies(text)


def test_a_body_s_acronym_and_its_name_spelled_out_are_one_body():
    text = ("A magnitude-6.4 earthquake hit near Java island on Friday, the United States Geological Survey said. "
            "The USGS reported the depth at 68 kilometres. No tsunami warning was issued.")
    assert _bodies(text) == ["United States Geological Survey"]


def test_two_bodies_joined_by_and_stay_two():
    text = "Officials of the Ministry of Finance and Bank Indonesia met in Jakarta on Monday to discuss the rupiah."
    bodies = _bodies(text)
    assert "Ministry of Finance" in bodies and not any("Bank Indonesia" in b and "Ministry" in b for b in bodies)


# Dates ------------------------------------------------------------------------------------------------

def test_a_dateline_s_day_and_month_take_the_year_of_the_same_day_written_in_full():
    text = ("MANJUNG, Feb 5 — The police arrested three men and seized drugs worth RM15 million in two raids around "
            "Sitiawan on Monday.\n\nThe suspects were remanded for seven days until February 10, he said.\n\n"
            "Narcotics director Datuk Ahmad Kamal speaks to the press at the police headquarters in Manjung "
            "February 5, 2020.")
    record = _extract(text)
    assert record.published == dt.date(2020, 2, 5)
    assert _main_event(record).date == dt.date(2020, 2, 3)


def test_a_weekday_dated_day_takes_the_one_year_the_article_writes_alone_that_fits():
    from events_cli.extract.dates import extract_dates

    text = ("KPU mengingatkan partai politik peserta pemilu 2014 untuk mematuhi aturan kampanye. Komisioner KPU "
            "Ferry Santoso di Jakarta, Selasa (4/3) mengatakan, setiap partai memiliki hak yang sama.")
    days = [m for m in extract_dates(text) if m.text == "Selasa (4/3)"]
    assert days and days[0].value == dt.date(2014, 3, 4)


def test_a_day_written_as_gone_by_is_no_main_event_beside_a_statement_s_day():
    text = ("Liputan6.com, Sukabumi – Para siswa SD terpaksa melintasi arus sungai akibat jembatan putus.\n\n"
            "Jembatan sepanjang 30 meter itu hancur akibat banjir bandang yang terjadi pada 4 Desember 2024 lalu.\n\n"
            "\"Kalau dibilang takut ya takut,\" ungkap Zahra, seorang siswa, pada Rabu (8/1/2025).")
    assert _main_event(_extract(text)).date == dt.date(2025, 1, 8)


def test_villages_listed_after_the_first_one_s_kind_are_places():
    text = ("BPBD Kabupaten Bogor mencatat 2.987 KK terdampak banjir yang tersebar di tiga desa di Kecamatan Gunung "
            "Putri, yaitu Desa Tlanjung Udik, Bojong Kulur dan Cikeas Udik, Sabtu (30/10/2021).")
    record = _extract(text)
    assert not any(p in ("Bojong Kulur", "Cikeas Udik") for p in _names(record, "person"))
    assert {"Bojong Kulur", "Cikeas Udik"} <= {p.name for p in record.places}


def test_a_name_after_a_village_and_a_comma_is_still_a_person():
    text = "Warga Desa Sukamaju, Budi Santoso mengatakan banjir merendam rumahnya sejak Sabtu (30/10/2021)."
    assert "Budi Santoso" in _names(_extract(text), "person")


def test_a_dateline_under_kept_captions_names_no_body():
    text = ("Senin 27 Jan 2020 08:39 WIB\n\nRibuan Warga Mengungsi karena Banjir\n\n"
            "Foto udara kondisi banjir yang merendam Desa Gebangkerep, Kabupaten Pekalongan, Ahad (26/1/2020).\n"
            "Foto: Antara/Harviyan Perdana\n\n"
            "REPUBLIKA.CO.ID,BANDUNG -- Hujan deras sepanjang akhir pekan lalu kembali menyebabkan banjir di sejumlah "
            "daerah. Jumlah warga terdampak banjir terus bertambah, kata Kepala BPBD Jawa Barat Dani Ramdan.")
    record = _extract(text)
    assert record.source == "REPUBLIKA.CO.ID"
    assert not any("Hujan" in b or "BANDUNG" in b for b in _names(record, "organization"))


def test_names_listed_with_their_ages_are_people_whatever_their_last_word():
    text = ("MANILA, Philippines - Police arrested five men during a raid in Manila on Thursday. Those arrested were "
            "identified as Wang Li Ming, 40; Danny Tan, 30; Aga Co, 33; Eric Co, 32, and Michael Lee, 24.")
    record = _extract(text)
    assert {"Aga Co", "Eric Co"} <= set(_names(record, "person"))
    assert not any(b.endswith(" Co") for b in _names(record, "organization"))


def test_a_title_between_a_body_and_the_name_after_it_is_no_part_of_the_body():
    text = ("MANILA, Philippines - The warrant was issued by Manila Regional Trial Court Judge Amor Reyes on "
            "Thursday, police said.")
    assert "Manila Regional Trial Court" in _names(_extract(text), "organization")


def test_a_body_named_after_the_that_goes_on_is_not_cut_short():
    text = ("\"We have not yet named them suspects,\" Budi Santoso said on the sidelines of a hearing with the House of "
            "Representatives Commission II on legal affairs in Jakarta.")
    assert "House of Representatives Commission" not in _names(_extract(text), "organization")


def test_a_stamp_with_a_clock_of_four_figures_and_hrs_dates_the_page():
    text = ("Channel NewsAsia, 03 October 2005 2013 hrs (SST)\nPolice go on top alert after Bali blasts\n"
            "JAKARTA : Indonesia's police have gone on top alert nationwide, a spokesman said Monday.")
    assert find_publication_stamp(text) == dt.date(2005, 10, 3)
