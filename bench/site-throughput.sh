#!/usr/bin/env bash
# Benchmark of the public sites (issue 6): loads a network of BENCH_OFFICES offices with BENCH_ITEMS
# published news items each, then measures requests per second and p50/p99 latency with wrk for a
# home page, an article and a news list: through the nginx front of docker/compose.yaml
# (docker/front), from Meridian's own page cache, and uncached (the page cache off); and a search
# page. Baseline: the same article's bytes served as a static file by nginx in the same run. Each
# server is warmed up until its rate stops climbing. Prints a table with ratios.
#
# Usage: bench/site-throughput.sh            (50 offices x 200 items, 10 s per measurement)
#        BENCH_OFFICES=10 BENCH_ITEMS=50 BENCH_SECONDS=5 bench/site-throughput.sh
#        BENCH_SEARCH_ONLY=1 bench/site-throughput.sh   (the search rows alone)
#        BENCH_SIZE=small|large bench/site-throughput.sh (20 x 200, or 100 x 1,000 = 100,000 items)
#        BENCH_DB=postgresql bench/site-throughput.sh   (a database made on BENCH_PG_HOST:BENCH_PG_PORT,
#                                                       default 127.0.0.1:5432, user postgres; dropped at the end)
#        BENCH_JAR=/path/to/meridian.jar ...            (another build, e.g. the baseline of an A/B pair)
#        BENCH_UNCACHED_ONLY=1 bench/site-throughput.sh (the uncached home, article and news rows alone,
#                                                       with the server's CPU time per request)
#        BENCH_HTTP_THREADS=4 ...                       (the servers' MERIDIAN_HTTP_THREADS; unset: Payara's pool)
#        BENCH_GC=-XX:+UseG1GC ...                      (the servers' collector; default the parallel one, as run.sh)
#        BENCH_WRK_PREFIX="nice -n -10" ...             (wrk's measuring runs before the server on the cores, as a
#                                                       client on another machine would; needs root)
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/find-jdk.sh # a JDK 21+ for Payara Micro 7, exported as JAVA_HOME and first on PATH

case "${BENCH_SIZE:-}" in
  small) size_offices=20 size_items=200 ;;
  large) size_offices=100 size_items=1000 ;;
  "") size_offices=50 size_items=200 ;;
  *) echo "BENCH_SIZE is small or large, not '$BENCH_SIZE'"; exit 1 ;;
esac
OFFICES=${BENCH_OFFICES:-$size_offices}
ITEMS=${BENCH_ITEMS:-$size_items}
JAR=${BENCH_JAR:-$PWD/modules/app/target/meridian.jar}
DB=${BENCH_DB:-h2}
case "$DB" in h2|postgresql) ;; *) echo "BENCH_DB is h2 or postgresql, not '$DB'"; exit 1 ;; esac
SECONDS_EACH=${BENCH_SECONDS:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-32}

need() {
  command -v "$1" >/dev/null 2>&1 && return
  echo "Installing $2 (Debian package) ..."
  if [ "$(id -u)" = 0 ]; then apt-get install -y "$2" >/dev/null; else sudo apt-get install -y "$2" >/dev/null; fi
}
need wrk wrk
need nginx nginx
[ -f "$JAR" ] || ./mvnw -B -q -DskipTests package

work=$(mktemp -d /tmp/meridian-bench.XXXXXX)
# BENCH_DB=postgresql: a database of its own on the local PostgreSQL, made here and dropped at the
# end (the servers of both halves of the run use it, as they share ./data/ on H2).
pg_db=""
db_env=()
if [ "$DB" = postgresql ]; then
  pg_host=${BENCH_PG_HOST:-127.0.0.1} pg_port=${BENCH_PG_PORT:-5432} pg_user=${BENCH_PG_USER:-postgres}
  pg_db="meridian_bench_$$"
  psql -q -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -c "create database $pg_db" >/dev/null
  db_env=(MERIDIAN_DB_URL="jdbc:postgresql://$pg_host:$pg_port/$pg_db" MERIDIAN_DB_USER="$pg_user")
fi
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
# Writes an nginx configuration to $1/nginx.conf for a server running in directory $1: two workers,
# no access log, and the http block's own lines from standard input.
nginx_config() {
  mkdir -p "$1/logs"
  { printf 'worker_processes 2;\npid %s/nginx.pid;\nerror_log %s/logs/error.log;\n' "$1" "$1"
    printf 'events { worker_connections 1024; }\nhttp {\n  access_log off;\n  include /etc/nginx/mime.types;\n'
    cat
    printf '}\n'; } > "$1/nginx.conf"
}
server_pid=""
nginx_conf=""
front_conf=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  [ -n "$front_conf" ] && nginx -c "$front_conf" -p "$work/front" -s stop 2>/dev/null || true
  [ -n "$nginx_conf" ] && nginx -c "$nginx_conf" -p "$work/nginx" -s stop 2>/dev/null || true
  if [ -n "$pg_db" ]; then
    sleep 1 # the server's connections close as it stops
    psql -q -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -c "drop database if exists $pg_db with (force)" >/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

start_server() { # $1 = page cache megabytes
  port=$(free_port)
  (cd "$work" && exec env "${db_env[@]}" MERIDIAN_PORT=$port MERIDIAN_DEMO_ENABLED=true \
     MERIDIAN_BENCH_OFFICES=$OFFICES MERIDIAN_BENCH_ITEMS=$ITEMS MERIDIAN_PASSWORD_ITERATIONS=1024 \
     MERIDIAN_SITE_CACHE_MEGABYTES=$1 ${BENCH_HTTP_THREADS:+MERIDIAN_HTTP_THREADS=$BENCH_HTTP_THREADS} java -Xmx512m ${BENCH_GC:--XX:+UseParallelGC} ${BENCH_JAVA_OPTIONS:-} -jar "$JAR" \
     > "$work/server-$1.log" 2>&1) &
  server_pid=$!
  for _ in $(seq 1 3600); do
    grep -q "Meridian is running" "$work/server-$1.log" 2>/dev/null && return
    grep -q "Meridian cannot start" "$work/server-$1.log" 2>/dev/null && { tail -5 "$work/server-$1.log"; exit 1; }
    sleep 1
  done
  echo "The server did not start"; exit 1
}
stop_server() { kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""; }

# Lets the JIT compile the paths under test before anything is measured. Payara's request path is
# long: on two cores shared with wrk the rate keeps climbing for a minute or two, with flat
# stretches on the way (a fixed 8 s per page measured pages at a third of their steady rate).
# Rounds of 4 s on every page run for at least BENCH_WARMUP_SECONDS (default 120), then until a
# round's total rate is within 5 % of the round before (at most BENCH_WARMUP_ROUNDS, default 30).
warm_up() {
  local previous=0 round total rate started=$SECONDS
  for round in $(seq 1 "${BENCH_WARMUP_ROUNDS:-30}"); do
    total=0
    for url in "$@"; do
      rate=$(wrk -t2 -c"$CONNECTIONS" -d4s "$url" | awk '/Requests\/sec/ { print int($2) }')
      total=$(( total + ${rate:-0} ))
    done
    if [ $(( SECONDS - started )) -ge "${BENCH_WARMUP_SECONDS:-120}" ] \
        && awk -v a="$total" -v b="$previous" 'BEGIN { exit !(b > 0 && a < b * 1.05 && a > b * 0.95) }'; then
      echo "  warm after $round rounds, $(( SECONDS - started )) s ($total requests/s over ${#} pages)"
      return
    fi
    previous=$total
  done
  echo "  still warming after $round rounds ($total requests/s over ${#} pages): figures may be low"
}

# wrk's figures: requests/s, p50 ms, p99 ms, p95 ms (bench/percentiles.lua)
measure() {
  ${BENCH_WRK_PREFIX:-} wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -s bench/percentiles.lua "$1" > "$work/wrk.txt"
  awk '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /Requests\/sec/ { rps=$2 }
    /^ +50%/ { p50=ms($2) }
    /^ +99%/ { p99=ms($2) }
    /^p95_us/ { p95=$2/1000 }
    /Non-2xx/ { bad=$NF }
    END { if (bad > 0) { print "non-2xx responses: " bad > "/dev/stderr"; exit 1 } printf "%s %.2f %.2f %.2f\n", rps, p50, p99, p95 }' "$work/wrk.txt" \
    || { cat "$work/wrk.txt" >&2; curl -s -i "$1" | head -5 >&2; exit 1; }
}

# The server's CPU time (user + system, in clock ticks) from /proc.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$server_pid/stat"; }
# On PostgreSQL, the CPU time of every PostgreSQL process of this machine (the server's backends
# and the database's own workers); on H2 the database runs inside the server and counts there.
db_ticks() {
  [ "$DB" = postgresql ] || { echo 0; return; }
  for stat in /proc/[0-9]*/stat; do
    # (A process may end while it is read; "|| true": under pipefail a last entry that is not
    # PostgreSQL's would otherwise end the benchmark.)
    { read -r comm < "${stat%stat}comm" && [ "$comm" = postgres ] && cat "$stat"; } 2>/dev/null || true
  done | awk '{ sum += $14 + $15 } END { print sum + 0 }'
}
# "| <server CPU ms per request> | <database CPU ms per request or ->" for ticks around a wrk run.
cpu_cells() { # $1 server ticks, $2 database ticks
  requests=$(awk '/requests in/ { print $1 }' "$work/wrk.txt")
  awk -v t="$1" -v d="$2" -v r="$requests" -v hz="$(getconf CLK_TCK)" -v db="$DB" 'BEGIN {
    printf "%.3f | %s", t * 1000 / hz / r, db == "postgresql" ? sprintf("%.3f", d * 1000 / hz / r) : "-" }'
}

echo "Loading the benchmark network ($OFFICES offices x $ITEMS news items, $DB) and starting Meridian ..."
if [ -n "${BENCH_UNCACHED_ONLY:-}" ]; then
  # BENCH_UNCACHED_ONLY=1: the uncached rows alone (the page cache off), each with the server's CPU
  # time per request, which a machine shared with other work disturbs less than the rate does.
  start_server 0
  # The planner's statistics, as below.
  [ "$DB" = postgresql ] && vacuumdb -q -z -h "$pg_host" -p "$pg_port" -U "$pg_user" "$pg_db"
  office="bench-$(( OFFICES < 7 ? OFFICES : 7 ))"
  story="story-$(( ITEMS < 42 ? ITEMS : 42 ))"
  base="http://127.0.0.1:$port/$office/en"
  for url in "$base/" "$base/$story" "$base/news"; do curl -sf -o /dev/null "$url"; done
  warm_up "$base/" "$base/$story" "$base/news"
  echo "| page | requests/s | p50 ms | p95 ms | p99 ms | server CPU ms per request | database CPU ms per request |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
  for page in "" "$story" "news"; do
    before=$(cpu_ticks) db_before=$(db_ticks)
    read -r rps p50 p99 p95 <<< "$(measure "$base/$page")"
    after=$(cpu_ticks) db_after=$(db_ticks)
    echo "| /${page:-(home)} | $rps | $p50 | $p95 | $p99 | $(cpu_cells $(( after - before )) $(( db_after - db_before ))) |"
  done
  stop_server
  exit 0
fi
start_server 64
grep -o "Loaded the benchmark network.*" "$work/server-64.log" || echo "(network already loaded)"
if [ "$DB" = postgresql ]; then
  # Statistics for the freshly loaded tables, as autovacuum would gather them: this machine's
  # PostgreSQL runs without autovacuum, and on tables it has never analysed the planner guesses
  # one row per office (a search then joined 1,000 documents to 1,000 items one by one).
  vacuumdb -q -z -h "$pg_host" -p "$pg_port" -U "$pg_user" "$pg_db"
fi
office="bench-$(( OFFICES < 7 ? OFFICES : 7 ))"
story="story-$(( ITEMS < 42 ? ITEMS : 42 ))"
base="http://127.0.0.1:$port"
home="$base/$office/en/"
article="$base/$office/en/$story"
news="$base/$office/en/news"
search="$base/$office/en/search?q=benchmark+story"
curl -sf "$article" > "$work/article.html"
for url in "$home" "$article" "$news"; do curl -sf -o /dev/null "$url"; done
if [ -n "${BENCH_SEARCH_ONLY:-}" ]; then
  # BENCH_SEARCH_ONLY=1: the search rows alone, on this server (a few minutes instead of 15): the
  # query of the full run, a query with accents, and one with OR, a phrase and a prefix.
  accented="$base/$office/en/search?q=B%C3%A9nchmark+st%C3%B3ry"
  operators="$base/$office/en/search?q=%22benchmark+story%22+or+bench*"
  warm_up "$search" "$accented" "$operators"
  echo "| query | requests/s | p50 ms | p95 ms | p99 ms | server CPU ms per request | database CPU ms per request |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
  for url in "$search" "$accented" "$operators"; do
    before=$(cpu_ticks) db_before=$(db_ticks)
    read -r rps p50 p99 p95 <<< "$(measure "$url")"
    after=$(cpu_ticks) db_after=$(db_ticks)
    echo "| ${url#*q=} | $rps | $p50 | $p95 | $p99 | $(cpu_cells $(( after - before )) $(( db_after - db_before ))) |"
  done
  stop_server # before the exit's clean-up removes its folder
  exit 0
fi
warm_up "$home" "$article" "$news" "$search"

declare -A results
results[home-cached]=$(measure "$home")
results[article-cached]=$(measure "$article")
results[news-cached]=$(measure "$news")
# Search pages are never kept in the page cache (docs/content.md, "Search"): one row.
results[search]=$(measure "$search")

# The same pages through the front of docker/compose.yaml: nginx with docker/front's files, which
# keeps a public page one second and then revalidates it with Meridian.
echo "Putting the nginx front (docker/front) before Meridian ..."
front_port=$(free_port)
mkdir -p "$work/front"
chmod 755 "$work" "$work/front"
front_conf="$work/front/nginx.conf"
nginx_config "$work/front" <<CONF
  include $PWD/docker/front/meridian-http.conf;
  proxy_cache_path $work/front/cache levels=1:2 keys_zone=meridian_pages:16m max_size=256m
                   inactive=10m use_temp_path=off;
  upstream meridian { server 127.0.0.1:$port; keepalive 32; }
  server { listen 127.0.0.1:$front_port; include $PWD/docker/front/meridian-site.conf; }
CONF
nginx -c "$front_conf" -p "$work/front"
front="http://127.0.0.1:$front_port/$office/en"
curl -sf -o /dev/null "$front/$story"
# Kept: answered from the front's cache, or (when more than its second has passed, as on a busy
# machine) revalidated with Meridian, which answered 304.
curl -sfI "$front/$story" | grep -qiE "X-Front-Cache: (HIT|REVALIDATED)" \
  || { echo "The front did not keep the article"; curl -sI "$front/$story"; exit 1; }
for url in "$front/" "$front/$story" "$front/news"; do wrk -t2 -c"$CONNECTIONS" -d3s "$url" > /dev/null; done
results[home-front]=$(measure "$front/")
results[article-front]=$(measure "$front/$story")
results[news-front]=$(measure "$front/news")
# What a visitor's phone downloads for each page, compressed by the front (no hero image: the
# benchmark's items have none; the CSS is inline; the benchmark's offices have no logo).
weights=""
for page in "" "$story" "news"; do
  weights+=" /${page:-(home)} $(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$front/$page") B"
  weights+=" ($(curl -s -o /dev/null -w '%{size_download}' "$front/$page") B uncompressed);"
done
nginx -c "$front_conf" -p "$work/front" -s stop 2>/dev/null
front_conf=""
stop_server

echo "Restarting with the page cache off ..."
start_server 0
base="http://127.0.0.1:$port"
warm_up "$base/$office/en/" "$base/$office/en/$story" "$base/$office/en/news"
results[home-uncached]=$(measure "$base/$office/en/")
results[article-uncached]=$(measure "$base/$office/en/$story")
results[news-uncached]=$(measure "$base/$office/en/news")
stop_server

mkdir -p "$work/nginx/html" "$work/nginx/logs"
cp "$work/article.html" "$work/nginx/html/article.html"
# nginx's workers run as an unprivileged user: let them read the file.
chmod 755 "$work" "$work/nginx" "$work/nginx/html"
chmod 644 "$work/nginx/html/article.html"
nginx_port=$(free_port)
nginx_conf="$work/nginx/nginx.conf"
nginx_config "$work/nginx" <<CONF
  server { listen 127.0.0.1:$nginx_port; root $work/nginx/html; }
CONF
nginx -c "$nginx_conf" -p "$work/nginx"
results[static]=$(measure "http://127.0.0.1:$nginx_port/article.html")

read -r static_rps _ _ _ <<< "${results[static]}"
printf '\n%-22s %12s %10s %10s %10s %18s\n' "page" "requests/s" "p50 ms" "p95 ms" "p99 ms" "rate vs static"
for key in static home-front article-front news-front home-cached article-cached news-cached \
  home-uncached article-uncached news-uncached search; do
  read -r rps p50 p99 p95 <<< "${results[$key]}"
  printf '%-22s %12s %10s %10s %10s %17.2fx\n' "$key" "$rps" "$p50" "$p95" "$p99" "$(awk -v a="$rps" -v b="$static_rps" 'BEGIN { print a / b }')"
done
echo
echo "($OFFICES offices x $ITEMS items on $DB; wrk -t2 -c$CONNECTIONS -d${SECONDS_EACH}s; article $(wc -c < "$work/article.html") bytes;"
echo " -front: through nginx with docker/front's configuration, pages kept 1 s then revalidated;"
echo " -cached: Meridian's own page cache; -uncached: rendered on every request; search: never cached)"
echo "Transferred through the front, gzip:$weights"
