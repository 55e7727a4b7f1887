"""How long a fetch waits on a server that never answers: `fetch_url` with a timeout and retries.

A socket on 127.0.0.1 listens and never accepts, so each connection is made by the kernel and
then hears nothing: every try ends at the read timeout. The fetch's wall time should be its
tries' timeouts plus the back-off waits between them (fetch.BACKOFF_SECONDS, doubling), and
little more. Target: ≤ 1.2x that. Moved here from tests/test_fetch.py, which bounded the
same wait at 3 s.

    python bench/fetch_timeout.py [--timeout 0.5] [--retries 1] [--repeat 3]
"""
from __future__ import annotations

import argparse
import os
import socket
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from bench._common import median, record, time_call  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--timeout", type=float, default=0.5, help="seconds, for each try")
    ap.add_argument("--retries", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    from events_cli import fetch
    from events_cli.errors import InputError

    backoff = sum(min(fetch.BACKOFF_SECONDS * 2**i, fetch.MAX_BACKOFF_SECONDS) for i in range(args.retries))
    expected = (args.retries + 1) * args.timeout + backoff
    print(f"fetch_timeout: timeout {args.timeout} s, {args.retries} retries, back-off {backoff} s in all: "
          f"{expected:.2f} s expected; median of {args.repeat}, load={os.getloadavg()[0]:.2f}")
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(64)  # never accepted: every request waits for a reply that never comes
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/berita"
        reasons = set()

        def fetch_once() -> None:
            try:
                fetch.fetch_url(url, timeout=args.timeout, retries=args.retries)
            except InputError as err:
                reasons.add(err.reason)
            else:
                raise SystemExit(f"{url} answered: nothing should listen there")

        walls = time_call(fetch_once, repeat=args.repeat, warmup=0)
    print(f"  wall: median {median(walls):.2f} s, min {min(walls):.2f} s, max {max(walls):.2f} s; "
          f"reported as: {'; '.join(sorted(reasons))}")
    ratio = median(walls) / expected
    record("fetch of a silent server / its timeouts and back-off", ratio, 1.2, "x",
           note=f"{median(walls):.2f} s vs {expected:.2f} s")
    print(f"SUMMARY fetch_timeout: {median(walls):.2f} s for {args.retries + 1} tries of {args.timeout} s "
          f"({ratio:.2f}x the {expected:.2f} s of timeouts and back-off)")


if __name__ == "__main__":
    main()
