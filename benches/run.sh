#!/usr/bin/env bash
# The benchmark harness: builds the release binary, runs it in a process of its own and
# loads it from outside with `wrk`, then writes every figure to benches/BENCHMARKS.md as a
# ratio to a ceiling measured in the same run (../shared/PERFORMANCE.md). Figures come from
# this run only; never edit them by hand. Not part of CI: the machine is small and shared.
#
#   bash benches/run.sh            all budgets (about 10 minutes)
#   bash benches/run.sh --smoke    B1 and B7 only, 2 s per route (about 20 s once built)
#
# Needs `wrk` (Debian: apt-get install wrk), python3 and curl. B1p runs when
# TEST_POSTGRES_URL points at a PostgreSQL server; it uses a database of its own there.
set -euo pipefail
cd "$(dirname "$0")/.."
smoke=false
[ "${1:-}" = --smoke ] && smoke=true
seconds=${BENCH_SECONDS:-10}
$smoke && seconds=2
connections=64
out=benches/BENCHMARKS.md
command -v wrk >/dev/null || { echo "benches/run.sh needs wrk (apt-get install wrk)" >&2; exit 1; }

# BENCH_BIN: another build of the same source, e.g. the `profiling` profile for perf.
if [ -n "${BENCH_BIN:-}" ]; then
  bin=$BENCH_BIN
else
  cargo build --quiet --release --bin inzage
  bin=target/release/inzage
fi
work=$(mktemp -d)
servers=()
cleanup() {
  for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; done
  rm -rf "$work"
}
trap cleanup EXIT
export INZAGE_LOG__FILTER=error INZAGE_RETENTION__INTERVAL_HOURS=0

# start_server DATA_DIR PORT: serves DATA_DIR's database on PORT (plus any INZAGE_ variables
# set by the caller); sets $server to its PID once /health answers.
start_server() {
  INZAGE_DATA_DIR=$1 INZAGE_HTTP__PORT=$2 "$bin" serve &
  server=$!
  servers+=("$server")
  for _ in $(seq 400); do
    curl -fs "http://127.0.0.1:$2/health" >/dev/null && return 0
    sleep 0.025
  done
  echo "the portal on port $2 did not start" >&2
  exit 1
}

stop_server() {
  kill "$1" && wait "$1" 2>/dev/null || true
}

# to_ms VALUE: wrk's "1.23ms" / "456.00us" / "1.02s" in milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
    else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v * 1000 }
  }'
}

# load URL [COOKIE]: sets $rps, $p50, $p99 and $not_ok from one wrk run.
load() {
  local args=(-t2 "-c$connections" "-d${seconds}s" --latency -s benches/wrk/status.lua)
  [ -n "${2:-}" ] && args+=(-H "Cookie: $2")
  local report
  report=$(wrk "${args[@]}" -H "Accept-Language: nl" "$1")
  rps=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' <<<"$report")
  p50=$(to_ms "$(awk '$1 == "50.000%" || $1 == "50%" {print $2}' <<<"$report")")
  p99=$(to_ms "$(awk '$1 == "99.000%" || $1 == "99%" {print $2}' <<<"$report")")
  not_ok=$(awk '/^not-200:/ {print $2}' <<<"$report")
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.3f", a / b}'; }
# verdict RATIO MIN_RATIO P99 MAX_P99
verdict() {
  awk -v r="$1" -v m="$2" -v p="$3" -v q="$4" 'BEGIN {print (r >= m && p <= q) ? "PASS" : "FAIL"}'
}

# pages NAME BASE COOKIE MIN_RATIO MAX_P99: the ceiling and the signed-in pages of one
# server, as table rows in $rows.
pages() {
  local name=$1 base=$2 cookie=$3 min=$4 max=$5 ceiling
  load "$base$(curl -fs "$base/" | grep -o '/static/app.css?v=[0-9a-f]*' | head -1)"
  rows+="| $name | stylesheet (ceiling) | $rps | $p50 | $p99 | | $not_ok | |"$'\n'
  load "$base/"
  ceiling=$rps
  rows+="| $name | home, signed out (ceiling) | $rps | $p50 | $p99 | 1.000 | $not_ok | |"$'\n'
  local path
  for path in /account/data /account /account/contacts; do
    load "$base$path" "$cookie"
    local r
    r=$(ratio "$rps" "$ceiling")
    local v=""
    [ "$path" = /account/data ] && v="$(verdict "$r" "$min" "$p99" "$max") (>= ${min}x, p99 <= $max ms)"
    rows+="| $name | \`$path\`, signed in | $rps | $p50 | $p99 | $r | $not_ok | $v |"$'\n'
  done
}

sanne=sanne.devries@example.nl
password="tulpen fiets regenjas 42"
rows=""

# --- B7: footprint, on a demo database that already exists --------------------------------
sqlite_dir=$work/sqlite
port=$((20000 + RANDOM % 20000))
INZAGE_DATA_DIR=$sqlite_dir "$bin" seed-demo >/dev/null 2>&1
if ! $smoke; then
  # B6's small end: 1,000 generated customers beside the demo ones.
  INZAGE_DATA_DIR=$sqlite_dir "$bin" seed-demo --customers 1000 --contacts 10 >/dev/null 2>&1
fi
starts=()
for _ in 1 2 3; do
  began=$(date +%s%N)
  start_server "$sqlite_dir" "$port"
  starts+=($((($(date +%s%N) - began) / 1000000)))
  sleep 1
  idle_rss=$(awk '/VmRSS/ {printf "%.1f", $2 / 1024}' "/proc/$server/status")
  stop_server "$server"
done
start_ms=$(printf '%s\n' "${starts[@]}" | sort -n | sed -n 2p)
# Stripped, as the release profile does (`strip = true`), so that a BENCH_BIN with its
# symbols kept is measured as it would ship.
strip -o "$work/stripped" "$bin"
binary_mib=$(awk -v b="$(stat -c %s "$work/stripped")" 'BEGIN {printf "%.1f", b / 1048576}')

# --- B1: the signed-in pages on SQLite ---------------------------------------------------
start_server "$sqlite_dir" "$port"
base=http://127.0.0.1:$port
cookie=$(python3 benches/sign_in.py "$base" "$sanne" "$password")
pages "B1 SQLite" "$base" "$cookie" 0.5 10
b1_rss=$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$server/status")
stop_server "$server"

# --- B1p: the same on PostgreSQL ---------------------------------------------------------
if [ -n "${TEST_POSTGRES_URL:-}" ] && ! $smoke; then
  psql "$TEST_POSTGRES_URL" -qc "DROP DATABASE IF EXISTS inzage_bench" -c "CREATE DATABASE inzage_bench"
  pg_url="${TEST_POSTGRES_URL%/*}/inzage_bench"
  pg_dir=$work/postgres
  # On PostgreSQL the portal is given its master key; it never writes a key file.
  pg_key=$(python3 -c 'import base64, os; print(base64.b64encode(os.urandom(32)).decode())')
  INZAGE_MASTER_KEY=$pg_key INZAGE_DATABASE__URL=$pg_url INZAGE_DATA_DIR=$pg_dir \
    "$bin" seed-demo >/dev/null 2>&1
  INZAGE_MASTER_KEY=$pg_key INZAGE_DATABASE__URL=$pg_url start_server "$pg_dir" "$port"
  cookie=$(python3 benches/sign_in.py "$base" "$sanne" "$password")
  pages "B1p PostgreSQL" "$base" "$cookie" 0.25 20
  stop_server "$server"
  psql "$TEST_POSTGRES_URL" -qc "DROP DATABASE inzage_bench"
fi

{
  echo "# Benchmarks"
  echo
  echo "Written by \`${BENCH_BIN:+BENCH_BIN=$BENCH_BIN }bash benches/run.sh$($smoke && echo ' --smoke')\` on $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' with uncommitted changes')."
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(rustc --version); $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)."
  echo "Load: \`wrk -t2 -c$connections -d${seconds}s\` on the same 2 cores as the server, so the"
  echo "load generator takes CPU from the server; each ratio divides by the ceiling of the same server in the same run."
  echo
  echo "## B1 / B1p: signed-in pages"
  echo
  echo "| server | route | requests/s | p50 ms | p99 ms | ratio to ceiling | answers not 200 | budget |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
  printf '%s' "$rows"
  echo
  echo "B1 asks: \`/account/data\` >= 0.5x the ceiling with p99 <= 10 ms (issue 14's step: 0.25x). B1p: >= 0.25x, p99 <= 20 ms (step: 0.15x)."
  echo "Server peak RSS after the B1 runs: $b1_rss MiB."
  echo
  echo "## B7: footprint"
  echo
  echo "| what | measured | budget | verdict |"
  echo "| --- | --- | --- | --- |"
  echo "| idle RSS, 1 s after start | $idle_rss MiB | <= 30 MiB | $(awk -v v="$idle_rss" 'BEGIN {print v <= 30 ? "PASS" : "FAIL"}') |"
  echo "| start on an existing database to the first 200 (median of 3, includes curl's own start) | $start_ms ms | <= 200 ms | $(awk -v v="$start_ms" 'BEGIN {print v <= 200 ? "PASS" : "FAIL"}') |"
  echo "| release binary | $binary_mib MiB | <= 25 MiB | $(awk -v v="$binary_mib" 'BEGIN {print v <= 25 ? "PASS" : "FAIL"}') |"
} > "$out"
if $smoke; then
  cat "$out"
  exit 0
fi

# --- B5: a retention run deleting 1,000,000 expired records while a page is in use ----------
b5_dir=$work/b5
b5_customers=${B5_CUSTOMERS:-1000}
INZAGE_DATA_DIR=$b5_dir "$bin" seed-demo >/dev/null 2>&1
seed_began=$(date +%s)
# 1,000 contact moments each, dated two years back: past their twelve months.
INZAGE_DATA_DIR=$b5_dir "$bin" seed-demo --customers "$b5_customers" --contacts 1000 \
  --years-ago 2 >/dev/null 2>&1
b5_seeded=$(($(date +%s) - seed_began))
start_server "$b5_dir" "$port"
cookie=$(python3 benches/sign_in.py "$base" "$sanne" "$password")
# A customer using the portal, not a saturating load: p99 then shows the purge's effect.
b5_connections=8
idle=$(wrk -t1 -c$b5_connections -d${seconds}s --latency -s benches/wrk/status.lua \
  -H "Cookie: $cookie" "$base/account/data")
b5_idle_p99=$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$idle")")
wrk -t1 -c$b5_connections -d600s --latency -s benches/wrk/status.lua -H "Cookie: $cookie" \
  "$base/account/data" >"$work/b5-during" &
wrk_pid=$!
purge_began=$(date +%s%N)
INZAGE_DATA_DIR=$b5_dir "$bin" purge >"$work/b5-purge" 2>/dev/null
purge_ms=$((($(date +%s%N) - purge_began) / 1000000))
kill -INT "$wrk_pid"
wait "$wrk_pid" || true
b5_p99=$(to_ms "$(awk '$1 == "99%" {print $2}' "$work/b5-during")")
b5_not_ok=$(awk '/^not-200:/ {print $2}' "$work/b5-during")
purged=$(awk -F'|' '/^[|] / {n += $4 + 0} END {print n + 0}' "$work/b5-purge")
stop_server "$server"
b5_seconds=$(awk -v ms="$purge_ms" 'BEGIN {printf "%.1f", ms / 1000}')
b5_ratio=$(ratio "$b5_p99" "$b5_idle_p99")
{
  echo
  echo "## B5: retention run"
  echo
  echo "| what | measured | budget | verdict |"
  echo "| --- | --- | --- | --- |"
  echo "| \`inzage purge\` (own process) beside the serving portal, SQLite | $purged records deleted in $b5_seconds s | 1,000,000 records in <= 30 s | $(awk -v n="$purged" -v t="$b5_seconds" 'BEGIN {print (n >= 1000000 && t <= 30) ? "PASS" : "FAIL"}') |"
  echo "| \`/account/data\` p99 at $b5_connections connections, idle / during the run | $b5_idle_p99 ms / $b5_p99 ms = ${b5_ratio}x ($b5_not_ok answers not 200) | <= 2x | $(awk -v r="$b5_ratio" -v n="$b5_not_ok" 'BEGIN {print (r <= 2 && n == 0) ? "PASS" : "FAIL"}') |"
  echo
  echo "Seeding $b5_customers customers with 1,000 contact moments each, two years old, took ${b5_seeded} s."
} >> "$out"

# --- B6: scale, 1,000,000 customers and 10,000,000 contact moments ------------------------
# The same page at 1,000 customers and again after growing the same database to
# B6_CUSTOMERS (default 1,000,000) with 10 contact moments each. Skipped with B6_CUSTOMERS=0.
b6_customers=${B6_CUSTOMERS:-1000000}
if [ "$b6_customers" -gt 1000 ]; then
  b6_dir=$work/b6
  INZAGE_DATA_DIR=$b6_dir "$bin" seed-demo >/dev/null 2>&1
  INZAGE_DATA_DIR=$b6_dir "$bin" seed-demo --customers 1000 --contacts 10 >/dev/null 2>&1
  # p50 at a light load (8 connections): the figure that grows with the tables.
  b6_p50() {
    start_server "$b6_dir" "$port"
    cookie=$(python3 benches/sign_in.py "$base" "$sanne" "$password")
    load_at=$(wrk -t1 -c8 "-d${seconds}s" --latency -s benches/wrk/status.lua \
      -H "Cookie: $cookie" "$base/account/data")
    stop_server "$server"
    to_ms "$(awk '$1 == "50%" {print $2}' <<<"$load_at")"
  }
  b6_small=$(b6_p50)
  seed_began=$(date +%s)
  INZAGE_DATA_DIR=$b6_dir "$bin" seed-demo --customers $((b6_customers - 1000)) --contacts 10 \
    >/dev/null 2>&1
  b6_seeded=$(($(date +%s) - seed_began))
  b6_large=$(b6_p50)
  b6_bytes=$(du -sb "$b6_dir" | cut -f1)
  b6_ratio=$(ratio "$b6_large" "$b6_small")
  {
    echo
    echo "## B6: scale"
    echo
    echo "| what | at 1,000 customers | at $b6_customers customers ($((b6_customers * 10)) contact moments) | ratio | budget | verdict |"
    echo "| --- | --- | --- | --- | --- | --- |"
    echo "| \`/account/data\` p50, 8 connections | $b6_small ms | $b6_large ms | ${b6_ratio}x | <= 1.2x | $(awk -v r="$b6_ratio" -v n="$b6_customers" 'BEGIN {print (r <= 1.2 && n >= 1000000) ? "PASS" : "FAIL"}') |"
    echo
    echo "Growing the database by $((b6_customers - 1000)) customers took ${b6_seeded} s; it is then $(awk -v b="$b6_bytes" 'BEGIN {printf "%.1f", b / 1073741824}') GiB."
  } >> "$out"
  rm -rf "$b6_dir"
fi

# --- B3: a login flood, while a signed-in customer uses the portal -------------------------
flood_seconds=$((seconds > 5 ? seconds : 5))
start_server "$sqlite_dir" "$port"
cookie=$(python3 benches/sign_in.py "$base" "$sanne" "$password")
# One attacker's browser: its form token and cookie, replayed on 500 connections.
form=$(curl -s -D "$work/flood-headers" "$base/sign-in")
flood_token=$(grep -o 'name="csrf" value="[^"]*"' <<<"$form" | head -1 | sed 's/.*value="//; s/"$//')
flood_cookie=$(grep -i '^set-cookie: __Host-inzage-form=' "$work/flood-headers" | sed 's/^[^:]*: //; s/;.*//' | tr -d '\r')
wrk -t1 -c1 "-d${flood_seconds}s" --latency -s benches/wrk/status.lua -H "Cookie: $cookie" \
  "$base/account" >"$work/flood-page" &
probe=$!
wrk -t2 -c500 "-d${flood_seconds}s" --latency -s benches/wrk/flood.lua "$base/sign-in" \
  -- "$flood_token" "$flood_cookie" >"$work/flood" || true
wait "$probe" || true
flood_rss=$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$server/status")
stop_server "$server"
read -r f_wrong f_throttled f_busy f_other < <(awk '/^answers:/ {print $2, $3, $4, $5}' "$work/flood")
f_p99=$(to_ms "$(awk '$1 == "99%" {print $2}' "$work/flood")")
f_rps=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$work/flood")
page_p50=$(to_ms "$(awk '$1 == "50%" {print $2}' "$work/flood-page")")
page_p99=$(to_ms "$(awk '$1 == "99%" {print $2}' "$work/flood-page")")
page_not_ok=$(awk '/^not-200:/ {print $2}' "$work/flood-page")
{
  echo
  echo "## B3: login flood"
  echo
  echo "\`wrk -c500\` posting wrong passwords for ${flood_seconds} s (each for another address, from one"
  echo "address), while \`wrk -c1\` loads \`/account\` as a signed-in customer. SQLite."
  echo
  echo "| what | measured | budget | verdict |"
  echo "| --- | --- | --- | --- |"
  echo "| signed-in \`/account\` during the flood | p50 $page_p50 ms, p99 $page_p99 ms ($page_not_ok answers not 200) | p99 <= 50 ms | $(awk -v p="$page_p99" -v n="$page_not_ok" 'BEGIN {print (p <= 50 && n == 0) ? "PASS" : "FAIL"}') |"
  echo "| the flood's answers | $f_rps/s: $f_wrong wrong password (400), $f_throttled throttled (429), $f_busy busy (503), $f_other other; p99 $f_p99 ms | refusals within 50 ms | $(awk -v p="$f_p99" 'BEGIN {print p <= 50 ? "PASS" : "FAIL"}') |"
  echo "| server peak RSS | $flood_rss MiB | <= 256 MiB | $(awk -v r="$flood_rss" 'BEGIN {print r <= 256 ? "PASS" : "FAIL"}') |"
} >> "$out"

if [ -n "${BENCH_BIN:-}" ]; then
  # The parts below build their own release binaries.
  echo >> "$out"
  echo "Not run with BENCH_BIN: the audit group commit (\`cargo bench --bench audit_throughput\`), the Rust login-flood client (\`cargo bench --bench login_flood\`) and B4 (\`benches/export.sh\`)." >> "$out"
  cat "$out"
  exit 0
fi
audit=$(cargo bench --quiet --bench audit_throughput)
flood=$(cargo bench --quiet --bench login_flood)
{
  echo
  echo "The same budget with the Rust client (\`benches/login_flood.rs\`: each client first fetches the form):"
  echo
  echo "| budget | page during the flood | how the flood was answered | memory |"
  echo "| --- | --- | --- | --- |"
  echo "$flood"
  echo
  echo "## The audit trail's group commit (what bounds B1)"
  echo
  echo "| what | unbatched | batched (group commit) | ratio |"
  echo "| --- | --- | --- | --- |"
  echo "$audit"
} >> "$out"
# B4 (export) appends its own table.
bash benches/export.sh >/dev/null
cat "$out"
