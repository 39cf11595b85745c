#!/usr/bin/env sh
# Measures how long HQ takes to create offices from the blueprint through the console.
# Usage: bench/provision-offices.sh [number of offices, default 100]
set -e
cd "$(dirname "$0")/.."
[ -f modules/app/target/meridian.jar ] || ./mvnw -B -q -DskipTests package
exec java bench/ProvisionOffices.java "${1:-100}" modules/app/target/meridian.jar
