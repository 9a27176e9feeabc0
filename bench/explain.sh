#!/usr/bin/env bash
# The staff list's queries (the ids of a page, the bounded count) in the form the application
# sends them, timed and explained straight on the database, to see which part of a slow list is
# slow.
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
deep="$(date -u -d '548 days ago' '+%F %T')+00"
# name | condition | the leading column of the order (the equality-filtered one), if any
CASES=(
	"first-page||"
	"goal|a1_0.goal='CHRONIC_PAIN'|a1_0.goal,"
	"lifestyle|a1_0.lifestyle='SENIOR'|a1_0.lifestyle,"
	"severity-NONE|a1_0.highest_severity is null|a1_0.highest_severity,"
	"status-NEW|a1_0.review_status='NEW'|a1_0.review_status,"
	"goal+status|a1_0.goal='ACUTE_INJURY' and a1_0.review_status='FOLLOW_UP'|a1_0.goal,"
	"deep-18-months-back|a1_0.created_at<=TIMESTAMP WITH TIME ZONE '$deep' and (a1_0.created_at<TIMESTAMP WITH TIME ZONE '$deep' or a1_0.id<9223372036854775807)|"
)

sql=""
for entry in "${CASES[@]}"; do
	IFS='|' read -r name where lead <<<"$entry"
	w=""
	[ -n "$where" ] && w=" where $where"
	page="select a1_0.id from assessment a1_0$w order by ${lead}a1_0.created_at desc,a1_0.id desc fetch first 26 rows only"
	count="select a1_0.id from assessment a1_0$w order by ${lead}a1_0.created_at desc,a1_0.id desc fetch first 101 rows only"
	if [ "$KIND" = h2 ]; then
		sql+="select '== $name: page ids'; select count(*) from ($page) t; explain analyze $page; select '== $name: count to 100'; select count(*) from ($count) t;"
	else
		sql+="\\echo == $name: page ids
explain (analyze, buffers) $page;
\\echo == $name: count to 100
explain (analyze, buffers) $count;
"
	fi
done

# the name search (issue 17): the words of the names, read in the list's order from one start;
# name | start | prefix | the other words of the search
NAME_CASES=(
	"name-common-prefix|mar|mar|"
	"name-surname|dup|dupont|"
	"name-two-words|dup|dupont|marie"
	"name-no-match-common-start|mar|marzipan|"
)
for entry in "${NAME_CASES[@]}"; do
	IFS='|' read -r name start prefix other <<<"$entry"
	also=""
	[ -n "$other" ] && also=" and exists(select 1 from assessment_name_word w2 where w2.assessment_id=w.assessment_id and w2.word like '$other%' escape '\\')"
	page="select w.created_at,w.assessment_id from assessment_name_word w join assessment a1_0 on w.assessment_id=a1_0.id where w.word_start='$start' and w.word like '$prefix%' escape '\\'$also order by w.word_start,w.created_at desc,w.assessment_id desc fetch first 101 rows only"
	if [ "$KIND" = h2 ]; then
		sql+="select '== $name: page ids and count'; select count(*) from ($page) t; explain analyze $page;"
	else
		sql+="\\echo == $name: page ids and count
explain (analyze, buffers) $page;
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
