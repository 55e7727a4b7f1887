"""The README's examples are real: each command on the seed article, run on a database that
`events import seeds` made, prints what the README shows under it (lines compared without their
trailing blanks), and so do those on the repository's own files (docs/examples, the fixtures),
run in order as the README tells them. The others (marked `<!-- not run: ... -->` before their
block) need an archive a clone does not have."""
from __future__ import annotations

import re
import shlex
import shutil

import pytest
from typer.testing import CliRunner

from events_cli.cli import app

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def examples() -> list[tuple[str, str]]:
    """(command, output) of each `$ events ...` line of the README's code blocks, in order."""
    out = []
    for block in re.findall(r"^```\n(.*?)^```", re.sub(r"<!-- not run:[^>]*-->\n```\n.*?^```", "", README, flags=re.M | re.S),
                            re.M | re.S):
        lines = block.splitlines()
        starts = [i for i, line in enumerate(lines) if line.startswith("$ ")] + [len(lines)]
        for i, j in zip(starts, starts[1:]):
            if lines[i].startswith("$ events "):
                out.append((lines[i][2:], "\n".join(lines[i + 1:j])))
    return out


EXAMPLES = examples()
# the examples shown on the seed article (import first: the README shows the import twice)
ON_SEEDS = [
    "events timeline",
    "events timeline --wrap --width 50 --limit 1",
    "events timeline --actor putin --from 2023-09 --format csv",
    "events network --type CONSULT",
    "events actors",
    "events actors lavrov",
    "events places --limit 4",
    "events places vladivostok",
    "events show e1",
    "events related",
    "events search rusia korea",
    "events sql \"SELECT name, kind FROM places WHERE country_code = 'RU' ORDER BY name\"",
    "events sql 'SELECT name, n_events FROM actors WHERE name = $name' -p name \"Kim Jong-un\"",
    'events sql "DELETE FROM events"',
]


def _run(args: list[str]) -> str:
    result = CliRunner().invoke(app, args)
    return "\n".join(line.rstrip() for line in result.output.rstrip("\n").splitlines())


def _shown(output: str) -> str:
    return "\n".join(line.rstrip() for line in output.splitlines())


# the examples on the repository's files, in the README's order (after the seed's import)
ON_FILES = [
    "events --db dates.duckdb import docs/examples/dates",
    "events --db dates.duckdb timeline",
    "events --db stories.duckdb import tests/fixtures/stories/articles.jsonl",
    "events --db stories.duckdb stories",
    "events --db stories.duckdb stories --sort outlets --min-outlets 2",
    "events --db stories.duckdb timeline --stories --from 2024-04-25",
    "events --db stories.duckdb show s1",
    "events import tests/fixtures/articles/antara_02.txt",
    "events forget --origin tests/fixtures/articles/antara_02.txt --dry-run",
    "events forget 2",
]
# ... and through a pipe, the command's output cut as the pipe does
PIPED = {
    "events export | head -c 335": (["export"], lambda out: out[:335]),
    "events schema | sed -n '/TABLE IF NOT EXISTS actors (/,/^);/p'":
        (["schema"], lambda out: re.search(r"^CREATE TABLE IF NOT EXISTS actors \(.*?^\);", out, re.M | re.S).group()),
    "events network --format graphml > network.graphml": (["network", "--format", "graphml"], lambda out: ""),
}


def test_every_example_on_the_seed_is_in_the_readme():
    commands = [command for command, _ in EXAMPLES]
    assert [c for c in ON_SEEDS if c not in commands] == []
    assert commands.count("events import seeds") == 2
    # and every other example is run by a test below
    others = [c for c in commands if c not in ON_SEEDS and c not in ON_FILES and c not in PIPED
              and c != "events import seeds" and not c.startswith("events import notes.txt")]
    assert others == []
    assert [c for c in commands if c in ON_FILES] == ON_FILES


@pytest.mark.slow  # three imports; the quick run holds their messages' own tests
def test_the_import_example(tmp_path, monkeypatch):
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    monkeypatch.setenv("EVENTS_DB", "events.duckdb")
    shown = [output for command, output in EXAMPLES if command == "events import seeds"]
    assert [_run(["import", "seeds"]) for _ in shown] == [_shown(o) for o in shown]
    # then a missing file and an empty one beside the seeds
    (tmp_path / "empty.txt").write_text("")
    command, output = next((c, o) for c, o in EXAMPLES if c.startswith("events import notes.txt"))
    assert _run(shlex.split(command)[1:]) == _shown(output)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """A database as `events import seeds` leaves it, run in a folder holding a copy of seeds/."""
    folder = tmp_path_factory.mktemp("readme")
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        patch.setenv("EVENTS_DB", "events.duckdb")
        assert _run(["import", "seeds"]).startswith("1 imported")
    return folder / "events.duckdb"


# (the quick run checks four of them, one of each kind of output; the others are slow checks)
QUICK = ("events timeline", "events actors lavrov", "events show e1", "events search rusia korea")


@pytest.mark.parametrize("command", [c if c in QUICK else pytest.param(c, marks=pytest.mark.slow) for c in ON_SEEDS])
def test_an_example_on_the_seed(command, seeded, isolated_db):
    shutil.copyfile(seeded, isolated_db)
    output = next(output for c, output in EXAMPLES if c == command)
    assert _run(shlex.split(command)[1:]) == _shown(output)


@pytest.mark.slow  # two imports and eight commands after them
def test_the_examples_on_the_repository_files(seeded, isolated_db, monkeypatch):
    for folder in ("docs", "tests/fixtures/articles", "tests/fixtures/stories"):
        shutil.copytree(ROOT / folder, isolated_db.parent / folder)
    shutil.copyfile(seeded, "events.duckdb")
    monkeypatch.setenv("EVENTS_DB", "events.duckdb")  # (the default name, which the outputs print)
    wrong = []
    for command in ON_FILES:
        output = next(output for c, output in EXAMPLES if c == command)
        got = _run(shlex.split(command)[1:])
        if got != _shown(output):
            wrong.append((command, got))
    for command, (args, cut) in PIPED.items():
        output = next(output for c, output in EXAMPLES if c == command)
        result = CliRunner().invoke(app, args)
        if result.exit_code != 0 or _shown(cut(result.output)) != _shown(output):
            wrong.append((command, cut(result.output)))
    assert wrong == []
