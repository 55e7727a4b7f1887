"""Forms read on real pages in session 17 (issue 13, helper k3: regional Indonesian sites, JPNN, Kompas TV's
video pages, English-language papers with a weather widget and a "Place | Day, Date | time pm" stamp).
Each case failed before the rule it tests was written; every text is made up, in the style of the pages it
imitates."""
import datetime as dt

from events_cli.extract import extract_article
from events_cli.extract.dates import extract_dates
from events_cli.models import Article


def _extract(text: str):
    return extract_article(Article(text=text, origin="page.txt"))


def _main_event(record):
    return next(e for e in record.events if e.kind == "main")


# Dates without a year --------------------------------------------------------------------------

def test_a_bare_year_closing_its_sentence_dates_a_weekday_s_day():
    text = ("Bupati meresmikan empat jembatan desa dari program tahun anggaran 2025. "
            "Peresmian dilakukan di Desa Sumberejo, Senin (29/12) siang.")
    found = [m for m in extract_dates(text) if m.text.startswith("Senin")]
    assert found and found[0].value == dt.date(2025, 12, 29)


def test_a_weekday_s_day_takes_the_year_next_to_a_bare_year_its_weekday_falls_in():
    # (15 January fell on a Sunday in 2023, on a Saturday in 2022, on a Monday in 2024)
    text = ("Bupati meresmikan Jembatan Cibulan di Desa Karangsari, Minggu (15/1). "
            "Jembatan itu dibangun dari APBD tahun anggaran 2022.")
    found = [m for m in extract_dates(text) if m.text.startswith("Minggu")]
    assert found and found[0].value == dt.date(2023, 1, 15)


def test_a_weekday_s_day_falling_in_none_of_the_years_near_a_bare_year_stays_undated():
    # (2 March: a Wednesday in 2022, Thursday in 2023, Saturday in 2024; written as a Monday)
    text = "Warga menggelar kerja bakti, Senin (2/3). Kegiatan itu bagian dari program tahun 2023."
    found = [m for m in extract_dates(text) if m.text.startswith("Senin")]
    assert found and found[0].value is None


# The main event's day ---------------------------------------------------------------------------

def test_a_stamp_with_its_clock_in_pm_is_no_lede_and_the_weekday_reads_against_it():
    text = ("The Daily Courier\n\nPlease update your browser\n\n"
            "Your browser is out of date and some pages of this website may not show as they should. The browsers "
            "we support are listed below.\n\n"
            "Click an icon below to download one.\n\nThe Daily Courier\n\nVideo Weather 31°C\n\nJakarta, Indonesia\n\n"
            "31°C Partly cloudy\n\nDry and cloudy most of the day.\n\n"
            "  • Wed\n\n    26℃ - 32℃\n\n  • Thu\n\n    25℃ - 31℃\n\n  • Fri\n\n    25℃ - 31℃\n\n"
            "Minister defies order to keep quarrel private\n\n"
            "  • Ani Lestari and Budi Santoso\n\n    The Daily Courier\n\n"
            "Jakarta | Wed, March 9, 2022 | 04:10 pm\n"
            "Minister defies order to keep quarrel private\n\n"
            "Only a day after the President told his ministers to stop airing disputes, the trade minister on "
            "Tuesday repeated his attack on two colleagues at a business forum.\n\n"
            "The minister said the quarrel was needed to clean up the ministries.")
    main = _main_event(_extract(text))
    assert main.date == dt.date(2022, 3, 8)


def test_a_statement_lede_takes_the_day_it_was_said_over_a_day_of_background():
    text = ("JAKARTA, KABARSATU.com - Gubernur Ahmad Santoso menilai pertemuannya dengan para bupati pekan ini "
            "merupakan hal biasa.\n\n"
            "Santoso diketahui makan siang dengan para bupati di Gedung Sate pada Minggu (11/6/2023). Mereka juga "
            "menonton pertandingan sepak bola bersama, Senin (12/6/2023) kemarin.\n\n"
            "\"Itu biasa, saya bertemu bupati setiap pekan,\" kata Santoso di Bekasi, Selasa (13/6/2023).")
    record = _extract(text)
    main = _main_event(record)
    assert main.date == dt.date(2023, 6, 13)
    # the lede stays the event (it says what happened); the statement that dates it is one of its own
    assert main.sentence.startswith("Gubernur Ahmad Santoso menilai pertemuannya")
    assert any(e.kind == "other" and e.sentence.startswith('"Itu biasa') and e.date == main.date for e in record.events)


def test_a_statement_s_day_two_paragraphs_below_an_undated_lede_dates_it():
    text = ("Selasa, 14 Maret 2023 – 10:20 WIB\n\n"
            "kabarsatu.com, SAMPIT - Penjagaan di Markas Polres Kotawaringin Timur diperketat setelah teror di "
            "sebuah markas polisi di Sumatera.\n\n"
            "Menurut Kapolres Kotawaringin Timur AKBP Rudi Hartono, langkah itu diambil untuk mencegah hal-hal yang "
            "tak diinginkan.\n\n"
            "\"Kami tidak ingin kecolongan,\" ujar Rudi, Senin (13/3).\n\n"
            "Warga yang masuk diperiksa barang bawaannya.")
    main = _main_event(_extract(text))
    assert main.date == dt.date(2023, 3, 13)
    assert main.sentence.startswith("Penjagaan di Markas Polres Kotawaringin Timur diperketat")


def test_a_day_of_the_happening_below_the_lede_still_comes_before_a_later_statement_s_day():
    text = ("SAMPIT, KABARSATU.COM - Upaya mencegah balap liar terus dilakukan Polres Kotawaringin Timur.\n"
            "Salah satunya dengan patroli subuh, seperti yang dilakukan pada Minggu 7 Mei 2023.\n"
            "\"Motor-motor ini kami amankan,\" ujar Kapolres AKBP Rudi Hartono, Senin 8 Mei 2023.\n")
    main = _main_event(_extract(text))
    assert main.date == dt.date(2023, 5, 7)


def test_a_stamp_run_into_the_dateline_is_the_publication_s_and_no_lede_date():
    text = ("Anies Tanggapi Komentar Presiden soal Debat\n"
            "Vod | 9 Januari 2024, 21:39 WIBJAKARTA, KABARTV – Calon presiden Budi Santoso memberi tanggapan atas "
            "komentar presiden terkait debat.\n"
            "\"Saya agak terkejut,\" ujar Budi di Gorontalo pada Senin (8/1/2024).\n")
    record = _extract(text)
    assert record.published == dt.date(2024, 1, 9)
    assert _main_event(record).date == dt.date(2024, 1, 8)
    assert record.source == "KABARTV"


# Outlets ----------------------------------------------------------------------------------------

def test_a_site_s_name_run_into_the_place_after_a_region_s_label_is_the_dateline():
    from events_cli.extract.dateline import parse_dateline

    dateline = parse_dateline("JATIM:Lensa-warta.com Kediri – Upacara penurunan bendera digelar di alun-alun, "
                              "Minggu (17/8/2025) sore.")
    assert (dateline.source, dateline.place) == ("Lensa-warta.com", "Kediri")


def test_a_site_s_name_before_the_place_without_a_comma_is_no_part_of_the_outlet():
    from events_cli.extract.dateline import parse_dateline

    dateline = parse_dateline("Kabarsatu.com Blora – Warga menggelar kerja bakti di tepi sungai.")
    assert (dateline.source, dateline.place) == ("Kabarsatu.com", "Blora")


def test_the_outlet_named_first_in_a_photo_credit_is_the_page_s_when_no_dateline_names_one():
    text = ("Warga Antre Bantuan di Kantor Pos\n\n"
            "Jum'at, 22 Mei 2020 - 18:11 WIB\n"
            "Antrean warga di Kantor Pos Kecamatan Plered untuk mencairkan bantuan. Foto: SINDOnews/Ani Lestari\n"
            "CIREBON - Ratusan warga mengantre di depan Kantor Pos Plered, Jumat (22/5/2020) siang.\n")
    assert _extract(text).source == "SINDOnews"


def test_the_outlet_named_last_in_a_bracketed_photo_credit_is_the_page_s():
    text = ("Pengungsi Antre Sembako di Kantor Dinas Sosial\n\n"
            "7 Oktober 2018 10:43 WIB\n"
            "Suasana pembagian sembako di Kantor Dinas Sosial (Foto: Budi Santoso/kumparan)\n"
            "Kantor Dinas Sosial menjadi salah satu titik pembagian sembako bagi pengungsi gempa.\n")
    assert _extract(text).source == "kumparan"


# Persons and bodies -----------------------------------------------------------------------------

def _actors(text: str, kind: str) -> list[str]:
    return [a.name for a in _extract(text).actors if a.kind == kind]


def test_letters_run_on_after_a_degree_are_no_part_of_the_name():
    text = "INDRAMAYU - Bupati Indramayu Hj Ratna Kusumawati SH MH CRA meresmikan jembatan desa, Minggu (15/1)."
    assert "Ratna Kusumawati" in _actors(text, "person")


def test_an_army_corps_written_after_the_rank_is_no_part_of_the_name():
    text = "JEPARA - Dandim 0719/Jepara Letkol Arm Hendra Prasetyo memimpin upacara penurunan bendera, Minggu (17/8)."
    assert "Hendra Prasetyo" in _actors(text, "person")


def test_a_village_named_with_its_kind_elsewhere_is_the_area_of_its_head_s_office():
    text = ("CIREBON - Warga Desa Sukamaju menyambut jembatan baru. Kuwu Sukamaju Darsono mengatakan jembatan itu "
            "sudah lama dinantikan. Warga Kelurahan Cempaka Putih ikut hadir. Lurah Cempaka Putih Ahmad Fauzi "
            "mengatakan warganya kerap melintas.")
    persons = _actors(text, "person")
    assert "Darsono" in persons and "Ahmad Fauzi" in persons
    assert not any("Sukamaju" in p or "Cempaka" in p for p in persons)


def test_a_weather_widget_s_days_are_nobody():
    text = ("The Daily Courier\n\nVideo Weather 30°C\nJakarta, Indonesia\n30°C Partly cloudy\n\n"
            "Dry and cloudy most of the day.\n\n  • Wed\n\n    26℃ - 32℃\n\n  • Thu\n\n    25℃ - 31℃\n\n"
            "  • Fri\n\n    25℃ - 31℃\n\nMinister defies order\n\n"
            "Only a day after the President spoke, Trade Minister Budi Santoso on Tuesday insisted on his plan.")
    persons = _actors(text, "person")
    assert "Wed" not in persons and "Thu" not in persons


def test_a_force_named_before_its_acronym_is_a_body_not_a_titled_person():
    text = ("KUCHING: It followed a border incident where a General Operations Force (GOF) personnel was shot, "
            "the commissioner said.")
    assert "General Operations Force" in _actors(text, "organization")
    assert "Operations Force" not in _actors(text, "person")


def test_two_states_joined_by_a_hyphen_and_a_mall_or_bypass_are_no_bodies():
    text = ("MIRI: Police arrested a suspect at the Sentosa Mega Mall area after a chase from the Lutong Bypass, "
            "days after the Malaysia-Thailand border incident, the police chief said.")
    assert _actors(text, "organization") == []


# Related links ----------------------------------------------------------------------------------

def test_headlines_listed_after_dashes_under_the_credits_are_related_links():
    from events_cli.extract.related import extract_related_links

    text = ("TARAKAN - Kapolres Tarakan mengatakan status siaga masih berlaku, Rabu (20/1).\n"
            "Redaktur & Reporter : Tim Redaksi\n"
            "- Gudang Pupuk di Bontang Terbakar, Kerugian Ditaksir Ratusan Juta\n"
            "- Warga Samarinda Temukan Buaya di Parit Dekat Sekolah\n")
    body, links = extract_related_links(text)
    assert [link.title for link in links] == ["Gudang Pupuk di Bontang Terbakar, Kerugian Ditaksir Ratusan Juta",
                                              "Warga Samarinda Temukan Buaya di Parit Dekat Sekolah"]
    assert "Gudang" not in body


def test_a_list_of_short_items_after_dashes_stays_the_article_s():
    from events_cli.extract.related import extract_related_links

    text = ("Syarat pendaftaran antara lain:\n- KTP asli dan fotokopi\n- Surat keterangan sehat dari puskesmas.\n"
            "- Pas foto berwarna ukuran 3x4 sebanyak dua lembar\n")
    body, links = extract_related_links(text)
    assert links == [] and "KTP asli" in body


def test_two_titles_glued_after_a_short_word_are_two_links():
    from events_cli.extract.related import extract_related_links

    text = ("Bupati meresmikan jembatan desa.\n"
            "Baca Juga:Belajar Pakai Sistem Shift, Kepala Dinas: Anggaran untuk Sekolah Belum AdaWarga Plered "
            "Gotong Royong Bersihkan Sampah di Sungai\n")
    _, links = extract_related_links(text)
    assert [link.title for link in links] == [
        "Belajar Pakai Sistem Shift, Kepala Dinas: Anggaran untuk Sekolah Belum Ada",
        "Warga Plered Gotong Royong Bersihkan Sampah di Sungai"]


# Page furniture and credits ---------------------------------------------------------------------

def test_a_weather_widget_s_lines_are_furniture():
    from events_cli.extract.text import is_furniture_line

    for line in ["  • Wed", "    26℃ - 32℃", "31°C Partly cloudy", "Video Weather 31°C"]:
        assert is_furniture_line(line), line
    assert not is_furniture_line("Suhu udara mencapai 36°C pada Selasa siang, kata petugas BMKG.")


def test_a_dashed_byline_with_the_desk_s_address_is_a_credit():
    from events_cli.extract.text import strip_credits

    text = ("Police seize stolen motorcycles\n\n- By Lim Siew Ling reporters@theborneopost.com\n\n"
            "BINTULU: Police have recovered 40 stolen motorcycles, Bintulu police chief Supt Mohd Hafiz Ramli said.")
    stripped = strip_credits(text)
    assert "Lim Siew Ling" not in stripped and "Mohd Hafiz Ramli" in stripped and len(stripped) == len(text)


def test_two_writers_set_off_as_a_list_item_below_a_weather_widget_are_credits():
    text = ("The Daily Courier\n\nVideo Weather 30°C\nJakarta, Indonesia\n30°C Partly cloudy\n\n"
            "Dry and cloudy most of the day.\n\n  • Wed\n\n    26℃ - 32℃\n\n  • Thu\n\n    25℃ - 31℃\n\n"
            "Minister presses on with attack\n\n  • Arif Nugroho and Dewi K. Lestari\n\n    The Daily Courier\n\n"
            "Jakarta | Wed, March 9, 2022 | 04:10 pm\nMinister presses on with attack\n\n"
            "Only a day after the President spoke, Trade Minister Bambang Suryadarma on Tuesday insisted on his plan.")
    record = _extract(text)
    persons = [a.name for a in record.actors if a.kind == "person"]
    assert persons == ["Bambang Suryadarma"]
    assert [p.name for p in record.places if p.name in ("Wed", "Thu")] == []


def test_the_headline_again_with_the_site_after_a_dash_is_no_place():
    text = ("Pos Penjagaan Mapolres Diperketat, Pengunjung Wajib Lapor\n\n"
            "Selasa, 14 Maret 2023 – 10:20 WIB\n"
            "Pos Penjagaan Mapolres Diperketat, Pengunjung Wajib Lapor - JPNN.COM\n\n"
            "jpnn.com, SAMPIT - Penjagaan di Markas Polres Kotawaringin Timur diperketat, Senin (13/3).")
    assert not any("Penjagaan" in p.name for p in _extract(text).places)


def test_the_body_an_office_building_houses_is_a_body():
    text = ("Pengungsi antre bantuan di Kantor Dinas Sosial Kabupaten Donggala, Sulawesi Tengah, Selasa (9/10/2018). "
            "Ratusan orang datang sejak pagi.")
    assert "Dinas Sosial Kabupaten Donggala" in _actors(text, "organization")


def test_one_outlet_for_a_site_however_its_dateline_writes_it():
    from events_cli.extract.dateline import canonical_outlet

    assert canonical_outlet("RADARCIREBON.ID") == canonical_outlet("radarcirebon.id") == "Radar Cirebon"
    assert canonical_outlet("Borneo Post") == "The Borneo Post"


def test_a_byline_before_a_labelled_stamp_leaves_the_stamp_its_date():
    from events_cli.extract.dateline import find_publication_stamp

    text = ("Keterangan Pers Presiden di Istana Bogor\n\nOleh Humas     Dipublikasikan pada 9 Agustus 2023\n"
            "Kategori: Keterangan Pers\n\nPresiden menjawab pertanyaan wartawan soal harga beras.")
    assert find_publication_stamp(text) == dt.date(2023, 8, 9)


def test_a_chamber_named_before_its_president_s_title_is_a_body():
    text = ("MANILA, Philippines — Senator Rafael Domingo on Monday said changes in the Senate leadership should go "
            "beyond numbers, after Senator Carlo Reyes was installed as Senate President.")
    assert "Senate" in _actors(text, "organization") and "Senate" not in _actors(text, "person")
