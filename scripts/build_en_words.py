#!/usr/bin/env python3
"""Build events_cli/data/en_words.tsv.gz: which English words a dictionary writes in lower case
and which only with a capital (names of people and places), for the English NER model.

From SCOWL's American English word list as Debian ships it (`apt install wamerican`:
/usr/share/dict/american-english; licence in events_cli/data/NER.md). Possessives ("Aaron's")
are left out. Each word, lower-cased, gets one class:

    l   the dictionary writes it in lower case only ("bridge", "table")
    p   only with a capital ("Aaron", "Saskatchewan", "Hitler")
    b   both ("Bush" and "bush", "Victoria" and "victoria")

Output: ``word<TAB>class`` lines, sorted, gzip-compressed (about 0.3 MB); the tagger reads it
with the standard library (`ner.english_words`). Retrain the English model after rebuilding it.

Usage: python scripts/build_en_words.py [--source PATH] [--out PATH]
"""
from __future__ import annotations

import argparse
import gzip
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def classes(lines) -> dict[str, str]:
    low: set[str] = set()
    cap: set[str] = set()
    for line in lines:
        w = line.strip()
        if not w or w.endswith("'s") or "\t" in w:
            continue
        (cap if w[:1].isupper() else low).add(w.lower())
    out = {w: "l" for w in low}
    for w in cap:
        out[w] = "b" if w in low else "p"
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", default="/usr/share/dict/american-english")
    ap.add_argument("--out", default=str(ROOT / "events_cli" / "data" / "en_words.tsv.gz"))
    args = ap.parse_args()
    with open(args.source, encoding="utf-8") as f:
        table = classes(f)
    # mtime=0: the same list gives the same bytes
    with open(args.out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write("".join(f"{w}\t{c}\n" for w, c in sorted(table.items())).encode("utf-8"))
    counts = {c: sum(1 for v in table.values() if v == c) for c in "lpb"}
    print(f"{len(table)} words ({counts['l']} lower case, {counts['p']} capitalised, {counts['b']} both) "
          f"-> {args.out} ({Path(args.out).stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
