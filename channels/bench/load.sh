#!/usr/bin/env bash
# Load benchmark: wrk (a separate process) against the packaged app on 127.0.0.1.
# POST /api/chat at 1, 16 and 64 connections, and the trivial GET /ping of the same server in the same run.
# Usage: channels/bench/load.sh [seconds per run, default 15] [distinct]
#   distinct: 300 distinct questions (chat-distinct.lua) with the answer cache off, so every answer is worked out
# Environment:
#   BENCH_JAR          one jar or several, space-separated (default channels/target/assistant.jar): several are
#                      measured in turns in the same run, so an old and a new build meet the same machine load
#   BENCH_CONNECTIONS  connection counts (default "1 16 64")
#   BENCH_REPEAT       rounds (default 1); with more, each figure is the median of the rounds
#   BENCH_WARMUP       seconds of chat before measuring (default 30): on 2 shared cores the JIT was still compiling
#                      (a third of the CPU) after 10 s, so a shorter warm-up measures the compiler, not the service
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION="${1:-15}"
SCRIPT=channels/bench/chat.lua
CACHE="${ASSISTANT_ANSWER_CACHE_SIZE:-2000}"
if [ "${2:-}" = "distinct" ]; then
  SCRIPT=channels/bench/chat-distinct.lua
  CACHE=0
fi
JARS="${BENCH_JAR:-channels/target/assistant.jar}"
CONNECTIONS="${BENCH_CONNECTIONS:-1 16 64}"
REPEAT="${BENCH_REPEAT:-1}"
WARMUP="${BENCH_WARMUP:-30}"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
[ "$JARS" != channels/target/assistant.jar ] || [ -f channels/target/assistant.jar ] || ./mvnw -B -q -DskipTests package
RESULTS="$(mktemp -d)"
PORT="${BENCH_PORT:-18080}"
APP=""
DATA=""
stop_app() {
  if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; fi
  if [ -n "$DATA" ]; then rm -rf "$DATA"; fi
  APP=""
  DATA=""
}
trap 'stop_app; rm -rf "$RESULTS"' EXIT

start_app() { # jar
  DATA="$(mktemp -d)"
  # the rate limit would refuse a load generator on one address: off for the benchmark
  ASSISTANT_DATA_DIR="$DATA" PORT="$PORT" ASSISTANT_RATE_LIMIT_PER_USER=0 ASSISTANT_ANSWER_CACHE_SIZE="$CACHE" \
    java -Xms512m -Xmx512m -jar "$1" >"$DATA/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$PORT/ping" >/dev/null 2>&1 && break
    sleep 0.5
  done
  # warm-up: JIT, connection pools, index caches
  wrk -t2 -c16 -d"${WARMUP}s" -s "$SCRIPT" "http://127.0.0.1:$PORT/api/chat" >/dev/null
  wrk -t2 -c16 -d5s "http://127.0.0.1:$PORT/ping" >/dev/null
}

ms() { # a wrk latency (850.00us, 12.34ms, 1.20s) in milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n *= 1; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

cpu_ticks() { # the app's user + system CPU time, in clock ticks
  awk '{ print $14 + $15 }' "/proc/$APP/stat"
}

run() { # jar-number name connections url [script]
  local out threads=$(( $3 < 2 ? 1 : 2 )) cpu0
  cpu0=$(cpu_ticks)
  if [ -n "${5:-}" ]; then
    out=$(wrk -t"$threads" -c"$3" -d"${DURATION}s" --latency -s "$5" "$4")
  else
    out=$(wrk -t"$threads" -c"$3" -d"${DURATION}s" --latency "$4")
  fi
  local rps p50 p99 errors cpu
  # CPU per request does not depend on the neighbours' load as much as requests per second do
  cpu=$(awk -v t="$(( $(cpu_ticks) - cpu0 ))" -v hz="$(getconf CLK_TCK)" '/requests in/ { printf "%.2f", 1000 * t / hz / $1 }' <<<"$out")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx/ {print $5}' <<<"$out")
  printf 'jar %s  %-8s %4s conn  %10s req/s  p50 %9s  p99 %9s  non-2xx %s  app CPU %s ms/request\n' "$1" "$2" "$3" "$rps" "$p50" "$p99" "${errors:-0}" "$cpu"
  echo "$rps $(ms "$p50") $(ms "$p99")" >>"$RESULTS/$1-$2-$3"
}

median() { # column file
  awk -v c="$1" '{ print $c }' "$2" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

echo "wrk ${DURATION}s per run, $SCRIPT, answer cache $CACHE, $REPEAT round(s), app: $(nproc) cores shared with wrk"
n=0
for jar in $JARS; do n=$((n + 1)); echo "jar $n: $jar"; done
for round in $(seq 1 "$REPEAT"); do
  n=0
  for jar in $JARS; do
    n=$((n + 1))
    start_app "$jar"
    for c in $CONNECTIONS; do
      run "$n" chat "$c" "http://127.0.0.1:$PORT/api/chat" "$SCRIPT"
      run "$n" trivial "$c" "http://127.0.0.1:$PORT/ping"
    done
    stop_app
  done
done
echo "medians of $REPEAT round(s):"
n=0
for jar in $JARS; do
  n=$((n + 1))
  for c in $CONNECTIONS; do
    chat=$(median 1 "$RESULTS/$n-chat-$c")
    ping=$(median 1 "$RESULTS/$n-trivial-$c")
    printf 'jar %s  %2d conn  chat %9s req/s (p50 %s ms, p99 %s ms)  ping %9s req/s (p99 %s ms)  chat/ping %s%%\n' "$n" "$c" \
      "$chat" "$(median 2 "$RESULTS/$n-chat-$c")" "$(median 3 "$RESULTS/$n-chat-$c")" "$ping" "$(median 3 "$RESULTS/$n-trivial-$c")" \
      "$(awk -v a="$chat" -v b="$ping" 'BEGIN { printf "%.1f", 100 * a / b }')"
  done
done
if [ "$n" -gt 1 ]; then
  for c in $CONNECTIONS; do
    awk -v c="$c" -v a="$(median 1 "$RESULTS/1-chat-$c")" -v b="$(median 1 "$RESULTS/$n-chat-$c")" \
      'BEGIN { printf "chat at %2d connections, jar %d against jar 1: %.1f%%\n", c, '"$n"', 100 * b / a }'
  done
fi
