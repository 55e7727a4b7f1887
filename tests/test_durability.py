"""Nothing lost: an import killed or interrupted mid-way leaves only whole articles, and
running it again completes it without duplicates."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from events_cli import store

from conftest import ctrl_c_reported_as

N = 3000  # six batches: the kill comes after the first is committed
PLACES = ["Bandung", "Jakarta", "Surabaya", "Medan", "Bogor", "Depok"]
FIRST = ["Budi", "Siti", "Agus", "Dewi", "Rudi", "Rina", "Joko", "Sri", "Andi", "Putri"]
LAST = ["Santoso", "Rahayu", "Wijaya", "Lestari", "Hidayat", "Saputra", "Nugroho", "Kurniawan", "Susanti", "Pratama"]


def _corpus(path):
    with open(path, "w", encoding="utf-8") as f:
        for i in range(N):
            name = f"{FIRST[i % 10]} {LAST[i // 10 % 10]}"
            text = (f"JAKARTA, KOMPAS.com - Wali Kota {PLACES[i % 6]} {name} meresmikan pasar nomor {i} "
                    f"pada {1 + i % 28} Maret 2023 di {PLACES[(i + 1) % 6]}.\nBACA JUGA: Judul Berita {i}\n"
                    f"Acara itu dihadiri warga sejak 2019.")
            f.write(json.dumps({"id": i, "text": text, "published": "2023-03-30"}) + "\n")


def _events(db, *args):
    return subprocess.Popen([sys.executable, "-m", "events_cli", "--db", str(db), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _per_article(db):
    con = store.connect(str(db), read_only=True)
    try:
        rows = con.execute("""
            SELECT a.external_id,
                   (SELECT count(*) FROM events e WHERE e.article_id = a.article_id),
                   -- (as extracted: an interrupted import may leave the last batch's resolution to the next)
                   (SELECT count(*) FROM extracted_actors x WHERE x.article_id = a.article_id),
                   (SELECT count(*) FROM article_places x WHERE x.article_id = a.article_id),
                   (SELECT count(*) FROM related_links x WHERE x.article_id = a.article_id)
            FROM articles a""").fetchall()
        return {r[0]: r[1:] for r in rows}, store.table_counts(con)
    finally:
        con.close()


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ref")
    corpus = folder / "corpus.jsonl"
    _corpus(corpus)
    proc = _events(folder / "ref.duckdb", "import", str(corpus))
    proc.communicate(timeout=300)
    assert proc.returncode == 0
    per_article, counts = _per_article(folder / "ref.duckdb")
    assert len(per_article) == N and counts["actors"] > 50 and counts["events"] >= 2 * N
    return corpus, per_article, counts


def _wait_for_first_commit(db, proc, size_before):
    """A commit shows as a write-ahead log, or (DuckDB checkpoints small databases at
    commit) as the database file growing."""
    wal = f"{db}.wal"
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None:
        if (os.path.exists(wal) and os.path.getsize(wal) > 0) or os.path.getsize(db) > size_before:
            time.sleep(0.3)  # let the commit that is being written finish
            return proc.poll() is None
        time.sleep(0.01)
    return False


@pytest.mark.slow  # three imports of a corpus in subprocesses: ~40 s
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_interrupted_import_keeps_whole_articles_and_resumes(tmp_path, reference, sig):
    corpus, ref_articles, ref_counts = reference
    db = tmp_path / "killed.duckdb"
    for _attempt in range(3):  # (on a loaded machine the file may grow before the first commit ends)
        for leftover in (db, Path(f"{db}.wal")):
            leftover.unlink(missing_ok=True)
        store.connect(str(db)).close()  # schema committed, so the WAL's growth means an import batch
        size_before = os.path.getsize(db)
        proc = _events(db, "import", str(corpus))
        assert _wait_for_first_commit(db, proc, size_before), "import ended before it could be interrupted"
        proc.send_signal(sig)
        _, stderr = proc.communicate(timeout=60)
        if sig == signal.SIGINT:
            assert proc.returncode == 130, stderr
            assert "Interrupted: " in stderr and "so far; run the same import again to finish." in stderr
        partial, _ = _per_article(db)
        if partial:
            break
    assert 0 < len(partial) < N
    for external_id, children in partial.items():
        assert children == ref_articles[external_id], f"article {external_id} is not whole"
    again = _events(db, "import", str(corpus))
    _, stderr = again.communicate(timeout=300)
    assert again.returncode == 0, stderr
    assert f"{N - len(partial)} imported, {len(partial)} unchanged, 0 failed" in stderr
    final, counts = _per_article(db)
    assert final == ref_articles
    assert counts == ref_counts


@pytest.mark.parametrize("reported_as", [
    duckdb.CatalogException("Catalog Error: Table with name _batch does not exist!"),
    duckdb.Error("KeyboardInterrupt: "),
    RuntimeError("Query interrupted"),
])
def test_ctrl_c_that_duckdb_reports_as_its_own_error_is_an_interrupt(tmp_path, monkeypatch, reported_as):
    """Ctrl-C that comes while DuckDB calls into Python (converting a batch's values, finding
    the batch's table) is raised by DuckDB as an error of its own: any of these, by the
    moment it came. The import must still end as interrupted (exit 130, counts so far)."""
    from typer.testing import CliRunner

    from events_cli import importer
    from events_cli.cli import app

    def ctrl_c_inside_duckdb(con, *args, summary, **kwargs):
        summary.imported = 5
        ctrl_c_reported_as(reported_as)

    monkeypatch.setattr(importer, "import_paths", ctrl_c_inside_duckdb)
    (tmp_path / "a.txt").write_text("Teks.", encoding="utf-8")
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "db.duckdb"), "import", str(tmp_path / "a.txt")])
    assert result.exit_code == 130, result.output
    assert "Interrupted: 5 imported" in result.stderr
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # put back


def test_an_error_without_ctrl_c_is_not_an_interrupt(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from events_cli import importer
    from events_cli.cli import app

    def fails(con, *args, **kwargs):
        raise duckdb.CatalogException("Catalog Error: something else")

    monkeypatch.setattr(importer, "import_paths", fails)
    (tmp_path / "a.txt").write_text("Teks.", encoding="utf-8")
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "db.duckdb"), "import", str(tmp_path / "a.txt")])
    assert isinstance(result.exception, duckdb.CatalogException)  # a bug shows as the bug it is


def test_an_import_that_ignores_ctrl_c_goes_on_ignoring_it(tmp_path, monkeypatch):
    """A background job of a shell starts with SIGINT ignored: the import keeps it so."""
    from typer.testing import CliRunner

    from events_cli import importer
    from events_cli.cli import app

    seen = []
    monkeypatch.setattr(importer, "import_paths", lambda *a, **k: seen.append(signal.getsignal(signal.SIGINT)))
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        (tmp_path / "a.txt").write_text("Teks.", encoding="utf-8")
        result = CliRunner().invoke(app, ["--db", str(tmp_path / "db.duckdb"), "import", str(tmp_path / "a.txt")])
    finally:
        signal.signal(signal.SIGINT, previous)
    assert result.exit_code == 0, result.output
    assert seen == [signal.SIG_IGN]


def test_duckdb_reports_of_ctrl_c_are_interrupts():
    assert store.is_interrupt(duckdb.Error("KeyboardInterrupt: "))
    assert store.is_interrupt(RuntimeError("Query interrupted"))
    assert not store.is_interrupt(duckdb.Error("Binder Error: no such column"))


@pytest.mark.parametrize("workers", [1, 2])
def test_an_article_twice_in_one_import_is_stored_once_whatever_the_batches(tmp_path, monkeypatch, workers):
    """A repeat in the batch after its first copy, which is still being extracted and not yet
    written, is found as well as one in the same batch or in the database."""
    from events_cli import importer

    monkeypatch.setattr(importer, "BATCH_SIZE", 3)
    monkeypatch.setattr(importer, "PARALLEL_FROM", 3)
    t = [f"Warga Desa Cibiru ke-{i} mengungsi ke Bandung, Senin (3/4/2023)." for i in range(7)]
    texts = [t[0], t[1], t[2],  # batch 1
             t[3], t[1], t[3],  # batch 2: a repeat of batch 1 (not yet written), one of its own
             t[4], t[3], t[5],  # batch 3: a repeat of batch 2 (not yet written)
             t[0] + "  ", t[6]]  # batch 4: a repeat of batch 1 (stored by then; spaces do not count)
    records = [{"text": text} for text in texts]  # no url: the dedup key is the text's hash
    path = tmp_path / "repeats.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    con = store.connect(str(tmp_path / "db.duckdb"))
    summary = importer.import_paths(con, [str(path)], workers=workers)
    assert (summary.imported, summary.unchanged, summary.failed) == (7, 4, 0)
    assert sorted(r[0] for r in con.execute("SELECT text FROM articles").fetchall()) == sorted(t)


def _crashing_extraction(monkeypatch, tmp_path, always: bool):
    """Extraction that ends its worker process (as the out-of-memory killer would) on the
    article that says CRASH: every time, or only the first time."""
    from events_cli import extract

    real = extract.extract_articles
    flag = tmp_path / "crashed-once"

    def extract_articles(articles):
        crash = os.getpid() != parent and any("CRASH" in a.text for a in articles)
        if crash and (always or not flag.exists()):
            flag.touch()
            os._exit(1)
        return real(articles)

    parent = os.getpid()
    monkeypatch.setattr(extract, "extract_articles", extract_articles)


@pytest.mark.parametrize("always", [False, True])
def test_a_worker_process_that_dies_loses_no_other_article(tmp_path, monkeypatch, always):
    from events_cli import importer

    monkeypatch.setattr(importer, "BATCH_SIZE", 6)
    monkeypatch.setattr(importer, "PARALLEL_FROM", 6)
    monkeypatch.setattr(importer, "CHUNK", 2)
    _crashing_extraction(monkeypatch, tmp_path, always)
    texts = [f"Warga Desa Cibiru ke-{i} mengungsi ke Bandung, Senin (3/4/2023)." for i in range(20)]
    texts[8] += " CRASH"
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps({"text": t}) for t in texts), encoding="utf-8")
    con = store.connect(str(tmp_path / "db.duckdb"))
    errors = []
    summary = importer.import_paths(con, [str(path)], workers=2, on_error=errors.append)
    stored = sorted(r[0] for r in con.execute("SELECT text FROM articles").fetchall())
    if always:  # the article at fault fails alone
        assert (summary.imported, summary.failed) == (19, 1)
        assert [str(e) for e in errors] == [f"{path}: extraction ended its worker process (out of memory, or a crash)"]
        assert stored == sorted(texts[:8] + texts[9:])
    else:  # taken up again by a new worker
        assert (summary.imported, summary.failed) == (20, 0)
        assert stored == sorted(texts)


@pytest.mark.slow  # an import of 3,000 articles in a subprocess, read from another: ~15 s
def test_the_database_can_be_read_while_an_import_runs(tmp_path, reference):
    """Between its batches an import lets go of the file for a process that asked for it (a
    reader, or `sql --write`), then takes it back; the reader waits for its turn, never fails."""
    corpus, ref_articles, ref_counts = reference
    db = tmp_path / "live.duckdb"
    store.connect(str(db)).close()
    size_before = os.path.getsize(db)
    importing = _events(db, "import", str(corpus))
    try:
        assert _wait_for_first_commit(db, importing, size_before), "import ended before it could be read"
        reader = subprocess.run([sys.executable, "-m", "events_cli", "--db", str(db), "--wait", "60",
                                 "sql", "SELECT count(*) AS n FROM articles", "--format", "csv"],
                                capture_output=True, text=True, timeout=120)
        still_importing = importing.poll() is None
        assert reader.returncode == 0, reader.stderr
        n = int(reader.stdout.splitlines()[1])
        assert 0 < n <= N and n % 1000 == 0  # whole batches, as committed
        _, stderr = importing.communicate(timeout=300)
    finally:
        importing.kill()
        importing.wait()
    assert importing.returncode == 0, stderr
    assert stderr.endswith(f"{N} imported, 0 unchanged, 0 failed ({db})\n")
    assert still_importing or n == N  # (on a slow machine the import may have finished first)
    final, counts = _per_article(db)
    assert (final, counts) == (ref_articles, ref_counts)
    assert not list(tmp_path.glob("*.waiting.*"))
