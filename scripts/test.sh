#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs what the tests need, then builds and tests everything.
set -euo pipefail
cd "$(dirname "$0")/.."

# Installs a Debian package unless the file or command that shows it is there already.
install_debian_package() {
  local package="$1" present="$2"
  if compgen -G "$present" >/dev/null || command -v "$present" >/dev/null 2>&1; then
    return
  fi
  echo "Installing Debian's $package for the tests..."
  local sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "$package" >/dev/null
}

# Browser tests drive Debian's Chromium (Playwright never downloads its own browser here).
install_debian_package chromium chromium
# The PostgreSQL tests start a server of their own (tests/EmulationPortal.TestSupport/PostgresServer.cs) from these binaries.
install_debian_package postgresql '/usr/lib/postgresql/*/bin/pg_ctl'

dotnet tool restore >/dev/null
# Exactly the packages the lock files name (scripts/update-lock-files.sh refreshes them after a package change).
dotnet restore EmulationPortal.sln --locked-mode
dotnet build EmulationPortal.sln -c Release --no-restore --nologo -v quiet
dotnet test EmulationPortal.sln -c Release --no-build --nologo
