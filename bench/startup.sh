#!/usr/bin/env bash
# Start-up time to the first answered request, and RSS after load, on JDK 17 and JDK 25,
# plain and with the opt-in class data caches:
#   JDK 17: AppCDS  (training: -XX:ArchiveClassesAtExit=app.jsa, then -XX:SharedArchiveFile=app.jsa)
#   JDK 25: AOT cache (training: -XX:AOTCacheOutput=app.aot, then -XX:AOTCache=app.aot)
# Both need the jar extracted (java -Djarmode=tools -jar app.jar extract), which this script
# does; the training run starts the application, asks it for the pages a first visitor and a
# staff member would (bench/train.sh) and stops it: the JVM writes the cache as it exits.
# Every variant runs the bean definitions computed at build time (Spring AOT), as the packaged
# jar does by default; the variant "-noaot" of the fat jar shows the start without them.
#
#   ./mvnw -DskipTests package && bench/startup.sh
#
# PETCLINIC_JAR=/path/to/spring-petclinic-*.jar adds spring-petclinic's fat jar on JDK 17, the
# reference of issue 17, in the same run (its first answer: GET /).
#
# Each variant starts RUNS times (3) on a copy of an already migrated H2 database holding only
# its administrator (a restart, not a first install); the time is from launching java to the first 200 of
# GET /assessments/new (polled every 20 ms), and Spring's own "Started ... in" figure.
# After the last start of each variant, wrk on the API (20 s) and the form (10 s), then RSS.
. "$(dirname "$0")/lib.sh"

JDK17="${JDK17:-/usr/lib/jvm/java-17-openjdk-amd64}"
JDK25="${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
RUNS="${RUNS:-3}"
OUT="${OUT:-$WORK/startup.txt}"
X="$WORK/extracted"
rm -rf "$X" "$WORK/startup-db"
"$JDK17/bin/java" -Djarmode=tools -jar "$JAR" extract --destination "$X" >/dev/null
APPJAR="$X/$(ls "$X" | grep '\.jar$' | head -n 1)"
COMMON=(-Xmx256m)
APPARGS=(--server.address=127.0.0.1 --server.port="$PORT" --app.rate-limit.enabled=false)

# up JAVA LOG DATA_DIR [JVM FLAGS...]: starts the extracted application (APP_PID) and returns once
# it answers its health check
up() {
	local java="$1" logfile="$2" data="$3"
	shift 3
	"$java" "${COMMON[@]}" "$@" -jar "$APPJAR" "${APPARGS[@]}" --app.data-dir="$data" >"$logfile" 2>&1 &
	APP_PID=$!
	until curl -fs -o /dev/null "$BASE/actuator/health"; do
		kill -0 "$APP_PID" 2>/dev/null || { tail -n 30 "$logfile" >&2; exit 1; }
		sleep 0.1
	done
}

# a migrated database with its administrator, to copy for every start: a restart, not a first
# install (which would create and hash the administrator's password on every timed start); every
# start is given the same administrator, as a clinic's configuration does (README)
export CLINIC_ADMIN_USERNAME="$ADMIN_USER" CLINIC_ADMIN_PASSWORD="$BENCH_PASSWORD"
up "$JDK17/bin/java" "$WORK/startup-migrate.log" "$WORK/startup-db"
stop_app

# train JAVA FLAG: a training run that writes the class cache named in FLAG when it exits
train() {
	local java="$1" flag="$2"
	rm -rf "$WORK/train-db" && cp -r "$WORK/startup-db" "$WORK/train-db"
	up "$java" "$WORK/train.log" "$WORK/train-db" "$flag"
	"$BENCH_DIR/train.sh" "$BASE"
	stop_app
}

# one_start NAME JAVA JAR [JVM FLAGS...]: starts the app (APP_PID) and appends to $RUNS_FILE the
# seconds to the first answer and Spring's own figure (not in $(...): APP_PID must stay set here)
one_start() {
	local name="$1" java="$2" jar="$3"
	shift 3
	rm -rf "$WORK/run-db" && cp -r "$WORK/startup-db" "$WORK/run-db"
	local t0 t1 args=("${APPARGS[@]}" --app.data-dir="$WORK/run-db") first="$BASE/assessments/new"
	if [ "$name" = petclinic ]; then
		args=(--server.address=127.0.0.1 --server.port="$PORT")
		first="$BASE/"
	fi
	t0="$(date +%s%N)"
	"$java" "${COMMON[@]}" "$@" -jar "$jar" "${args[@]}" >"$WORK/start-$name.log" 2>&1 &
	APP_PID=$!
	until [ "$(curl -s -o /dev/null -w '%{http_code}' "$first")" = 200 ]; do
		kill -0 "$APP_PID" 2>/dev/null || { tail -n 30 "$WORK/start-$name.log" >&2; exit 1; }
		sleep 0.02
	done
	t1="$(date +%s%N)"
	# the first page can be answered before Spring logs "Started": the repositories are made once
	# the web server runs (docs/architecture.md, start-up)
	until grep -q 'Started [A-Za-z]* in [0-9.]* seconds' "$WORK/start-$name.log"; do
		kill -0 "$APP_PID" 2>/dev/null || { tail -n 30 "$WORK/start-$name.log" >&2; exit 1; }
		sleep 0.1
	done
	local spring
	spring="$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$WORK/start-$name.log" | grep -o '[0-9.]* seconds' | cut -d ' ' -f 1)"
	echo "$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", (b - a) / 1e9 }') $spring" >>"$RUNS_FILE"
}

variant() {
	local name="$1" java="$2" jar="$3"
	shift 3
	local i
	RUNS_FILE="$WORK/runs-$name.txt"
	rm -f "$RUNS_FILE"
	for i in $(seq 1 "$RUNS"); do
		one_start "$name" "$java" "$jar" "$@"
		[ "$i" -lt "$RUNS" ] && stop_app
	done
	if [ "$name" != petclinic ]; then
		wrk_run "startup-$name-api" 20s "$BASE" "$BENCH_DIR/wrk/api.lua" >/dev/null
		wrk_run "startup-$name-form" 10s "$BASE/assessments/new" >/dev/null
	fi
	local rss
	rss="$(($(rss_kb "$APP_PID") / 1024))"
	stop_app
	local first spring
	first="$(cut -d ' ' -f 1 "$RUNS_FILE" | sort -g | tr '\n' ' ')"
	spring="$(cut -d ' ' -f 2 "$RUNS_FILE" | sort -g | tr '\n' ' ')"
	echo "$name first_answer_s=[ $first] spring_started_s=[ $spring] rss_after_load=${rss}MB load=$(load1)"
}

trap stop_app EXIT
{
	echo "# start-up, -Xmx256m, $(date -u '+%F %T') UTC, nproc=$(nproc), load before: $(wait_for_quiet)"
	if [ -n "${PETCLINIC_JAR:-}" ]; then
		variant petclinic "$JDK17/bin/java" "$PETCLINIC_JAR"
	fi
	variant jdk17-fatjar "$JDK17/bin/java" "$JAR"
	variant jdk17-fatjar-noaot "$JDK17/bin/java" "$JAR" -Dspring.aot.enabled=false
	variant jdk17-extracted "$JDK17/bin/java" "$APPJAR"
	train "$JDK17/bin/java" -XX:ArchiveClassesAtExit="$WORK/app17.jsa"
	variant jdk17-appcds "$JDK17/bin/java" "$APPJAR" -XX:SharedArchiveFile="$WORK/app17.jsa"
	variant jdk25-fatjar "$JDK25/bin/java" "$JAR"
	variant jdk25-extracted "$JDK25/bin/java" "$APPJAR"
	train "$JDK25/bin/java" -XX:AOTCacheOutput="$WORK/app25.aot"
	variant jdk25-aotcache "$JDK25/bin/java" "$APPJAR" -XX:AOTCache="$WORK/app25.aot"
	echo "# archive sizes: $(du -h "$WORK/app17.jsa" "$WORK/app25.aot" 2>/dev/null | awk '{ print $2 "=" $1 }' | xargs)"
	echo "# load after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
} | tee "$OUT"
