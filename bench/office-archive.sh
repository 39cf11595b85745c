#!/usr/bin/env sh
# Office archives at size: an archive of 10,000 items and media is imported, imported again and exported through the
# command line against a server with a small heap; prints time and peak heap of each (bench/README.md).
# BENCH_ITEMS (10000), BENCH_IMAGES (400), BENCH_IMAGE_KB (500), BENCH_HEAP (512m), BENCH_DISTINCT_IMAGES (= BENCH_IMAGES:
# fewer draws that many pictures and repeats them as distinct files, each with a JPEG comment of its own),
# BENCH_ARCHIVE (an archive written by an earlier run, in the work folder it prints: imported instead of a new one),
# BENCH_JAR (another build, the baseline of an A/B pair), BENCH_SERVER_OPTS (more options for the server's JVM, such as
# a flight recording). Each import prints its phases' times, and the media files' rate.
set -e
cd "$(dirname "$0")/.."
. .mvn/find-jdk.sh # a JDK 21+ for Payara Micro 7, exported as JAVA_HOME and first on PATH
jar=${BENCH_JAR:-modules/app/target/meridian.jar}
[ -f "$jar" ] || ./mvnw -B -q -DskipTests package
exec java bench/OfficeArchiveBench.java "$jar"
