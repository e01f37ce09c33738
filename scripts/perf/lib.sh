#!/usr/bin/env bash
# Shared helpers for the side-by-side measurements in scripts/perf (figures 3-5 of docs/performance.md).
# Each figure compares the portal with the stock Blazor Server template, both published Release, run on
# loopback in the same script run (alternated, repeated, medians), so the ratio holds on a busy machine.
#
#   PERF_DIR   work folder for published apps and databases (default /tmp/emulation-portal-perf)
#   PERF_PORTAL  folder under $PERF_DIR holding the published portal to run (default portal; e.g. a ReadyToRun publish)
#   PERF_LOG   minimum log level for BOTH apps (default Warning: the portal writes one console line per
#              request at Information, the template none; set Information to measure the portal as shipped)
#
# The portal runs in an environment named "Benchmark": production pipeline (exception handler, no dev
# pages), but not "Production", so the demo seed (which refuses Production) fills a fresh SQLite file.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PERF_DIR=${PERF_DIR:-/tmp/emulation-portal-perf}
PERF_LOG=${PERF_LOG:-Warning}
mkdir -p "$PERF_DIR"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export PERF_GC_PROBE_DIR="$PERF_DIR/gc-requests"   # read by the GC probe in the apps and by circuits.js

log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

# publish_portal: dotnet publish src/EmulationPortal.Web -c Release into $PERF_DIR/portal.
publish_portal() {
  log "publishing the portal (Release)"
  rm -rf "$PERF_DIR/portal"
  dotnet publish "$REPO/src/EmulationPortal.Web" -c Release -o "$PERF_DIR/portal" --nologo -v quiet >&2
}

# publish_stock [auth]: generate the SDK's Blazor Server template (offline) into $PERF_DIR/stock[-auth]-src and
# publish it Release into $PERF_DIR/stock[-auth]. With "auth": --auth Individual (a like-for-like /Account/Login).
publish_stock() {
  local name=stock extra=()
  if [ "${1:-}" = auth ]; then name=stock-auth; extra=(--auth Individual); fi
  log "generating and publishing the template ($name)"
  rm -rf "$PERF_DIR/$name-src" "$PERF_DIR/$name"
  dotnet new blazor --interactivity Server "${extra[@]}" -n StockApp -o "$PERF_DIR/$name-src" >/dev/null
  dotnet publish "$PERF_DIR/$name-src" -c Release -o "$PERF_DIR/$name" --nologo -v quiet >&2
}

# build_gc_probe: the startup hook of scripts/perf/gc-probe into $PERF_DIR/gc-probe; start_app loads it when
# PERF_GC_PROBE=1 (circuits.js then forces full GCs in the server and reads the managed heap).
build_gc_probe() {
  dotnet build "$REPO/scripts/perf/gc-probe" -c Release -o "$PERF_DIR/gc-probe" --nologo -v quiet >&2
  mkdir -p "$PERF_DIR/gc-requests"
}

# start_app <portal|stock|stock-auth> <port> [portal database file]: starts the published app in the background
# and prints its pid (the dotnet process itself, so /proc/<pid> is the server). Output goes to $PERF_DIR/<app>-<port>.log.
start_app() {
  local app=$1 port=$2 db=${3:-$PERF_DIR/portal.db}
  local out="$PERF_DIR/$app-$port.log"
  if [ "${PERF_GC_PROBE:-0}" = 1 ]; then export DOTNET_STARTUP_HOOKS="$PERF_DIR/gc-probe/GcProbe.dll"; fi
  case $app in
    portal)
      (cd "$PERF_DIR/${PERF_PORTAL:-portal}" && exec env ASPNETCORE_ENVIRONMENT=Benchmark \
        Database__SeedDemoData=true Clock__Today=2021-01-12 Security__SecureCookies=false \
        ConnectionStrings__Sqlite="Data Source=$db" \
        Serilog__MinimumLevel__Default="$PERF_LOG" Serilog__MinimumLevel__Override__Microsoft.Hosting.Lifetime="$PERF_LOG" \
        dotnet EmulationPortal.Web.dll --urls "http://127.0.0.1:$port" >"$out" 2>&1) &
      ;;
    stock|stock-auth)
      (cd "$PERF_DIR/$app" && exec env ASPNETCORE_ENVIRONMENT=Production \
        Logging__LogLevel__Default="$PERF_LOG" Logging__LogLevel__Microsoft.AspNetCore="$PERF_LOG" \
        dotnet StockApp.dll --urls "http://127.0.0.1:$port" >"$out" 2>&1) &
      ;;
    *) echo "unknown app $app" >&2; return 2 ;;
  esac
  echo $!
}

# wait_200 <url> [timeout s]: polls every 20 ms until the url answers 200.
wait_200() {
  local url=$1 deadline=$(( $(date +%s) + ${2:-120} ))
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url" 2>/dev/null)" = 200 ]; do
    [ "$(date +%s)" -lt "$deadline" ] || { echo "timeout waiting for $url" >&2; return 1; }
    sleep 0.02
  done
}

# stop_app <pid>: SIGTERM, then wait for the process to leave.
stop_app() {
  kill -TERM "$1" 2>/dev/null || true
  for _ in $(seq 100); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL "$1" 2>/dev/null || true
}

# rss_kb <pid>: resident set size of the process in kB.
rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }

# median: median of the numbers on stdin (one per line).
median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.6g\n", (a[NR/2]+a[NR/2+1])/2}'; }

# ratio <a> <b>: a/b with 2 decimals.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f\n", a/b}'; }

# prepare_portal_db: a seeded demo database at $PERF_DIR/portal.db (first start migrates and seeds it).
prepare_portal_db() {
  [ -f "$PERF_DIR/portal.db" ] && return 0
  log "seeding the demo database"
  local pid; pid=$(start_app portal 5190)
  wait_200 http://127.0.0.1:5190/health/ready 300
  stop_app "$pid"
}

# publish_all [auth]: publishes the portal and the template(s) unless PERF_SKIP_PUBLISH=1 and they exist.
publish_all() {
  if [ "${PERF_SKIP_PUBLISH:-0}" = 1 ] && [ -d "$PERF_DIR/portal" ]; then log "reusing published apps in $PERF_DIR"; else
    publish_portal; rm -f "$PERF_DIR"/portal.db*; fi
  [ "${PERF_SKIP_PUBLISH:-0}" = 1 ] && [ -d "$PERF_DIR/stock" ] || publish_stock
  if [ "${1:-}" = auth ]; then [ "${PERF_SKIP_PUBLISH:-0}" = 1 ] && [ -d "$PERF_DIR/stock-auth" ] || publish_stock auth; fi
  prepare_portal_db
}
