# shellcheck shell=sh
# Finds a JDK 21 or newer for Meridian (Payara Micro 7 needs Java 21+) and exports JAVA_HOME to it.
# Sourced (". .mvn/find-jdk.sh") by ./mvnw, ./run.sh and .ci/run, so the README's two commands and CI
# use the same JDK. Looks, in order, at:
#   1. JAVA_HOME, when it is a JDK 21+;
#   2. the `java` on PATH, when it belongs to a JDK 21+;
#   3. the newest JDK 21+ in /usr/lib/jvm (Debian's openjdk-21-jdk, Temurin packages or tarballs
#      unpacked there, e.g. /usr/lib/jvm/temurin-25-jdk-amd64), then macOS's java_home.
# When none is found it prints one line saying how to install one and exits with status 1.
# MERIDIAN_JDK_SEARCH overrides the folder of step 3 (the tests of this script use it).

# The major version of the JDK in $1 (0 when $1 is not a JDK: a JRE has no javac, which Maven needs).
meridian_jdk_major() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || { echo 0; return; }
  meridian_jdk_version=""
  if [ -r "$1/release" ]; then
    meridian_jdk_version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$1/release")
  fi
  if [ -z "$meridian_jdk_version" ]; then
    meridian_jdk_version=$("$1/bin/java" -version 2>&1 | sed -n '1s/.*version "\([^"]*\)".*/\1/p')
  fi
  case "$meridian_jdk_version" in
    1.*) echo 0 ;; # 1.8 and older
    [0-9]*) echo "${meridian_jdk_version%%[!0-9]*}" ;;
    *) echo 0 ;;
  esac
}

meridian_find_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ "$(meridian_jdk_major "$JAVA_HOME")" -ge 21 ]; then
    return 0
  fi
  meridian_jdk_old="${JAVA_HOME-}"
  meridian_jdk_found=""
  if command -v java >/dev/null 2>&1; then
    meridian_jdk_candidate=$(dirname "$(dirname "$(readlink -f "$(command -v java)" 2>/dev/null || command -v java)")")
    if [ "$(meridian_jdk_major "$meridian_jdk_candidate")" -ge 21 ]; then
      meridian_jdk_found=$meridian_jdk_candidate
    fi
  fi
  if [ -z "$meridian_jdk_found" ]; then
    meridian_jdk_best=0
    for meridian_jdk_candidate in "${MERIDIAN_JDK_SEARCH:-/usr/lib/jvm}"/*; do
      meridian_jdk_major_found=$(meridian_jdk_major "$meridian_jdk_candidate")
      if [ "$meridian_jdk_major_found" -ge 21 ] && [ "$meridian_jdk_major_found" -gt "$meridian_jdk_best" ]; then
        meridian_jdk_best=$meridian_jdk_major_found
        meridian_jdk_found=$meridian_jdk_candidate
      fi
    done
  fi
  if [ -z "$meridian_jdk_found" ] && [ -z "${MERIDIAN_JDK_SEARCH-}" ] && [ -x /usr/libexec/java_home ]; then
    meridian_jdk_found=$(/usr/libexec/java_home -v 21+ 2>/dev/null || true)
  fi
  if [ -z "$meridian_jdk_found" ]; then
    echo "Meridian needs a JDK 21 or newer (Payara Micro 7) and found none in JAVA_HOME, on PATH or in ${MERIDIAN_JDK_SEARCH:-/usr/lib/jvm}: install one (Debian 13/Ubuntu 24.04: sudo apt-get install openjdk-21-jdk; Debian 12: Temurin 21 or 25 from https://adoptium.net/installation/linux/) or set JAVA_HOME to it" >&2
    return 1
  fi
  if [ -n "$meridian_jdk_old" ]; then
    echo "Meridian needs a JDK 21+: JAVA_HOME=$meridian_jdk_old is not one, using $meridian_jdk_found" >&2
  fi
  JAVA_HOME=$meridian_jdk_found
  export JAVA_HOME
}

meridian_find_jdk || exit 1
PATH="$JAVA_HOME/bin:$PATH"
export PATH
