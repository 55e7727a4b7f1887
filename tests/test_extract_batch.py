"""Extraction of many articles at once: the same records as one at a time, failures isolated."""
from __future__ import annotations

import json
from pathlib import Path

from events_cli.extract import actors, extract_article, extract_articles, ner
from events_cli.importer import extract_many
from events_cli.models import Article

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "articles"


def fixture_articles():
    return [Article(text=p.read_text(encoding="utf-8"), origin=str(p)) for p in sorted(FIXTURES.glob("*.txt"))]


def test_batch_gives_the_same_records_as_one_at_a_time():
    articles = fixture_articles()
    assert extract_articles(articles) == [extract_article(a) for a in articles]


def test_an_extractor_bug_fails_its_article_alone(monkeypatch):
    real = actors.extract_actors

    def buggy(text, *args, **kwargs):
        if "Bojongsoang" in text:
            raise ValueError("boom")
        return real(text, *args, **kwargs)

    monkeypatch.setattr(actors, "extract_actors", buggy)
    articles = [Article(text="Presiden Joko Widodo tiba di Bandung, Senin (3/4/2023).", origin="a"),
                Article(text="Warga Bojongsoang, Kabupaten Bandung, mengungsi.", origin="b"),
                Article(text="Gubernur Ridwan Kamil meninjau Cianjur.", origin="c")]
    out = extract_many(articles)
    assert [type(r).__name__ for r in out] == ["ArticleRecord", "InputError", "ArticleRecord"]
    assert str(out[1]) == "b: extraction failed (ValueError: boom)"
    assert [a.name for a in out[2].actors] == ["Ridwan Kamil"]


def test_a_tagger_failure_on_one_article_spares_the_others(monkeypatch):
    real = ner.tag_many

    def fragile(stretches):
        if any("Bojongsoang" in text for text, _ in stretches):
            raise RuntimeError("tagger broke")
        return real(stretches)

    monkeypatch.setattr(ner, "tag_many", fragile)
    articles = [Article(text="Presiden Joko Widodo tiba di Bandung.", origin="a"),
                Article(text="Warga Bojongsoang mengungsi.", origin="b")]
    first, second = extract_articles(articles)
    assert [a.name for a in first.actors] == ["Joko Widodo"]
    assert isinstance(second, RuntimeError)


def test_an_import_raises_the_collector_threshold_and_restores_it():
    import gc

    from events_cli import importer, store

    con = store.connect(":memory:")
    before = gc.get_threshold()
    during = []
    paths = [str(p) for p in sorted(FIXTURES.glob("*.txt"))[:3]]
    summary = importer.import_paths(con, paths, workers=1, on_batch=lambda s: during.append(gc.get_threshold()))
    assert summary.imported == 3
    assert during == [importer.GC_THRESHOLD]
    assert gc.get_threshold() == before


def test_a_parallel_import_runs_duckdb_on_one_thread_checkpointing_often_and_restores_both(tmp_path):
    from events_cli import importer, store

    lines = [f'{{"id": "{i}", "text": "Warga Desa Cibiru ke-{i} mengungsi ke Bandung, Senin (3/4/2023)."}}'
             for i in range(importer.PARALLEL_FROM)]
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    con = store.connect(str(tmp_path / "db.duckdb"))
    con.execute("SET threads = 3")
    con.execute("SET checkpoint_threshold = '20MB'")
    settings = "SELECT current_setting('threads'), current_setting('checkpoint_threshold')"
    before = con.execute(settings).fetchone()
    during = []
    summary = importer.import_paths(con, [str(path)], workers=2, on_batch=lambda s: during.append(
        con.execute(settings).fetchone()))
    assert summary.imported == importer.PARALLEL_FROM
    assert during == [(1, "3.8 MiB")]  # (CHECKPOINT_THRESHOLD, 4 MB, as DuckDB tells it)
    assert con.execute(settings).fetchone() == before == (3, "19.0 MiB")


def test_the_workers_end_before_the_last_batch_is_written_and_resolved(tmp_path, monkeypatch):
    """The extraction processes hold their caches (~120 MB each after the 19k file): once the
    last batch is extracted they are ended, so the stages run over the whole import (stories,
    the words' sort) do not add their memory to the workers'."""
    import multiprocessing

    from events_cli import importer, resolve, store

    monkeypatch.setattr(importer, "BATCH_SIZE", 4)
    monkeypatch.setattr(importer, "PARALLEL_FROM", 4)
    monkeypatch.setattr(importer, "CHUNK", 2)
    alive = []
    real = resolve.after_batch

    def after_batch(con, ids, last=True):
        alive.append((last, len(multiprocessing.active_children())))
        return real(con, ids, last)

    monkeypatch.setattr(resolve, "after_batch", after_batch)
    lines = [json.dumps({"id": str(i), "text": f"Warga Desa Cibiru ke-{i} mengungsi ke Bandung, Senin (3/4/2023)."})
             for i in range(10)]
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    con = store.connect(str(tmp_path / "db.duckdb"))
    summary = importer.import_paths(con, [str(path)], workers=2)
    assert summary.imported == 10
    assert [last for last, _ in alive] == [False, False, True]
    assert all(n > 0 for last, n in alive if not last)
    assert alive[-1] == (True, 0)


def test_the_blocks_a_batch_wrote_are_let_go_before_it_is_resolved(tmp_path, monkeypatch):
    """DuckDB's blocks held by the importing process add up over a batch: those its writing read
    and wrote are shed before the resolution reads its own (the import's peak memory is there)."""
    from events_cli import importer, resolve, store

    monkeypatch.setattr(importer, "BATCH_SIZE", 2)
    calls = []
    real_write, real_shed, real_after = store.write_articles, store.shed_buffers, resolve.after_batch

    def write_articles(con, records, replace_ids=None):
        calls.append("write")
        return real_write(con, records, replace_ids)

    def shed_buffers(con):
        calls.append("shed")
        return real_shed(con)

    def after_batch(con, ids, last=True):
        calls.append("resolve")
        return real_after(con, ids, last)

    monkeypatch.setattr(store, "write_articles", write_articles)
    monkeypatch.setattr(store, "shed_buffers", shed_buffers)
    monkeypatch.setattr(resolve, "after_batch", after_batch)
    path = tmp_path / "few.jsonl"
    path.write_text("\n".join(json.dumps({"id": str(i), "text": f"Warga Desa Cibiru ke-{i} mengungsi ke Bandung."})
                              for i in range(4)), encoding="utf-8")
    con = store.connect(str(tmp_path / "db.duckdb"))
    assert importer.import_paths(con, [str(path)], workers=1).imported == 4
    resolved = [i for i, c in enumerate(calls) if c == "resolve"]
    assert len(resolved) == 2
    assert all(calls[i - 2:i] == ["write", "shed"] for i in resolved)


def test_the_warm_up_loads_the_tables_loaded_on_first_use(monkeypatch):
    """The importer warms up before forking its workers: every table the extraction of bulk
    articles loads on first use (the English tagger, the gazetteer's folded aliases) is then
    loaded once, shared by the workers, rather than once in each."""
    from events_cli import gazetteer, importer

    monkeypatch.setattr(ner, "_en_scores", None)
    gazetteer._folded.cache_clear()
    importer._warm_up()
    assert ner._en_scores is not None
    assert gazetteer._folded.cache_info().currsize == 1


def test_a_town_the_tagger_takes_for_a_person_once_is_the_town(monkeypatch):
    """"Kerusuhan yang terjadi Wamena" tagged a person, beside "di Wamena" three times: a one-word
    "person" the article writes as a town of the gazetteer more than twice as often is the town; a
    person of that name written in full stays one."""
    real = ner.tag_many

    def tagger_errs(stretches):
        out = real(stretches)
        for (text, spans), found in zip(stretches, out):  # (the stretch of the text's words that holds it)
            at = text.find("terjadi Wamena") + 8
            if at > 7 and (spans is None or any(s <= at < e for s, e in spans)):
                found[:] = sorted([e for e in found if not e.start <= at < e.end]
                                  + [ner.EntitySpan(at, at + 6, "Wamena", "PER")], key=lambda e: e.start)
        return out

    monkeypatch.setattr(ner, "tag_many", tagger_errs)
    text = ("Kerusuhan yang terjadi Wamena, Papua pada Senin (23/9) lalu membuat warga mengungsi.\n\n"
            "Bentrokan di Wamena bermula dari unjuk rasa. Suryanto, pedagang yang lima tahun tinggal di Wamena, "
            "selamat.\n\nAparat kini berjaga di Wamena.")
    [record] = extract_articles([Article(text=text, origin="a")])
    assert sorted(a.name for a in record.actors) == ["Suryanto"]
    assert "Wamena" in [p.name for p in record.places]
    assert all("Wamena" not in [a.name for a in ev.actors] for ev in record.events)
