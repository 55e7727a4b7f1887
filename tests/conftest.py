"""Every test runs in its own folder with its own database: never a user's real one."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from events_cli.models import EntitySpan

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"  # the read-only data and eval beside the checkout
SEED = ROOT / "seeds" / "000_d99f34836391f2cf.txt"  # as in SHARED / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
# Every test reads this as today, whatever the machine's clock (a Monday). A page dated after it
# reads as undated, as a page from the future would (html.py gives trafilatura today as max_date).
TODAY = dt.date(2026, 11, 30)
# What schema 6 added, and what schema 5 added (after schema 6's), undone by the tests that make
# an older database out of a new one.
UNDO_SCHEMA_6 = ("ALTER TABLE articles DROP COLUMN published_time",)
UNDO_SCHEMA_5 = (*UNDO_SCHEMA_6, "ALTER TABLE events DROP COLUMN story_id", "ALTER TABLE articles DROP COLUMN story_id",
                 "DROP TABLE stories", "DROP TABLE story_terms", "DROP SEQUENCE story_ids", "DROP TABLE article_terms",
                 "DROP TABLE article_terms_sorted",
                 *(f"DROP TABLE {t}" for t in ("extracted_actors", "extracted_event_actors", "actor_names", "actor_name_keys",
                                               "actor_name_forms", "actors_unresolved", "actor_corrections")))


SLOW_SKIPPED = "slow check (ten seconds or more, or more cases of a check the quick run holds): `pytest -m slow` runs it (.ci/run does)"


def pytest_collection_modifyitems(config, items):
    """A plain `pytest` skips the checks marked slow; `-m slow` (or any -m naming them) runs them."""
    if "slow" in (config.option.markexpr or ""):
        return
    skip = pytest.mark.skip(reason=SLOW_SKIPPED)
    for item in items:
        if item.get_closest_marker("slow"):
            item.add_marker(skip)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """Say what did not run, and why: skipped gates (no ../shared beside the checkout) and the
    slow checks a plain `pytest` leaves out."""
    stats = terminalreporter.stats
    reasons: dict[str, int] = {}
    for report in stats.get("skipped", []):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        reason = reason.removeprefix("Skipped: ")
        reasons[reason] = reasons.get(reason, 0) + 1
    lines = [f"{n} skipped: {reason}" for reason, n in sorted(reasons.items())]
    if deselected := len(stats.get("deselected", [])):
        lines.append(f"{deselected} deselected (-k or -m)")
    if lines:
        terminalreporter.write_sep("-", "not run")
        for line in lines:
            terminalreporter.write_line(line)


@pytest.fixture(autouse=True)
def isolated_db(tmp_path, monkeypatch):
    db = tmp_path / "test.duckdb"
    monkeypatch.setenv("EVENTS_DB", str(db))
    monkeypatch.chdir(tmp_path)
    return db


@pytest.fixture(scope="session")
def imported_once(tmp_path_factory):
    """`imported_once(PATH, ...)`: a database file as `events import PATH ...` leaves it, made
    once per test process (on TODAY) and kept for the tests that copy it (`imported`)."""
    from typer.testing import CliRunner

    from events_cli import isodate
    from events_cli.cli import app

    made: dict[tuple[str, ...], Path] = {}

    def database(*paths) -> Path:
        key = tuple(str(path) for path in paths)
        if key not in made:
            db = tmp_path_factory.mktemp("imported") / "events.duckdb"
            with pytest.MonkeyPatch.context() as patch:
                patch.setattr(isodate, "today", lambda: TODAY)
                result = CliRunner().invoke(app, ["--db", str(db), "import", *key])
            assert result.exit_code == 0, result.output
            made[key] = db
        return made[key]

    return database


@pytest.fixture
def imported(isolated_db, imported_once):
    """`imported(PATH, ...)`: the test's own database as `events import PATH ...` leaves it,
    a copy of the file that import made once for every test that asks for the same (an import
    in each test would cost a second or so of CPU each time)."""
    def database(*paths) -> Path:
        shutil.copyfile(imported_once(*paths), isolated_db)
        return isolated_db

    return database


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    """Today is TODAY for the code under test (events_cli.isodate.today is its one clock)."""
    from events_cli import isodate

    monkeypatch.setattr(isodate, "today", lambda: TODAY)
    return TODAY


@pytest.fixture
def refused_port():
    """A port on 127.0.0.1 that refuses connections: bound by this test, never listened on,
    so no other process can take it while the test runs."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def entity_spans(text: str, *items: tuple[str, str]) -> list[EntitySpan]:
    """EntitySpans for (label, surface) pairs, found left to right in `text`."""
    out, pos = [], 0
    for label, surface in items:
        start = text.index(surface, pos)
        out.append(EntitySpan(start, start + len(surface), surface, label))
        pos = start + len(surface)
    return out


def ctrl_c_reported_as(error: Exception) -> None:
    """Press Ctrl-C (SIGINT to this process) and raise `error` in place of the KeyboardInterrupt,
    as DuckDB does when the signal comes while it runs a query or calls into Python."""
    import os
    import signal
    import time

    try:
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(5)  # the handler raises at once
    except KeyboardInterrupt:
        raise error from None
    raise AssertionError("SIGINT raised no KeyboardInterrupt")
