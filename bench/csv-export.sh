#!/usr/bin/env bash
# The staff CSV export under -Xmx256m: time, size, peak heap and peak RSS, for a small and a
# large export from the same database, to show that memory does not grow with the rows.
#
#   bench/csv-export.sh h2 /tmp/bench/h2-1m
#   bench/csv-export.sh postgres jdbc:postgresql://127.0.0.1:55433/massage_advisor
#
# The exports are filtered by date (SMALL_FROM, LARGE_FROM: days back from today) to about
# 10,000 and 100,000 rows of the 1,000,000 that the demo-data profile makes; any database
# with enough rows will do. Heap use is sampled with jstat every 250 ms (young + old
# generations in use); RSS peak is VmHWM of /proc/<pid>/status.
. "$(dirname "$0")/lib.sh"

KIND="${1:?h2 or postgres}"
WHERE="${2:?data dir (h2) or JDBC URL (postgres)}"
SMALL_FROM="${SMALL_FROM:-5}"
LARGE_FROM="${LARGE_FROM:-56}"
OUT="${OUT:-$WORK/csv-export-$KIND.txt}"
JSTAT="${JSTAT:-$(dirname "$(readlink -f "$(command -v "$JAVA")")")/jstat}"

trap stop_app EXIT
start_on_database "$KIND" "$WHERE" "$WORK/app-csv-$KIND.log"
COOKIES="$WORK/staff.cookies"
login "$STAFF_USER" "$COOKIES"

export_once() {
	local name="$1" from="$2" file="$WORK/export-$1.csv"
	local url="$BASE/staff/assessments/export.csv?from=$(date -u -d "$from days ago" +%F)"
	"$JSTAT" -gc "$APP_PID" 250 >"$WORK/jstat-$name.txt" 2>/dev/null &
	local sampler=$!
	local timing
	timing="$(curl -s -o "$file" -b "$COOKIES" -w '%{http_code} %{time_total} %{size_download}' "$url")"
	kill "$sampler" 2>/dev/null || true
	wait "$sampler" 2>/dev/null || true
	local peak_heap peak_old
	# jstat -gc columns: S0C S1C S0U S1U EC EU OC OU ...; used = S0U + S1U + EU + OU (KB)
	peak_heap="$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { u = $3 + $4 + $6 + $8; if (u > m) m = u } END { printf "%.0f", m / 1024 }' "$WORK/jstat-$name.txt")"
	peak_old="$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { if ($8 > m) m = $8 } END { printf "%.0f", m / 1024 }' "$WORK/jstat-$name.txt")"
	set -- $timing
	echo "$name http=$1 rows=$(($(wc -l <"$file") - 1)) time=${2}s bytes=$3 peak_heap_used=${peak_heap}MB peak_old_gen=${peak_old}MB rss_now=$(($(rss_kb "$APP_PID") / 1024))MB rss_peak=$(($(hwm_kb "$APP_PID") / 1024))MB load=$(load1)"
}

{
	echo "# csv export on $KIND, -Xmx256m, $(date -u '+%F %T') UTC, load before: $(wait_for_quiet)"
	echo "before rss_now=$(($(rss_kb "$APP_PID") / 1024))MB rss_peak=$(($(hwm_kb "$APP_PID") / 1024))MB"
	export_once warmup 1 >/dev/null
	export_once small "$SMALL_FROM"
	export_once large "$LARGE_FROM"
	export_once large-again "$LARGE_FROM"
	echo "# load after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
} | tee "$OUT"
