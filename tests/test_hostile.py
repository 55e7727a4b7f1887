"""Hostile input: no extractor or reader raises, and each finishes in bounded time."""
import gzip
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from events_cli.errors import InputError
from events_cli.extract import extract_article
from events_cli.extract.dateline import parse_dateline
from events_cli.extract.related import extract_related_links
from events_cli.extract.text import guess_language, split_sentences
from events_cli.models import Article
from events_cli.readers import InputNotice, decode_text, read_inputs, record_to_article

# Text made of the pieces news is made of, so the generator reaches the interesting paths.
_PIECES = st.sampled_from([
    "BACA JUGA:", "Baca juga", "(Baca: ", ")", "JAKARTA, KOMPAS.com -", " – ", "Presiden", "Joko Widodo",
    "Kim", "Putin", " di ", "Bandung", "Kota", "13 September 2023", "Rabu (13/9)", "pada 2011", "kemarin",
    "\n", "\n\n", ". ", ", ", "\x00", "\u200b", "اقرأ أيضا:", "\U0001F600", "Ⅻ", "İ", "ß", "\r", "\t",
])
NEWSY = st.lists(st.one_of(_PIECES, st.text(max_size=20)), max_size=60).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=400), NEWSY)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(ANY_TEXT)
def test_text_extractors_never_raise(text):
    body, links = extract_related_links(text)
    assert all(link.title for link in links)
    dateline = parse_dateline(body)
    assert 0 <= dateline.end <= len(body)
    for start, end in split_sentences(body):
        assert 0 <= start < end <= len(body)
    guess_language(text)


@FAST
@given(ANY_TEXT, st.one_of(st.none(), st.dates()))
def test_whole_extraction_never_raises(text, published):
    record = extract_article(Article(text=text, origin="x", published=published))
    for event in record.events:
        assert event.precision in ("day", "month", "year")
        assert published is None or event.kind != "main" or event.date <= published or event.inferred is False


@FAST
@given(st.binary(max_size=600))
def test_decode_never_raises_anything_but_value_error(data):
    try:
        text = decode_text(data)
    except ValueError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert isinstance(text, str)


@FAST
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
                    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.sampled_from(
                        ["text", "title", "url", "published", "date", "source", "id", "lang"]), kids, max_size=6),
                    max_leaves=12))
def test_json_records_never_raise(value):
    *notices, result = record_to_article(value, "x.jsonl", "x.jsonl:1")
    assert all(isinstance(notice, InputNotice) for notice in notices)
    assert isinstance(result, (Article, InputError))


def _read_one(path):
    return list(read_inputs([str(path)]))


def test_ten_megabyte_single_line(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("Warga Bandung berkumpul di alun-alun pada 13 September 2023 " * 170_000, encoding="utf-8")
    assert path.stat().st_size > 10_000_000
    [result] = _read_one(path)
    assert isinstance(result, InputError) and "too long for one article" in str(result)


def test_many_related_lines():
    text = "Isi berita pertama.\n" + "".join(f"BACA JUGA: Judul nomor {i}\n" for i in range(100_000)) + "Penutup."
    body, links = extract_related_links(text)
    assert len(links) == 100_000 and "BACA JUGA" not in body


def test_nul_and_control_characters(tmp_path):
    path = tmp_path / "ctl.txt"
    path.write_bytes("Berita\x07 di Bandung\x1b[31m pada 2011.\nLalu\x00 warga pulang.\n".encode())
    [article] = _read_one(path)
    assert article.text == "Berita di Bandung[31m pada 2011.\nLalu warga pulang.\n"
    record = extract_article(article)
    assert [e.date.year for e in record.events] == [2011]


def test_arabic_cue_inside_english():
    text = "The minister spoke in Jakarta on 5 May 2023.\nاقرأ أيضا: عنوان المقال الآخر\nHe left on Tuesday."
    record = extract_article(Article(text=text, origin="x"))
    assert [link.title for link in record.related] == ["عنوان المقال الآخر"]
    assert record.main_event.date.isoformat() == "2023-05-05"


def test_jsonl_with_broken_lines(tmp_path):
    path = tmp_path / "mixed.jsonl.gz"
    lines = [json.dumps({"id": 1, "text": "Satu di Bandung."}), '{"id": 2, "text": "tanpa penutup',
             json.dumps({"id": 3, "text": "Tiga di Jakarta."}), "\x00\x01", json.dumps({"id": 4, "text": "Empat."})]
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    results = _read_one(path)
    assert [r.external_id for r in results if isinstance(r, Article)] == ["1", "3", "4"]
    assert [str(r).split(": ")[0] for r in results if isinstance(r, InputError)] == [f"{path}:2", f"{path}:4"]


def test_truncated_gzip_keeps_what_came_before(tmp_path):
    path = tmp_path / "cut.jsonl.gz"
    data = gzip.compress("".join(json.dumps({"id": i, "text": f"Berita {i}."}) + "\n" for i in range(500)).encode())
    path.write_bytes(data[: len(data) // 2])
    results = _read_one(path)
    good = [r for r in results if isinstance(r, Article)]
    errors = [r for r in results if isinstance(r, InputError)]
    assert good and len(errors) == 1 and f"cannot read past line {len(good)}" in str(errors[0])


def test_file_over_the_size_limit(tmp_path, monkeypatch):
    from events_cli import readers

    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "huge.txt"
    path.write_text("x" * 2000)
    [result] = _read_one(path)
    assert str(result) == f"{path}: file is 2,000 bytes, over the 1,000 bytes limit for one input"
