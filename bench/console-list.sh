#!/usr/bin/env bash
# Benchmark of the console's content list (issue 7: "lazy paging that stays quick with 10,000+
# items"): loads one office with BENCH_ITEMS news items (bench-1), signs an HQ administrator in,
# and measures requests per second and p50/p99 latency with wrk for the list's first page, a page
# deep in the list, the list sorted by title, and a filtered list; in the same run, the same
# requests against the demo Gambia office (a few dozen items) are the baseline. Prints a table
# with the ratios: 1.00x means the 10,000-item office lists as fast as the small one.
#
# Usage: bench/console-list.sh                   (10,000 items, 10 s per measurement)
#        BENCH_ITEMS=2000 BENCH_SECONDS=5 bench/console-list.sh
#        BENCH_DB=postgresql bench/console-list.sh  (a database made on 127.0.0.1:5432, user postgres,
#                                                   dropped at the end; BENCH_PG_HOST/PORT/USER)
#        BENCH_JAR=/path/to/meridian.jar ...        (another build)
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/find-jdk.sh # a JDK 21+ for Payara Micro 7, exported as JAVA_HOME and first on PATH

ITEMS=${BENCH_ITEMS:-10000}
SECONDS_EACH=${BENCH_SECONDS:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-4}
PASSWORD=meridian-demo
JAR=${BENCH_JAR:-$PWD/modules/app/target/meridian.jar}
DB=${BENCH_DB:-h2}
case "$DB" in h2|postgresql) ;; *) echo "BENCH_DB is h2 or postgresql, not '$DB'"; exit 1 ;; esac

need() {
  command -v "$1" >/dev/null 2>&1 && return
  echo "Installing $2 (Debian package) ..."
  if [ "$(id -u)" = 0 ]; then apt-get install -y "$2" >/dev/null; else sudo apt-get install -y "$2" >/dev/null; fi
}
need wrk wrk
[ -f "$JAR" ] || ./mvnw -B -q -DskipTests package

work=$(mktemp -d /tmp/meridian-list-bench.XXXXXX)
pg_db=""
db_env=()
if [ "$DB" = postgresql ]; then
  pg_host=${BENCH_PG_HOST:-127.0.0.1} pg_port=${BENCH_PG_PORT:-5432} pg_user=${BENCH_PG_USER:-postgres}
  pg_db="meridian_list_bench_$$"
  psql -q -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -c "create database $pg_db" >/dev/null
  db_env=(MERIDIAN_DB_URL="jdbc:postgresql://$pg_host:$pg_port/$pg_db" MERIDIAN_DB_USER="$pg_user")
fi
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && { kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null; } || true
  if [ -n "$pg_db" ]; then
    psql -q -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -c "drop database if exists $pg_db with (force)" >/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

port=$(free_port)
echo "Loading one office with $ITEMS news items and starting Meridian (this takes a while) ..."
(cd "$work" && exec env "${db_env[@]}" MERIDIAN_PORT=$port MERIDIAN_DEMO_ENABLED=true MERIDIAN_BENCH_OFFICES=1 \
   MERIDIAN_BENCH_ITEMS=$ITEMS MERIDIAN_PASSWORD_ITERATIONS=1024 java -Xmx512m ${BENCH_GC:--XX:+UseParallelGC} ${BENCH_JAVA_OPTIONS:-} -jar "$JAR" \
   > "$work/server.log" 2>&1) &
server_pid=$!
for _ in $(seq 1 3600); do
  grep -q "Meridian is running" "$work/server.log" 2>/dev/null && break
  grep -q "Meridian cannot start" "$work/server.log" 2>/dev/null && { tail -5 "$work/server.log"; exit 1; }
  sleep 1
done
grep -q "Meridian is running" "$work/server.log" || { echo "The server did not start"; exit 1; }
base="http://127.0.0.1:$port"
if [ "$DB" = postgresql ]; then
  # This machine's PostgreSQL runs without autovacuum: statistics for the freshly loaded tables.
  vacuumdb -q -z -h "$pg_host" -p "$pg_port" -U "$pg_user" "$pg_db"
fi

# Signs $1 in and switches to office $2; prints the session cookie.
session() {
  local jar="$work/jar-$2"
  curl -s -o /dev/null -c "$jar" -b "$jar" "$base/admin/index.xhtml"
  # the sign-in page's anti-forgery token, made for this session
  local token
  token=$(curl -s -c "$jar" -b "$jar" "$base/admin/login.xhtml" \
    | sed -n 's/.*name="meridian_signin_token" value="\([^"]*\)".*/\1/p')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "j_username=$1" \
    --data-urlencode "j_password=$PASSWORD" --data-urlencode "meridian_signin_token=$token" \
    "$base/j_security_check"
  curl -s -o /dev/null -c "$jar" -b "$jar" "$base/admin/index.xhtml"
  curl -s -o /dev/null -c "$jar" -b "$jar" "$base/admin/index.xhtml?office=$2"
  awk '$6 == "JSESSIONID" { print "JSESSIONID=" $7 }' "$jar"
}

# wrk's figures: requests/s, p50 ms, p99 ms
measure() { # $1 = cookie, $2 = URL
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -H "Cookie: $1" "$2" > "$work/wrk.txt"
  awk '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /Requests\/sec/ { rps=$2 }
    /^ +50%/ { p50=ms($2) }
    /^ +99%/ { p99=ms($2) }
    /Non-2xx/ { bad=$NF }
    END { if (bad > 0) { print "non-2xx responses: " bad > "/dev/stderr"; exit 1 } printf "%s %.2f %.2f\n", rps, p50, p99 }' "$work/wrk.txt" \
    || { cat "$work/wrk.txt" >&2; exit 1; }
}

big=$(session hq.admin@meridian.example.org bench-1)
small=$(session gambia.admin@meridian.example.org gambia)
rows=$(curl -s -H "Cookie: $big" "$base/admin/index.xhtml" | grep -o 'id="list-count"[^<]*' || true)
echo "bench-1: ${rows:-(no count found)}"

declare -A paths=(
  [first-page]="/admin/index.xhtml"
  [deep-page]="/admin/index.xhtml?page=150"
  [by-title]="/admin/index.xhtml?sort=title"
  [news-oldest]="/admin/index.xhtml?type=NEWS&sort=oldest&page=3"
)
order=(first-page deep-page by-title news-oldest)
for key in "${order[@]}"; do # warm up both offices
  wrk -t2 -c"$CONNECTIONS" -d3s -H "Cookie: $big" "$base${paths[$key]}" > /dev/null
  wrk -t2 -c"$CONNECTIONS" -d3s -H "Cookie: $small" "$base${paths[$key]}" > /dev/null
done

printf '\n%-14s %14s %9s %9s %14s %9s %9s %10s\n' "list" "10k req/s" "p50 ms" "p99 ms" "small req/s" "p50 ms" "p99 ms" "10k/small"
for key in "${order[@]}"; do
  read -r brps bp50 bp99 <<< "$(measure "$big" "$base${paths[$key]}")"
  read -r srps sp50 sp99 <<< "$(measure "$small" "$base${paths[$key]}")"
  printf '%-14s %14s %9s %9s %14s %9s %9s %9.2fx\n' "$key" "$brps" "$bp50" "$bp99" "$srps" "$sp50" "$sp99" \
    "$(awk -v a="$brps" -v b="$srps" 'BEGIN { print a / b }')"
done
echo
echo "(bench-1: $ITEMS news items on $DB; baseline: the demo Gambia; wrk -t2 -c$CONNECTIONS -d${SECONDS_EACH}s, one signed-in session each)"
