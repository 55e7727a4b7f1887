"""Rebuild events_cli/data/story_df.tsv.gz: in how many articles each word of the title and lede occurs.

The stories stage weighs words by this fixed table (inverse document frequency), so that an
article is weighed the same whatever the archive held when it came. Counted over the CLICK-ID
bulk file (19,091 Indonesian news articles of nine outlets, ../shared/data/bulk/); words found
in fewer than MIN_DF articles are left out (the stage treats a missing word as that rare).

    python scripts/build_story_df.py [../shared/data/bulk/click-id-19k.jsonl.gz]
"""
from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from pathlib import Path

from events_cli.resolve.stories import lede, tokens

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "data" / "bulk" / "click-id-19k.jsonl.gz"
OUT = ROOT / "events_cli" / "data" / "story_df.tsv.gz"
MIN_DF = 3


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE
    df: Counter = Counter()
    n = 0
    with gzip.open(source, "rt", encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            n += 1
            df.update(set(tokens(record.get("title") or "")) | set(tokens(lede(record.get("text") or ""))))
    kept = sorted((t, c) for t, c in df.items() if c >= MIN_DF)
    # mtime 0: the same counts give the same bytes
    with open(OUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as z:
        z.write(f"#documents\t{n}\n".encode())
        z.write("".join(f"{t}\t{c}\n" for t, c in kept).encode("utf-8"))
    print(f"{len(kept)} words of {n} articles -> {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
