#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs what the tests need, then builds and tests everything.
set -euo pipefail
cd "$(dirname "$0")/.."

# Browser tests drive Debian's Chromium (Playwright never downloads its own browser here).
if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests..."
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi

# The PostgreSQL tests start a server of their own (tests/EmulationPortal.TestSupport/PostgresServer.cs) from these binaries.
if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  echo "Installing Debian's postgresql for the PostgreSQL tests..."
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq postgresql >/dev/null
fi

dotnet tool restore >/dev/null
dotnet build EmulationPortal.sln -c Release --nologo -v quiet
dotnet test EmulationPortal.sln -c Release --no-build --nologo
