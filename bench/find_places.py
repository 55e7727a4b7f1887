"""Place lookup speed: `find_places` on the first 1,800 characters of the seed article.

The gazetteer is loaded by one untimed call; then batches of calls are timed and the median
batch gives the time per call. Target: ≤ 1 ms a call (a page of text; an import makes one
call per article). Moved here from tests/test_places.py, whose 5 ms bound failed on a busy
machine and said nothing on a quiet one.

    python bench/find_places.py [--calls 200] [--repeat 5]
"""
from __future__ import annotations

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from bench._common import ROOT, median, ms, record, time_call  # noqa: E402

SEED = ROOT / "seeds" / "000_d99f34836391f2cf.txt"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--calls", type=int, default=200, help="calls per timed batch")
    ap.add_argument("--repeat", type=int, default=5, help="timed batches")
    args = ap.parse_args()
    from events_cli.extract.places import find_places

    lines = SEED.read_text(encoding="utf-8").split("\n")
    text = "\n".join(line for line in lines if not line.startswith("BACA JUGA:"))[:1800]
    print(f"find_places: {len(text):,} characters, {args.repeat} batches of {args.calls} calls, "
          f"load={os.getloadavg()[0]:.2f}")
    found = find_places(text)  # loads the gazetteer
    print(f"  {len(found)} places found: {', '.join(sorted({m.text for m in found}))}")

    def batch() -> None:
        for _ in range(args.calls):
            find_places(text)

    per_call = [t / args.calls for t in time_call(batch, repeat=args.repeat, warmup=0)]
    print(f"  per call: median {ms(median(per_call))}, min {ms(min(per_call))}, max {ms(max(per_call))}")
    record("find_places per call (1,800 chars)", median(per_call) * 1000, 1.0, "ms")
    print(f"SUMMARY find_places: {ms(median(per_call))} a call on {len(text):,} characters")


if __name__ == "__main__":
    main()
