#!/usr/bin/env bash
# Bytes on disk per assessment (issue 17, "the row"), on a database the demo-data profile filled.
#
#   bench/row-size.sh h2 /tmp/bench/h2-1m            # the H2 file in that app.data-dir (app stopped)
#   SETTLE=1 bench/row-size.sh h2 /tmp/bench/h2-1m   # first, the application left running idle
#                                                    # until the file keeps its size (unchanged
#                                                    # for SETTLE_QUIET, 180 s;
#                                                    # APP_ARGS: more arguments for it)
#   COMPACT=1 bench/row-size.sh h2 /tmp/bench/h2-1m  # then SHUTDOWN COMPACT and the size again
#   LOAD=1 bench/row-size.sh h2 /tmp/bench/h2-1m     # first, the application taking submissions at a
#                                                    # steady rate for LOAD_FOR (600s): LOAD_CONNECTIONS
#                                                    # (4) each waiting PACE_MS (100) between two; the
#                                                    # file's size every 30 s goes to $WORK/row-load.txt
#   bench/row-size.sh postgres jdbc:postgresql://127.0.0.1:55433/massage_advisor
#
# H2: the size of massage-advisor.mv.db after the application's clean shutdown, divided by the
# assessments it holds (the file also holds the name words, the plans and H2's dead chunks).
# PostgreSQL: pg_total_relation_size (heap, TOAST and indexes) of each table, and the whole database.
. "$(dirname "$0")/lib.sh"

KIND="${1:?h2 or postgres}"
WHERE="${2:?data dir (h2) or JDBC URL (postgres)}"

if [ "$KIND" = h2 ]; then
	FILE="$WHERE/massage-advisor.mv.db"
	H2JAR="$WORK/h2.jar"
	[ -f "$H2JAR" ] || unzip -p "$JAR" 'BOOT-INF/lib/h2-*.jar' >"$H2JAR"
	h2() { "$JAVA" -cp "$H2JAR" org.h2.tools.Shell -url "jdbc:h2:file:$WHERE/massage-advisor" -user sa -password '' -sql "$1"; }
	if [ "${LOAD:-0}" = 1 ]; then
		echo "h2 before the load bytes=$(stat -c %s "$FILE")"
		trap stop_app EXIT
		# shellcheck disable=SC2086
		start_app "$WORK/app-load.log" --app.data-dir="$WHERE" ${APP_ARGS:-}
		(while kill -0 "$APP_PID" 2>/dev/null; do echo "$(date +%s) $(stat -c %s "$FILE")"; sleep 30; done) \
			>"$WORK/row-load.txt" &
		PACE_MS="${PACE_MS:-100}" wrk_run row-load "${LOAD_FOR:-600s}" "$BASE" "$BENCH_DIR/wrk/submit.lua" \
			"${LOAD_CONNECTIONS:-4}"
		echo "h2 while loaded: largest bytes=$(sort -k2 -n "$WORK/row-load.txt" | tail -n 1 | cut -d ' ' -f 2)"
		stop_app
	fi
	if [ "${SETTLE:-0}" = 1 ]; then
		echo "h2 before settling bytes=$(stat -c %s "$FILE")"
		start=$(date +%s)
		trap stop_app EXIT
		# shellcheck disable=SC2086
		start_app "$WORK/app-settle.log" --app.data-dir="$WHERE" ${APP_ARGS:-}
		last=-1
		since=$(date +%s)
		while [ $(($(date +%s) - since)) -lt "${SETTLE_QUIET:-180}" ]; do
			sleep 5
			now="$(stat -c %s "$FILE")"
			[ "$now" = "$last" ] || { last="$now"; since=$(date +%s); }
		done
		stop_app
		echo "h2 settled in $(($(date +%s) - start)) s (application start and ${SETTLE_QUIET:-180} s unchanged included)"
	fi
	rows="$(h2 'SELECT COUNT(*) FROM assessment' | sed -n 2p | tr -d ' ')"
	bytes="$(stat -c %s "$FILE")"
	echo "h2 rows=$rows bytes=$bytes bytes/row=$((bytes / rows))"
	if [ "${COMPACT:-0}" = 1 ]; then
		start=$(date +%s)
		h2 'SHUTDOWN COMPACT' >/dev/null
		bytes="$(stat -c %s "$FILE")"
		echo "h2 after SHUTDOWN COMPACT ($(($(date +%s) - start)) s) bytes=$bytes bytes/row=$((bytes / rows))"
	fi
else
	# jdbc:postgresql://host:port/db -> psql arguments
	hostport="${WHERE#jdbc:postgresql://}"
	db="${hostport#*/}"
	db="${db%%\?*}"
	hostport="${hostport%%/*}"
	q() { psql -h "${hostport%:*}" -p "${hostport#*:}" -U "${PGUSER:-postgres}" -d "$db" -Atc "$1"; }
	rows="$(q 'SELECT COUNT(*) FROM assessment')"
	q "SELECT relname, pg_total_relation_size(oid), pg_total_relation_size(oid) / $rows FROM pg_class
		WHERE relname IN ('assessment', 'assessment_plan', 'assessment_name_word', 'check_in') ORDER BY relname" |
		while IFS='|' read -r name bytes per; do echo "postgres $name bytes=$bytes bytes/assessment=$per"; done
	total="$(q "SELECT pg_database_size(current_database())")"
	echo "postgres rows=$rows database bytes=$total bytes/row=$((total / rows))"
fi
