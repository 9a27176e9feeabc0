#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the benchmarks, made as CI makes its own
# (.ci/postgres.sh: initdb as the postgres user, trust, C.UTF-8, loopback only), on PGPORT
# 55433 by default so that it does not clash with CI's 55432. Its folder is kept until stop.
#
#   bench/postgres.sh start     # prints the JDBC URL
#   bench/postgres.sh psql -c 'select count(*) from assessment'
#   bench/postgres.sh stop
set -euo pipefail
PGPORT="${PGPORT:-55433}"
PGDIR="${PGDIR:-/tmp/massage-advisor-bench-pg}"
PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"

case "${1:-}" in
	start)
		if [ ! -d "$PGDIR/data" ]; then
			mkdir -p "$PGDIR" && chown postgres "$PGDIR"
			su postgres -s /bin/sh -c "'$PGBIN/initdb' -D '$PGDIR/data' -A trust -U postgres -E UTF8 --locale=C.UTF-8" >/dev/null
			fresh=1
		fi
		su postgres -s /bin/sh -c "'$PGBIN/pg_ctl' -D '$PGDIR/data' -l '$PGDIR/log' -w \
			-o \"-p $PGPORT -c listen_addresses=127.0.0.1 -k '$PGDIR'\" start" >/dev/null
		if [ -n "${fresh:-}" ]; then
			su postgres -s /bin/sh -c "'$PGBIN/createdb' -h 127.0.0.1 -p $PGPORT massage_advisor"
		fi
		echo "jdbc:postgresql://127.0.0.1:$PGPORT/massage_advisor"
		;;
	psql)
		shift
		"$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -d massage_advisor "$@"
		;;
	stop)
		su postgres -s /bin/sh -c "'$PGBIN/pg_ctl' -D '$PGDIR/data' -m fast -w stop" >/dev/null || true
		if [ "${2:-}" = "--delete" ]; then rm -rf "$PGDIR"; fi
		;;
	*)
		echo "usage: $0 start | psql ARGS | stop [--delete]" >&2
		exit 2
		;;
esac
