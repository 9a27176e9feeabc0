#!/usr/bin/env bash
# Staff list timings over HTTP as a logged-in STAFF user, against a database that already
# holds the assessments (see docs/performance.md for filling it with the demo-data profile).
#
#   bench/staff-list.sh h2 /tmp/bench/h2-1m                  # the H2 file database in that app.data-dir
#   bench/staff-list.sh postgres jdbc:postgresql://127.0.0.1:55433/massage_advisor
#
# For each case (ONLY=<regex> for some of them): 3 warm-up requests, then N (default 50) requests one after the other with
# curl (N_SLOW, default 10, and no further warm-up, for a case whose first request took
# over a second); prints
# p50/p95/max of the total time. The health endpoint is timed the same way
# (the floor of this method) and with wrk (the ceiling in requests/s) in the same run.
. "$(dirname "$0")/lib.sh"

KIND="${1:?h2 or postgres}"
WHERE="${2:?data dir (h2) or JDBC URL (postgres)}"
N="${N:-50}"
OUT="${OUT:-$WORK/staff-list-$KIND.txt}"

trap stop_app EXIT
start_on_database "$KIND" "$WHERE" "$WORK/app-staff-list-$KIND.log"
COOKIES="$WORK/staff.cookies"
login "$STAFF_USER" "$COOKIES"

today="$(date -u +%F)"
month_ago="$(date -u -d '30 days ago' +%F)"
year_ago_from="$(date -u -d '400 days ago' +%F)"
year_ago_to="$(date -u -d '393 days ago' +%F)"
# a position half-way down three years of assessments: the list continues from there with an
# index seek (keyset), as the "Next page" links do (before, the list asked for page=20000, an
# OFFSET of 500,000 rows)
deep="$(date -u -d '548 days ago' +%FT%TZ)"
CASES=(
	"first-page|"
	"name-common-prefix|q=mar"
	"name-full|q=h%C3%A9l%C3%A8ne%20m"
	"name-no-match|q=zzz"
	"name-surname|q=dupont"
	"name-accent-folded|q=lefevre"
	"name-two-words|q=marie%20dupont"
	"name-no-match-common-start|q=marzipan"
	"goal|goal=CHRONIC_PAIN"
	"lifestyle|lifestyle=SENIOR"
	"severity-CONSULT|severity=CONSULT"
	"severity-STOP|severity=STOP"
	"severity-NONE|severity=NONE"
	"status-NEW|status=NEW"
	"status-FOLLOW_UP|status=FOLLOW_UP"
	"dates-last-30-days|from=$month_ago&to=$today"
	"dates-one-week-last-year|from=$year_ago_from&to=$year_ago_to"
	"goal+status|goal=ACUTE_INJURY&status=FOLLOW_UP"
	"deep-18-months-back|after=${deep}_9223372036854775807"
	"goal-deep-18-months-back|goal=CHRONIC_PAIN&after=${deep}_9223372036854775807"
)

# ONLY=<regular expression>: time only the cases whose name matches it (e.g. ONLY='^name|^first')
if [ -n "${ONLY:-}" ]; then
	kept=()
	for entry in "${CASES[@]}"; do
		[[ "${entry%%|*}" =~ $ONLY ]] && kept+=("$entry")
	done
	CASES=("${kept[@]}")
fi

# H2 reuses the result of a query repeated while no table changed (OPTIMIZE_REUSE_RESULTS),
# so the same page asked for 50 times in a row would be timed from its cache from the
# second time on. In a clinic new assessments keep arriving: with CHANGE=1 (the default)
# one questionnaire is submitted before every timed request (not timed itself).
CLIENT="$WORK/client.cookies"
curl -fs -c "$CLIENT" -b "$CLIENT" -o "$WORK/form.html" "$BASE/assessments/new"
FORM_TOKEN="$(csrf_token "$WORK/form.html")"
change() {
	[ "${CHANGE:-1}" = 1 ] || return 0
	curl -s -o /dev/null -c "$CLIENT" -b "$CLIENT" --data "clientName=Bench%20Change&goal=RELAXATION&lifestyle=OTHER&massageType=SWEDISH&painLevel=0&painDuration=NONE&consent=true" \
		--data-urlencode "_csrf=$FORM_TOKEN" "$BASE/assessments"
}

timed() {
	local url="$1" i n="$N" first
	change
	first="$(curl -s -o /dev/null -b "$COOKIES" -w '%{time_total}' "$url")"
	# a case slower than a second gets N_SLOW requests, so that a run stays within minutes
	if awk -v t="$first" 'BEGIN { exit !(t > 1) }'; then
		n="${N_SLOW:-10}"
	else
		for i in 1 2; do curl -s -o /dev/null -b "$COOKIES" "$url"; done
	fi
	for i in $(seq 1 "$n"); do
		change
		curl -s -o /dev/null -b "$COOKIES" -w '%{time_total}\n' "$url"
	done | percentiles
}

# warm-up: every case a few times, so that the JIT has compiled the list's code before
# the first case is timed (otherwise the first case measured pays for it)
for entry in "${CASES[@]}"; do
	for i in $(seq 1 "${WARMUP_N:-10}"); do
		curl -s -o /dev/null -m 120 -b "$COOKIES" "$BASE/staff/assessments?${entry#*|}"
	done
done

{
	echo "# staff list on $KIND, $(date -u '+%F %T') UTC, nproc=$(nproc), CHANGE=${CHANGE:-1}, load before: $(wait_for_quiet)"
	echo "health-curl $(timed "$BASE/actuator/health")"
	wrk_run "health-ceiling-$KIND" 10s "$BASE/actuator/health"
	for entry in "${CASES[@]}"; do
		name="${entry%%|*}"
		query="${entry#*|}"
		url="$BASE/staff/assessments?$query"
		status="$(curl -s -o "$WORK/page.html" -w '%{http_code}' -b "$COOKIES" "$url")"
		# the count the page shows (first number of the summary line), for the record
		found="$(grep -o '<p class="count"[^<]*' "$WORK/page.html" | sed 's/.*>//' | head -n 1 || true)"
		echo "$name status=$status $(timed "$url") [$found] load=$(load1)"
	done
	echo "# load after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
} | tee "$OUT"
