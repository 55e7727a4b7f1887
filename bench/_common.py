"""Shared helpers of the benchmark scripts: paths, timing, process-tree memory, results.

Standard library only. Every script appends its targets to $BENCH_RESULTS (JSON Lines)
when that variable is set; bench/run_all.sh reads them back into one summary table.
"""
from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # the checkout
BULK = (ROOT / ".." / "shared" / "data" / "bulk" / "click-id-19k.jsonl.gz").resolve()
EVENTS = [sys.executable, "-m", "events_cli"]  # the real CLI, without a console-script shim in front


def env() -> dict[str, str]:
    """The environment for child processes: the checkout importable, no stray database, and
    bytecode cached as in any installation (pip compiles a package's modules when it installs
    them; with PYTHONDONTWRITEBYTECODE set, as on some build machines, every run of a checkout
    would compile them again and time the compiler: the warm-up run writes the cache)."""
    e = dict(os.environ)
    e["PYTHONPATH"] = str(ROOT) + (os.pathsep + e["PYTHONPATH"] if e.get("PYTHONPATH") else "")
    e.pop("EVENTS_DB", None)
    e.pop("PYTHONDONTWRITEBYTECODE", None)
    return e


def median(values) -> float:
    return statistics.median(values)


def run_wall(cmd: list[str], repeat: int, warmup: int = 1, check: bool = True) -> list[float]:
    """Wall seconds of `repeat` runs of `cmd` (output discarded), after `warmup` untimed runs."""
    times = []
    for i in range(warmup + repeat):
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env())
        elapsed = time.perf_counter() - t0
        if check and proc.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.decode()[-2000:]}")
        if i >= warmup:
            times.append(elapsed)
    return times


def time_call(fn, repeat: int = 5, warmup: int = 1) -> list[float]:
    """Seconds of `repeat` calls of fn() after `warmup` untimed calls."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return times


# --- memory of a process tree -------------------------------------------------------------

def _children(pid: int) -> list[int]:
    out = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            try:
                with open(f"/proc/{pid}/task/{tid}/children") as f:
                    out += [int(c) for c in f.read().split()]
            except OSError:
                pass
    except OSError:
        pass
    return out


def tree(pid: int) -> list[int]:
    """pid and all its descendants."""
    pids, todo = [], [pid]
    while todo:
        p = todo.pop()
        pids.append(p)
        todo += _children(p)
    return pids


def _kb(path: str, field: str) -> int:
    try:
        with open(path) as f:
            for line in f:
                if line.startswith(field):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def tree_memory_kb(pid: int, pss: bool = True) -> tuple[int, int, int]:
    """(sum of RSS, sum of PSS, number of processes) of pid and its descendants, in kB.

    PSS charges each shared page to the processes sharing it in equal parts, so forked
    workers sharing the parent's loaded models are not counted twice; RSS counts them in
    every process and overstates the total. PSS (``smaps_rollup``) walks each process's page
    tables, taking their lock: ``pss=False`` reads RSS alone (a counter) and gives 0 for PSS.
    """
    pids = tree(pid)
    rss = sum(_kb(f"/proc/{p}/status", "VmRSS:") for p in pids)
    total_pss = sum(_kb(f"/proc/{p}/smaps_rollup", "Pss:") for p in pids) if pss else 0
    return rss, total_pss, len(pids)


class TreeSampler:
    """Samples the memory of a process tree in a thread and keeps the peaks: RSS every
    `interval` seconds, PSS every `pss_interval`.

    Reading PSS is not free for the processes read: sampled every 50 ms, the 19k import (three
    processes of ~150-300 MB) took 52-60 s instead of 43-44 s. Memory grows by batches of a
    second or more, so a PSS sample every half second finds the same peak (461-462 MB both ways).
    """

    def __init__(self, pid: int, interval: float = 0.05, pss_interval: float = 0.5):
        self.pid, self.interval, self.pss_interval = pid, interval, pss_interval
        self.peak_rss = self.peak_pss = self.peak_procs = self.samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        next_pss = 0.0
        while not self._stop.is_set():
            now = time.perf_counter()
            read_pss = now >= next_pss
            rss, pss, n = tree_memory_kb(self.pid, pss=read_pss)
            if read_pss:
                next_pss = now + self.pss_interval
            self.peak_rss, self.peak_pss = max(self.peak_rss, rss), max(self.peak_pss, pss)
            self.peak_procs, self.samples = max(self.peak_procs, n), self.samples + 1
            self._stop.wait(self.interval)

    def __enter__(self) -> "TreeSampler":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def _children_cpu() -> float:
    """User + system CPU seconds of the children waited for so far (and of theirs)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_measured(cmd: list[str], interval: float = 0.05) -> dict:
    """Run cmd once; wall seconds, CPU seconds of the whole tree (its worker processes
    included), peak tree RSS/PSS (MB), exit code and stderr."""
    cpu0 = _children_cpu()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env())
    with TreeSampler(proc.pid, interval) as s:
        _, err = proc.communicate()
    wall = time.perf_counter() - t0
    return {"wall": wall, "cpu": _children_cpu() - cpu0, "rss_mb": s.peak_rss / 1024, "pss_mb": s.peak_pss / 1024,
            "procs": s.peak_procs, "samples": s.samples, "returncode": proc.returncode,
            "stderr": err.decode("utf-8", "replace")}


def generated_db(db: str | None, folder: str, events: int = 1_000_000) -> str:
    """`db`, or else a database of `events` events made by bench/gen_events.py in `folder`
    (about 30 s for a million)."""
    if db is not None:
        return db
    from bench.gen_events import generate

    path = os.path.join(folder, f"bench-{events}.duckdb")
    print(f"generating {events} events into {path} ...")
    generate(path, events, verbose=False)
    return path


# --- results -----------------------------------------------------------------------------

def record(target: str, value: float, limit: float, unit: str, higher_is_better: bool = False,
           note: str = "") -> bool:
    """Print one target's verdict and append it to $BENCH_RESULTS when set; returns pass."""
    ok = value >= limit if higher_is_better else value <= limit
    sign = ">=" if higher_is_better else "<="
    print(f"  [{'PASS' if ok else 'FAIL'}] {target}: {value:.3g} {unit} (target {sign} {limit:g} {unit})"
          + (f"  {note}" if note else ""))
    path = os.environ.get("BENCH_RESULTS")
    if path:
        with open(path, "a", encoding="utf-8") as f:
            f.write(json.dumps({"target": target, "value": value, "limit": limit, "unit": unit,
                                "op": sign, "pass": ok, "note": note}) + "\n")
    return ok


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"
