#!/usr/bin/env bash
# Budget B4: one customer with 100,000 contact moments; both exports downloaded from a
# release build while the server's memory is sampled (/proc/PID/status). Appends its table
# to benches/BENCHMARKS.md (run.sh calls it after the other budgets). Figures come from this
# run only; never edit them by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
contacts=${B4_CONTACTS:-100000}
out=benches/BENCHMARKS.md
cargo build --quiet --release --bin inzage
bin=target/release/inzage
dir=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
server=
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  rm -rf "$dir"
}
trap cleanup EXIT
export INZAGE_DATA_DIR=$dir INZAGE_HTTP__PORT=$port INZAGE_LOG__FILTER=error \
  INZAGE_RETENTION__INTERVAL_HOURS=0
seed_started=$(date +%s)
"$bin" seed-demo --customers 1 --contacts "$contacts" 2>/dev/null
seeded=$(($(date +%s) - seed_started))
"$bin" serve &
server=$!
for _ in $(seq 100); do
  curl -fs "http://127.0.0.1:$port/health" >/dev/null && break
  sleep 0.1
done
idle=$(awk '/VmRSS/ {print $2}' "/proc/$server/status")
# The first generated customer: number 500000000, klant0@example.nl (src/seed/bulk.rs).
rows=$(python3 benches/export_client.py "http://127.0.0.1:$port" "$server" "$dir/outbox" \
  500000000 klant0@example.nl)
{
  echo
  echo "Budget B4, written by \`bash benches/export.sh\` on $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD):"
  echo "release build, server in its own process (idle RSS $((idle / 1024)) MiB), client in Python; seeding $contacts contact moments took ${seeded}s."
  echo
  echo "| budget | data | download time | server memory | verdict |"
  echo "| --- | --- | --- | --- | --- |"
  echo "$rows"
  echo
  echo "B4 asks: export of 100,000 contact records in <= 2 s; peak RSS growth <= 32 MiB."
  echo "The machine is shared: load average at the end $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; the server's CPU seconds show the work itself."
} >> "$out"
tail -n 9 "$out"
