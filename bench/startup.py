"""Cold start: `events --help` against `python -c "import typer"`, and what --help imports.

Wall: median of 10 runs of each (after one warm-up), `python -m events_cli --help` (no
console-script shim in front, which would add its own start-up). Target: within 1.5x.
Imports: `python -X importtime -m events_cli --help` (and `-c "import events_cli.cli"`); the
extraction stack (dateparser, trafilatura, numpy, pycrfsuite, ahocorasick, events_cli.gazetteer) must
not be among them; the heaviest top-level packages are listed.

    python bench/startup.py [--repeat 10]
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from bench._common import EVENTS, env, median, ms, record, run_wall  # noqa: E402

FORBIDDEN = ["dateparser", "trafilatura", "numpy", "pycrfsuite", "ahocorasick", "events_cli.gazetteer"]
LINE = re.compile(r"import time:\s+(\d+)\s+\|\s+(\d+)\s+\|(\s*)(\S+)")


def importtime(args: list[str]) -> list[tuple[int, int, int, str]]:
    """(self us, cumulative us, depth, module) of every import the command makes."""
    proc = subprocess.run([sys.executable, "-X", "importtime"] + args, capture_output=True, text=True, env=env())
    out = []
    for line in proc.stderr.splitlines():
        m = LINE.match(line)
        if m:
            out.append((int(m.group(1)), int(m.group(2)), (len(m.group(3)) - 1) // 2, m.group(4)))
    return out


def report_imports(label: str, args: list[str]) -> list[str]:
    mods = importtime(args)
    names = {m for *_, m in mods}
    bad = sorted(f for f in FORBIDDEN if any(n == f or n.startswith(f + ".") for n in names))
    # Cost per top-level package: the sum of its modules' own time.
    per_pkg: dict[str, int] = {}
    for self_us, _, _, name in mods:
        top = name.split(".")[0]
        per_pkg[top] = per_pkg.get(top, 0) + self_us
    total = sum(s for s, *_ in mods)
    heavy = sorted(per_pkg.items(), key=lambda kv: kv[1], reverse=True)[:10]
    print(f"  {label}: {len(mods)} modules, {total / 1000:.0f} ms of import time (self, summed)")
    print("    heaviest packages: " + ", ".join(f"{k} {v / 1000:.0f} ms" for k, v in heavy))
    print(f"    extraction stack imported: {', '.join(bad) if bad else 'none'}")
    return bad


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=10)
    args = ap.parse_args()
    print(f"startup: median of {args.repeat} runs each, load={os.getloadavg()[0]:.2f}")
    cases = [("python -c 'import typer'", [sys.executable, "-c", "import typer"]),
             ("python -c 'pass'", [sys.executable, "-c", "pass"]),
             ("events --help", EVENTS + ["--help"]),
             ("events --version", EVENTS + ["--version"])]
    # Interleave the commands run by run, so load changes hit them all alike.
    times: dict[str, list[float]] = {label: [] for label, _ in cases}
    for i in range(args.repeat + 1):
        for label, cmd in cases:
            t = run_wall(cmd, repeat=1, warmup=0)[0]
            if i:  # the first round is the warm-up
                times[label].append(t)
    for label, _ in cases:
        print(f"  {label:<28} {ms(median(times[label])):>10} (min {ms(min(times[label]))})")
    ratio = median(times["events --help"]) / median(times["python -c 'import typer'"])
    bad = report_imports("events --help", ["-m", "events_cli", "--help"])
    bad2 = report_imports("import events_cli.cli", ["-c", "import events_cli.cli"])
    record("events --help / import typer", ratio, 1.5, "x",
           note=f"{ms(median(times['events --help']))} vs {ms(median(times[cases[0][0]]))}")
    record("--help imports of extraction stack", len(set(bad) | set(bad2)), 0, "modules",
           note=", ".join(sorted(set(bad) | set(bad2))))
    print(f"SUMMARY startup: events --help {ms(median(times['events --help']))}, import typer "
          f"{ms(median(times[cases[0][0]]))}: {ratio:.2f}x; extraction stack imported: {', '.join(bad) or 'none'}")


if __name__ == "__main__":
    main()
