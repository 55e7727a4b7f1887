"""The fixture articles' figures, measured as ../shared/eval/score.py measures articles mode.

The articles that tests/fixtures/articles/gold.jsonl annotates are imported into a fresh
database through the CLI's `import` and `export --format jsonl` (the two commands score.py
runs), and the export is scored by score.py's own `score_articles`. Beside its figures, junk
that the gold rules out is counted: a name found as the wrong kind of entity, a credit (byline,
editor) found as an entity, an amount or a date found as a name.

The floors and ceilings live in tests/fixture_floors.json; tests/test_realworld.py holds the
figures to them, and scripts/measure_fixtures.py prints them (and records new ones).
"""
from __future__ import annotations

import importlib.util
import io
import json
import math
import os
import re
import shutil
import tempfile
import unicodedata
from contextlib import redirect_stdout
from functools import lru_cache
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "fixtures" / "articles"
GOLD_PATH = ARTICLES / "gold.jsonl"
FLOORS_PATH = ROOT / "tests" / "fixture_floors.json"
SCORE_PY = ROOT.parent / "shared" / "eval" / "score.py"

KINDS = ("persons", "places", "organizations")
# score.py's measures, each held to a floor ...
AT_LEAST = [f"{kind}.{m}" for kind in (*KINDS, "related") for m in ("precision", "recall", "f1")] + [
    "date_accuracy", "source_accuracy"]
# ... and the junk counts, each held to a ceiling
AT_MOST = ["junk.wrong_kind", "junk.credit", "junk.amount", "junk.furniture_text"]
# which of score.py's verbose lines (`  FILE KEY: ...`) explain a measure
EXPLAINED_BY = {**{m: m.split(".")[0] for m in AT_LEAST}, "date_accuracy": "date", "source_accuracy": "source"}

_PUNCT = re.compile(r"[\-\u2010-\u2015'\u2018\u2019\".,:;!?()\[\]]+")


def norm(text: str | None) -> str:
    """score.py's comparison of names and titles: case- and punctuation-insensitive.
    (A copy, for the tests that must run without ../shared.)"""
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return " ".join(_PUNCT.sub(" ", text).split())


def gold_rows() -> list[dict]:
    return [json.loads(line) for line in GOLD_PATH.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_scorer() -> ModuleType | None:
    """../shared/eval/score.py as a module, or None where ../shared is not there."""
    if not SCORE_PY.is_file():
        return None
    spec = importlib.util.spec_from_file_location("shared_eval_score", SCORE_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fixture_export() -> tuple[dict, ...]:
    """The export of the annotated articles, imported as score.py's `run` imports them."""
    return _fixture_import()[0]


def fixture_texts() -> dict[int, str]:
    """Each exported article's title and text as the database holds them, by article_id."""
    return _fixture_import()[1]


@lru_cache(maxsize=1)
def _fixture_import() -> tuple[tuple[dict, ...], dict[int, str]]:
    """The files the gold names, copied alone into a folder and imported into a fresh database
    through the CLI (as score.py's `run` does), then exported; and the texts the database holds."""
    import duckdb
    from typer.testing import CliRunner

    from events_cli.cli import app

    runner = CliRunner()
    with tempfile.TemporaryDirectory(prefix="events-fixtures-") as work:
        corpus = Path(work) / "corpus"
        corpus.mkdir()
        for row in gold_rows():
            if (ARTICLES / row["file"]).is_file():  # a missing one counts as missing in the scores
                shutil.copyfile(ARTICLES / row["file"], corpus / row["file"])
        db = str(Path(work) / "eval.duckdb")
        imported = runner.invoke(app, ["--db", db, "import", str(corpus)])
        if imported.exit_code not in (0, 1) or imported.exception:  # 1: some article failed
            raise RuntimeError(f"import failed ({imported.exit_code}): {imported.output[-2000:]}")
        exported = runner.invoke(app, ["--db", db, "export", "--format", "jsonl"])
        if exported.exit_code != 0:
            raise RuntimeError(f"export failed ({exported.exit_code}): {exported.output[-2000:]}")
        records = tuple(json.loads(line) for line in exported.stdout.splitlines() if line.strip())
        con = duckdb.connect(db, read_only=True)
        try:
            texts = {i: f"{title or ''}\n{text}" for i, title, text in
                     con.execute("SELECT article_id, title, text FROM articles").fetchall()}
        finally:
            con.close()
    return records, texts


def by_file(export) -> dict[str, dict]:
    """Export records by the base name of their origin, as score.py matches them to the gold."""
    out: dict[str, dict] = {}
    for rec in export:
        out.setdefault(os.path.basename(rec.get("origin") or ""), rec)
    return out


_ROW = re.compile(r"^(\w+)\s+P=\S+ R=\S+ F1=\S+\s+\(tp=(\d+) fp=(\d+) fn=(\d+)\)$")
_ACCURACY = re.compile(r"^main-event date accuracy \S+ \((\d+)/(\d+)\); source accuracy \S+ \((\d+)/(\d+)\)$")
_MISSING = re.compile(r"^articles missing from the export: (\d+)")


def score(scorer: ModuleType, export, gold: list[dict]) -> tuple[dict[str, float], int, list[str]]:
    """score.py's articles-mode figures of `export`: (measures, articles missing, its verbose lines).

    score_articles prints its figures; they are read back from its rows, whose counts are exact.
    """
    out = io.StringIO()
    with redirect_stdout(out):
        scorer.score_articles(list(export), gold, True)
    lines = out.getvalue().splitlines()
    measures: dict[str, float] = {}
    missing = 0
    for line in lines:
        if m := _ROW.match(line):
            prf = scorer.PRF()
            prf.add(*map(int, m.group(2, 3, 4)))
            measures.update({f"{m[1]}.precision": prf.p, f"{m[1]}.recall": prf.r, f"{m[1]}.f1": prf.f1})
        elif m := _ACCURACY.match(line):
            dates_ok, dates_n, source_ok, source_n = map(int, m.groups())
            measures["date_accuracy"] = dates_ok / dates_n if dates_n else 0.0
            measures["source_accuracy"] = source_ok / source_n if source_n else 0.0
        elif m := _MISSING.match(line):
            missing = int(m[1])
    unread = [name for name in AT_LEAST if name not in measures]
    if unread:
        raise RuntimeError(f"score.py's articles output no longer gives {unread}:\n" + "\n".join(lines))
    return measures, missing, [line for line in lines if line.startswith("  ")]


def _holds(form: str, name: str) -> bool:
    """Whether `name` is `form` or a run of its words."""
    return f" {name} " in f" {form} "


def _capitalised_words(name: str) -> set[str]:
    """The normalised words of a name that are written with a capital ('Kim', not 'bin')."""
    return {norm(w) for w in name.split() if w[:1].isupper()} - {""}


def credit_leaks(row: dict, entities: list[dict]) -> list[str]:
    """The names of `entities` (export records' actors or places) that are credits of the gold
    row `row`: those that hold a credit's whole name (byline, editor, photographer), or are a
    word of it that no person's name in the gold shares."""
    persons = {norm(p) for p in [*row.get("persons", []), *row.get("optional", {}).get("persons", [])]}
    credits = {norm(c) for c in row.get("credits") or []} - persons
    words = {w for c in row.get("credits") or [] for w in _capitalised_words(c)} - {
        w for p in persons for w in p.split()}
    leaks = []
    for entity in entities:
        forms = {norm(f) for f in [entity.get("name"), *(entity.get("mentions") or [])]} - {""}
        if forms & words or any(_holds(f, c) for f in forms for c in credits):
            leaks.append(entity.get("name"))
    return leaks


def junk(scorer: ModuleType, export, gold: list[dict]) -> dict[str, list[str]]:
    """Entities of the export that the gold says must not be there, by kind of junk.

    - junk.wrong_kind: an entity that is none of the gold's names (or optional ones) of its own
      kind, but is one of another kind ('Saudi Aramco' a place where the gold has it an
      organisation); a person that holds, or lies within, a name of another kind ('Cikajang' of
      the place 'Kecamatan Cikajang') and lies within no person's name; a place or organisation
      that holds a gold person's full name ('Minister A B') or is a word of it ('B').
    - junk.credit: an entity that holds a credit's name (byline, editor), or is a word of it
      that no gold person's name shares.
    - junk.amount: an entity with a digit in each of its forms that is no gold name of any kind
      ('US$81 million', 'May 19').
    - junk.furniture_text: a title of the page's furniture (a teaser list's, a next story's)
      left in the article's text, where it may make events and names.
    """
    records = by_file(export)
    found: dict[str, list[str]] = {name: [] for name in AT_MOST}
    for g in gold:
        rec = records.get(g["file"], {})
        optional = g.get("optional") or {}
        named = {k: {f for n in [*(g.get(k) or []), *(optional.get(k) or [])] for f in scorer.gold_forms(n)}
                 for k in KINDS}
        persons = {norm(p) for p in g.get("persons") or []}
        person_words = {w for p in g.get("persons") or [] for w in _capitalised_words(p)}
        actors = rec.get("actors") or []
        predicted = {"persons": [a for a in actors if a.get("kind") == "person"],
                     "organizations": [a for a in actors if a.get("kind") == "organization"],
                     "places": rec.get("places") or []}
        for kind, entities in predicted.items():
            others = {f for k in KINDS if k != kind for f in named[k]}
            for entity in entities:
                forms = scorer.entity_forms(entity)
                label = f"{g['file']}: {kind} {entity.get('name')!r}"
                if credit_leaks(g, [entity]):
                    found["junk.credit"].append(label)
                if forms & named[kind]:
                    continue
                if forms & others:
                    wrong = True
                elif kind == "persons":
                    wrong = any((_holds(f, o) or _holds(o, f)) and not any(_holds(p, f) for p in named["persons"])
                                for f in forms for o in others)
                else:
                    wrong = bool(forms & person_words) or any(_holds(f, p) for f in forms for p in persons)
                if wrong:
                    found["junk.wrong_kind"].append(label)
                elif all(re.search(r"\d", f) for f in forms):
                    found["junk.amount"].append(label)
    found["junk.furniture_text"] = furniture_in_text(gold)
    return found


def furniture_in_text(gold: list[dict]) -> list[str]:
    """The gold's furniture titles that extraction leaves in the text of their article."""
    from events_cli.extract import extract_article
    from events_cli.readers import read_file

    left = []
    for g in gold:
        if g.get("furniture_titles") and (ARTICLES / g["file"]).exists():
            (article,) = list(read_file(ARTICLES / g["file"]))
            body = extract_article(article).body
            left += [f"{g['file']}: {title!r}" for title in g["furniture_titles"] if title in body]
    return left


def measure(scorer: ModuleType) -> tuple[dict[str, float], int, list[str], dict[str, list[str]]]:
    """Everything the floors hold: (score.py's measures, articles missing, its verbose lines, junk)."""
    export, gold = fixture_export(), gold_rows()
    measures, missing, explained = score(scorer, export, gold)
    return measures, missing, explained, junk(scorer, export, gold)


def read_floors() -> dict[str, dict[str, float]]:
    data = json.loads(FLOORS_PATH.read_text(encoding="utf-8"))
    return {"at_least": data.get("at_least", {}), "at_most": data.get("at_most", {})}


def floors_from(measures: dict[str, float], junk_found: dict[str, list[str]]) -> dict[str, dict[str, float]]:
    """Floors at today's figures, rounded down to 3 decimals; ceilings at today's counts."""
    return {"at_least": {name: math.floor(measures[name] * 1000 + 1e-9) / 1000 for name in AT_LEAST},
            "at_most": {name: len(junk_found[name]) for name in AT_MOST}}
