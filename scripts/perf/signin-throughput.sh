#!/usr/bin/env bash
# Figure 4: requests/s of the static sign-in page, portal vs stock template, with wrk on loopback.
#   bash scripts/perf/signin-throughput.sh [runs, default 3]
# Like for like: the portal's /Account/Login against /Account/Login of the template generated with --auth Individual
# (both static SSR Identity pages with an antiforgery token); the template's home page / (no --auth) is measured too,
# for reference. Both apps log at $PERF_LOG (default Warning; see lib.sh). Each app is warmed up for 5 s, then the
# runs alternate: wrk -t2 -c32 -d10s per app per run. Prints page weights, raw figures, medians and the ratio.
source "$(dirname "$0")/lib.sh"
runs=${1:-3}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
publish_all auth

declare -A url=([portal]=http://127.0.0.1:5211/Account/Login [stock-auth]=http://127.0.0.1:5212/Account/Login [stock]=http://127.0.0.1:5213/)
pids=()
trap 'for p in "${pids[@]}"; do stop_app "$p"; done' EXIT
pids+=("$(start_app portal 5211)") ; wait_200 http://127.0.0.1:5211/health/live
pids+=("$(start_app stock-auth 5212)"); wait_200 "${url[stock-auth]}"
pids+=("$(start_app stock 5213)") ; wait_200 "${url[stock]}"

echo "# page weight (bytes of HTML, no compression) and status"
for app in portal stock-auth stock; do
  echo "$app ${url[$app]} $(curl -s -o /dev/null -w '%{http_code} %{size_download}' "${url[$app]}")"
done
echo "# stylesheets linked from the portal's sign-in page, with their Cache-Control"
curl -s "${url[portal]}" | grep -o '<link[^>]*stylesheet[^>]*>' | grep -o 'href="[^"]*"' | cut -d'"' -f2 | while read -r href; do
  echo "$href $(curl -s -o /dev/null -D - "http://127.0.0.1:5211/${href#/}" | tr -d '\r' | grep -i '^cache-control' | cut -d' ' -f2-)"
done
echo "# inline <style> bytes in the portal's sign-in page: $(curl -s "${url[portal]}" | tr '\n' ' ' | grep -o '<style[^>]*>[^<]*</style>' | wc -c)"

for app in portal stock-auth stock; do wrk -t2 -c32 -d5s "${url[$app]}" >/dev/null; done   # warm-up (JIT, caches)
results=$PERF_DIR/signin-throughput.txt; : >"$results"
for run in $(seq "$runs"); do
  for app in portal stock-auth stock; do
    out=$(wrk -t2 -c32 -d10s "${url[$app]}")
    rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
    bad=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
    p50=$(awk '/Latency/ && !done {print $2; done=1}' <<<"$out")
    echo "$app $rps ${bad:-0} $p50" | tee -a "$results"
  done
done

echo "# raw: app requests/s non-2xx/3xx mean-latency"; cat "$results"
for app in portal stock-auth stock; do
  m=$(awk -v a="$app" '$1==a {print $2}' "$results" | median); echo "$app: median $m requests/s"; declare "m_${app//-/_}=$m"
done
echo "ratio portal/stock-auth (like for like), of the medians: $(ratio "$m_portal" "$m_stock_auth") (goal >= 0.8)"
# The load of a shared machine swings between runs: the ratio within each run (same minute) is the steadier figure.
per_run=$(awk '$1=="portal" {p=$2} $1=="stock-auth" {print p/$2}' "$results")
echo "ratio portal/stock-auth per run: $(echo $per_run); median $(echo "$per_run" | median)"
echo "ratio portal/stock home page: $(ratio "$m_portal" "$m_stock")"
