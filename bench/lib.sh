# Shared helpers of the benchmark scripts (docs/performance.md). Source it from bash.
# Everything talks to 127.0.0.1 only, and every load run is bounded in time.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$BENCH_DIR/.." && pwd)"
# the packaged application; build it with ./mvnw -DskipTests package (or see README of bench)
JAR="${JAR:-$(ls "$REPO_DIR"/target/massage-advisor-*.jar 2>/dev/null | grep -v original | head -n 1 || true)}"
JAVA="${JAVA:-java}"
PORT="${PORT:-18080}"
BASE="http://127.0.0.1:$PORT"
WORK="${WORK:-/tmp/massage-advisor-bench}"
STAFF_USER="${STAFF_USER:-bench-staff}"
ADMIN_USER="${ADMIN_USER:-bench-admin}"
BENCH_PASSWORD="${BENCH_PASSWORD:-benchmark-password-1}"
MAX_LOAD="${MAX_LOAD:-1.0}"
LOAD_WAIT="${LOAD_WAIT:-180}"
mkdir -p "$WORK"

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

load1() { cut -d ' ' -f 1 /proc/loadavg; }

# Waits up to LOAD_WAIT seconds for the 1-minute load average to fall below MAX_LOAD and
# prints the load seen (the measurement goes ahead either way: the load is reported with it).
wait_for_quiet() {
	local waited=0
	while awk -v l="$(load1)" -v m="$MAX_LOAD" 'BEGIN { exit !(l >= m) }' && [ "$waited" -lt "$LOAD_WAIT" ]; do
		sleep 10
		waited=$((waited + 10))
	done
	local seen
	seen="$(cut -d ' ' -f 1-3 /proc/loadavg)"
	log "load average before measuring: $seen (waited ${waited}s)"
	echo "$seen"
}

# start_app LOGFILE ARGS...: starts the packaged app on loopback; sets APP_PID.
start_app() {
	local logfile="$1"
	shift
	[ -n "$JAR" ] && [ -f "$JAR" ] || { echo "no application jar; run ./mvnw -DskipTests package or set JAR" >&2; exit 1; }
	CLINIC_ADMIN_USERNAME="$ADMIN_USER" CLINIC_ADMIN_PASSWORD="$BENCH_PASSWORD" \
		"$JAVA" ${JAVA_OPTS:--Xmx256m} -jar "$JAR" --server.address=127.0.0.1 --server.port="$PORT" \
		--app.rate-limit.enabled=false "$@" >"$logfile" 2>&1 &
	APP_PID=$!
	local i
	for i in $(seq 1 1200); do
		if curl -fs -o /dev/null "$BASE/actuator/health"; then
			log "app up (pid $APP_PID) after $((i / 10)) s"
			return 0
		fi
		kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$logfile" >&2; echo "the app stopped" >&2; exit 1; }
		sleep 0.1
	done
	echo "the app did not start" >&2
	exit 1
}

# start_on_database h2|postgres DATA_DIR|JDBC_URL LOGFILE: starts the app on an H2 data folder
# or a PostgreSQL database (PGUSER, PGPASSWORD), plus EXTRA_ARGS, and creates the STAFF user
start_on_database() {
	local args
	if [ "$1" = h2 ]; then
		args=(--app.data-dir="$2")
	else
		args=(--spring.profiles.active=postgres --spring.datasource.url="$2"
			--spring.datasource.username="${PGUSER:-postgres}" --spring.datasource.password="${PGPASSWORD:-}")
	fi
	# shellcheck disable=SC2086
	start_app "$3" "${args[@]}" ${EXTRA_ARGS:-}
	ensure_staff_user
}

stop_app() {
	if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID"
		wait "$APP_PID" 2>/dev/null || true
		# wait cannot wait for it from a subshell (a pipeline): poll until it is gone
		while kill -0 "$APP_PID" 2>/dev/null; do sleep 0.2; done
	fi
	APP_PID=
}

rss_kb() { awk '/^VmRSS/ { print $2 }' "/proc/$1/status"; }
hwm_kb() { awk '/^VmHWM/ { print $2 }' "/proc/$1/status"; }

# csrf_token HTML_FILE: the hidden _csrf value of the first form of a page
csrf_token() { grep -o 'name="_csrf" value="[^"]*"' "$1" | head -n 1 | sed 's/.*value="\([^"]*\)"/\1/'; }

# login USER JAR_FILE: logs in with the form (CSRF token from the page and its cookie)
login() {
	local user="$1" cookies="$2" page="$WORK/login.html"
	rm -f "$cookies"
	curl -fs -c "$cookies" -b "$cookies" -o "$page" "$BASE/login"
	local token code
	token="$(csrf_token "$page")"
	code="$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$cookies" -b "$cookies" \
		--data-urlencode "username=$user" --data-urlencode "password=$BENCH_PASSWORD" \
		--data-urlencode "_csrf=$token" "$BASE/login")"
	case "$code" in
		*staff/assessments*) ;;
		*) echo "log-in as $user failed: $code" >&2; exit 1 ;;
	esac
}

# ensure_staff_user: logs in as the administrator and creates the STAFF user (once)
ensure_staff_user() {
	local admin="$WORK/admin.cookies" page="$WORK/user-new.html"
	login "$ADMIN_USER" "$admin"
	curl -fs -c "$admin" -b "$admin" -o "$page" "$BASE/staff/admin/users/new"
	local token
	token="$(csrf_token "$page")"
	curl -s -o /dev/null -c "$admin" -b "$admin" --data-urlencode "username=$STAFF_USER" --data "role=STAFF" \
		--data-urlencode "password=$BENCH_PASSWORD" --data-urlencode "confirmation=$BENCH_PASSWORD" \
		--data-urlencode "_csrf=$token" "$BASE/staff/admin/users"
}

# wrk_run NAME DURATION URL [SCRIPT] [CONNECTIONS]: a bounded wrk run; prints the RESULT line
wrk_run() {
	local name="$1" duration="$2" url="$3" script="${4:-$BENCH_DIR/wrk/get.lua}" connections="${5:-${CONNECTIONS:-16}}"
	(cd "$BENCH_DIR/wrk" && BENCH_NAME="$name" wrk -t "${THREADS:-2}" -c "$connections" -d "$duration" \
		--timeout 5s -s "$script" "$url") >"$WORK/wrk-$name.txt" 2>&1 || true
	grep '^RESULT' "$WORK/wrk-$name.txt" || { cat "$WORK/wrk-$name.txt" >&2; echo "RESULT $name failed"; }
}

# percentiles: reads one number a line (seconds), prints "p50=..ms p95=..ms max=..ms n=.."
percentiles() {
	sort -g | awk '{ v[NR] = $1 } END {
		if (NR == 0) { print "n=0"; exit }
		p50 = v[int((NR - 1) * 0.50) + 1]; p95 = v[int((NR - 1) * 0.95) + 1]
		printf "p50=%.1fms p95=%.1fms max=%.1fms n=%d\n", p50 * 1000, p95 * 1000, v[NR] * 1000, NR }'
}
