#!/usr/bin/env bash
# Benchmark of the public sites (issue 6): loads a network of BENCH_OFFICES offices with BENCH_ITEMS
# published news items each, then measures requests per second and p50/p99 latency with wrk for a
# home page, an article and a news list, cached and uncached (the page cache off), against the same
# article's bytes served as a static file by nginx in the same run. Prints a table with ratios.
#
# Usage: bench/site-throughput.sh            (50 offices x 200 items, 10 s per measurement)
#        BENCH_OFFICES=10 BENCH_ITEMS=50 BENCH_SECONDS=5 bench/site-throughput.sh
set -euo pipefail
cd "$(dirname "$0")/.."

OFFICES=${BENCH_OFFICES:-50}
ITEMS=${BENCH_ITEMS:-200}
SECONDS_EACH=${BENCH_SECONDS:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-32}

need() {
  command -v "$1" >/dev/null 2>&1 && return
  echo "Installing $2 (Debian package) ..."
  if [ "$(id -u)" = 0 ]; then apt-get install -y "$2" >/dev/null; else sudo apt-get install -y "$2" >/dev/null; fi
}
need wrk wrk
need nginx nginx
[ -f modules/app/target/meridian.jar ] || ./mvnw -B -q -DskipTests package

work=$(mktemp -d /tmp/meridian-bench.XXXXXX)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
server_pid=""
nginx_conf=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  [ -n "$nginx_conf" ] && nginx -c "$nginx_conf" -p "$work/nginx" -s stop 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

start_server() { # $1 = page cache megabytes
  port=$(free_port)
  (cd "$work" && MERIDIAN_PORT=$port MERIDIAN_BENCH_OFFICES=$OFFICES MERIDIAN_BENCH_ITEMS=$ITEMS \
     MERIDIAN_SITE_CACHE_MEGABYTES=$1 exec java -Xmx512m -jar "$OLDPWD/modules/app/target/meridian.jar" \
     > "$work/server-$1.log" 2>&1) &
  server_pid=$!
  for _ in $(seq 1 900); do
    grep -q "Meridian is running" "$work/server-$1.log" 2>/dev/null && return
    grep -q "Meridian cannot start" "$work/server-$1.log" 2>/dev/null && { tail -5 "$work/server-$1.log"; exit 1; }
    sleep 1
  done
  echo "The server did not start"; exit 1
}
stop_server() { kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""; }

# Lets the JIT compile the paths under test before anything is measured (two rounds: the first
# round alone left the first measured page at half its steady rate).
warm_up() {
  for _ in 1 2; do
    for url in "$@"; do wrk -t2 -c"$CONNECTIONS" -d4s "$url" > /dev/null; done
  done
}

# wrk's figures: requests/s, p50 ms, p99 ms
measure() {
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency "$1" > "$work/wrk.txt"
  awk '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /Requests\/sec/ { rps=$2 }
    /^ +50%/ { p50=ms($2) }
    /^ +99%/ { p99=ms($2) }
    /Non-2xx/ { bad=$NF }
    END { if (bad > 0) { print "non-2xx responses: " bad > "/dev/stderr"; exit 1 } printf "%s %.2f %.2f\n", rps, p50, p99 }' "$work/wrk.txt" \
    || { cat "$work/wrk.txt" >&2; curl -s -i "$1" | head -5 >&2; exit 1; }
}

echo "Loading the benchmark network ($OFFICES offices x $ITEMS news items) and starting Meridian ..."
start_server 64
grep -o "Loaded the benchmark network.*" "$work/server-64.log" || echo "(network already loaded)"
office="bench-$(( OFFICES < 7 ? OFFICES : 7 ))"
story="story-$(( ITEMS < 42 ? ITEMS : 42 ))"
base="http://127.0.0.1:$port"
home="$base/$office/en/"
article="$base/$office/en/$story"
news="$base/$office/en/news"
search="$base/$office/en/search?q=benchmark+story"
curl -sf "$article" > "$work/article.html"
for url in "$home" "$article" "$news"; do curl -sf -o /dev/null "$url"; done
warm_up "$home" "$article" "$news" "$search"

declare -A results
results[home-cached]=$(measure "$home")
results[article-cached]=$(measure "$article")
results[news-cached]=$(measure "$news")
# Search pages are never kept in the page cache (docs/content.md, "Search"): one row.
results[search]=$(measure "$search")
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
cat > "$nginx_conf" <<CONF
worker_processes 2;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  include /etc/nginx/mime.types;
  server { listen 127.0.0.1:$nginx_port; root $work/nginx/html; }
}
CONF
nginx -c "$nginx_conf" -p "$work/nginx"
results[static]=$(measure "http://127.0.0.1:$nginx_port/article.html")

read -r static_rps _ _ <<< "${results[static]}"
printf '\n%-22s %12s %10s %10s %18s\n' "page" "requests/s" "p50 ms" "p99 ms" "rate vs static"
for key in static home-cached article-cached news-cached home-uncached article-uncached news-uncached search; do
  read -r rps p50 p99 <<< "${results[$key]}"
  printf '%-22s %12s %10s %10s %17.2fx\n' "$key" "$rps" "$p50" "$p99" "$(awk -v a="$rps" -v b="$static_rps" 'BEGIN { print a / b }')"
done
echo
echo "($OFFICES offices x $ITEMS items; wrk -t2 -c$CONNECTIONS -d${SECONDS_EACH}s; article $(wc -c < "$work/article.html") bytes; search for benchmark story, never cached)"
