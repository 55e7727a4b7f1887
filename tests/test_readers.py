import datetime as dt
import gzip
import io
import json
import os
import random

import pytest

from events_cli.errors import InputError
from events_cli.models import Article
from events_cli.readers import (InputNotice, Overrides, parse_published, parse_published_time, read_inputs,
                                repair_mojibake, split_title)


def _read(*paths, **kw):
    return list(read_inputs([str(p) for p in paths], **kw))


def test_text_file_and_folder_order(tmp_path):
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    (folder / "b.txt").write_text("Teks B.", encoding="utf-8")
    (folder / "a.md").write_text("# Judul A\n\nTeks A.", encoding="utf-8")
    (folder / "sub" / "c.txt").write_text("Teks C.", encoding="utf-8")
    (folder / ".hidden.txt").write_text("Rahasia.", encoding="utf-8")
    (folder / "notes.csv").write_text("x,y", encoding="utf-8")
    results = _read(folder)
    assert [r.text.strip() for r in results] == ["Teks A.", "Teks B.", "Teks C."]
    assert results[0].title == "Judul A"


def test_jsonl_aliases_and_bad_lines(tmp_path):
    path = tmp_path / "a.jsonl"
    lines = [
        json.dumps({"id": 7, "text": "Satu.", "title": "T1", "published": "2023-09-14 08:00:00", "source": "Kompas"}),
        "{not json",
        json.dumps({"maintext": "Dua.", "date_publish": "2019-10-01", "source_domain": "detik.com", "url": "https://d/1"}),
        json.dumps({"title": "no text"}),
        json.dumps(["a list"]),
        "",
        json.dumps({"text": 12345}),
        '{"text": "tab\there"}',  # a raw tab inside a JSON string
        '{"text": "cut sh',
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    results = _read(path)
    good = [r for r in results if isinstance(r, Article)]
    bad = [str(r) for r in results if isinstance(r, InputError)]
    assert [(a.external_id, a.title, a.published, a.source) for a in good] == [
        ("7", "T1", dt.date(2023, 9, 14), "KOMPAS.com"), (None, None, dt.date(2019, 10, 1), "detikcom")]
    assert good[1].url == "https://d/1"
    assert bad == [f"{path}:2: bad JSON (Expecting property name enclosed in double quotes at column 2)",
                   f"{path}:4: record has no \"text\"",
                   f"{path}:5: a JSON record must be an object with a \"text\" field",
                   f"{path}:7: \"text\" must be a string, not a number",
                   f"{path}:8: bad JSON (Invalid control character at column 14)",
                   f"{path}:9: bad JSON (Unterminated string starting at column 10)"]


def test_gzipped_jsonl(tmp_path):
    path = tmp_path / "a.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write(json.dumps({"text": "Isi berita."}) + "\n")
    assert [r.text for r in _read(path)] == ["Isi berita."]


@pytest.mark.parametrize("content,message", [
    (b"", "file is empty"),
    (b"   \n\n", "file is empty"),
    (b"\x00\x01\x02binary", "not a text file (binary content)"),
    ("caf\u00e9 ".encode() + b"\xff", "not valid UTF-8 (byte 6); fix or convert the file to UTF-8"),
    (bytes(range(1, 31)) * 5, "not a text file (binary content)"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "not a text file (a PDF document)"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "not a text file (a PNG image)"),
    (b"\x1f\x8b\x08\x00", "not a text file (gzip-compressed; name it .jsonl.gz if it holds JSON Lines)"),
])
def test_bad_files(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    [result] = _read(path)
    assert isinstance(result, InputError) and str(result) == f"{path}: {message}"


def test_missing_path_and_empty_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    results = _read(tmp_path / "nope.txt", tmp_path / "empty")
    assert [str(r) for r in results] == [
        f"{tmp_path / 'nope.txt'}: no such file or folder",
        f"{tmp_path / 'empty'}: folder holds no article files (.txt, .md, .html, .json, .jsonl, .ndjson, .jsonl.gz)",
    ]


def test_stdin_text_and_jsonl():
    [article] = list(read_inputs(["-"], stdin=io.BytesIO("\ufeffBerita dari stdin.\r\n".encode())))
    assert article.origin == "<stdin>" and article.text == "Berita dari stdin.\n"
    records = list(read_inputs(["-"], stdin=io.BytesIO(b'{"text": "a"}\n{"text": "b"}\n')))
    assert [r.text for r in records] == ["a", "b"]
    # text whose first lines are blank, and HTML, are still one article each
    [article] = list(read_inputs(["-"], stdin=io.BytesIO(b"\n\nJudul\n\nIsi berita.\n")))
    assert (article.title, article.text.strip()) == ("Judul", "Isi berita.")
    [page] = list(read_inputs(["-"], stdin=io.BytesIO(b"\n<html><head><title>T</title></head><body><article>"
                                                      b"<p>Isi berita yang cukup panjang di sini.</p></article></body></html>")))
    assert "Isi berita" in page.text


def test_stdin_jsonl_is_read_as_it_comes():
    consumed = []

    class Pipe:  # lines as a pipe gives them; reading it whole is not allowed
        def __init__(self, lines):
            self.lines = iter(lines)

        def __iter__(self):
            for line in self.lines:
                consumed.append(line)
                yield line

        def read(self):
            raise AssertionError("stdin read whole")

    lines = [b"\n"] + [b'{"text": "berita %d"}\n' % i for i in range(1000)]
    articles = read_inputs(["-"], stdin=Pipe(lines))
    assert next(articles).text == "berita 0"
    assert len(consumed) <= 3
    assert [a.text for a in articles][-1] == "berita 999"


def test_overrides(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Teks.", encoding="utf-8")
    [a] = _read(path, overrides=Overrides(source="Tempo", published=dt.date(2020, 1, 2), language="id"))
    assert (a.source, a.published, a.language) == ("Tempo", dt.date(2020, 1, 2), "id")


@pytest.mark.parametrize("value,expected", [
    ("2023-09-14T08:05", dt.time(8, 5)),
    ("2023-09-14 08:05:30+07:00", dt.time(8, 5, 30)),  # the outlet's clock, not the offset
    ("2023-09-14T08:05:30.000Z", dt.time(8, 5, 30)),
    ("Rabu 02 Nov 2022 21:13 WIB", dt.time(21, 13)),
    ("27/10/2017, 16:09 WIB", dt.time(16, 9)),
    ("2023-09-14", None),  # a day only
    ("Monday, 09-05-2022", None),
    ("2023-09-14 08:00 - 10:00", None),  # two times: which one?
    ("kemarin 08:00", None),  # no day
    ("2023-09-14T25:10", None),
    (1568123400, dt.time(13, 50)),  # Unix time: UTC, as its day
    (20190910, None),  # a date written as a number
    (True, None),
])
def test_parse_published_time(value, expected):
    assert parse_published_time(value) == expected


def test_jsonl_keeps_the_clock_time_of_publication_unless_a_day_is_given(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": "Satu.", "published": "2023-09-14T08:05:00"}) + "\n"
                    + json.dumps({"text": "Dua.", "published": "2023-09-14"}) + "\n", encoding="utf-8")
    assert [(a.published, a.published_time) for a in _read(path)] == [
        (dt.date(2023, 9, 14), dt.time(8, 5)), (dt.date(2023, 9, 14), None)]
    [a, _] = _read(path, overrides=Overrides(published=dt.date(2020, 1, 2)))
    assert (a.published, a.published_time) == (dt.date(2020, 1, 2), None)


@pytest.mark.parametrize("text,title", [
    ("Judul Berita\n\nIsi berita.", "Judul Berita"),
    ("Kalimat pertama selesai.\n\nIsi.", None),
    ("JABAR EKSPRES – Isi langsung.\nBaris dua.", None),
    ("Rabu 02 Nov 2022 21:13 WIB\n\nJAKARTA - Isi.", None),
])
def test_split_title(text, title):
    assert split_title(text)[0] == title


@pytest.mark.parametrize("value,expected", [
    ("2023-09-14", dt.date(2023, 9, 14)),
    ("2023-09-14T08:00:00+07:00", dt.date(2023, 9, 14)),
    ("bukan tanggal", None),
    (1568123400, dt.date(2019, 9, 10)),  # Unix time in seconds
    (1568123400000, dt.date(2019, 9, 10)),  # and in milliseconds
    (20190910, dt.date(2019, 9, 10)),  # a date written as a number
    (20191310, dt.datetime.fromtimestamp(20191310, dt.timezone.utc).date()),  # no such date: seconds
    (True, None),
])
def test_parse_published(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("value,expected", [
    ("Rabu 02 Nov 2022 21:13 WIB", dt.date(2022, 11, 2)),
    ("27/10/2017, 16:09 WIB", dt.date(2017, 10, 27)),
    ("Monday, 09-05-2022", dt.date(2022, 5, 9)),
    ("kemarin", None),
    ("2023", None),
])
def test_parse_published_stamps(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("data,text", [
    ("Kafe di Bandung".encode("utf-8"), "Kafe di Bandung"),
    ("\ufeffBOM di depan".encode("utf-8"), "BOM di depan"),
    ("caf\u00e9 au lait di Jakarta".encode("cp1252"), "caf\u00e9 au lait di Jakarta"),
    ("Harga \u20ac10 di pasar".encode("cp1252"), "Harga \u20ac10 di pasar"),
    ("Berita UTF-16\r\nbaris dua".encode("utf-16"), "Berita UTF-16\nbaris dua"),
    ("Tanpa BOM".encode("utf-16-le"), "Tanpa BOM"),
    ("\u041f\u0443\u0442\u0438\u043d \u043f\u0440\u0438\u0431\u044b\u043b \u0432\u043e \u0412\u043b\u0430\u0434\u0438\u0432\u043e\u0441\u0442\u043e\u043a \u0441\u0435\u0433\u043e\u0434\u043d\u044f \u0443\u0442\u0440\u043e\u043c.".encode("cp1251"),
     "\u041f\u0443\u0442\u0438\u043d \u043f\u0440\u0438\u0431\u044b\u043b \u0432\u043e \u0412\u043b\u0430\u0434\u0438\u0432\u043e\u0441\u0442\u043e\u043a \u0441\u0435\u0433\u043e\u0434\u043d\u044f \u0443\u0442\u0440\u043e\u043c."),
    ("Baris\r\nbaris\rbaris".encode(), "Baris\nbaris\nbaris"),
])
def test_encodings(tmp_path, data, text):
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    [article] = _read(path)
    assert article.text == text


def test_count_articles(tmp_path):
    from events_cli.readers import count_articles

    (tmp_path / "a.txt").write_text("Satu.")
    (tmp_path / "b.jsonl").write_text('{"text": "a"}\n\n{"text": "b"}\n')
    with gzip.open(tmp_path / "c.jsonl.gz", "wt") as f:
        f.write('{"text": "c"}\n' * 3)
    assert count_articles([str(tmp_path), "https://contoh.id/berita"]) == 1 + 2 + 3 + 1
    assert count_articles(["-"]) is None


# UTF-8 read as Mac Roman and as Windows-1252: what scraped Indonesian news carries
_MOJIBAKE = [
    ("‚ÄúKami tidak tahu,‚Äù kata Budi di Kecamatan¬†Tanjungpinang.",
     "“Kami tidak tahu,” kata Budi di Kecamatan\u00a0Tanjungpinang."),
    ("Pelatih JosÃ© Mourinho â€“ asal Portugal â€“ tiba di Jakarta.",
     "Pelatih José Mourinho – asal Portugal – tiba di Jakarta."),
    ("Doa ÿßŸÑŸÑŸáŸÖ dibaca.", "Doa اللهم dibaca."),
]


@pytest.mark.parametrize("garbled, text", _MOJIBAKE)
def test_mojibake_repaired(garbled, text):
    assert repair_mojibake(garbled) == text


@pytest.mark.parametrize("text", [
    "Bandung, Senin (3/4/2023) - Warga mengungsi.",
    "Müller, José Mourinho dan François – “kata mereka” – di São Paulo, 30°C, ½ jam, Rp 5.000 × 2.",
    "Presiden Vladimir Putin bertemu Kim Jong-un di Vostochny … 北京 Пекин",
])
def test_clean_text_is_left_as_it_is(text):
    assert repair_mojibake(text) == text


def test_mojibake_repaired_as_ftfy_repairs_the_whole_text():
    """The words sent to ftfy alone give what ftfy gives for the whole article."""
    import ftfy

    words = ["“Kami", "José", "Kecamatan\u00a0", "–", "’", "naïve", "kota", "Pekin", "€5", "ÿes", "¬", "√"]
    for seed in range(300):
        rng = random.Random(seed)
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 30)))
        for codec in ("mac_roman", "cp1252", "latin-1"):
            try:
                garbled = text.encode("utf-8").decode(codec)
            except UnicodeDecodeError:
                continue
            garbled = garbled.replace("\r", "")
            assert repair_mojibake(garbled) == ftfy.fix_encoding(garbled), (seed, codec)


def test_mojibake_repaired_on_reading(tmp_path):
    garbled, text = _MOJIBAKE[0]
    record = {"text": garbled, "title": "Warga Tanjungpinang: ‚ÄúKami tidak tahu‚Äù"}
    latin = {"text": "â\u0080\u009cHalo,â\u0080\u009d sapa Budi di Bandung."}  # latin-1: C1 controls inside
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(record) + "\n" + json.dumps(latin) + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(garbled.encode("utf-8"))
    first, second = read_inputs([str(path)])
    assert first.text == text and first.title == "Warga Tanjungpinang: “Kami tidak tahu”"
    assert second.text == "“Halo,” sapa Budi di Bandung."
    (from_file,) = read_inputs([str(tmp_path / "b.txt")])
    assert from_file.text == text


@pytest.mark.parametrize("garbled", [
    "Kata Habibie\u200e di Jakarta.",  # a direction mark glued to a name
    "Kata Habibie\u201a\u00c4\u00e9 di Jakarta.",  # its Mac Roman mojibake, the only one in the text
    "Kata Habi\u00adbie di Ja\u200bkarta.",  # soft hyphen, zero-width space
    "Kata \ufeffHabibie di Jakarta\u2060.",
])
def test_invisible_characters_dropped_on_reading(tmp_path, garbled):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": garbled, "title": garbled}) + "\n", encoding="utf-8")
    (article,) = read_inputs([str(path)])
    assert article.text == article.title == "Kata Habibie di Jakarta."


@pytest.mark.parametrize("text,title", [
    # a text file's title is its headline, never a banner, a menu, a stamp or a credit
    ("Baca berita tanpa iklan. Gabung Kompas.com+\n\nBanjir Rendam Tiga Desa\n\nJAKARTA, KOMPAS.com - Isi.", "Banjir Rendam Tiga Desa"),
    ("Home\nNasional\n\nJudul Berita Hari Ini\n\nIsi.", "Judul Berita Hari Ini"),
    # the last item of a menu is no headline
    ("Home\nRegional\nJawa Barat\n\nIsi pertama.\n\nIsi.", None),
    ("Rabu, 08 Jan 2020 09:55 WIB\n\nWarga Panen Jagung\n\nRep: Ani/ Red: Budi\n\nREPUBLIKA.CO.ID, JAKARTA -- Isi.", "Warga Panen Jagung"),
    ("ADVERTISEMENT\n\nSCROLL TO CONTINUE WITH CONTENT\n\nKalimat pertama selesai.\n\nIsi.", None),
])
def test_split_title_passes_over_furniture(text, title):
    found, body = split_title(text)
    assert found == title
    if title:
        assert title not in body and body.rstrip().endswith("Isi.")


def test_jsonl_source_is_canonical(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(
        '{"text": "Isi.", "sitename": "Kompas.com"}\n'
        '{"text": "Isi.", "source_domain": "jabar.tribunnews.com"}\n'
        '{"text": "Isi.", "source": "Warta Desa"}\n'
        '{"text": "Isi.", "url": "https://www.republika.co.id/berita/x"}\n', encoding="utf-8")
    assert [a.source for a in _read(path)] == ["KOMPAS.com", "TRIBUNJABAR.ID", "Warta Desa", "REPUBLIKA.CO.ID"]


def _summary(results):
    """(kind, text or message) of each result, in order."""
    return [("article", r.text) if isinstance(r, Article) else (type(r).__name__, str(r)) for r in results]


@pytest.mark.parametrize("document, expected", [
    ([{"id": 1, "text": "Satu."}, {"text": "Dua.", "title": "T"}], [("article", "Satu."), ("article", "Dua.")]),
    ({"text": "Satu saja.", "published": "2024-03-04"}, [("article", "Satu saja.")]),
    ({"status": "ok", "articles": [{"text": "Dari API."}]}, [("article", "Dari API.")]),
    ({"a1": {"text": "Kunci satu."}, "a2": {"text": "Kunci dua."}}, [("article", "Kunci satu."), ("article", "Kunci dua.")]),
    ([{"text": "Baik."}, {"text": ""}, {"title": "tanpa teks"}, "teks lepas"],
     [("article", "Baik."), ("InputError", "{path}:[1]: empty text"), ("InputError", '{path}:[2]: record has no "text"'),
      ("InputError", '{path}:[3]: a JSON record must be an object with a "text" field')]),
    ([], [("InputError", "{path}: holds no JSON records (an empty array)")]),
    (42, [("InputError", "{path}: a .json file must hold an array of records or an object, not a number")]),
])
def test_json_document(tmp_path, document, expected):
    """A .json file is read as JSON (an array of records, a record, or an object holding them),
    not as the text of one article."""
    path = tmp_path / "berita.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert _summary(_read(path)) == [(kind, text.format(path=path)) for kind, text in expected]


def test_json_in_a_folder_and_bad_json(tmp_path):
    (tmp_path / "a.json").write_text('[{"text": "Dari folder."}]', encoding="utf-8")
    (tmp_path / "b.json").write_text('[{"text": "putus', encoding="utf-8")
    assert _summary(_read(tmp_path)) == [
        ("article", "Dari folder."),
        ("InputError", f"{tmp_path / 'b.json'}: bad JSON (Unterminated string starting at line 1, column 11)")]


def test_stdin_json_array_and_text_in_brackets():
    assert _summary(read_inputs(["-"], stdin=io.BytesIO(b' [{"text": "Larik."}]'))) == [("article", "Larik.")]
    # a text article that merely starts with a bracket stays a text article
    [article] = read_inputs(["-"], stdin=io.BytesIO(b"[FOTO] Banjir di Bandung, air naik setinggi lutut."))
    assert article.text == "[FOTO] Banjir di Bandung, air naik setinggi lutut."


def test_unreadable_published_is_reported_and_the_article_kept(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": "Teks.", "published": "kemarin sore"}) + "\n"
                    + json.dumps({"text": "Teks dua.", "published": "2024-03-05"}) + "\n", encoding="utf-8")
    results = _read(path)
    assert _summary(results) == [
        ("InputNotice", f'{path}:1: cannot read "published" "kemarin sore": imported without a publication date'),
        ("article", "Teks."), ("article", "Teks dua.")]
    assert [r.published for r in results if isinstance(r, Article)] == [None, dt.date(2024, 3, 5)]


def test_what_is_not_a_regular_file_is_refused(tmp_path):
    """A FIFO named like an article would block the import forever."""
    fifo = tmp_path / "pipa.txt"
    os.mkfifo(fifo)
    (tmp_path / "ok.txt").write_text("Teks biasa.", encoding="utf-8")
    expected = [("article", "Teks biasa."),
                ("InputError", f"{fifo}: not a regular file (a FIFO): not read; give files, folders, URLs or - for stdin")]
    assert _summary(_read(tmp_path / "ok.txt", fifo)) == expected
    assert sorted(_summary(_read(tmp_path))) == sorted(expected)
