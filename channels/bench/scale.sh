#!/usr/bin/env bash
# Scale benchmark: the service with a national corpus of 3,321 plans (the five sample plans, and copies under generated
# commune names spread over the 34 provinces, some names repeated across provinces; channels/bench/ScaleCorpus.java).
# Prints: first start to the first answer, restart to the first answer on the same data folder, resident memory, the
# pipeline's commune and understanding steps per question (from each answer's trace), sequential chat median and p99,
# and GET /api/communes.
# Usage: channels/bench/scale.sh [questions, default 300]
# Environment:
#   BENCH_JAR    the jar (default channels/target/assistant.jar, packaged when missing)
#   BENCH_HEAP   JVM heap options (default "-Xmx1g", the README's recommendation for a national deployment)
#   BENCH_PLANS  plans in the corpus (default 3321)
#   BENCH_KEEP   set to keep the corpus and data folders (printed) for another run
set -euo pipefail
cd "$(dirname "$0")/../.."
QUESTIONS="${1:-300}"
JAR="${BENCH_JAR:-channels/target/assistant.jar}"
HEAP="${BENCH_HEAP:--Xmx1g}"
PLANS="${BENCH_PLANS:-3321}"
PORT="${BENCH_PORT:-18090}"
command -v jq >/dev/null || { echo "jq is needed: apt-get install -y jq" >&2; exit 1; }
[ "$JAR" != channels/target/assistant.jar ] || [ -f "$JAR" ] || ./mvnw -B -q -DskipTests package
WORK="$(mktemp -d)"
CORPUS="$WORK/corpus"
DATA="$WORK/data"
APP=""
stop_app() {
  if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; fi
  APP=""
}
cleanup() {
  stop_app
  if [ -z "${BENCH_KEEP:-}" ]; then rm -rf "$WORK"; else echo "kept $WORK"; fi
}
trap cleanup EXIT

now_ms() { date +%s%3N; }
cpu() { # CPU time the service has used (all its threads: JIT and GC included)
  awk -v t="$(getconf CLK_TCK)" '{ printf "%.1f s", ($14 + $15) / t }' "/proc/$APP/stat"
}

chat() { # text [commune] → the JSON answer
  local body
  body=$(jq -cn --arg t "$1" --arg c "${2:-}" 'if $c == "" then {text: $t} else {text: $t, commune: $c} end')
  curl -fsS -m 60 -H 'Content-Type: application/json' -d "$body" "http://127.0.0.1:$PORT/api/chat"
}

start_app() { # sets APP and STARTUP (seconds from launch to the first answer)
  local started
  started=$(now_ms)
  ASSISTANT_DATA_DIR="$DATA" ASSISTANT_CORPUS_DIR="$CORPUS" ASSISTANT_SAMPLE_CORPUS=false PORT="$PORT" \
    ASSISTANT_RATE_LIMIT_PER_USER=0 ASSISTANT_ANSWER_CACHE_SIZE=0 \
    java $HEAP -jar "$JAR" >>"$WORK/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 1200); do
    if chat "Ai chủ trì chỉ tiêu phủ sóng 5G?" vinh-tru >/dev/null 2>&1; then
      STARTUP=$(awk -v a="$started" -v b="$(now_ms)" 'BEGIN { printf "%.1f", (b - a) / 1000 }')
      return
    fi
    kill -0 "$APP" 2>/dev/null || { echo "the service stopped; log: $WORK/app.log" >&2; tail -20 "$WORK/app.log" >&2; exit 1; }
    sleep 0.25
  done
  echo "no answer after 300 s" >&2
  exit 1
}

stats() { # label file-of-numbers unit
  sort -g "$2" | awk -v label="$1" -v unit="$3" '{ v[NR] = $1 } END {
    p50 = v[int((NR + 1) / 2)]; p99 = v[int(NR * 0.99 + 0.999)]; if (p99 == "") p99 = v[NR];
    printf "%-34s median %8.3f %s   p99 %8.3f %s   (%d)\n", label, p50, unit, p99, unit, NR }'
}

echo "scale benchmark: $PLANS plans, $(nproc) cores (load average $(cut -d" " -f1-3 /proc/loadavg)), heap $HEAP, jar $JAR"
java channels/bench/ScaleCorpus.java knowledge/src/main/resources/corpus "$CORPUS" "$PLANS"

curl -fs -m 1 "http://127.0.0.1:$PORT/ping" >/dev/null 2>&1 && { echo "port $PORT is taken" >&2; exit 1; }
start_app
echo "first start to the first answer:    $STARTUP s ($(cpu) of CPU: the machine's load does not change it)"

# questions naming their commune in the text, and questions sent with a commune, in rotation
mapfile -t COMMUNES < <(curl -fsS -m 120 "http://127.0.0.1:$PORT/api/communes" | jq -r '.[].id' | shuf -n 40 --random-source=<(yes))
QS=("Ai chủ trì chỉ tiêu phủ sóng 5G?" "Chỉ tiêu dịch vụ công trực tuyến toàn trình là bao nhiêu?"
    "Phòng Văn hóa - Xã hội phụ trách những chỉ tiêu nào?" "Chỉ tiêu nào hạn tháng 11/2026?"
    "Tỷ lệ hồ sơ được số hóa phải đạt bao nhiêu?" "Ai phối hợp triển khai chữ ký số?")
NAMED=("Ở xã Vĩnh Trụ ai chủ trì chỉ tiêu 5G?" "Xã Dương Hưu có chỉ tiêu về chữ ký số không?"
       "Phú Trung phải đạt bao nhiêu về dịch vụ công trực tuyến?" "Bình Giang ai phụ trách số hóa hồ sơ?")
: >"$WORK/chat" ; : >"$WORK/commune" ; : >"$WORK/understand"
for i in $(seq 1 "$QUESTIONS"); do
  if (( i % 3 == 0 )); then
    answer=$(chat "${NAMED[i % ${#NAMED[@]}]}")
  else
    answer=$(chat "${QS[i % ${#QS[@]}]}" "${COMMUNES[i % ${#COMMUNES[@]}]}")
  fi
  jq -r '.trace[] | select(.step == "commune") | .micros / 1000' <<<"$answer" >>"$WORK/commune"
  jq -r '.trace[] | select(.step == "understand") | .micros / 1000' <<<"$answer" >>"$WORK/understand"
  jq -r '[.trace[].micros] | add / 1000' <<<"$answer" >>"$WORK/chat"
done
stats "commune step per question" "$WORK/commune" ms
stats "understand step per question" "$WORK/understand" ms
stats "chat, sequential (pipeline)" "$WORK/chat" ms
: >"$WORK/wall"
for i in $(seq 1 100); do
  curl -fsS -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' \
    -d "{\"text\": \"${QS[i % ${#QS[@]}]}\", \"commune\": \"${COMMUNES[i % ${#COMMUNES[@]}]}\"}" \
    "http://127.0.0.1:$PORT/api/chat" | awk '{ print $1 * 1000 }' >>"$WORK/wall"
done
stats "chat, sequential (HTTP, curl)" "$WORK/wall" ms
NOCOMMUNE=$(chat "Ai chủ trì chỉ tiêu phủ sóng 5G?")
echo "no commune named: status $(jq -r .status <<<"$NOCOMMUNE"), $(jq '.candidates | length' <<<"$NOCOMMUNE") choices, $(jq -r .answer <<<"$NOCOMMUNE" | wc -c) characters"
: >"$WORK/communes"
for _ in 1 2 3 4 5; do
  curl -fsS -m 120 -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$PORT/api/communes" | awk '{ print $1 * 1000 }' >>"$WORK/communes"
done
stats "GET /api/communes" "$WORK/communes" ms
echo "resident memory (RSS):              $(awk '/VmRSS/ { printf "%.0f MB", $2 / 1024 }' /proc/$APP/status)"
stop_app

start_app
echo "restart to the first answer:        $STARTUP s ($(cpu) of CPU)"
echo "resident memory after restart:      $(awk '/VmRSS/ { printf "%.0f MB", $2 / 1024 }' /proc/$APP/status)"
