#!/usr/bin/env bash
# The staff list's two queries (the page and its count), as Hibernate sends them, timed and
# explained straight on the database, to see which part of a slow list is slow.
#
#   bench/explain.sh h2 /tmp/bench/h2-1m        # the application must be stopped (H2 file lock)
#   bench/explain.sh postgres                   # the cluster of bench/postgres.sh
#
# H2: EXPLAIN ANALYZE (the plan with the rows each index scanned) and the time of each
# statement as H2's shell reports it; PostgreSQL: EXPLAIN (ANALYZE, BUFFERS).
. "$(dirname "$0")/lib.sh"

KIND="${1:?h2 or postgres}"
DIR="${2:-}"
OUT="${OUT:-$WORK/explain-$KIND.txt}"
COLUMNS="a1_0.id,a1_0.client_name,a1_0.client_name_key,a1_0.conditions,a1_0.consent_at,a1_0.created_at,a1_0.email,a1_0.goal,a1_0.highest_severity,a1_0.lifestyle,a1_0.locale,a1_0.massage_advisable,a1_0.massage_type,a1_0.monthly_budget,a1_0.pain_duration,a1_0.pain_level,a1_0.recommendation,a1_0.review_note,a1_0.review_status,a1_0.reviewed_at,a1_0.reviewed_by,a1_0.rules_version,a1_0.session_price,a1_0.signs,a1_0.sore_after_last_massage,a1_0.version"
today="$(date -u +%F)"
month_ago="$(date -u -d '30 days ago' +%F)"
CASES=(
	"first-page||0"
	"name-common-prefix|a1_0.client_name_key like 'mar%' escape '\\'|0"
	"goal|a1_0.goal='CHRONIC_PAIN'|0"
	"lifestyle|a1_0.lifestyle='SENIOR'|0"
	"severity-NONE|a1_0.highest_severity is null|0"
	"status-NEW|a1_0.review_status='NEW'|0"
	"dates-last-30-days|a1_0.created_at>=TIMESTAMP WITH TIME ZONE '$month_ago 00:00:00+00' and a1_0.created_at<TIMESTAMP WITH TIME ZONE '$today 00:00:00+00'|0"
	"page-20000||500000"
)

sql=""
for entry in "${CASES[@]}"; do
	IFS='|' read -r name where offset <<<"$entry"
	w=""
	[ -n "$where" ] && w=" where $where"
	page="select $COLUMNS from assessment a1_0$w order by a1_0.created_at desc,a1_0.id desc offset $offset rows fetch first 25 rows only"
	count="select count(a1_0.id) from assessment a1_0$w"
	if [ "$KIND" = h2 ]; then
		# the page's rows are read in full but not printed: a sum over them stands in
		sql+="select '== $name: page'; select count(*), sum(length(t.recommendation)) from ($page) t; explain analyze $page; select '== $name: count'; $count; explain analyze $count;"
	else
		sql+="\\echo == $name: page
explain (analyze, buffers) $page;
\\echo == $name: count
explain (analyze, buffers) $count;
"
	fi
done

{
	echo "# explain on $KIND, $(date -u '+%F %T') UTC, load before: $(wait_for_quiet)"
	if [ "$KIND" = h2 ]; then
		H2JAR="${H2JAR:-$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | sort -V | tail -n 1)}"
		"$JAVA" -Xmx256m -cp "$H2JAR" org.h2.tools.Shell -url "jdbc:h2:file:$DIR/massage-advisor" -user sa \
			-sql "$sql" | cut -c1-600
	else
		"$BENCH_DIR/postgres.sh" psql <<<"$sql"
	fi
} | tee "$OUT"
