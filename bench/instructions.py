"""Instructions per article of whole extraction, counted by valgrind's callgrind.

Timings on a shared machine vary by ±20% from run to run; instruction counts do not, so
small speed-ups can be told from noise. The script runs itself twice under callgrind over
the same articles (warmed up once, then 0 or 2 timed passes, as an import runs them: chunks
of `importer.CHUNK`) and prints the difference per article: the cost of one warm pass,
start-up and loading excluded, with a fixed hash seed. Needs valgrind (Debian: `apt install
valgrind`); about two minutes for the defaults.

`--cold` counts one pass over articles never seen, the models loaded as the importer loads
them before its workers start (`importer._warm_up`) and nothing else: what a worker pays for
new articles, the rows of the words it meets for the first time and every cache filled
included (a run with one pass against one with none).

    python bench/instructions.py [--set ner|bulk] [--n 600] [--cold]
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def passes(which: str, n: int, count: int, cold: bool = False) -> None:
    from bench.extract_speed import bulk_articles, ner_articles
    from events_cli.extract import extract_articles
    from events_cli.importer import CHUNK, _warm_up

    articles = ner_articles()[:n] if which == "ner" else bulk_articles(n)
    if cold:  # the models loaded as the importer loads them before its workers start, no more
        _warm_up()
    for _ in range(count if cold else 1 + count):  # the first pass warms up, unless cold
        for i in range(0, len(articles), CHUNK):
            extract_articles(articles[i:i + CHUNK])


def counted(which: str, n: int, count: int, cold: bool = False) -> int:
    # One hash seed for every run: with random ones the order of sets and dicts of strings
    # changes from run to run, and the count by about ±0.5% (seen on the bulk set).
    out = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
         os.path.abspath(__file__), "--set", which, "--n", str(n), "--passes", str(count)] + (["--cold"] if cold else []),
        capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": "0"},
    ).stderr
    return int(re.search(r"Collected : (\d+)", out).group(1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=["ner", "bulk"], default="ner",
                    help="one-sentence NER articles, or the bulk file's first articles")
    ap.add_argument("--n", type=int, default=600, help="articles (default 600)")
    ap.add_argument("--cold", action="store_true", help="one pass over unseen articles, the models loaded")
    ap.add_argument("--passes", type=int, help=argparse.SUPPRESS)  # set when run under valgrind
    args = ap.parse_args()
    if args.passes is not None:
        passes(args.set, args.n, args.passes, args.cold)
        return
    if shutil.which("valgrind") is None:
        sys.exit("instructions: valgrind is not installed (Debian: apt install valgrind)")
    if args.cold:
        per_article = (counted(args.set, args.n, 1, True) - counted(args.set, args.n, 0, True)) / args.n
    else:
        per_article = (counted(args.set, args.n, 2) - counted(args.set, args.n, 0)) / 2 / args.n
    print(f"instructions: {per_article:,.0f} per article of whole extraction ({args.set}, {args.n} articles, "
          f"{'cold' if args.cold else 'warm'})")


if __name__ == "__main__":
    main()
