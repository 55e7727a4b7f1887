#!/usr/bin/env python3
"""Print the fixture articles' figures beside the floors recorded in tests/fixture_floors.json.

Usage: python scripts/measure_fixtures.py [-v] [--write]

The articles of tests/fixtures/articles/gold.jsonl are imported and exported through the CLI
and scored by ../shared/eval/score.py (articles mode), as tests/test_realworld.py does; the
junk the gold rules out is counted beside. Each measure is printed with its floor (at least)
or ceiling (at most) and whether it holds.

  -v       also list score.py's misses and extras, and each piece of junk
  --write  record today's figures as the floors (rounded down to 3 decimals) and ceilings:
           after adding annotated articles, or when extraction has got better. Never to let a
           change through that made extraction worse.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import fixture_scores  # noqa: E402  (tests/fixture_scores.py, found through the path above)

COMMENT = ("Floors (at_least) and ceilings (at_most) for tests/test_realworld.py: the figures of the articles "
           "tests/fixtures/articles/gold.jsonl annotates, scored as ../shared/eval/score.py scores articles mode, "
           "and the junk the gold rules out. Print today's with scripts/measure_fixtures.py; record them with "
           "its --write after adding articles or improving extraction, never to let a regression through.")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses, extras and junk")
    ap.add_argument("--write", action="store_true", help="record today's figures in tests/fixture_floors.json")
    args = ap.parse_args()
    scorer = fixture_scores.load_scorer()
    if scorer is None:
        print(f"{fixture_scores.SCORE_PY} not found: it comes with ../shared", file=sys.stderr)
        return 2
    measures, missing, explained, junk = fixture_scores.measure(scorer)
    recorded = fixture_scores.read_floors() if fixture_scores.FLOORS_PATH.exists() else {"at_least": {}, "at_most": {}}
    if args.verbose:
        print("\n".join(explained))
        for name, items in junk.items():
            print("\n".join(f"  {name}: {item}" for item in items))
    print(f"{len(fixture_scores.gold_rows())} annotated articles, {missing} missing from the export")
    for name in fixture_scores.AT_LEAST:
        floor = recorded["at_least"].get(name)
        state = "no floor" if floor is None else ("ok" if measures[name] >= floor else "BELOW")
        print(f"{name:<26} {measures[name]:.4f}  floor {floor if floor is not None else '-':<6} {state}")
    for name in fixture_scores.AT_MOST:
        ceiling = recorded["at_most"].get(name)
        state = "no ceiling" if ceiling is None else ("ok" if len(junk[name]) <= ceiling else "ABOVE")
        print(f"{name:<26} {len(junk[name]):>6}  ceiling {ceiling if ceiling is not None else '-':<4} {state}")
    if args.write:
        floors = fixture_scores.floors_from(measures, junk)
        for name, value in floors["at_least"].items():
            if name in recorded["at_least"] and value < recorded["at_least"][name]:
                print(f"lowered: {name} {recorded['at_least'][name]} -> {value}")
        for name, value in floors["at_most"].items():
            if name in recorded["at_most"] and value > recorded["at_most"][name]:
                print(f"raised: {name} {recorded['at_most'][name]} -> {value}")
        text = json.dumps({"_comment": COMMENT, **floors}, indent=2, ensure_ascii=False) + "\n"
        fixture_scores.FLOORS_PATH.write_text(text, encoding="utf-8")
        print(f"wrote {fixture_scores.FLOORS_PATH.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
