#!/usr/bin/env sh
# Builds Meridian and starts it on http://localhost:8080 (or $MERIDIAN_PORT) with the embedded
# database in ./data/ and the demo network. Stop it with Ctrl+C.
set -e
cd "$(dirname "$0")"
# A JDK 21+ for the build and the server (Payara Micro 7), or one line saying how to install one.
. .mvn/find-jdk.sh
./mvnw -B -q -DskipTests package
# The demo network: offices, people and content to look at (production leaves it off).
MERIDIAN_DEMO_ENABLED=${MERIDIAN_DEMO_ENABLED:-true}
export MERIDIAN_DEMO_ENABLED
exec "$JAVA_HOME/bin/java" ${MERIDIAN_JAVA_OPTS:--Xmx512m -XX:+UseParallelGC} -jar modules/app/target/meridian.jar "$@"
