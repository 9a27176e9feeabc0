#!/usr/bin/env bash
# Throughput and latency of the packaged application with wrk, on loopback, -Xmx256m, the
# submission rate limit off, on a fresh H2 database (or DB_ARGS for another database):
#
#   ./mvnw -DskipTests package && bench/http.sh
#
# A warm-up of every endpoint (4 x WARMUP, 2 min by default), then bounded runs of DURATION
# (30 s) each: the /actuator/health ceiling, POST /api/v1/recommendations, GET
# /assessments/new, the questionnaire submit with persistence (checks that the stored
# count grew by the number of 302 answers), and the health ceiling again. THREADS (2) and
# CONNECTIONS (16) set wrk's load. Results go to $WORK/http.txt.
. "$(dirname "$0")/lib.sh"

DURATION="${DURATION:-30s}"
ONLY="${ONLY:-api form submit}"   # which of the measured runs to make (the health ceiling always)
WARMUP="${WARMUP:-30s}"
OUT="${OUT:-$WORK/http.txt}"
DATA="$WORK/http-data"
rm -rf "$DATA" "$WORK/submit-302.txt"

trap stop_app EXIT
# shellcheck disable=SC2086
start_app "$WORK/app-http.log" --app.data-dir="$DATA" ${DB_ARGS:-}
ensure_staff_user
login "$STAFF_USER" "$WORK/staff.cookies"

# the submissions stored, counted in the database itself once the application has stopped
# (the staff list counts up to 100 only): H2's shell on the data folder
stored_after_stop() {
	local h2jar
	h2jar="$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | sort -V | tail -n 1)"
	"$JAVA" -cp "$h2jar" org.h2.tools.Shell -url "jdbc:h2:file:$DATA/massage-advisor" -user sa \
		-sql "select count(*) from assessment where client_name like 'Bench submit %'" | sed -n 2p
}

{
	echo "# http on $(nproc) cores, $(date -u '+%F %T') UTC, wrk -t ${THREADS:-2} -c ${CONNECTIONS:-16}, $(${JAVA} -version 2>&1 | head -n 1)"
	for what in "health|$BASE/actuator/health|get.lua" "api|$BASE|api.lua" "form|$BASE/assessments/new|get.lua" \
		"submit|$BASE|submit.lua"; do
		IFS='|' read -r name url script <<<"$what"
		wrk_run "warmup-$name" "$WARMUP" "$url" "$BENCH_DIR/wrk/$script" >/dev/null
	done
	echo "# load before: $(wait_for_quiet)"
	wrk_run health-ceiling "$DURATION" "$BASE/actuator/health"
	case " $ONLY " in *" api "*) wrk_run api "$DURATION" "$BASE" "$BENCH_DIR/wrk/api.lua" ;; esac
	case " $ONLY " in *" form "*) wrk_run form "$DURATION" "$BASE/assessments/new" ;; esac
	case " $ONLY " in *" submit "*) ;; *) ONLY_SKIP_SUBMIT=1 ;; esac
	[ -n "${ONLY_SKIP_SUBMIT:-}" ] || {
	result="$(wrk_run submit "$DURATION" "$BASE" "$BENCH_DIR/wrk/submit.lua")"
	echo "$result"
	echo "$result" | grep -o '302:[0-9]*' | cut -d: -f2 >"$WORK/submit-302.txt"
	}
	wrk_run health-ceiling-after "$DURATION" "$BASE/actuator/health"
	echo "# load after: $(cut -d ' ' -f 1-3 /proc/loadavg); app RSS after load: $(($(rss_kb "$APP_PID") / 1024)) MB"
	if [ -s "$WORK/submit-302.txt" ]; then
		stop_app
		echo "submit-check redirects_302=$(cat "$WORK/submit-302.txt") stored=$(stored_after_stop)"
	fi
} | tee "$OUT"
