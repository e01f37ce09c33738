#!/usr/bin/env bash
# Rewrites every project's packages.lock.json from Directory.Packages.props (after adding or changing a package, or
# after a merge that did); commit the result. scripts/test.sh restores in locked mode, so a stale lock file fails there.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet restore EmulationPortal.sln --force-evaluate
dotnet restore scripts/perf/gc-probe/GcProbe.csproj --force-evaluate
