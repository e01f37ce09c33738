#!/usr/bin/env bash
# Figure 5: cold start, process start -> first 200, portal vs stock template, both published Release.
#   bash scripts/perf/cold-start.sh [runs, default 5]
# Alternates the two apps, each start a fresh process (the portal on its already seeded, migrated demo database, so
# the start includes the migration check and the seed's "already seeded" check, not the seed itself). Per start:
#   live: first 200 on the cheapest endpoint (portal /health/live, template /)
#   page: first 200 on the first server-rendered page, requested right after (portal /Account/Login, template /)
#   rss:  server RSS 2 s after that first page
# Times come from date +%s.%N around a 20 ms curl poll (resolution ~20 ms). Prints raw lines, medians and ratios.
source "$(dirname "$0")/lib.sh"
runs=${1:-5}
publish_all

trap '[ -n "${pid:-}" ] && stop_app "$pid"' EXIT   # a failed run leaves no server behind
results=$PERF_DIR/cold-start.txt; : >"$results"
for run in $(seq "$runs"); do
  for app in portal stock; do
    if [ "$app" = portal ]; then live=/health/live page=/Account/Login; else live=/ page=/; fi
    sync; sleep 1
    t0=$(date +%s.%N)
    pid=$(start_app "$app" 5203)
    wait_200 "http://127.0.0.1:5203$live"
    t1=$(date +%s.%N)
    wait_200 "http://127.0.0.1:5203$page"
    t2=$(date +%s.%N)
    sleep 2
    line="$app $(echo "$t1 - $t0" | bc) $(echo "$t2 - $t0" | bc) $(rss_kb "$pid")"
    echo "$line" | tee -a "$results"
    stop_app "$pid"
  done
done

echo "# raw: app live_s page_s rss_kB"; cat "$results"
for app in portal stock; do
  for col in 2 3 4; do eval "m_${app}_$col=$(awk -v a="$app" -v c="$col" '$1==a {print $c}' "$results" | median)"; done
  eval "echo \"$app: median live \${m_${app}_2} s, page \${m_${app}_3} s, RSS \${m_${app}_4} kB\""
done
echo "ratio portal/stock: live $(ratio "$m_portal_2" "$m_stock_2"), page $(ratio "$m_portal_3" "$m_stock_3") (goal <= 1.5), RSS $(ratio "$m_portal_4" "$m_stock_4")"
