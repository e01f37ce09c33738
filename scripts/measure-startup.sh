#!/usr/bin/env bash
# Start-up time and RSS after start: now measured side by side with the stock Blazor template by
# scripts/perf/cold-start.sh (published Release builds, alternated runs, medians; see docs/performance.md §5).
# Usage: bash scripts/measure-startup.sh [runs, default 5]
exec bash "$(dirname "$0")/perf/cold-start.sh" "$@"
