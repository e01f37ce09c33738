#!/usr/bin/env bash
# Figure 3: server memory per live Blazor circuit, portal vs stock template.
#   bash scripts/perf/circuit-memory.sh [runs, default 3]
# Portal: /dashboard/1 signed in as chinhtri@z121.demo. Template: /counter. Each run starts each app fresh (alternated),
# opens 10 then 50 sessions (scripts/perf/circuits.js, one Chromium context each) and reads, after a settle:
#   RSS (from /proc) and, through the GC probe startup hook (scripts/perf/gc-probe), the managed heap after forced
#   full GCs, i.e. what the circuits really keep alive (RSS also carries GC budgets, which the portal's 3-second
#   dashboard polling keeps in use and the idle counter does not).
# Per circuit = (X@50 - X@10) / 40. Prints every raw figure, then the medians and the ratios.
source "$(dirname "$0")/lib.sh"
runs=${1:-3}
publish_all
build_gc_probe
export PERF_GC_PROBE=1
(cd "$REPO/scripts/perf" && [ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund >&2)

trap '[ -n "${pid:-}" ] && stop_app "$pid"' EXIT   # a failed run leaves no server behind
results=$PERF_DIR/circuit-memory.txt; : >"$results"
for run in $(seq "$runs"); do
  for app in portal stock; do
    pid=$(start_app "$app" 5201)
    if [ "$app" = portal ]; then wait_200 http://127.0.0.1:5201/health/live; else wait_200 http://127.0.0.1:5201/; fi
    log "run $run: $app (pid $pid)"
    node "$REPO/scripts/perf/circuits.js" "$app" http://127.0.0.1:5201 "$pid" 0,10,50 "${PERF_SETTLE:-15}" | tee -a "$results"
    stop_app "$pid"
  done
done

echo "# raw: app sessions rss_kB heap_after_gc_kB gc_committed_kB rss_after_gc_kB"; cat "$results"
for app in portal stock; do
  for col in 3 4; do
    per=$(awk -v a="$app" -v c="$col" '$1==a && $2==10 {x=$c} $1==a && $2==50 {print ($c-x)/40}' "$results" | median)
    eval "per_${app}_$col=$per"
  done
  base=$(awk -v a="$app" '$1==a && $2==0 {print $3}' "$results" | median)
  eval "echo \"$app: baseline RSS median $base kB; per circuit median: RSS \${per_${app}_3} kB, managed heap \${per_${app}_4} kB\""
done
echo "ratio portal/stock per circuit: managed heap $(ratio "$per_portal_4" "$per_stock_4"), RSS $(ratio "$per_portal_3" "$per_stock_3") (goal <= 1.5)"
