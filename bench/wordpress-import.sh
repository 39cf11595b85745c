#!/usr/bin/env sh
# A large WordPress export through the command line (bench/README.md, "WordPress import"): starts meridian.jar with a
# small heap on a fresh embedded database, creates an empty office from an archive of its settings, then runs
# `import-wordpress` on the export (a dry run, the import, the import again), timing each and sampling the server's
# heap with jstat every half second.
#   bench/wordpress-import.sh <export.xml> <uploads folder>
# The export: modules/content/src/test/resources/org/meridian/content/wordpress/real/make-export.php with 4000 extra posts (its README).
# BENCH_HEAP (512m), BENCH_JAR (modules/app/target/meridian.jar).
set -e
cd "$(dirname "$0")/.."
. .mvn/find-jdk.sh
export_xml=$(realpath "$1"); uploads=$(realpath "$2")
jar=$(realpath "${BENCH_JAR:-modules/app/target/meridian.jar}")
work=$(mktemp -d /tmp/meridian-wp-bench.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
admin=bench.admin@example.org; password=bench-wordpress-password-1
( cd "$work" && MERIDIAN_PORT=$port MERIDIAN_ADMIN_EMAIL=$admin MERIDIAN_ADMIN_PASSWORD=$password \
    MERIDIAN_PASSWORD_ITERATIONS=1024 exec java -Xmx"${BENCH_HEAP:-512m}" -jar "$jar" > server.log 2>&1 ) &
pid=$! # the server itself (the subshell exec'd it)
trap 'kill $pid 2>/dev/null' EXIT
until grep -q 'Meridian is running' "$work/server.log" 2>/dev/null; do sleep 1; done
export MERIDIAN_ARCHIVE_SERVER=http://localhost:$port MERIDIAN_ARCHIVE_EMAIL=$admin MERIDIAN_ARCHIVE_PASSWORD=$password
mkdir "$work/office" && cd "$work/office"
echo '{"code":"harbour","type":"COUNTRY","languages":["en"],"timeZone":"UTC","names":{"en":"Harbour Aid"},"contact":{}}' > office.json
for f in tags themes media items menus; do echo '[]' > $f.json; done
echo '{"format":"meridian-office-archive","version":1,"about":{"office":"harbour"},"counts":{}}' > manifest.json
zip -q ../office.zip *.json && cd "$work"
java -jar "$jar" import office.zip > /dev/null
step() {
  name=$1; shift
  peak=0; ( while kill -0 $pid 2>/dev/null; do jstat -gc $pid | awk 'NR==2 {print int(($3+$4+$6+$8)/1024)}'; sleep 0.5; done ) > heap.$$ &
  sampler=$!
  start=$(date +%s.%N)
  java -jar "$jar" import-wordpress "$export_xml" --office harbour --uploads "$uploads" "$@" > "$name.txt" 2>&1 || true
  end=$(date +%s.%N)
  kill $sampler; peak=$(sort -n heap.$$ | tail -1); rm -f heap.$$
  printf '%s: %.1f s, server heap in use at most %s MB; %s\n' "$name" "$(echo "$end - $start" | bc)" "$peak" \
    "$(grep -E 'created|skipped|Would import news' "$name.txt" | head -3 | tr '\n' ' ')"
}
step dry-run --dry-run
step import
step again
echo "work folder (server.log, reports): $work"
