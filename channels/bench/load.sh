#!/usr/bin/env bash
# Load benchmark: wrk (a separate process) against the packaged app on 127.0.0.1.
# POST /api/chat at 1, 16 and 64 connections, and the trivial GET /ping of the same server in the same run.
# Usage: channels/bench/load.sh [seconds per run, default 15] [distinct]
#   distinct: 300 distinct questions (chat-distinct.lua) with the answer cache off, so every answer is worked out
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION="${1:-15}"
SCRIPT=channels/bench/chat.lua
CACHE="${ASSISTANT_ANSWER_CACHE_SIZE:-2000}"
if [ "${2:-}" = "distinct" ]; then
  SCRIPT=channels/bench/chat-distinct.lua
  CACHE=0
fi
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
[ -f channels/target/assistant.jar ] || ./mvnw -B -q -DskipTests package
DATA="$(mktemp -d)"
PORT="${BENCH_PORT:-18080}"
# the rate limit would refuse a load generator on one address: off for the benchmark
ASSISTANT_DATA_DIR="$DATA" PORT="$PORT" ASSISTANT_RATE_LIMIT_PER_USER=0 ASSISTANT_ANSWER_CACHE_SIZE="$CACHE" \
  java -Xms512m -Xmx512m -jar channels/target/assistant.jar >"$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/ping" >/dev/null 2>&1 && break
  sleep 0.5
done
BASE="http://127.0.0.1:$PORT"
# warm-up: JIT, connection pools, index caches
wrk -t2 -c16 -d10s -s "$SCRIPT" "$BASE/api/chat" >/dev/null
wrk -t2 -c16 -d5s "$BASE/ping" >/dev/null

run() { # name connections url [script]
  local out threads=$(( $2 < 2 ? 1 : 2 ))
  if [ -n "${4:-}" ]; then
    out=$(wrk -t"$threads" -c"$2" -d"${DURATION}s" --latency -s "$4" "$3")
  else
    out=$(wrk -t"$threads" -c"$2" -d"${DURATION}s" --latency "$3")
  fi
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  printf '%-8s %4s conn  %10s req/s  p50 %9s  p99 %9s  non-2xx %s\n' "$1" "$2" "$rps" "$p50" "$p99" "${errors:-0}"
  echo "$rps" >"$DATA/$1-$2"
}
echo "wrk ${DURATION}s per run, $SCRIPT, answer cache $CACHE, app: $(nproc) cores shared with wrk"
for c in 1 16 64; do
  run chat "$c" "$BASE/api/chat" "$SCRIPT"
  run trivial "$c" "$BASE/ping"
done
for c in 1 16 64; do
  awk -v c="$c" -v a="$(cat "$DATA/chat-$c")" -v b="$(cat "$DATA/trivial-$c")" \
    'BEGIN { printf "ratio chat/trivial at %2d connections: %.1f%%\n", c, 100 * a / b }'
done
