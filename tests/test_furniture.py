"""Whole pages as scrapers save them: the furniture around the article is no actor, no event,
no link and no title, and the outlet is found (issue 13). Every text here is made up, in the
style of the outlet it imitates."""
import datetime as dt

import pytest

from events_cli.extract import extract_article
from events_cli.models import Article
from events_cli.readers import split_title

KOMPAS = """Baca berita tanpa iklan. Gabung Kompas.com+

Jembatan Gantung di Cisarua Putus, Dua Warga Terluka

Kompas.com - 14/03/2023, 09:40 WIB

Penulis
Rahmat Hidayat, Sinta Maharani

Editor
Yoga Pratama

BOGOR, KOMPAS.com - Jembatan gantung di Desa Cibeureum, Kecamatan Cisarua, putus pada Senin (13/3/2023) sore.

Kepala Desa Cibeureum Dadang Kurnia mengatakan dua warga terluka dan dibawa ke puskesmas.

Baca juga: Hujan Deras, Tebing di Puncak Longsor

"Jembatan itu sudah lama rapuh," kata Dadang.
"""

REPUBLIKA = """Rabu 10 Mei 2023 16:05 WIB

Petani Garut Panen Raya Bawang Merah

Rep: Fauzan Akbar/ Red: Nurul Hasanah

REPUBLIKA.CO.ID, GARUT -- Petani di Kecamatan Cisurupan, Kabupaten Garut, memulai panen raya bawang merah pada Selasa (9/5/2023).

Baca Juga

Ketua Kelompok Tani Sumber Rezeki, Ujang Sobari, mengatakan hasil panen tahun ini naik dibandingkan tahun lalu karena cuaca yang mendukung sejak awal musim tanam di desa itu.

Harga bawang merah di tingkat petani mencapai Rp 28 ribu per kilogram.
"""

REUTERS = """Share this article
Copy link

By Jane Whitfield and Arif Nugroho

JAKARTA (Reuters) - Indonesia's central bank held its benchmark rate on Thursday, May 18, 2023, Governor Budi Santosa said.

The decision was widely expected by analysts.

Reporting by Jane Whitfield; Editing by Mark Olsen
"""

TRIBUN = """Home
Regional
Jawa Barat

Laporan Wartawan TribunJabar.id, Asep Kurniawan

TRIBUNJABAR.ID, SUMEDANG - Banjir merendam puluhan rumah di Kecamatan Jatinangor, Kamis (6/4/2023).

Camat Jatinangor Hendra Wijaya mengatakan warga sudah dievakuasi ke balai desa.

Tags: banjir, Sumedang, Jatinangor
Bagikan
Facebook Twitter WhatsApp
"""

# (text, url, title, source, dateline place, published, names that must be no actor, related titles)
PAGES = [
    (KOMPAS, None, "Jembatan Gantung di Cisarua Putus, Dua Warga Terluka", "KOMPAS.com", "Bogor",
     dt.date(2023, 3, 14), {"Rahmat Hidayat", "Sinta Maharani", "Yoga Pratama"},
     ["Hujan Deras, Tebing di Puncak Longsor"]),
    (REPUBLIKA, None, "Petani Garut Panen Raya Bawang Merah", "REPUBLIKA.CO.ID", "Garut",
     dt.date(2023, 5, 10), {"Fauzan Akbar", "Nurul Hasanah"}, []),
    (REUTERS, "https://www.reuters.com/markets/asia/x", None, "Reuters", "Jakarta",
     None, {"Jane Whitfield", "Arif Nugroho", "Mark Olsen"}, []),
    (TRIBUN, "https://jabar.tribunnews.com/2023/04/06/x", None, "TRIBUNJABAR.ID", "Sumedang",
     None, {"Asep Kurniawan"}, []),
]


@pytest.mark.parametrize("text,url,title,source,place,published,credits,related", PAGES)
def test_page_furniture_is_no_article_words(text, url, title, source, place, published, credits, related):
    found_title, body = split_title(text)
    assert found_title == title
    record = extract_article(Article(text=body, origin="page.txt", url=url, title=found_title))
    assert record.source == source
    assert record.dateline_place == place
    assert record.published == published
    names = {name for actor in record.actors for name in (actor.name, *actor.mentions)}
    assert not names & credits
    assert [link.title for link in record.related] == related
    for event in record.events:  # no stamp, credit or menu line is an event's sentence
        assert "WIB" not in event.sentence and "Reporting by" not in event.sentence


def test_a_paragraph_after_a_bare_cue_stays_in_the_text():
    """Republika: "Baca Juga" alone, then a sentence of the article: the sentence, and the
    village chief in it, are the article's."""
    record = extract_article(Article(text=split_title(REPUBLIKA)[1], origin="page.txt"))
    assert "Ujang Sobari" in {actor.name for actor in record.actors}
    assert "hasil panen tahun ini naik" in record.body
