#!/usr/bin/env bash
# The export benchmark (issue 19): the 20/80 figures of a seeded sales export, end to end (process
# start to JSON written), keyaccount against DuckDB (its .NET package, ExportPeers/) and pandas,
# alternating, with medians, peak resident memory (/usr/bin/time -v) and ratios. Also: --format csv
# against --format json through a pipe, and a 1M-row workbook against the same rows as CSV.
#
#   bash benchmarks/Export/run.sh                  # 10,000,000 rows, 5 rounds
#   ROWS=1000000 RUNS=3 bash benchmarks/Export/run.sh
#   BASELINE=/path/to/older/keyaccount bash benchmarks/Export/run.sh   # an older build in the same rounds
#   STEPS=main bash benchmarks/Export/run.sh       # only the main comparison (also: csv, xlsx)
#
# keyaccount is run as its tool package installs it on this machine (the RID's ReadyToRun build,
# published into the work folder), not the JIT-only build of `dotnet build`.
# Files go to artifacts/bench-export (ignored by git); the seeded inputs are made once and kept.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
rows=${ROWS:-10000000}
runs=${RUNS:-5}
seed=${SEED:-19}
steps=${STEPS:-main csv xlsx}
work=${WORK:-$root/artifacts/bench-export}
mkdir -p "$work"

echo "== machine"
date -u '+%Y-%m-%d %H:%M UTC'
lscpu | grep -E '^(Model name|CPU\(s\)|Thread|Core|Socket)' || true
uptime

echo "== tools"
if [ ! -x /usr/bin/time ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time) >/dev/null
fi
# pandas: from the python3 on the PATH, or Debian's (PyPI is not always reachable; Debian's mirror is).
have_pandas=no
python=python3
for candidate in python3 /usr/bin/python3; do
  if "$candidate" -c 'import pandas' 2>/dev/null; then have_pandas=yes; python=$candidate; break; fi
done
if [ "$have_pandas" = no ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-pandas) >/dev/null 2>&1 || true
  /usr/bin/python3 -c 'import pandas' 2>/dev/null && { have_pandas=yes; python=/usr/bin/python3; }
fi
if [ "$have_pandas" = yes ]; then "$python" -c 'import pandas; print("pandas", pandas.__version__)'; else echo "pandas: not installable here, skipped"; fi
# keyaccount as the tool package installs it on this machine: its RID-specific build, compiled ahead
# of time (ReadyToRun), which is what `dotnet publish -r RID` of the tool project makes.
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
dotnet publish src/KeyAccount.Cli -c Release -r "$rid" -nologo -v q -o "$work/keyaccount-$rid"
dotnet build benchmarks/Export/ExportPeers -c Release -nologo -v q
keyaccount="$work/keyaccount-$rid/keyaccount"
peers="$root/artifacts/bin/ExportPeers/release/export-peers"

# run NAME COMMAND...: one timed run; appends "NAME seconds peak-KB" to $results.
run() {
  local name=$1
  shift
  /usr/bin/time -v -o "$work/time.txt" "$@" >"$work/$name.out"
  local secs kb
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$work/time.txt")
  kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")
  echo "$name $secs $kb" >>"$results"
  echo "  $name: $secs s, $((kb / 1024)) MB"
}

# summarize REFERENCE: medians per name, and each against REFERENCE.
summarize() {
  python3 - "$results" "$1" <<'EOF'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    name, secs, kb = line.split()
    runs.setdefault(name, []).append((float(secs), int(kb)))
ref = statistics.median(s for s, _ in runs[sys.argv[2]])
print(f"{'':14} {'median s':>9} {'min s':>7} {'peak MB':>8} {'runs':>5}  vs {sys.argv[2]}")
for name, values in runs.items():
    secs = statistics.median(s for s, _ in values)
    peak = max(kb for _, kb in values) / 1024
    print(f"{name:14} {secs:9.2f} {min(s for s, _ in values):7.2f} {peak:8.0f} {len(values):5}  {secs / ref:.2f}x")
EOF
}

if [[ " $steps " == *" main "* ]]; then
  csv="$work/sales-$rows-$seed.csv"
  [ -f "$csv" ] || { echo "== making $csv"; "$peers" generate "$csv" "$rows" "$seed"; }
  echo "== $(wc -c <"$csv") bytes, $(($(wc -l <"$csv") - 1)) rows, $(tail -n +2 "$csv" | cut -d, -f1 | sort -u | wc -l) customers"
  results="$work/main.txt"
  : >"$results"
  for round in $(seq "$runs"); do
    echo "round $round"
    run keyaccount "$keyaccount" pareto "$csv" --id customer --value amount --aggregate --format json
    run duckdb "$peers" duckdb "$csv"
    [ "$have_pandas" = yes ] && run pandas "$python" benchmarks/Export/pandas_pareto.py "$csv"
    [ -n "${BASELINE:-}" ] && run baseline "$BASELINE" pareto "$csv" --id customer --value amount --aggregate --format json
  done
  echo "== results (figures: keyaccount $(grep -o '"clients": [0-9]*' "$work/keyaccount.out"), duckdb $(grep -o '"clients": [0-9]*' "$work/duckdb.out"))"
  summarize keyaccount
fi

if [[ " $steps " == *" csv "* ]]; then
  clients=${CLIENTS:-5000000}
  distinct="$work/distinct-$clients.csv"
  [ -f "$distinct" ] || "$peers" distinct "$distinct" "$clients"
  results="$work/output.txt"
  : >"$results"
  echo "== --format csv against json through a pipe, $clients clients"
  for round in $(seq "$runs"); do
    run json bash -c "'$keyaccount' pareto '$distinct' --format json | cat"
    run csv bash -c "'$keyaccount' pareto '$distinct' --format csv | cat"
  done
  summarize json
fi

if [[ " $steps " == *" xlsx "* ]]; then
  xrows=${XLSX_ROWS:-1000000}
  source="$work/sales-$rows-$seed.csv"
  [ -f "$source" ] || "$peers" generate "$source" "$rows" "$seed"
  head -n $((xrows + 1)) "$source" >"$work/sales-$xrows.csv"
  [ -f "$work/sales-$xrows.xlsx" ] || "$peers" xlsx "$work/sales-$xrows.csv" "$work/sales-$xrows.xlsx" "$xrows"
  results="$work/xlsx.txt"
  : >"$results"
  echo "== workbook against CSV, $xrows rows ($(wc -c <"$work/sales-$xrows.xlsx") bytes .xlsx)"
  for round in $(seq "$runs"); do
    run csv "$keyaccount" pareto "$work/sales-$xrows.csv" --id customer --value amount --aggregate --format json
    run xlsx "$keyaccount" pareto "$work/sales-$xrows.xlsx" --id customer --value amount --aggregate --format json
  done
  cmp -s "$work/csv.out" "$work/xlsx.out" && echo "same JSON from both" || echo "JSON differs (see $work/csv.out, $work/xlsx.out)"
  summarize csv
fi
