"""Reading saved HTML pages: real-style fixture pages, related links, decoding, hostile input."""
from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from events_cli.errors import InputError
from events_cli.html import looks_like_html, read_html
from events_cli.models import Article, RelatedLink

HTML_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "html"

# (file, url given, title, source, published, canonical url, language,
#  sentences in the text, furniture never in the text, related links in order)
PAGES = [
    pytest.param(
        "kompas.html", None,
        "Jokowi Resmikan Bendungan Sadawarna di Subang, Airi 4.000 Hektar Sawah",
        "KOMPAS.com", dt.date(2023, 9, 14),
        "https://nasional.kompas.com/read/2023/09/14/10150071/jokowi-resmikan-bendungan-sadawarna-di-subang-airi-4000-hektar-sawah",
        "id",
        ["SUBANG, KOMPAS.com - Presiden Joko Widodo meresmikan Bendungan Sadawarna di Kabupaten Subang",
         "kapasitas tampung sebesar 62 juta meter kubik"],
        ["Viral Video Kucing Naik Motor", "Harga Emas Antam", "Berita Terkait", "Daftar Bendungan yang Diresmikan",
         "Terpopuler", "Beranda", "Kebijakan Data Pribadi"],
        [RelatedLink("Jokowi Kunjungi Jawa Barat, Tinjau Kesiapan Panen Raya",
                     "https://nasional.kompas.com/read/2023/09/13/18000011/jokowi-kunjungi-jawa-barat-tinjau-kesiapan-panen-raya"),
         RelatedLink("Kemarau Panjang, Petani Subang Keluhkan Sawah Kering",
                     "https://regional.kompas.com/read/2023/09/12/071500278/kemarau-panjang-petani-subang-keluhkan-sawah-kering")],
        id="kompas",
    ),
    pytest.param(
        "detik.html", None,
        "Banjir Rendam Ratusan Rumah di Bandung Selatan, Warga Mengungsi",
        "detikcom", dt.date(2023, 11, 7),
        "https://news.detik.com/berita-jawa-barat/d-7022415/banjir-rendam-ratusan-rumah-di-bandung-selatan-warga-mengungsi",
        "id",
        ["Bandung - Banjir kembali merendam ratusan rumah di Kecamatan Dayeuhkolot",
         "Sekitar 450 rumah terendam"],
        ["Macet Parah di Tol Cipularang", "Gempa Magnitudo 5,1", "Longsor Tutup Akses", "detikFinance",
         "Pedoman Media Siber"],
        [RelatedLink("Citarum Meluap, Jalan Dayeuhkolot Lumpuh",
                     "https://www.detik.com/jabar/berita/d-7021900/citarum-meluap-jalan-dayeuhkolot-lumpuh"),
         RelatedLink("Video Banjir Setinggi Pinggang Rendam Dayeuhkolot",
                     "https://20.detik.com/detikupdate/20231107-231107001/video-banjir-dayeuhkolot")],
        id="detik",
    ),
    pytest.param(
        "tribun.html", None,
        "Polisi Tangkap Pelaku Pencurian Motor di Bekasi, Barang Bukti 12 Unit",
        "TRIBUNNEWS.COM", dt.date(2024, 2, 20),
        "https://www.tribunnews.com/metropolitan/2024/02/20/polisi-tangkap-pelaku-pencurian-motor-di-bekasi-barang-bukti-12-unit",
        "id",
        ["TRIBUNNEWS.COM, BEKASI - Polres Metro Bekasi Kota menangkap dua pelaku",
         "dijerat Pasal 363 KUHP"],
        ["Artis Ibu Kota Umumkan Pernikahan", "Timnas Indonesia Naik Peringkat", "Kebakaran Gudang di Cikarang",
         "Berita Lainnya", "About Us"],
        [RelatedLink("Warga Bekasi Resah, Curanmor Marak di Perumahan",
                     "https://www.tribunnews.com/metropolitan/2024/02/18/warga-bekasi-resah-curanmor-marak-di-perumahan"),
         RelatedLink("Modus Kunci Letter T, Cara Maling Motor Beraksi",
                     "https://www.tribunnews.com/metropolitan/2024/01/30/modus-kunci-letter-t-cara-maling-motor-beraksi")],
        id="tribun",
    ),
    pytest.param(
        "jabarekspres.html", None,
        "Pertemuan Putin dan Kim Jong-un di Vladivostok, Apa yang Dibahas?",
        "JABAR EKSPRES", dt.date(2023, 9, 14),  # not 2019-01-05, the date in a related link's URL
        "https://jabarekspres.com/berita/2023/09/14/pertemuan-putin-dan-kim-jong-un-di-vladivostok/",
        "id",
        ["Pertemuan antara Vladimir Putin dan Kim Jong-un merupakan peristiwa bersejarah",
         "Putin menyatakan Rusia siap membantu Korea Utara membangun satelit"],
        ["Harga Cabai Rawit", "Persib Bandung Siap", "Terkini", "Bandung Raya", "Hak cipta dilindungi",
         "Korea Utara Menggelar Latihan"],
        [RelatedLink("Korea Utara dan Rusia Sepakati Kerja Sama Ekonomi",
                     "https://jabarekspres.com/berita/2019/01/05/korea-utara-dan-rusia-sepakati-kerja-sama-ekonomi/"),
         RelatedLink("Amerika Serikat Ketar-Ketir dengan Aliansi Rusia-Korea Utara",
                     "https://jabarekspres.com/berita/2023/09/12/amerika-serikat-ketar-ketir-aliansi-rusia-korea-utara/"),
         RelatedLink("Korea Utara Menggelar Latihan Serangan Nuklir Taktis",
                     "https://jabarekspres.com/berita/2023/09/10/korea-utara-gelar-latihan-serangan-nuklir-taktis/")],
        id="jabarekspres",
    ),
    pytest.param(
        "antara.html", None,
        "BI pertahankan suku bunga acuan 5,75 persen",
        "ANTARA", dt.date(2023, 9, 21),
        "https://www.antaranews.com/berita/3735483/bi-pertahankan-suku-bunga-acuan-575-persen",
        "id",
        ["Jakarta (ANTARA) - Bank Indonesia (BI) memutuskan untuk mempertahankan suku bunga acuan",
         "suku bunga Lending Facility sebesar 6,50 persen"],
        ["Gempa magnitudo 6,2", "Timnas U-17", "Lima destinasi wisata", "Rekomendasi lain", "Tentang Kami"],
        [RelatedLink("Rupiah melemah jelang pengumuman suku bunga The Fed",  # relative href made absolute
                     "https://www.antaranews.com/berita/3733210/rupiah-melemah-jelang-pengumuman-suku-bunga-the-fed"),
         RelatedLink("Ekonom perkirakan BI tahan suku bunga hingga akhir tahun",
                     "https://www.antaranews.com/berita/3731990/ekonom-perkirakan-bi-tahan-suku-bunga-hingga-akhir-tahun")],
        id="antara",
    ),
    pytest.param(
        "english.html", None,
        "Indonesia and Saudi Arabia sign deal on Hajj quota",
        "Arab News", dt.date(2024, 1, 8),  # from JSON-LD datePublished alone
        "https://www.arabnews.com/node/2412345/saudi-arabia",
        "en",
        ["JAKARTA: Indonesia and Saudi Arabia signed an agreement on Monday",
         "sends the largest contingent of pilgrims to Makkah"],
        ["Saudi startup raises", "Al-Hilal extend unbeaten run", "Trending", "Contact us", "Middle East"],
        [RelatedLink("Indonesian pilgrims welcome new fast-track immigration service",
                     "https://www.arabnews.com/node/2401122/world"),
         RelatedLink("السعودية تعلن ضوابط جديدة لموسم الحج",
                     "https://www.arabnews.com/node/2398765/%D8%A7%D9%84%D8%AD%D8%AC")],
        id="english",
    ),
    pytest.param(
        "blog-latin1.html", "http://warta-warga.example.id/festival-kopi-garut.html",
        "Catatan Warga: Festival Kopi Garut Ramai Dikunjungi",
        "warta-warga.example.id",  # no og:site_name: the host name
        None,  # no date on the page; the related link's /2019/01/05/ must not become one
        "http://warta-warga.example.id/festival-kopi-garut.html",
        None,
        ["Festival kopi tahunan di alun-alun Garut", "disebut “kopi rasa jeruk” oleh para pengunjung"],
        ["Arsip Blog", "Beranda"],
        [RelatedLink("Panen Kopi Garut Melimpah",
                     "http://warta-warga.example.id/2019/01/05/panen-kopi-garut-melimpah.html")],
        id="blog-latin1",
    ),
]


@pytest.mark.parametrize(
    "name,url,title,source,published,canonical,language,sentences,furniture,links", PAGES
)
def test_fixture_page(name, url, title, source, published, canonical, language, sentences, furniture, links):
    data = (HTML_FIXTURES / name).read_bytes()
    assert looks_like_html(data)
    article, related = read_html(data, f"fixtures/{name}", url=url)
    assert article.origin == f"fixtures/{name}"
    assert article.title == title
    assert article.source == source
    assert article.published == published
    assert article.url == canonical
    assert article.language == language
    for sentence in sentences:
        assert sentence in article.text
    for words in furniture:
        assert words not in article.text
    assert not article.text.startswith(title)  # the headline is not repeated as the first line
    assert related == links


def test_published_date_never_comes_from_a_related_link_url():
    article, related = read_html((HTML_FIXTURES / "jabarekspres.html").read_bytes(), "x")
    assert "/2019/01/05/" in related[0].url
    assert article.published == dt.date(2023, 9, 14)
    article, related = read_html((HTML_FIXTURES / "blog-latin1.html").read_bytes(), "x")
    assert "/2019/01/05/" in related[0].url
    assert article.published is None


@pytest.mark.parametrize("name, published, time", [
    ("kompas.html", dt.date(2023, 9, 14), dt.time(10, 15)),   # article:published_time
    ("detik.html", dt.date(2023, 11, 7), dt.time(14, 32, 10)),  # JSON-LD datePublished
    ("blog-latin1.html", None, None),
])
def test_the_pages_clock_time_of_publication_is_kept(name, published, time):
    article, _ = read_html((HTML_FIXTURES / name).read_bytes(), "x")
    assert (article.published, article.published_time) == (published, time)


def test_related_links_block_heading_does_not_stay_in_the_text():
    # A bare "Baca Juga" line would make the next paragraph read as a link title downstream.
    article, _ = read_html((HTML_FIXTURES / "jabarekspres.html").read_bytes(), "x")
    assert "Baca Juga\n" not in article.text
    assert "Pengamat menilai pertemuan tersebut" in article.text


BODY = ("<p>Pemerintah Kota Bandung menggelar rapat koordinasi penanganan sampah di Balai Kota "
        "pada Senin pagi bersama para camat dan lurah.</p>")


def page(inner: str) -> bytes:
    return (f"<!DOCTYPE html><html lang='id'><head><title>Judul</title></head><body>"
            f"<article>{BODY}{inner}{BODY.replace('Senin', 'Selasa')}</article></body></html>").encode()


BASE = "https://berita.example.id/read/2024/03/01/halaman"

# (markup inside the article, expected related links as (title, url))
LINK_CASES = [
    pytest.param('<p><strong>BACA JUGA: <a href="/read/a">Judul A</a></strong></p>',
                 [("Judul A", "https://berita.example.id/read/a")], id="baca-juga-strong"),
    pytest.param('<p>Baca Juga : <a href="https://lain.example.id/b">Judul B</a></p>',
                 [("Judul B", "https://lain.example.id/b")], id="space-before-colon"),
    pytest.param('<p>Warga datang. (Baca: <a href="c.html">Judul C Dalam Kurung</a>) Lalu pulang.</p>',
                 [("Judul C Dalam Kurung", "https://berita.example.id/read/2024/03/01/c.html")], id="aside"),
    pytest.param('<p>Lihat juga: <a href="/v">Video Banjir</a></p><p>Simak juga: <a href="/f">Foto Terbaru</a></p>',
                 [("Video Banjir", "https://berita.example.id/v"), ("Foto Terbaru", "https://berita.example.id/f")],
                 id="lihat-simak"),
    pytest.param('<p>Baca selengkapnya: <a href="/s">Berita Lengkap</a></p>',
                 [("Berita Lengkap", "https://berita.example.id/s")], id="selengkapnya"),
    pytest.param('<p><b>Read also:</b> <a href="/e">English Title</a></p><p>Also read: <a href="/f">Another</a></p>',
                 [("English Title", "https://berita.example.id/e"), ("Another", "https://berita.example.id/f")],
                 id="english-cues"),
    pytest.param('<p>اقرأ أيضا: <a href="/ar">عنوان المقال</a></p>',
                 [("عنوان المقال", "https://berita.example.id/ar")], id="arabic"),
    pytest.param('<p><a href="/t">Baca juga: Judul Dalam Tautan</a></p>',
                 [("Judul Dalam Tautan", "https://berita.example.id/t")], id="cue-inside-link"),
    pytest.param('<div class="baca-juga"><span>Baca Juga</span><a href="/x">Judul X</a><a href="/y">Judul Y</a></div>',
                 [("Judul X", "https://berita.example.id/x"), ("Judul Y", "https://berita.example.id/y")],
                 id="baca-juga-block"),
    pytest.param('<div id="artikel-terkait"><ul><li><a href="/z">Judul Z</a></li></ul></div>',
                 [("Judul Z", "https://berita.example.id/z")], id="artikel-terkait-block"),
    pytest.param('<p><strong>Baca Juga:</strong></p><ul><li><a href="/p">Judul P</a></li><li><a href="/q">Judul Q</a></li></ul>',
                 [("Judul P", "https://berita.example.id/p"), ("Judul Q", "https://berita.example.id/q")],
                 id="bare-cue-then-list"),
    pytest.param('<p>BACA JUGA: <a href="/d1">Judul Sama</a></p><p>Baca juga: <a href="/d2">judul sama!</a></p>',
                 [("Judul Sama", "https://berita.example.id/d1")], id="deduplicated-by-title"),
    pytest.param('<p>Baca juga: <a href="javascript:void(0)">Judul Tanpa Alamat</a></p>',
                 [("Judul Tanpa Alamat", None)], id="no-web-url"),
    pytest.param('<div class="elementor-widget-theme-post-content"><div class="elementor-widget-container">'
                 '<p>BACA JUGA: <a href="/el">Judul Elementor</a></p></div></div>',
                 [("Judul Elementor", "https://berita.example.id/el")], id="page-builder-widget-body"),
    # not related links
    pytest.param('<p>Lihat juga bagaimana warga <a href="/g">bergotong royong</a> membersihkan sungai.</p>', [],
                 id="cue-words-in-a-sentence"),
    pytest.param('<p>Baca buku di <a href="/perpus">perpustakaan kota</a> setiap hari.</p>', [], id="baca-without-colon"),
    pytest.param('<p>Menurut <a href="/tag/bpbd">BPBD</a>, banjir surut.</p>', [], id="ordinary-link"),
    pytest.param('<nav><p>Baca juga: <a href="/n">Di Menu</a></p></nav>', [], id="in-nav"),
    pytest.param('<aside><div class="baca-juga"><a href="/n">Di Samping</a></div></aside>', [], id="in-aside"),
    pytest.param('<footer><p>Baca juga: <a href="/n">Di Kaki</a></p></footer>', [], id="in-footer"),
    pytest.param('<div class="sidebar-right"><p>Baca juga: <a href="/n">Di Sidebar</a></p></div>', [], id="sidebar"),
    pytest.param('<div class="widget"><p>Baca juga: <a href="/n">Di Widget</a></p></div>', [], id="widget"),
    pytest.param('<div id="terpopuler"><p>Baca juga: <a href="/n">Populer</a></p></div>', [], id="terpopuler"),
    pytest.param('<section class="related-article"><h3>Berita Terkait</h3><ul><li><a href="/n">Terkait</a></li></ul></section>',
                 [], id="block-headed-berita-terkait"),
    pytest.param('<h3>Terpopuler</h3><ul><li><a href="/n">Baca juga: Populer Sekali</a></li></ul>', [],
                 id="list-after-terpopuler-heading"),
    pytest.param('<div class="box"><h4>Rekomendasi</h4><p>Baca juga: <a href="/n">Rekomendasi Satu</a></p></div>', [],
                 id="box-headed-rekomendasi"),
]


@pytest.mark.parametrize("inner,expected", LINK_CASES)
def test_related_links(inner, expected):
    _, links = read_html(page(inner), "page.html", url=BASE)
    assert [(link.title, link.url) for link in links] == expected


def test_relative_related_link_resolves_against_base_href():
    data = page('<p>Baca juga: <a href="b/c.html">Judul C</a></p>').replace(
        b"<head>", b"<head><base href='https://arsip.example.id/2024/'>")
    _, links = read_html(data, "page.html", url=BASE)
    assert links == [RelatedLink("Judul C", "https://arsip.example.id/2024/b/c.html")]


def test_relative_related_link_without_page_url_has_no_url():
    _, links = read_html(page('<p>Baca juga: <a href="/read/a">Judul A</a></p>'), "page.html")
    assert links == [RelatedLink("Judul A", None)]


LATIN = "Festival kopi “terbesar” digelar di Garut, pengunjung memadati alun-alun kota sejak pagi."

# (raw bytes, charset from HTTP headers, text that must come out)
DECODE_CASES = [
    pytest.param(codecs.BOM_UTF8 + f"<html><body><p>{LATIN}</p></body></html>".encode(), None, LATIN, id="utf8-bom"),
    pytest.param(f"<html><body><p>{LATIN}</p></body></html>".encode("utf-16"), None, LATIN, id="utf16-bom"),
    pytest.param(f'<html><head><meta charset="windows-1252"></head><body><p>{LATIN}</p></body></html>'.encode("cp1252"),
                 None, LATIN, id="meta-charset"),
    pytest.param(f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head>'
                 f'<body><p>{LATIN}</p></body></html>'.encode("cp1252"), None, LATIN, id="http-equiv-latin1-as-1252"),
    pytest.param(f'<html><head><meta charset="utf-8"></head><body><p>{LATIN}</p></body></html>'.encode("cp1252"),
                 "windows-1252", LATIN, id="http-charset-wins-over-meta"),
    pytest.param(f"<html><body><p>{LATIN}</p></body></html>".encode(), "no-such-charset", LATIN,
                 id="unknown-http-charset-ignored"),
    pytest.param(f'<html><head><meta charset="utf-8"></head><body><p>{LATIN}</p></body></html>'.encode(),
                 "iso-8859-1", "pengunjung memadati", id="wrong-http-charset-still-reads"),
    pytest.param(f"<html><body><p>{LATIN} {LATIN}</p></body></html>".encode("cp1252"), None, "pengunjung memadati",
                 id="undeclared-guessed"),
    pytest.param(codecs.BOM_UTF8 + f"<html><body><p>{LATIN}</p></body></html>".encode(), "iso-8859-1", LATIN,
                 id="bom-wins-over-http-charset"),
    pytest.param(f'<html><head><meta charset="utf-16"></head><body><p>{LATIN}</p></body></html>'.encode(), None, LATIN,
                 id="meta-utf16-on-ascii-bytes-is-utf8"),
]


@pytest.mark.parametrize("data,charset,expected", DECODE_CASES)
def test_decoding(data, charset, expected):
    article, _ = read_html(data, "page.html", charset=charset)
    assert expected in article.text


SNIFF_CASES = [
    (b"<!DOCTYPE html><html><body></body></html>", True),
    (b"\n\n  <!doctype HTML>\n<html lang='id'>", True),
    (b"<html><head><title>x</title></head>", True),
    (codecs.BOM_UTF8 + b"<html><body>x</body></html>", True),
    ("<html><body>x</body></html>".encode("utf-16"), True),
    (b"<?xml version='1.0' encoding='utf-8'?>\n<html xmlns='http://www.w3.org/1999/xhtml'>", True),
    (b"<!-- saved page --><head><meta charset='utf-8'></head>", True),
    (b"JAKARTA, KOMPAS.com - Presiden Joko Widodo <b>meresmikan</b> bendungan.", False),
    (b'{"text": "<html>"}', False),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", False),
    (b"", False),
    (b"<div>fragment</div>", False),
]


@pytest.mark.parametrize("data,expected", SNIFF_CASES)
def test_looks_like_html(data, expected):
    assert looks_like_html(data) is expected


KOMPAS = (HTML_FIXTURES / "kompas.html").read_bytes()
ENGLISH = (HTML_FIXTURES / "english.html").read_bytes()  # UTF-8, with curly quotes
PARAGRAPH = (b"<p>Warga Bandung berkumpul di alun-alun untuk merayakan hari jadi kota dengan pawai budaya. "
             b"Baca juga: <a href='/x'>Judul Lain</a></p>\n")
DEEP = "Warga Bandung berkumpul di alun-alun untuk merayakan hari jadi kota dengan pawai budaya."


def nested(depth: int) -> bytes:
    return (b"<html><body>" + b"<div>" * depth + f"<p>{DEEP}</p>".encode() + b"</div>" * depth
            + b"</body></html>")


def read(data: bytes):
    return read_html(data, "hostile.html")


def article(text: str) -> tuple[Article, list]:
    """What a bare page with this text and no metadata reads as."""
    return Article(text=text, origin="hostile.html"), []


def with_stray_byte(clean: tuple[Article, list]) -> tuple[Article, list]:
    """The article with U+FFFD for the bad byte put before its first paragraph."""
    page, links = clean
    return dataclasses.replace(page, text="\ufffd" + page.text), links


TOO_DEEP = ("no article text found in the page: its elements nest deeper than 256 levels, "
            "past which the HTML parser reads nothing")
NO_TEXT = "no article text found in the page"
NO_ENCODING = "not a text page: its bytes match no known character encoding"

# (page, what it reads as: the article and links, or the one-line reason of the InputError)
HOSTILE = [
    pytest.param(nested(250), article(DEEP), id="250-nested-divs"),
    pytest.param(nested(5000), TOO_DEEP, id="5000-nested-divs"),
    pytest.param(b"<html><body>" + b"<div><span>" * 50000, TOO_DEEP, id="unclosed-nesting"),
    pytest.param(KOMPAS.replace(b"<p>", b"<p>\x00\x00\x01"), read(KOMPAS), id="nul-bytes"),
    pytest.param(b"\x00" * 5000, "not an HTML page", id="only-nul"),
    pytest.param(b"<html><body>" + PARAGRAPH * (5 * 2**20 // len(PARAGRAPH)) + b"</body></html>",
                 "the page is too large to be one article (77,674 HTML elements, more than 12,000)",
                 id="5mb-of-paragraphs"),
    pytest.param(b"<html><body>" + b"<div><a href='/a'>tautan</a> teks</div>" * 120_000 + b"</body></html>",
                 "the page is too large to be one article (240,002 HTML elements, more than 12,000)",
                 id="5mb-of-divs"),
    pytest.param(b"<html><head><title>Kosong</title></head><body></body></html>", NO_TEXT, id="empty-body"),
    pytest.param(b"", "the page is empty", id="empty"),
    pytest.param(b"   \n\t ", "the page is empty", id="whitespace"),
    pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40, NO_ENCODING, id="png"),
    pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 40, NO_ENCODING, id="pdf"),
    pytest.param(b"<html><body><p>" + b"\xff\xfe\xfa" * 1000 + b"</p></body></html>", NO_ENCODING, id="invalid-utf8"),
    # A UTF-8 page with one bad byte is still read as UTF-8, not guessed as another encoding.
    pytest.param(ENGLISH.replace(b"<p>", b"<p>\xff", 1), with_stray_byte(read(ENGLISH)), id="utf8-with-a-bad-byte"),
    # UTF-7 is refused, as browsers do: "+ADw-script+AD4-" stays as written, never "<script>".
    pytest.param(f'<html><head><meta charset="utf-7"></head><body><p>+ADw-script+AD4- {DEEP}</p></body></html>'.encode(),
                 article(f"+ADw-script+AD4- {DEEP}"), id="utf7"),
    pytest.param(b"<<<<>>>><a><b></b></a></html></html><body><body>", NO_TEXT, id="broken-tags"),
    pytest.param(b"<html><body><p>" + b"a" * 2_000_000 + b"</p></body></html>", article("a" * 2_000_000),
                 id="one-huge-paragraph"),  # (too long for one article: the reader refuses it, below)
]


@pytest.mark.parametrize("data,expected", HOSTILE)
def test_hostile_input_gives_its_article_or_its_one_line_error(data, expected):
    if isinstance(expected, str):
        with pytest.raises(InputError) as caught:
            read(data)
        assert (caught.value.origin, caught.value.reason) == ("hostile.html", expected)
        assert str(caught.value) == f"hostile.html: {expected}"
    else:
        assert read(data) == expected


def test_a_page_whose_text_is_too_long_for_one_article_is_refused_by_the_reader(tmp_path):
    from events_cli.readers import read_inputs

    page = tmp_path / "huge.html"
    page.write_bytes(b"<html><body><p>" + b"a" * 2_000_000 + b"</p></body></html>")
    [error] = read_inputs([str(page)])
    assert str(error) == (f"{page}: text is 2,000,000 characters, too long for one article (limit 1,000,000); "
                          "split it into articles first")


def test_article_inside_a_5mb_page_of_scripts_is_read():
    script = b"<script>var ads = '" + b"x" * (5 * 2**20) + b"';</script>"
    article, links = read_html(KOMPAS.replace(b"</head>", script + b"</head>"), "big.html")
    assert "Bendungan Sadawarna" in article.text
    assert article.published == dt.date(2023, 9, 14)
    assert len(links) == 2


@pytest.mark.parametrize("data,reason", [
    (b"", "the page is empty"),
    (b"<html><head><title>Kosong</title></head><body></body></html>", "no article text found in the page"),
    (b"<html><body><nav><a href='/'>Beranda</a></nav></body></html>", "no article text found in the page"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, "not a text page: its bytes match no known character encoding"),
    (b"just some words, no markup at all", "not an HTML page"),
])
def test_error_reasons(data, reason):
    with pytest.raises(InputError) as caught:
        read_html(data, "x.html")
    assert str(caught.value) == f"x.html: {reason}"


def test_importing_the_module_does_not_import_trafilatura():
    import subprocess
    import sys

    code = "import sys, events_cli.html; print('trafilatura' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_random_bytes_never_raise_anything_but_input_error(data):
    looks_like_html(data)
    try:
        read_html(data, "random")
    except InputError as err:
        assert "\n" not in str(err)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=500), st.sampled_from(["", "<html><body><p>", "<!DOCTYPE html><div class='baca-juga'>",
                                              "<p>Baca juga: <a href='/x'>"]))
def test_random_markup_never_raises_anything_but_input_error(text, prefix):
    data = (prefix + text).encode("utf-8", errors="surrogatepass")
    looks_like_html(data)
    try:
        read_html(data, "random", url="https://contoh.example.id/a")
    except InputError as err:
        assert "\n" not in str(err)
