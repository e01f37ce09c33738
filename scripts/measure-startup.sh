#!/usr/bin/env bash
# Measures the time from process start to the first 200 on /health/ready, and the process RSS after start.
# Usage: bash scripts/measure-startup.sh [database-file]   (a new file: migrate + demo seed; an existing one: plain start)
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-/tmp/emulation-portal-measure.db}
dotnet build src/EmulationPortal.Web -c Release --nologo -v quiet >/dev/null
cd src/EmulationPortal.Web
start=$(date +%s.%N)
ASPNETCORE_ENVIRONMENT=Development ConnectionStrings__Sqlite="Data Source=$db" \
  dotnet bin/Release/net10.0/EmulationPortal.Web.dll --urls http://127.0.0.1:5123 >/dev/null 2>&1 &
pid=$!
trap 'kill -TERM $pid 2>/dev/null || true' EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:5123/health/ready)" = 200 ]; do sleep 0.05; done
ready=$(echo "$(date +%s.%N) - $start" | bc)
curl -s -o /dev/null http://127.0.0.1:5123/Account/Login
sleep 2
echo "first 200 after ${ready} s; RSS $(grep VmRSS /proc/$pid/status | awk '{print $2}') kB"
