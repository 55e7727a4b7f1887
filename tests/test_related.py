import pytest

from events_cli.extract.related import extract_related_links

CASES = [
    # Tribun's "• Title" teasers inside the article, the second a question (made-up titles); a summary's
    # points that ask in a sentence's case stay in the text
    ("Warga berebut paket sembako di Jalan Merdeka.\n"
     "• Identitas Pria Yang Ditemukan di Sungai Brantas Terungkap, Warga Kediri\n"
     "• Harga Cabai Turun Drastis, Petani Merugi, Apa Kata Pemerintah?\n“Alhamdulillah dapat,” ucap Budi.",
     ["Identitas Pria Yang Ditemukan di Sungai Brantas Terungkap, Warga Kediri",
      "Harga Cabai Turun Drastis, Petani Merugi, Apa Kata Pemerintah?"]),
    ("• Why did the river flood so fast this year?\n• What can be done?\nIsi.", []),
    ("BACA JUGA: Judul Berita Lain", ["Judul Berita Lain"]),
    ("BACA JUGA:Judul Tanpa Spasi", ["Judul Tanpa Spasi"]),
    ("Baca juga: Harga Beras Naik", ["Harga Beras Naik"]),
    ("Baca Juga : Spasi Sebelum Titik Dua", ["Spasi Sebelum Titik Dua"]),
    ("baca juga:   huruf kecil semua", ["huruf kecil semua"]),
    ("Baca: Judul Pendek", ["Judul Pendek"]),
    ("(Baca: Dalam Kurung)", ["Dalam Kurung"]),
    ("Dia pergi. (Baca: Aside Dalam Paragraf) Lalu pulang.", ["Aside Dalam Paragraf"]),
    ("Lihat juga: Video Banjir", ["Video Banjir"]),
    ("Simak juga: Foto Terbaru", ["Foto Terbaru"]),
    ("Baca selengkapnya: Berita Lengkap", ["Berita Lengkap"]),
    ("Baca Juga\n\nJudul Di Baris Berikutnya\nTeks artikel.", ["Judul Di Baris Berikutnya"]),
    ("[bacajuga:Judul Markup]", ["Judul Markup"]),
    ("Read also: English Title Here", ["English Title Here"]),
    ("اقرأ أيضا: عنوان المقال", ["عنوان المقال"]),
    ("BACA JUGA: Judul https://contoh.com/berita/1", ["Judul"]),
    ("BACA JUGA: Sama\nBACA JUGA: Sama", ["Sama"]),
    ("Simak juga Video: Detik-detik Gempa", ["Detik-detik Gempa"]),
    ("Related news: Indonesia proposes water fund", ["Indonesia proposes water fund"]),
    ("Pilihan Editor: Ini Alasan KPK", ["Ini Alasan KPK"]),
    ("Lihat Juga :\nBank Indonesia Tahan Suku Bunga", ["Bank Indonesia Tahan Suku Bunga"]),
    # English cues, as outlets write them
    ("Read more: Ferry Operator Fined After Audit", ["Ferry Operator Fined After Audit"]),
    ("READ MORE: Rice prices climb in Medan", ["Rice prices climb in Medan"]),
    ("READ: Landslide cuts road to Garut", ["Landslide cuts road to Garut"]),
    ("Also read: Toll road opens next month", ["Toll road opens next month"]),
    ("ALSO READ: Port strike enters third day", ["Port strike enters third day"]),
    ("Related: Drivers protest new fare rules", ["Drivers protest new fare rules"]),
    ("See also: Why bridges fail in the rainy season", ["Why bridges fail in the rainy season"]),
    ("Editor's Choice: Villagers rebuild school after quake", ["Villagers rebuild school after quake"]),
    ("He left. (READ: Timeline of the port dispute) Then he came back.", ["Timeline of the port dispute"]),
    ("He read: the sign said closed.", []),
    # title shapes: what follows a title is no part of it
    ("Baca Juga Banjir Rendam Dua Desa, Warga Mengungsi di https://contoh.tv/regional/1",
     ["Banjir Rendam Dua Desa, Warga Mengungsi"]),
    ("Read more: Central bank holds rates (Reuters)", ["Central bank holds rates"]),
    ("Baca juga: Harga Gabah Naik (12/6/2023)", ["Harga Gabah Naik"]),
    ("Baca juga: Harga Gabah Naik - Senin, 12 Juni 2023 10:15 WIB", ["Harga Gabah Naik"]),
    ("BACA JUGA: Pasar Baru Dibuka di Cibeber", ["Pasar Baru Dibuka di Cibeber"]),
    ("Baca juga: Harga Cabai Naik (Lagi)", ["Harga Cabai Naik (Lagi)"]),
    # page furniture: lists of other articles are no links
    ("Teks.\n\nBerita Terkait\nJudul Satu\nJudul Dua", []),
    ("Teks.\nTerkini Lainnya\nJudul Satu\nJudul Dua\nJudul Tiga", []),
    ("Teks.\n\nTerpopuler\n1. Judul Satu\n2. Judul Dua", []),
    ("Baca juga: Link Asli\nBerita Lainnya\nJudul Satu\nJudul Dua", ["Link Asli"]),
    # not links
    ("Baca buku itu setiap hari.", []),
    ("Lihat juga bagaimana warga bergotong royong.", []),
    ("Warga membaca juga koran pagi.", []),
    ("Dualisme atau lebih (baca: tumpang-tindih) hukum agraria.", []),  # "read as": a gloss
    ("dilansir Boldsky,[bacajuga:Baca Juga](3809787 3617927 4052322),Kulit kita", []),  # the cue alone
]


def test_glosses_stay_in_the_text_and_shortcodes_go():
    text = "Dualisme atau lebih (baca: tumpang-tindih) hukum agraria."
    assert extract_related_links(text)[0] == text
    assert extract_related_links("Boldsky,[bacajuga:Baca Juga](3809787 3617927),Kulit")[0] == "Boldsky,,Kulit"


@pytest.mark.parametrize("text,titles", CASES)
def test_extract_related_links(text, titles):
    _, links = extract_related_links(text)
    assert [link.title for link in links] == titles


def test_link_lines_are_removed_and_url_kept():
    body, links = extract_related_links("Satu.\nBACA JUGA: Judul https://contoh.com/a\nDua.")
    assert links[0].url == "https://contoh.com/a"
    assert "Judul" not in body and "Satu." in body and "Dua." in body


def test_seed_links(seed_text):
    body, links = extract_related_links(seed_text)
    assert [link.title for link in links] == [
        "Vladimir Putin dan Kim Jong-un Bertemu di Tengah Ketegangan Hubungan dengan Amerika Serikat",
        "Amerika Serikat Ketar-Ketir dengan Aliansi Rusia-Korea Utara, Konflik Internasional Makin Memanas!",
        "Korea Utara Menggelar Latihan Serangan Nuklir Taktis, Peringatkan Musuh Akan Bahaya Perang Nuklir",
    ]
    assert "BACA JUGA" not in body


def test_furniture_sections_are_removed_and_prose_after_them_kept():
    text = ("Satu.\n\nBerita Terkait\nGudang Terbakar di Cengkareng\nDamkar Catat 1.200 Kebakaran\n\n"
            "Pameran ini pertama kali digelar pada 2018 dan sempat vakum selama pandemi.\n"
            "[Gambas:Video CNN]\nDapatkan update berita pilihan setiap hari dari Kompas.com di Telegram.")
    body, links = extract_related_links(text)
    assert links == []
    assert "Cengkareng" not in body and "Damkar" not in body and "Gambas" not in body and "Telegram" not in body
    assert "Pameran ini pertama kali digelar pada 2018" in body and "Satu." in body
    assert len(body.split("\n")) == len(text.split("\n"))


def test_a_word_alone_is_no_furniture_header_without_a_list():
    body, _ = extract_related_links("Terpopuler\n\nWarga berkumpul di alun-alun sejak pagi untuk merayakan hari jadi kota.")
    assert "Warga berkumpul" in body


@pytest.mark.parametrize("text,titles,kept", [
    # a bare cue takes a headline on the next line ...
    ("Baca Juga:\nHarga Cabai di Pasar Kosambi Turun\nIsi.", ["Harga Cabai di Pasar Kosambi Turun"], "Isi."),
    ("BACA JUGA\n\nWarga Sukamaju Gelar Panen Raya, Bupati Hadir.\nIsi.", ["Warga Sukamaju Gelar Panen Raya, Bupati Hadir."], "Isi."),
    # ... never a paragraph of the article (Republika: the sentence stays the article's)
    ("Baca Juga\n\nAni Lestari, warga Desa Sukamaju, mengatakan bahwa air sungai naik sejak pagi dan "
     "merendam puluhan rumah di tepi sungai sebelum petugas datang membantu evakuasi warga yang terjebak.\nIsi.",
     [], "Ani Lestari, warga Desa Sukamaju, mengatakan bahwa air sungai naik sejak pagi dan merendam puluhan "
     "rumah di tepi sungai sebelum petugas datang membantu evakuasi warga yang terjebak. Isi."),
    ("Baca juga:\nWarga mengungsi ke balai desa.\nIsi.", [], "Warga mengungsi ke balai desa. Isi."),
])
def test_bare_cue_takes_only_a_headline(text, titles, kept):
    body, links = extract_related_links(text)
    assert [link.title for link in links] == titles
    assert " ".join(body.split()) == kept


@pytest.mark.parametrize("text,titles,kept", [
    # a bare cue or a header announces a list of titles, one a line ...
    ("Baca juga:\nPetani Sukamaju Panen Raya\nHarga Gabah di Cianjur Turun\n\nBerita Terpopuler\nJudul Lain Sekali\nJudul Lain Lagi",
     ["Petani Sukamaju Panen Raya", "Harga Gabah di Cianjur Turun"], ""),
    ("Related stories:\n\nTown prepares for second flood wave\nVillage to get new drainage after floods\nBody text.",
     ["Town prepares for second flood wave", "Village to get new drainage after floods"], "Body text."),
    ("More on this story\nCity orders checks on river boats\nWhy are the boats so crowded?\n\nTop Stories\nA B",
     ["City orders checks on river boats", "Why are the boats so crowded?"], "Top Stories A B"),
    # ... or a blank line apart, when the first stands a blank line below the cue
    ("Baca Juga\n\nPartai Tani Gugat Aturan Pemilu\n\nKPU Mulai Cek Syarat Calon\n\nIsi berita.",
     ["Partai Tani Gugat Aturan Pemilu", "KPU Mulai Cek Syarat Calon"], "Isi berita."),
    ("READ MORE HERE\n\nAgency names three suspects in road case\n\nHis lawyer said he would appeal.",
     ["Agency names three suspects in road case"], "His lawyer said he would appeal."),
    # a short line, a credit, a page's word in capitals or a subheading is no further title
    ("Baca Juga:\nBMKG: Hujan Lebat Masih Turun\n\nEditor: Rina Wulandari", ["BMKG: Hujan Lebat Masih Turun"],
     "Editor: Rina Wulandari"),
    ("Baca juga:\nKorban Arisan Datangi Polres\n\nSCROLL TO CONTINUE WITH CONTENT\n\nIsi.", ["Korban Arisan Datangi Polres"],
     "SCROLL TO CONTINUE WITH CONTENT Isi."),
    ("Baca juga:\nJalan Tol Dibuka Besok\n\nKronologi Kejadian Kebakaran Gudang\n\nIsi.", ["Jalan Tol Dibuka Besok"],
     "Kronologi Kejadian Kebakaran Gudang Isi."),
    ("Baca juga:\nJalan Tol Dibuka Besok\nWarga mengungsi ke balai desa.\nIsi.", ["Jalan Tol Dibuka Besok"],
     "Warga mengungsi ke balai desa. Isi."),
    # a menu's "Baca Juga" tab over a furniture header takes no title
    ("Baca Juga\nBerita Populer\n\nGudang Kertas Terbakar di Dayeuhkolot\n\nIsi.", [],
     "Berita Populer Gudang Kertas Terbakar di Dayeuhkolot Isi."),
    # the next story under "READ FULL ARTICLE", past its caption and section name
    ("TOP PICKS\n\nA ferry docks in Batam. Photo: AFP\nREAD FULL ARTICLE\nA ferry docks in Batam. Photo: AFP\n"
     "Southeast Asia\n\nCity orders checks on ferries after accidents\n\nGet updates direct to your inbox",
     ["City orders checks on ferries after accidents"],
     "TOP PICKS A ferry docks in Batam. Photo: AFP Get updates direct to your inbox"),
    ("READ FULL ARTICLE\nShe said the ferry left late, and the crew did not count the passengers on board.\nEnd.", [],
     "She said the ferry left late, and the crew did not count the passengers on board. End."),
])
def test_cue_takes_the_titles_it_announces(text, titles, kept):
    body, links = extract_related_links(text)
    assert [link.title for link in links] == titles
    assert " ".join(body.split()) == kept

