#!/usr/bin/env python3
"""Rebuild tests/fixtures/databases/: small databases made by the events of earlier commits,
one for each schema events has shipped, which tests/test_migrations.py upgrades.

A schema is more than its number: version 1 was three different schemas (events gained
``date_end`` in 1e6c7e2, and the alias views became tables in 68ac4d9, both without a new
number), so each of them has its own file. For each row of BUILDS the script checks the
commit out into a temporary ``git worktree``, runs that commit's ``events import`` on the
same few articles (with this virtualenv's packages, the worktree first on PYTHONPATH) and
gzips the file it wrote to ``tests/fixtures/databases/NAME.duckdb.gz``: a DuckDB file holds
at least one 256 KiB block per table and index, some 6 MB of zeros for four articles, which
gzip makes 20-30 kB.

The articles are the seed, three fixture articles (tests/fixtures/articles/) given titles,
URLs and dates, and a short article written for this script whose title is a "Baca juga"
link of one of them, so every file holds a resolved related link as well as unresolved ones.

Usage: python scripts/build_old_databases.py [NAME ...]    (all of BUILDS without a NAME)
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "databases"

# (file name, commit, what sets its schema apart). Keep each commit: tests/fixtures/databases/README.md
# lists them too. Add a row (the last commit of a schema) whenever a commit changes the schema.
BUILDS = [
    ("v1-ff72fdf", "ff72fdfcef2d9fad2b91ed2ec4818e4d034f5f80",
     "schema 1 as first shipped: no events.date_end; actor_aliases and place_aliases are views"),
    ("v1-1e6c7e2", "1e6c7e20d24e072cb678777b19be5d8bfca02288",
     "schema 1 with events.date_end; the alias views still views"),
    ("v1-ea8e642", "ea8e6420b9f0a61689d03b6d1cda132045831fd2",
     "schema 1 as last shipped (68ac4d9 on): actor_aliases and place_aliases are tables"),
    ("v2-1f873d9", "1f873d9fc98450d73fa6a4b7e627b6b3fff8069c",
     "schema 2: counts and first and last dates on actors and places"),
    ("v3-499c3c9", "499c3c95544d1f82ef14f621ec1798e1f3ca9266",
     "schema 3: articles.title_key and related_links.title_key"),
    ("v4-9ccfd49", "9ccfd49b05206e9cf611f703cffb75f2002186eb",
     "schema 4: events.date nullable, events.date_partial, date_end as a range's end"),
    ("v5-5acce7c", "5acce7ce9b682359b578dcf23a34fb480d58bef4",
     "schema 5: event types, stories, actor identity (extracted and resolved actors)"),
    ("v6-a439c16", "a439c164c5f4d930757f83e148bdd08fd8bc75a1",
     "schema 6: articles.published_time"),
    ("v7-a777c8d", "a777c8d334185a6765bd4616672335a5eca7f745",
     "schema 7: no table changed; actor names keyed by the rules of version 7"),
    ("v8-a3e6a50", "a3e6a50a8a3d9188cc615509299021824c11d79e",
     "schema 8: no table changed; a person's name keyed by its last word in today's spelling"),
    ("v9-fe534d8", "fe534d89c6ee43d29bd0469bfebfdc7a4c8edac1",
     "schema 9: no table changed; nicknames among a name's forms, every name keyed and resolved again"),
    ("v10-15b5a48", "15b5a48a0d61d0b8945b1e1886cff51e49d4e8fc",
     "schema 10: no key on actor_name_keys, extracted_actors, extracted_event_actors; kind cues"),
    ("v11-c0a503d", "c0a503d2f6bfe01554b2fd10a2e3985bed19f5e0",
     "schema 11: no key on article_actors, event_actors, story_terms"),
    ("v12-5436840", "5436840f239da6016758a59b5e77acdb7bef80cc",
     "schema 12: place_uses, how each article uses a town's name"),
]

# Written for this fixture (made-up event): its title is the first "Baca juga" link of antara_02.
GARUT_FOLLOW_UP = (
    "Bandung (ANTARA) - Warga Kota Bandung, Jawa Barat, berhamburan keluar rumah ketika gempa "
    "bermagnitudo 6,1 yang berpusat di selatan Garut terasa pada Senin (22/4) malam.\n\n"
    "Ketua RT setempat, Dedi Sumarna, mengatakan warga bertahan di halaman selama hampir satu jam "
    "sebelum kembali ke rumah masing-masing.\n\n"
    "BPBD Kota Bandung mencatat dua rumah di Kecamatan Coblong mengalami retak ringan."
)

ARTICLES = [  # (fixture file or None, record fields)
    ("seeds/000_d99f34836391f2cf.txt",
     {"id": "seed", "url": "https://jabarekspres.example/putin-kim-vladivostok",
      "title": "Putin dan Kim Jong-un Bertemu di Vladivostok", "source": "JABAR EKSPRES",
      "published": "2023-09-14", "language": "id"}),
    ("tests/fixtures/articles/antara_02.txt",
     {"id": "antara_02", "url": "https://antaranews.example/gempa-garut",
      "title": "Gempa magnitudo 6,1 guncang Garut", "source": "ANTARA", "published": "2024-04-23",
      "language": "id"}),
    ("tests/fixtures/articles/kompas_03.txt",
     {"id": "kompas_03", "url": "https://kompas.example/bendungan-karian",
      "title": "Jokowi Resmikan Bendungan Karian di Lebak", "source": "KOMPAS.com",
      "published": "2023-11-20", "language": "id"}),
    (None,
     {"id": "garut_follow_up", "url": "https://antaranews.example/gempa-garut-bandung",
      "title": "Gempa Garut, warga Bandung berhamburan keluar rumah", "source": "ANTARA",
      "published": "2024-04-23", "language": "id", "text": GARUT_FOLLOW_UP}),
]


def articles_jsonl(path: Path) -> None:
    with path.open("w", encoding="utf-8") as f:
        for fixture, fields in ARTICLES:
            record = dict(fields)
            if fixture:
                record["text"] = (ROOT / fixture).read_text(encoding="utf-8")
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


def build(name: str, commit: str, work: Path) -> Path:
    """Run `commit`'s events on ARTICLES; return the gzipped database it made."""
    src = work / name
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet", str(src), commit], check=True)
    try:
        db = work / f"{name}.duckdb"
        env = {**os.environ, "PYTHONPATH": str(src), "EVENTS_DB": str(db)}
        # cwd: python -m puts it first on sys.path, before this checkout's installed package
        subprocess.run([sys.executable, "-m", "events_cli", "--db", str(db), "import", str(work / "articles.jsonl")],
                       cwd=src, env=env, check=True)
        made = _schema_version(db)
        if not name.startswith(f"v{made}-"):
            raise SystemExit(f"{commit[:7]} made a database of schema version {made}, not the one {name} names")
        out = OUT / f"{name}.duckdb.gz"
        with db.open("rb") as raw, gzip.GzipFile(out, "wb", compresslevel=9, mtime=0) as packed:
            shutil.copyfileobj(raw, packed)
        return out
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(src)], check=True)


def _schema_version(db: Path) -> int:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT max(version) FROM schema_migrations").fetchone()[0]
    finally:
        con.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="Only these files of BUILDS (v2-1f873d9 ...).")
    args = parser.parse_args()
    known = {name for name, _, _ in BUILDS}
    if unknown := set(args.names) - known:
        parser.error(f"unknown {', '.join(sorted(unknown))}: choose from {', '.join(sorted(known))}")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        articles_jsonl(work / "articles.jsonl")
        for name, commit, _ in BUILDS:
            if not args.names or name in args.names:
                out = build(name, commit, work)
                print(f"{out.relative_to(ROOT)}: {out.stat().st_size:,} bytes, made by {commit[:7]}", file=sys.stderr)


if __name__ == "__main__":
    main()
