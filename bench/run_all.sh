#!/usr/bin/env bash
# Run every benchmark and print one table of targets with PASS/FAIL.
#
#   bench/run_all.sh                      # full sizes: 19k import, 300 articles, 1M events
#   LIMIT=2000 EVENTS=200000 bench/run_all.sh   # quicker, on a busy machine
#
# LIMIT: articles of the bulk file to import (default: all); REPEAT: import runs (default 1);
# SAMPLE: articles for extract_vs_search_dates (default 300); EVENTS: size of the generated
# database (default 1000000); PYTHON: the interpreter (default python3).
set -uo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
tmp="$(mktemp -d -t bench-all-XXXXXX)"
trap 'rm -rf "$tmp"' EXIT
export BENCH_RESULTS="$tmp/results.jsonl"
: > "$BENCH_RESULTS"
failed_scripts=()

run() {  # run NAME CMD...: a script's output as it comes; a crash is noted, the rest still run
    local name="$1"; shift
    echo "=== $name: $*"
    if ! "$@"; then failed_scripts+=("$name"); fi
    echo
}

run startup "$PY" bench/startup.py
run find_places "$PY" bench/find_places.py
run fetch_timeout "$PY" bench/fetch_timeout.py
run floor "$PY" bench/floor.py ${LIMIT:+--limit "$LIMIT"}
run import_bulk "$PY" bench/import_bulk.py ${LIMIT:+--limit "$LIMIT"} --repeat "${REPEAT:-1}"
run extract_vs_search_dates "$PY" bench/extract_vs_search_dates.py --sample "${SAMPLE:-300}"
run long_article "$PY" bench/long_article.py
db="$tmp/bench-${EVENTS:-1000000}.duckdb"
run gen_events "$PY" bench/gen_events.py --events "${EVENTS:-1000000}" --db "$db"
if [ -f "$db" ]; then
    run queries "$PY" bench/queries.py --db "$db" --explain
    run import_archive "$PY" bench/import_archive.py --db "$db"
    run export_archive "$PY" bench/export_archive.py --db "$db"
    run search "$PY" bench/search.py --db "$db"
fi

echo "=== summary (load now: $(cut -d' ' -f1-3 /proc/loadavg))"
"$PY" - "$BENCH_RESULTS" <<'EOF'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
width = max((len(r["target"]) for r in rows), default=10)
print(f"{'target':<{width}}  {'value':>10}  {'limit':>13}  result  note")
for r in rows:
    print(f"{r['target']:<{width}}  {r['value']:>10.3g}  {r['op'] + ' ' + format(r['limit'], 'g'):>9} {r['unit']:<3}  "
          f"{'PASS' if r['pass'] else 'FAIL':<6}  {r['note']}")
print(f"{sum(r['pass'] for r in rows)}/{len(rows)} targets pass")
EOF
if [ ${#failed_scripts[@]} -gt 0 ]; then
    echo "scripts that crashed: ${failed_scripts[*]}"
    exit 2
fi
