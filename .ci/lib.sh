# Shared steps for .ci/test and .ci/run. Each `ensure_*` installs a missing prerequisite.

step() { printf '\n==> %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "error: '$*' needs root; run it as root or install the package by hand" >&2; return 1
  fi
}

apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then as_root apt-get update -qq; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_rust() {
  if ! command -v cargo >/dev/null; then
    echo "error: cargo is missing; install Rust with rustup (https://rustup.rs)" >&2; exit 1
  fi
}

# Uses TEST_POSTGRES_URL if set; else a server on 127.0.0.1:5432 with trust auth; else
# installs Debian's PostgreSQL and connects through its socket as a superuser role.
ensure_postgres() {
  if [ -n "${TEST_POSTGRES_URL:-}" ]; then return; fi
  local local_url="postgres://postgres@127.0.0.1:5432/postgres"
  if command -v psql >/dev/null && psql "$local_url" -Atqc 'select 1' >/dev/null 2>&1; then
    export TEST_POSTGRES_URL="$local_url"; return
  fi
  step "PostgreSQL: none answers on 127.0.0.1:5432, installing Debian's"
  command -v pg_ctlcluster >/dev/null || apt_install postgresql
  local version; version=$(ls /etc/postgresql | sort -V | tail -n 1)
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || true
  local me; me=$(id -un)
  as_root su postgres -c "psql -Atqc \"select 1 from pg_roles where rolname='$me'\" | grep -q 1 || createuser -s '$me'"
  export TEST_POSTGRES_URL="postgres://$me@%2Fvar%2Frun%2Fpostgresql/postgres"
  psql "$TEST_POSTGRES_URL" -Atqc 'select 1' >/dev/null
}

drop_leftover_test_databases() {
  psql "$TEST_POSTGRES_URL" -Atqc \
    "select datname from pg_database where datname like 'inzage_test_%'" 2>/dev/null |
    while read -r name; do
      psql "$TEST_POSTGRES_URL" -qc "drop database if exists \"$name\" with (force)" >/dev/null
    done
}

ensure_chromium() {
  if [ ! -x /usr/bin/chromium ]; then
    step "Chromium: installing Debian's package (the suite never downloads a browser)"
    apt_install chromium
  fi
}

ensure_a11y_packages() {
  if ! command -v node >/dev/null; then apt_install nodejs npm; fi
  if [ ! -d a11y/node_modules ] || [ a11y/package-lock.json -nt a11y/node_modules/.package-lock.json ]; then
    step "a11y: npm ci"
    (cd a11y && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# Starts target/debug/inzage on a free port with a fresh data directory and the demo
# data, runs the command given with the portal's base URL as its last argument, and stops
# the portal again whatever the outcome.
with_fresh_portal() {
  local data port pid status=0
  data=$(mktemp -d)
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  INZAGE_DATA_DIR="$data" INZAGE_HTTP__PORT="$port" INZAGE_LOG__FILTER=warn \
    target/debug/inzage serve --demo >"$data/portal.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 100); do
    if curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1; then break; fi
    sleep 0.1
  done
  "$@" "http://127.0.0.1:$port" || status=$?
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ "$status" != 0 ]; then
    echo "--- portal log ---"; tail -n 50 "$data/portal.log"
  fi
  rm -rf "$data"
  return "$status"
}

a11y_suite() { node a11y/run.mjs --base-url "$1"; }

run_a11y_against_fresh_portal() { with_fresh_portal a11y_suite; }

# The auditors' pa11y-ci, pinned, in a cache directory outside the repository; it never
# downloads a browser (Debian's Chromium, as .pa11yci says).
PA11Y_CI_VERSION=4.1.1
ensure_pa11y() {
  PA11Y_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/inzage/pa11y-ci-$PA11Y_CI_VERSION"
  if [ ! -x "$PA11Y_DIR/node_modules/.bin/pa11y-ci" ]; then
    step "pa11y-ci $PA11Y_CI_VERSION: npm install (no browser download)"
    mkdir -p "$PA11Y_DIR"
    (cd "$PA11Y_DIR" && PUPPETEER_SKIP_DOWNLOAD=1 PUPPETEER_SKIP_CHROMIUM_DOWNLOAD=1 \
      npm install --no-audit --no-fund --loglevel=error "pa11y-ci@$PA11Y_CI_VERSION" >/dev/null)
  fi
}

# pa11y-ci on the checked-in .pa11yci, pointed at the fresh portal. In CI a fixed subset
# ($PA11Y_SUBSET=signed-out: the pages a visitor sees, both languages, with their error
# states, plus the dashboard with its narrow exception); `PA11Y_SUBSET=all` runs all 150.
pa11y_auditors() {
  local config; config=$(mktemp --suffix=.json)
  node -e '
    const [file, base, subset] = process.argv.slice(1);
    const config = JSON.parse(require("fs").readFileSync(file, "utf8"));
    const signedIn = (u) => typeof u !== "string" && u.actions.some((a) => a.startsWith("navigate to"));
    if (subset !== "all") config.urls = config.urls.filter((u) => !signedIn(u) || u.hideElements);
    process.stdout.write(JSON.stringify(config).replaceAll("http://127.0.0.1:8080", base));
  ' a11y/.pa11yci "$1" "${PA11Y_SUBSET:-signed-out}" >"$config"
  "$PA11Y_DIR/node_modules/.bin/pa11y-ci" --config "$config"
  local status=$?
  rm -f "$config"
  return "$status"
}

run_pa11y_against_fresh_portal() { with_fresh_portal pa11y_auditors; }

# The auditors' Lighthouse CI, pinned, with puppeteer-core beside it for the sign-in script
# (lighthouse-login.cjs); it never downloads a browser (Debian's Chromium, as
# lighthouserc.json says). @lhci/cli 0.15.1 brings lighthouse 12.6.1 (Node 18.20 or newer);
# puppeteer-core 24 is the last line that runs on Node 20.
LHCI_VERSION=0.15.1
PUPPETEER_CORE_VERSION=24.43.1
ensure_lhci() {
  LHCI_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/inzage/lhci-$LHCI_VERSION-puppeteer-core-$PUPPETEER_CORE_VERSION"
  if [ ! -x "$LHCI_DIR/node_modules/.bin/lhci" ] || [ ! -d "$LHCI_DIR/node_modules/puppeteer-core" ]; then
    step "Lighthouse CI $LHCI_VERSION: npm install (no browser download)"
    mkdir -p "$LHCI_DIR"
    (cd "$LHCI_DIR" && PUPPETEER_SKIP_DOWNLOAD=1 PUPPETEER_SKIP_CHROMIUM_DOWNLOAD=1 \
      npm install --no-audit --no-fund --loglevel=error \
        "@lhci/cli@$LHCI_VERSION" "puppeteer-core@$PUPPETEER_CORE_VERSION" >/dev/null)
  fi
}

# lhci collect + assert on the checked-in lighthouserc.json, pointed at the fresh portal.
# In CI the fixed subset LIGHTHOUSE_CI_SUBSET of a11y/lib/auditors.mjs (12 addresses);
# `LHCI_SUBSET=all` runs every address. Reports go to a11y/reports/lighthouse/.
lhci_auditors() {
  local config status=0; config=$(mktemp --suffix=.json)
  node --input-type=module -e '
    import { readFileSync } from "node:fs";
    import { LIGHTHOUSE_CI_SUBSET } from "./a11y/lib/auditors.mjs";
    const [base, subset] = process.argv.slice(1);
    const config = JSON.parse(readFileSync("a11y/lighthouserc.json", "utf8"));
    if (subset !== "all") config.ci.collect.url = config.ci.collect.url.filter((u) => LIGHTHOUSE_CI_SUBSET.includes(u));
    process.stdout.write(JSON.stringify(config).replaceAll("http://127.0.0.1:8080", base));
  ' "$1" "${LHCI_SUBSET:-ci}" >"$config"
  rm -rf .lighthouseci
  local lhci="$LHCI_DIR/node_modules/.bin/lhci"
  "$lhci" collect --config="$config" || status=$?
  if [ "$status" = 0 ]; then
    "$lhci" assert --config="$config" || status=$?
    # The reports, also (above all) when an assertion failed.
    "$lhci" upload --config="$config" >/dev/null || true
  fi
  rm -f "$config"
  return "$status"
}

run_lhci_against_fresh_portal() { with_fresh_portal lhci_auditors; }
