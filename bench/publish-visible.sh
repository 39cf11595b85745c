#!/usr/bin/env bash
# Benchmark of issue 24 items 5 and 6: how soon a publication shows on the same node, the console's
# network health page at 500 offices, and each server's start-up, heap and resident memory.
#
# Starts three servers of meridian.jar (-Xmx512m), one after the other:
#   small  the demo network alone (the baseline of the network health rows);
#   load   the demo network plus BENCH_OFFICES offices (500) of BENCH_ITEMS published news items (5),
#          loaded at start-up (MERIDIAN_BENCH_OFFICES), stopped once loaded;
#   large  the same data started again: the start-up of a 500-office network as an operator sees it.
# Then, against small and large:
#   1. publish -> visible: a WRITE API token is issued in the console (as the Gambia's administrator),
#      and BENCH_PUBLICATIONS (20) news items are created and published in the demo Gambia through the
#      API; after each PUBLISH answers, pollers (every BENCH_POLL_MS, 5) wait until the article's page
#      answers 200 with its title, the news list links it, sitemap.xml lists it and feed.rss carries
#      it. Baseline: a plain GET of an existing article, on the same server in the same run.
#   2. network health: HQ's administrator times /admin/network.xhtml and its CSV export, the first
#      request apart, then BENCH_REQUESTS (20) rounds alternating the small and the large server.
#   3. each server's start-up to ready ("Meridian is running" in its log) and the CPU it took, its peak
#      heap in use (jstat every 0.5 s), its heap after a full GC at the end, and its RSS (VmHWM).
#
# Usage: bench/publish-visible.sh
#        BENCH_OFFICES=100 BENCH_PUBLICATIONS=10 bench/publish-visible.sh
#        BENCH_DB=postgresql bench/publish-visible.sh  (two databases made on BENCH_PG_HOST:BENCH_PG_PORT,
#                                                      default 127.0.0.1:5432, user postgres; dropped at the end)
#        BENCH_JAR=/path/to/meridian.jar ...           (another build)
#        BENCH_KEEP=1 ...                              (keep the logs and data in /tmp/meridian-visible-bench.*)
#        BENCH_LARGE_DATA=<kept folder>/large/data ... (H2: reuse a kept run's loaded network, no load server)
#        BENCH_HEALTH_ONLY=1 ...                       (only the network health rounds (2.) and the servers' figures
#                                                      (3.), no publications: with BENCH_LARGE_DATA and BENCH_JAR,
#                                                      a few minutes per build, for A/B pairs run one after the other)
#        BENCH_HEALTH_ONLY=1 BENCH_LARGE_DATA=... BENCH_JAR=<A> BENCH_JAR_B=<B> ...
#                                                     (an A/B pair in one run: no small server; build A and build B
#                                                      each on its own copy of the kept network, both running,
#                                                      the health rounds alternating A and B request by request)
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/find-jdk.sh # a JDK 21+ for Payara Micro 7, exported as JAVA_HOME and first on PATH

OFFICES=${BENCH_OFFICES:-500}
ITEMS=${BENCH_ITEMS:-5}
PUBLICATIONS=${BENCH_PUBLICATIONS:-20}
REQUESTS=${BENCH_REQUESTS:-20}
POLL_MS=${BENCH_POLL_MS:-5}
JAR=${BENCH_JAR:-$PWD/modules/app/target/meridian.jar}
DB=${BENCH_DB:-h2}
case "$DB" in h2|postgresql) ;; *) echo "BENCH_DB is h2 or postgresql, not '$DB'"; exit 1 ;; esac
[ -f "$JAR" ] || ./mvnw -B -q -DskipTests package

work=$(mktemp -d /tmp/meridian-visible-bench.XXXXXX)
pg_dbs=()
declare -A db_url
if [ "$DB" = postgresql ]; then
  pg_host=${BENCH_PG_HOST:-127.0.0.1} pg_port=${BENCH_PG_PORT:-5432} pg_user=${BENCH_PG_USER:-postgres}
  for size in small large; do
    pg_dbs+=("meridian_visible_${size}_$$")
    psql -q -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -c "create database meridian_visible_${size}_$$" >/dev/null
    db_url[$size]="jdbc:postgresql://$pg_host:$pg_port/meridian_visible_${size}_$$"
  done
fi
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
declare -A pid port
cleanup() {
  for p in "${pid[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pid[@]}"; do while kill -0 "$p" 2>/dev/null; do sleep 0.2; done; done
  for d in "${pg_dbs[@]}"; do
    psql -q -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -c "drop database if exists $d with (force)" >/dev/null || true
  done
  if [ -n "${BENCH_KEEP:-}" ]; then echo "(logs kept in $work)"; else rm -rf "$work"; fi
}
trap cleanup EXIT

# Starts server $1 in folder $work/$2 (its ./data/) on database $3 ("" for the embedded one), with the
# extra environment "$4" (e.g. the benchmark network); waits until it is ready; records its start-up.
start_server() {
  local name=$1 dir=$work/$2 database=$3 extra=$4 started ready
  local env=(MERIDIAN_PORT=$(free_port) MERIDIAN_DEMO_ENABLED=true MERIDIAN_PASSWORD_ITERATIONS=1024)
  [ -n "$database" ] && env+=(MERIDIAN_DB_URL="$database" MERIDIAN_DB_USER="$pg_user")
  port[$name]=${env[0]#MERIDIAN_PORT=}
  mkdir -p "$dir"
  load[$name]=$(cut -d' ' -f1 /proc/loadavg)
  started=$(date +%s.%N)
  (cd "$dir" && exec env "${env[@]}" $extra java -Xmx512m ${BENCH_GC:--XX:+UseParallelGC} ${BENCH_JAVA_OPTIONS:-} -jar "$JAR" > "$dir/$name.log" 2>&1) &
  pid[$name]=$!
  # The heap in use every half second, for as long as the server runs (one jstat, attached once).
  ( until jstat -gc "${pid[$name]}" 500 2>/dev/null; do kill -0 "${pid[$name]}" 2>/dev/null || exit 0; sleep 0.2; done ) \
    > "$work/jstat-$name.txt" &
  until grep -q "Meridian is running" "$dir/$name.log" 2>/dev/null; do
    grep -q "Meridian cannot start" "$dir/$name.log" 2>/dev/null && { tail -5 "$dir/$name.log"; exit 1; }
    kill -0 "${pid[$name]}" 2>/dev/null || { tail -20 "$dir/$name.log"; echo "The $name server stopped"; exit 1; }
    sleep 0.1
  done
  ready=$(date +%s.%N)
  ready_s[$name]=$(awk -v a="$started" -v b="$ready" 'BEGIN { printf "%.1f", b - a }')
  cpu_s[$name]=$(awk -v hz="$(getconf CLK_TCK)" '{ sub(/.*\) /, ""); printf "%.1f", ($12 + $13) / hz }' "/proc/${pid[$name]}/stat")
  echo "  $name: ready in ${ready_s[$name]} s (${cpu_s[$name]} s of CPU; load average ${load[$name]}), port ${port[$name]}"
}
declare -A load ready_s cpu_s

# Heap in use (eden + survivors + old), MB: the largest of the samples in $1.
heap_peak() {
  awk '/S0C/ { for (i = 1; i <= NF; i++) col[$i] = i; next }
       col["EU"] && $1 ~ /^[0-9.]+$/ { u = $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]; if (u > m) m = u }
       END { printf "%.0f", m / 1024 }' "$1"
}
# Records server $1's memory in servers.tsv as row $2, then stops it.
finish_server() {
  local name=$1 label=$2 p=${pid[$1]} live rss_peak rss
  jcmd "$p" GC.run > /dev/null
  live=$(jstat -gc "$p" | heap_peak /dev/stdin)
  rss_peak=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$p/status")
  rss=$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$p/status")
  kill "$p"
  wait "$p" 2>/dev/null || true
  unset "pid[$name]"
  sleep 1 # jstat ends with the server
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "${ready_s[$name]}" "${cpu_s[$name]}" "${load[$name]}" \
    "$(heap_peak "$work/jstat-$name.txt")" "$live" "$rss_peak" "$rss" >> "$work/servers.tsv"
  grep -q OutOfMemoryError "$work"/*/"$name.log" && echo "  $name: OutOfMemoryError in its log" || true
}

if [ -n "${BENCH_JAR_B:-}" ]; then
  # An A/B pair of builds on copies of one kept network (H2), measured alternately.
  [ -n "${BENCH_HEALTH_ONLY:-}" ] && [ -n "${BENCH_LARGE_DATA:-}" ] && [ "$DB" = h2 ] \
    || { echo "BENCH_JAR_B goes with BENCH_HEALTH_ONLY=1 and BENCH_LARGE_DATA (H2)"; exit 1; }
  for build in a b; do
    mkdir -p "$work/$build" && cp -r "$BENCH_LARGE_DATA" "$work/$build/data" && rm -rf "$work/$build/data/runtime"
  done
  echo "Starting build A ($JAR), then build B ($BENCH_JAR_B), on the kept network ..."
  start_server a a "" ""
  jar_a=$JAR JAR=$BENCH_JAR_B
  start_server b b "" ""
  JAR=$jar_a
  echo "Network health, A and B alternated, $REQUESTS rounds (load average $(cut -d' ' -f1-3 /proc/loadavg)) ..."
  python3 bench/publish_visible.py health "$work/health.json" "http://127.0.0.1:${port[a]}" "${pid[a]}" \
    "http://127.0.0.1:${port[b]}" "${pid[b]}" "$REQUESTS" "A,B"
  end_load=$(cut -d' ' -f1-3 /proc/loadavg)
  finish_server a "A: $JAR"
  finish_server b "B: $BENCH_JAR_B"
  python3 bench/publish_visible.py report "$work"
  echo
  echo "($DB; the kept network; $(nproc) cores; load average at the end $end_load)"
  exit 0
fi
echo "Starting the small server (demo network, $DB) ..."
start_server small small "${db_url[small]:-}" ""
if [ -n "${BENCH_LARGE_DATA:-}" ] && [ "$DB" = h2 ]; then
  # BENCH_LARGE_DATA: the large server's data folder of an earlier run kept with BENCH_KEEP=1
  # ($work/large/data): no load server this time.
  mkdir -p "$work/large" && cp -r "$BENCH_LARGE_DATA" "$work/large/data" && rm -rf "$work/large/data/runtime"
else
echo "Starting a server that loads $OFFICES offices x $ITEMS news items on the demo network ($DB) ..."
start_server load large "${db_url[large]:-}" "MERIDIAN_BENCH_OFFICES=$OFFICES MERIDIAN_BENCH_ITEMS=$ITEMS"
loaded=$(grep -o "Loaded the benchmark network.*" "$work/large/load.log" || echo "(no load line)")
echo "  $loaded"
finish_server load "load: demo + $OFFICES offices, loaded at start-up (loading took ${loaded##* in })"
fi
if [ "$DB" = postgresql ]; then
  # Statistics for the freshly loaded tables, as autovacuum would gather them (this machine's
  # PostgreSQL runs without autovacuum).
  vacuumdb -q -z -h "$pg_host" -p "$pg_port" -U "$pg_user" "meridian_visible_large_$$"
fi
echo "Starting the large network again ..."
start_server large large "${db_url[large]:-}" ""

if [ -z "${BENCH_HEALTH_ONLY:-}" ]; then
echo "Publish -> visible, $PUBLICATIONS publications in the Gambia on each server ..."
for size in small large; do
  python3 bench/publish_visible.py publish "$work/publish-$size.json" "http://127.0.0.1:${port[$size]}" \
    gambia gambia.admin@meridian.example.org "$PUBLICATIONS" "$POLL_MS"
done
fi
echo "Network health, $REQUESTS rounds (load average $(cut -d' ' -f1-3 /proc/loadavg)) ..."
python3 bench/publish_visible.py health "$work/health.json" "http://127.0.0.1:${port[small]}" "${pid[small]}" \
  "http://127.0.0.1:${port[large]}" "${pid[large]}" "$REQUESTS"
end_load=$(cut -d' ' -f1-3 /proc/loadavg)

finish_server small "small: demo network"
finish_server large "large: demo + $OFFICES offices, started again"
python3 bench/publish_visible.py report "$work"
echo
echo "($DB; $OFFICES offices x $ITEMS news items; $(nproc) cores; load average at the end $end_load)"
