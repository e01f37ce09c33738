#!/usr/bin/env bash
# Figure 3: server memory per live Blazor circuit, portal vs stock template.
#   bash scripts/perf/circuit-memory.sh [runs, default 3]
# Portal: /dashboard/1 signed in as chinhtri@z121.demo. Template: /counter. Each run starts each app fresh (alternated),
# opens 10 then 50 sessions (scripts/perf/circuits.js, one Chromium context each) and reads the server's RSS after a
# settle; per circuit = (RSS@50 - RSS@10) / 40. Prints every raw figure, then the medians and the ratio.
source "$(dirname "$0")/lib.sh"
runs=${1:-3}
publish_all
(cd "$REPO/scripts/perf" && [ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund >&2)

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

echo "# raw: app sessions rss_kB"; cat "$results"
for app in portal stock; do
  per=$(awk -v a="$app" '$1==a && $2==10 {r10=$3} $1==a && $2==50 {print ($3-r10)/40}' "$results" | median)
  base=$(awk -v a="$app" '$1==a && $2==0 {print $3}' "$results" | median)
  echo "$app: baseline RSS median ${base} kB; per circuit median ${per} kB"
  eval "per_$app=$per"
done
echo "ratio portal/stock per circuit: $(ratio "$per_portal" "$per_stock") (goal <= 1.5)"
