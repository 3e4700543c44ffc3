#!/usr/bin/env bash
# Runs the script examples (C# file-based program, PowerShell 7, F# script) on a fresh clone and
# compares what each prints with docs/examples/expected/<name>.txt. Exit code 0 when all match.
#   bash docs/examples/run-all.sh            # check
#   bash docs/examples/run-all.sh --update   # rewrite the expected files from the current output
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

update=false
[ "${1:-}" = "--update" ] && update=true
examples="$root/docs/examples"
lib="$root/artifacts/examples/lib"
work="$root/artifacts/examples/out"
mkdir -p "$work"
failures=0

# The PowerShell and F# scripts load the built library and its dependencies from one folder:
# publish the net10.0 build of KeyAccount.Core (publish copies NodaTime, Ardalis.GuardClauses, ...).
echo "==> publish KeyAccount.Core (net10.0) to $lib"
dotnet publish src/KeyAccount.Core/KeyAccount.Core.csproj -c Release -f net10.0 -o "$lib" -v quiet -nologo >"$work/publish.log" 2>&1 \
  || { cat "$work/publish.log"; echo "FAILED: publish"; exit 1; }
echo "==> dotnet tool restore (PowerShell 7 as a local tool)"
dotnet tool restore >"$work/tool-restore.log" 2>&1 || { cat "$work/tool-restore.log"; echo "FAILED: dotnet tool restore"; exit 1; }

check() {
  local name=$1; shift
  echo "==> $name: $*"
  local actual="$work/$name.txt" expected="$examples/expected/$name.txt"
  if ! "$@" >"$actual" 2>"$work/$name.err"; then
    echo "FAILED: $name exited non-zero"; cat "$work/$name.err"; cat "$actual"; failures=$((failures + 1)); return
  fi
  if $update; then cp "$actual" "$expected"; echo "updated $expected"; return; fi
  if diff -u "$expected" "$actual"; then
    echo "ok: $name prints the expected result"
  else
    echo "FAILED: $name printed something else (diff above: - expected, + actual)"; failures=$((failures + 1))
  fi
}

check csharp dotnet run --file "$examples/pareto.cs" -- "$root/tests/data/swiss-inhabitants.csv"
check powershell dotnet pwsh -NoLogo -NoProfile -NonInteractive -File "$examples/superstore.ps1" -Library "$lib" -Csv "$root/tests/data/superstore-orders.csv"
check fsharp dotnet fsi --quiet --exec "$examples/cdnow.fsx" "$lib" "$root/tests/data/cdnow-transactions.csv"

if [ "$failures" -gt 0 ]; then
  echo "$failures script example(s) failed"
  exit 1
fi
echo "all script examples print the expected results"
