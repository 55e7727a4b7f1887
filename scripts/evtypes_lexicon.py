"""Check the event-type lexicon (events_cli/data/evtypes.tsv) and see how it covers real text.

The lexicon is written by hand (stems, English verbs, phrases); nothing is generated into the
repository. This script

* validates it: every row well formed, every type present, no form claimed by two types at the
  same priority (which one wins would depend on the order of the rows);
* with ``--forms STEM``, prints the affixed forms a row makes (to check the meN- assimilation);
* with ``--coverage N``, reads the sentences of the first N articles of the bulk file and prints
  the share that holds a trigger, the types found, and the most frequent meN- and di- verbs that
  no row makes: where to look for triggers still missing (to be read, then added by hand with the
  codebook's definitions; never fitted to the gold sentences).

    python scripts/evtypes_lexicon.py [--forms tangkap] [--coverage 2000]
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from events_cli.extract import evtypes  # noqa: E402

BULK = (ROOT / ".." / "shared" / "data" / "bulk" / "click-id-19k.jsonl.gz").resolve()
_VERBISH = re.compile(r"(?:me[mn]?|meng|meny|di)[a-z]{4,}")


def check() -> list[str]:
    """Faults of the shipped lexicon (none: an empty list)."""
    text = resources.files("events_cli.data").joinpath("evtypes.tsv").read_text(encoding="utf-8")
    rows = evtypes.read_lexicon(text.splitlines())
    faults = [f"no row of type {t}" for t in evtypes.TYPES if t not in {r[1] for r in rows}]
    claimed: dict[tuple[str, float], set[str]] = {}
    for form, type_, priority, morph, affixes in rows:
        made = (evtypes.indonesian_forms(form, affixes) if morph == "id"
                else evtypes.english_forms(form) if morph == "en" else [(form, "")])
        for f, _ in made:
            claimed.setdefault((f, priority), set()).add(type_)
    faults += [f"{form!r} is {' and '.join(sorted(types))} at priority {p}"
               for (form, p), types in sorted(claimed.items()) if len(types) > 1]
    return faults


def coverage(n: int) -> None:
    from events_cli.extract.text import split_sentences

    table = evtypes.lexicon()
    known = set(table)
    sentences = with_trigger = 0
    types: Counter = Counter()
    missing: Counter = Counter()
    with gzip.open(BULK, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= n:
                break
            text = json.loads(line).get("text") or ""
            for start, end in split_sentences(text):
                words = [w.lower() for w in re.findall(r"[^\W_]+(?:[-'][^\W_]+)*", text[start:end])]
                if len(words) < 6:
                    continue
                sentences += 1
                found = evtypes.find_triggers(words, table)
                if found:
                    with_trigger += 1
                    types.update(e.type for _, _, e in found)
                missing.update(w for w in words if _VERBISH.fullmatch(w) and w not in known
                               and not (w[-3:] in evtypes._SUFFIXES and w[:-3] in known))
    print(f"{sentences} sentences of {n} articles; {with_trigger} ({100 * with_trigger / max(sentences, 1):.1f}%) "
          "hold a trigger")
    print("triggers by type:", ", ".join(f"{t} {c}" for t, c in types.most_common()))
    print("most frequent meN-/di- words no row makes:", ", ".join(f"{w} {c}" for w, c in missing.most_common(60)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--forms", help="print the forms this stem's rows make")
    ap.add_argument("--coverage", type=int, metavar="N", help="read the first N bulk articles")
    args = ap.parse_args()
    faults = check()
    for fault in faults:
        print("fault:", fault)
    if args.forms:
        for entries in evtypes.lexicon().values():
            for e in entries:
                if args.forms in " ".join(e.words):
                    print(" ".join(e.words), e.type, e.priority, e.voice)
    if args.coverage:
        coverage(args.coverage)
    print("lexicon:", "faults" if faults else "ok")
    return 1 if faults else 0


if __name__ == "__main__":
    sys.exit(main())
