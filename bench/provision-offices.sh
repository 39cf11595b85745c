#!/usr/bin/env sh
# Measures how long HQ takes to create offices from the blueprint through the console.
# Usage: bench/provision-offices.sh [number of offices, default 100]
set -e
cd "$(dirname "$0")/.."
. .mvn/find-jdk.sh # a JDK 21+ for Payara Micro 7, exported as JAVA_HOME and first on PATH
[ -f modules/app/target/meridian.jar ] || ./mvnw -B -q -DskipTests package
exec java bench/ProvisionOffices.java "${1:-100}" modules/app/target/meridian.jar
