#!/usr/bin/env bash
# Runs the benchmarks and writes their table to benches/BENCHMARKS.md. Figures come from
# this run only; never edit them by hand. Not part of CI (the machine is shared and small).
set -euo pipefail
cd "$(dirname "$0")/.."
out=benches/BENCHMARKS.md
rows=$(cargo bench --quiet --bench audit_throughput)
flood=$(cargo bench --quiet --bench login_flood)
{
  echo "# Benchmarks"
  echo
  echo "Written by \`bash benches/run.sh\` on $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD)."
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(rustc --version)."
  echo
  echo "| what | unbatched | batched (group commit) | ratio |"
  echo "| --- | --- | --- | --- |"
  echo "$rows"
  echo
  echo "| budget | page during the flood | how the flood was answered | memory |"
  echo "| --- | --- | --- | --- |"
  echo "$flood"
  echo
  echo "B3 asks: signed-in page p99 <= 50 ms during the flood; refusals within 50 ms; RSS <= 256 MiB."
} > "$out"
# B4 (export) runs against a release build in its own process; it appends its table.
bash benches/export.sh >/dev/null
cat "$out"
