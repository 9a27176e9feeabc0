# A throwaway PostgreSQL cluster under a temporary folder, owned by the postgres user, listening
# on loopback only. Source this file, then call postgres_start and postgres_stop.
PGPORT="${PGPORT:-55432}"

# the first port from PGPORT on that nothing listens on
postgres_free_port() {
	while (exec 3<>"/dev/tcp/127.0.0.1/$PGPORT") 2>/dev/null; do
		PGPORT=$((PGPORT + 1))
	done
}

postgres_start() {
	postgres_free_port
	PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
	PGTMP="$(mktemp -d /tmp/massage-advisor-pg.XXXXXX)"
	chown postgres "$PGTMP"
	su postgres -s /bin/sh -c "'$PGBIN/initdb' -D '$PGTMP/data' -A trust -U postgres -E UTF8 --locale=C.UTF-8" >/dev/null
	# max_connections: the tests keep up to 32 application contexts cached, each with its own
	# pool of 10 connections; the default of 100 ran out ("too many clients already")
	su postgres -s /bin/sh -c "'$PGBIN/pg_ctl' -D '$PGTMP/data' -l '$PGTMP/log' -w \
		-o \"-p $PGPORT -c listen_addresses=127.0.0.1 -c max_connections=600 -k '$PGTMP'\" start" >/dev/null
	su postgres -s /bin/sh -c "'$PGBIN/createdb' -h 127.0.0.1 -p $PGPORT massage_advisor"
	echo "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PGPORT"
}

postgres_stop() {
	if [ -n "${PGTMP:-}" ] && [ -d "$PGTMP/data" ]; then
		su postgres -s /bin/sh -c "'$PGBIN/pg_ctl' -D '$PGTMP/data' -m fast -w stop" >/dev/null || true
		rm -rf "$PGTMP"
	fi
}
