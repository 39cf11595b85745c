#!/usr/bin/env bash
# Benchmark of syndication (issue 8): starts Meridian on a fresh embedded database with the demo
# network plus BENCH_OFFICES offices (default 500), then, inside the server, measures in the same
# run: the baseline (one plain item created and published in each office), HQ sharing an item with
# every office until the background fan-out has made every copy, and HQ publishing a new revision
# until every copy has followed. Prints the figures per office and as ratios to the baseline.
#
# Usage: bench/syndication-fanout.sh        (500 offices)
#        BENCH_OFFICES=100 bench/syndication-fanout.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/find-jdk.sh # a JDK 21+ for Payara Micro 7, exported as JAVA_HOME and first on PATH

OFFICES=${BENCH_OFFICES:-500}
[ -f modules/app/target/meridian.jar ] || ./mvnw -B -q -DskipTests package

work=$(mktemp -d /tmp/meridian-bench.XXXXXX)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

port=$(free_port)
echo "Starting Meridian with the demo network and $OFFICES more offices (this takes a few minutes) ..."
(cd "$work" && MERIDIAN_PORT=$port MERIDIAN_DEMO_ENABLED=true MERIDIAN_BENCH_SYNDICATION_OFFICES=$OFFICES \
   exec java -Xmx1g -jar "$OLDPWD/modules/app/target/meridian.jar" > "$work/server.log" 2>&1) &
server_pid=$!
for _ in $(seq 1 3600); do
  grep -q "Meridian is running" "$work/server.log" 2>/dev/null && break
  grep -q "Meridian cannot start" "$work/server.log" 2>/dev/null && { tail -5 "$work/server.log"; exit 1; }
  if ! kill -0 "$server_pid" 2>/dev/null; then tail -20 "$work/server.log"; exit 1; fi
  sleep 1
done
grep -q "Syndication benchmark:" "$work/server.log" || { echo "No benchmark figures in the log"; tail -20 "$work/server.log"; exit 1; }
# The figures: the benchmark's log message and its indented lines.
awk '/Syndication benchmark:/ { on=1; sub(/.*Syndication benchmark:/, "Syndication benchmark:") } on && /^\[/ && !/Syndication benchmark:/ { on=0 } on { sub(/\]\]$/, ""); print }' "$work/server.log"
