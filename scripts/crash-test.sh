#!/usr/bin/env bash
# Crash test: the packaged service takes 200 value reports, 200 questions, 20 registrations and 20 value proposals from
# 16 concurrent clients, is killed with SIGKILL right after the last answer, and is restarted on the same data; prints
# how many of each survived, on the embedded H2 and on PostgreSQL (127.0.0.1:5432, database "test", trust auth).
# It is CrashRecoveryTest, run against the jar of your choice:
#   scripts/crash-test.sh                  # channels/target/assistant.jar, packaged first when missing
#   CRASH_JAR=/tmp/old.jar scripts/crash-test.sh   # an older build, to compare
set -euo pipefail
cd "$(dirname "$0")/.."
JAR="${CRASH_JAR:-channels/target/assistant.jar}"
[ -f "$JAR" ] || ./mvnw -B -q -DskipTests package
JAR="$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")"
LOG="$(mktemp)"
trap 'rm -f "$LOG"' EXIT
status=0
./mvnw -B test -pl knowledge,assistant,channels -Dtest=CrashRecoveryTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dassistant.jar="$JAR" >"$LOG" 2>&1 || status=$?
grep -a "crash test on" "$LOG" || { tail -50 "$LOG"; }
[ "$status" -eq 0 ] && echo "every acknowledged write survived" || echo "acknowledged writes were lost (or the test failed): see above"
exit "$status"
