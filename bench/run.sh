#!/usr/bin/env bash
# Switchboard load harness (issue 6): one command, about 15 minutes on 2 cores.
#
# Starts a mock OpenAI upstream, nginx (proxy_pass, keepalive upstream) and Switchboard on
# 127.0.0.1, runs the scenarios S1-S6 against direct / nginx / Switchboard in the same run with
# interleaved repeats, keeps the raw tool output under bench/results/<run>/, and prints a markdown
# table: each figure, Switchboard's ratio to nginx and the latency added over direct.
# See bench/LOAD.md for what each figure means.
#
# Knobs (environment): REPEATS, WARMUP_S, GATEWAY_WARMUP_S, S1_SECONDS, S2_SECONDS, S2_RATE, S3_STREAMS, S3_ROUNDS,
# S4_LEVELS, S4_SECONDS, SB_JAVA_OPTS.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/bench"
RUN_ID="$(date -u +%Y%m%dT%H%M%SZ)"
OUT="$BENCH/results/$RUN_ID"

REPEATS="${REPEATS:-2}"
WARMUP_S="${WARMUP_S:-5}"
S1_SECONDS="${S1_SECONDS:-15}"
S2_SECONDS="${S2_SECONDS:-15}"
S2_RATE="${S2_RATE:-1000}"
S3_STREAMS="${S3_STREAMS:-1000}"
S3_ROUNDS="${S3_ROUNDS:-2}"
S4_LEVELS="${S4_LEVELS:-2000 5000 10000}"   # a level over the open-file limit is replaced by the largest that fits
S4_SECONDS="${S4_SECONDS:-20}"
GATEWAY_WARMUP_S="${GATEWAY_WARMUP_S:-30}"
SB_JAVA_OPTS="${SB_JAVA_OPTS:-}"

PORT_MOCK=18080
PORT_NGINX=18081
PORT_SB=18317        # S1-S4, S6: client key only
PORT_SB_S5=18318     # S5: client key, per-key limits, usage store
CLIENT_KEY="sk-bench-client"
CHAT_PATH="/v1/chat/completions"

GATEWAY_JAR="$ROOT/switchboard-cli/target/switchboard.jar"
TOOLS_JAR="$BENCH/upstream/target/switchboard-bench-upstream.jar"
TARGETS=(direct nginx switchboard)

declare -a STARTED_PIDS=()
declare -A TARGET_PID=()
declare -a NOTES=()

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# --- processes --------------------------------------------------------------------------------

# Every process this script starts is remembered as PID:START (its start time in clock ticks, so
# a PID the kernel has since reused for someone else's process is never signalled) and stopped
# here, newest first: TERM, a bounded wait, then KILL. Nothing is stopped by name.
cleanup() {
  local i entry
  for ((i = ${#STARTED_PIDS[@]} - 1; i >= 0; i--)); do
    entry="${STARTED_PIDS[$i]}"
    still_ours "$entry" && kill -TERM "${entry%%:*}" 2>/dev/null || true
  done
  for ((i = ${#STARTED_PIDS[@]} - 1; i >= 0; i--)); do
    entry="${STARTED_PIDS[$i]}"
    for _ in $(seq 1 40); do still_ours "$entry" || break; sleep 0.25; done
    still_ours "$entry" && kill -KILL "${entry%%:*}" 2>/dev/null || true
  done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

proc_start() { awk '{print $22}' "/proc/$1/stat" 2>/dev/null || true; }

still_ours() {
  local pid="${1%%:*}" start="${1#*:}"
  [ -n "$start" ] && [ "$(proc_start "$pid")" = "$start" ]
}

remember() { STARTED_PIDS+=("$1:$(proc_start "$1")"); }

# Drops a process that has ended from the list, so its PID is not signalled later.
forget() {
  local keep=() entry
  for entry in "${STARTED_PIDS[@]}"; do [ "${entry%%:*}" = "$1" ] || keep+=("$entry"); done
  STARTED_PIDS=("${keep[@]}")
}

# Waits (bounded) until URL answers any HTTP status.
wait_http() {
  local url="$1" name="$2"
  for _ in $(seq 1 120); do
    if curl -s -o /dev/null --max-time 1 "$url"; then return 0; fi
    sleep 0.5
  done
  log "$name did not come up at $url"; return 1
}

# Resident memory in KB of a process and its direct children (nginx workers).
rss_kb() {
  local total=0 pid kb
  for pid in "$1" $(pgrep -P "$1" 2>/dev/null || true); do
    kb="$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)"
    total=$((total + ${kb:-0}))
  done
  echo "$total"
}

# Samples rss_kb every half second into FILE until stopped, bounded by its own deadline; sets
# SAMPLER_PID (not echoed: a command substitution would wait for the sampler to end).
start_rss_sampler() {
  local pid="$1" file="$2" seconds="$3"
  (
    end=$((SECONDS + seconds))
    while [ "$SECONDS" -lt "$end" ] && kill -0 "$pid" 2>/dev/null; do
      rss_kb "$pid" >>"$file"; sleep 0.5
    done
  ) >/dev/null 2>&1 &
  SAMPLER_PID=$!
  remember "$SAMPLER_PID"
}

stop_sampler() {
  kill -TERM "$SAMPLER_PID" 2>/dev/null || true
  wait "$SAMPLER_PID" 2>/dev/null || true
  forget "$SAMPLER_PID"
}

peak_of() { sort -n "$1" 2>/dev/null | tail -1 || echo 0; }

# Live heap of a JVM in KB, right after a full collection (jcmd GC.run, then GC.heap_info's "used"):
# what the objects still reachable take, not what the collector happens to keep committed. Empty for
# a process that is not a JVM (nginx).
heap_after_gc_kb() {
  local pid="$1"
  # Only a JVM: jcmd attaches by sending SIGQUIT, which makes nginx shut down.
  case "$(readlink "/proc/$pid/exe" 2>/dev/null)" in */java) ;; *) return 0 ;; esac
  jcmd "$pid" GC.run >/dev/null 2>&1 || return 0
  jcmd "$pid" GC.heap_info 2>/dev/null | awk '{ for (i = 1; i < NF; i++) if ($i == "used") { print $(i + 1) + 0; exit } }'
}

# --- setup ------------------------------------------------------------------------------------

# Installs wrk, h2load (nghttp2-client) and nginx-light from Debian when missing; apt-get update once.
ensure_tools() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  command -v h2load >/dev/null || missing+=(nghttp2-client)
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
  command -v curl >/dev/null || missing+=(curl)
  if [ "${#missing[@]}" -gt 0 ]; then
    log "installing ${missing[*]} (apt-get)"
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq >"$OUT/apt.log" 2>&1
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >>"$OUT/apt.log" 2>&1
  fi
  NGINX_BIN="$(command -v nginx || echo /usr/sbin/nginx)"
}

# True when FILE is missing or any main source or pom under DIRS is newer.
stale() {
  local file="$1"; shift
  [ -f "$file" ] || return 0
  [ -n "$(find "$@" \( -path '*/src/main/*' -o -name pom.xml \) -newer "$file" -print -quit 2>/dev/null)" ]
}

# Builds the gateway jar and the bench tools jar when missing or older than their sources.
build_artifacts() {
  if stale "$GATEWAY_JAR" "$ROOT"/switchboard-*; then
    log "building the gateway jar (mvn -DskipTests package)"
    (cd "$ROOT" && mvn -B -q -DskipTests package) >"$OUT/build-gateway.log" 2>&1
  fi
  if stale "$TOOLS_JAR" "$BENCH/upstream" "$ROOT/pom.xml"; then
    log "building the bench tools (mvn -Pbench -pl bench/upstream package)"
    (cd "$ROOT" && mvn -B -q -Pbench -pl bench/upstream -DskipTests package) >"$OUT/build-tools.log" 2>&1
  fi
}

# The descriptor limit is per process: a proxy holding N streams needs 2N descriptors.
raise_fd_limit() {
  ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
  local have level kept=() fit
  have="$(ulimit -n)"
  [ "$have" = unlimited ] && return 0
  # The most streams one process can proxy: two descriptors each, plus about 1,000 for the rest.
  fit=$(( (have - 1000) / 2 / 1000 * 1000 ))
  for level in $S4_LEVELS; do
    if [ $((2 * level + 1000)) -le "$have" ]; then
      kept+=("$level")
    else
      NOTES+=("S4 at $level streams was not run: the open-file limit is $have (a hard limit here; raising it needs CAP_SYS_RESOURCE) and a single-process proxy holding $level streams needs about $((2 * level + 1000)) descriptors, one per client and one per upstream connection. The mock upstream alone would need $((level + 1000)) on top of the idle connections the proxies keep to it. The largest level that fits is $fit.")
      case " ${kept[*]} " in *" $fit "*) ;; *) [ "$fit" -gt 0 ] && kept+=("$fit") ;; esac
    fi
  done
  S4_LEVELS="${kept[*]}"
}

write_bodies() {
  cat >"$OUT/chat.json" <<'EOF'
{"model":"bench-model","messages":[{"role":"system","content":"You are a terse assistant."},{"role":"user","content":"Say hello to the benchmark."}],"max_tokens":64}
EOF
  stream_body 50 20 >"$OUT/stream-c50-i20.json"
  stream_body 20 1000 >"$OUT/stream-c20-i1000.json"
  stream_body 10 0 >"$OUT/stream-c10-i0.json"
  cat >"$OUT/messages-c50-i20.json" <<'EOF'
{"model":"bench-c50-i20","stream":true,"max_tokens":256,"messages":[{"role":"user","content":"Say hello to the benchmark."}]}
EOF
  cat >"$OUT/messages-c10-i0.json" <<'EOF'
{"model":"bench-c10-i0","stream":true,"max_tokens":256,"messages":[{"role":"user","content":"Say hello to the benchmark."}]}
EOF
  cat >"$OUT/post.lua" <<'EOF'
-- wrk: POST the body file named by BODY_FILE, with the headers in HEADERS ("a: b|c: d").
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = assert(io.open(os.getenv("BODY_FILE"), "r"))
wrk.body = f:read("*a")
f:close()
for h in string.gmatch(os.getenv("HEADERS") or "", "[^|]+") do
  local k, v = h:match("^%s*(.-)%s*:%s*(.-)%s*$")
  if k then wrk.headers[k] = v end
end
EOF
}

# The mock picks the stream's pace from the model name (a gateway does not forward x-mock-* headers).
stream_body() {
  printf '{"model":"bench-c%s-i%s","stream":true,"stream_options":{"include_usage":true},"messages":[{"role":"user","content":"Say hello to the benchmark."}]}\n' "$1" "$2"
}

start_mock() {
  java -jar "$TOOLS_JAR" "$PORT_MOCK" >"$OUT/mock.log" 2>&1 &
  remember $!; TARGET_PID[direct]=$!
  wait_http "http://127.0.0.1:$PORT_MOCK/health" mock
}

start_nginx() {
  local prefix="$OUT/nginx"
  mkdir -p "$prefix/tmp" "$prefix/logs"
  local conns=$(( $(ulimit -n) - 200 ))
  sed -e "s#@PREFIX@#$prefix#g" -e "s#@PORT@#$PORT_NGINX#g" -e "s#@UPSTREAM@#$PORT_MOCK#g" \
      -e "s#@CONNS@#$conns#g" -e "s#@NOFILE@#$(ulimit -n)#g" "$BENCH/nginx.conf.template" >"$prefix/nginx.conf"
  "$NGINX_BIN" -c "$prefix/nginx.conf" -p "$prefix" -e "$prefix/logs/error.log" >"$OUT/nginx.log" 2>&1 &
  remember $!; TARGET_PID[nginx]=$!
  wait_http "http://127.0.0.1:$PORT_NGINX/health" nginx
}

# Writes a Switchboard config: one openai-compatible provider at the mock, one client key;
# with "limits" also per-key RPM/RPD/TPM (high enough never to reject) and a SQLite store.
gateway_config() {
  local port="$1" profile="$2" file="$3"
  {
    echo "server: { host: 127.0.0.1, port: $port }"
    if [ "$profile" = limits ]; then
      echo "store: { url: \"sqlite:$OUT/usage-s5.db\" }"
      echo "client-keys:"
      echo "  - { key: \"$CLIENT_KEY\", name: bench, rpm: 100000000, rpd: 1000000000, tpm: 2000000000 }"
      echo "limits: { per-key-rpm: 100000000, per-key-rpd: 1000000000, per-key-tpm: 2000000000 }"
    else
      echo "client-keys:"
      echo "  - { key: \"$CLIENT_KEY\", name: bench }"
    fi
    echo "providers:"
    echo "  - id: mock"
    echo "    type: openai-compatible"
    echo "    base-url: http://127.0.0.1:$PORT_MOCK/v1"
    echo "    credentials: [ { key: sk-upstream-bench } ]"
  } >"$file"
}

start_gateway() {
  local name="$1" port="$2" profile="$3"
  gateway_config "$port" "$profile" "$OUT/$name.yaml"
  # shellcheck disable=SC2086  # SB_JAVA_OPTS is a list of JVM flags
  java $SB_JAVA_OPTS -jar "$GATEWAY_JAR" run -c "$OUT/$name.yaml" >"$OUT/$name.log" 2>&1 &
  remember $!; TARGET_PID[$name]=$!
  wait_http "http://127.0.0.1:$port/health" "$name"
}

# --- targets and figures ----------------------------------------------------------------------

url_of() {
  case "$1" in
    direct) echo "http://127.0.0.1:$PORT_MOCK" ;;
    nginx) echo "http://127.0.0.1:$PORT_NGINX" ;;
    switchboard) echo "http://127.0.0.1:$PORT_SB" ;;
    switchboard-s5) echo "http://127.0.0.1:$PORT_SB_S5" ;;
  esac
}

# Appends one figure: scenario, target, repeat, metric, value.
fig() { printf '%s\t%s\t%s\t%s\t%s\n' "$@" >>"$OUT/figures.tsv"; }

# Copies key=value lines of a load-client output into figures.
figs_from() {
  local file="$1" scenario="$2" target="$3" rep="$4"; shift 4
  local key value
  for key in "$@"; do
    value="$(awk -F= -v k="$key" '$1 == k {print $2}' "$file")"
    [ -n "$value" ] && fig "$scenario" "$target" "$rep" "$key" "$value"
  done
  return 0
}

# The load client as a command (an array, so that timeout(1) can run it).
LOAD_CLIENT=(java -cp "$TOOLS_JAR" dev.switchboard.bench.load.LoadClient)

note_load() { printf '%s\t%s\n' "$1" "$(cut -d' ' -f1 /proc/loadavg)" >>"$OUT/loadavg.tsv"; }

# --- scenarios --------------------------------------------------------------------------------

# wrk latency ("2.62ms", "950.00us", "1.02s") in microseconds.
wrk_us() {
  awk -v v="$1" 'BEGIN { n = v + 0; u = v; sub(/^[0-9.]+/, "", u);
    if (u == "s") n *= 1000000; else if (u == "ms") n *= 1000; else if (u == "m") n *= 60000000; printf "%d", n }'
}

# S1 / S5: wrk, 64 connections, a warm-up run then the measured run.
run_wrk() {
  local scenario="$1" target="$2" rep="$3" url="$4"
  local raw="$OUT/raw/$scenario-$target-r$rep.txt"
  local headers="authorization: Bearer $CLIENT_KEY"   # sent to every target: the same bytes everywhere
  BODY_FILE="$OUT/chat.json" HEADERS="$headers" timeout -k 5 $((WARMUP_S + 30)) \
    wrk -t2 -c64 -d"${WARMUP_S}s" -s "$OUT/post.lua" "$url$CHAT_PATH" >/dev/null 2>&1 || true
  note_load "$scenario $target r$rep"
  BODY_FILE="$OUT/chat.json" HEADERS="$headers" timeout -k 5 $((S1_SECONDS + 30)) \
    wrk -t2 -c64 -d"${S1_SECONDS}s" --latency -s "$OUT/post.lua" "$url$CHAT_PATH" >"$raw" 2>&1 || true
  local rps p50 p99 non2xx sockerr
  rps="$(awk '/^Requests\/sec:/ {print $2}' "$raw")"
  p50="$(awk '$1 == "50%" {print $2}' "$raw")"
  p99="$(awk '$1 == "99%" {print $2}' "$raw")"
  non2xx="$(awk '/Non-2xx/ {print $NF}' "$raw")"
  sockerr="$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$raw")"
  [ -n "$rps" ] && fig "$scenario" "$target" "$rep" req_per_s "$rps"
  [ -n "$p50" ] && fig "$scenario" "$target" "$rep" p50_us "$(wrk_us "$p50")"
  [ -n "$p99" ] && fig "$scenario" "$target" "$rep" p99_us "$(wrk_us "$p99")"
  fig "$scenario" "$target" "$rep" errors "$(( ${non2xx:-0} + ${sockerr:-0} ))"
}

# S2: a fixed offered load, latency from each request's scheduled start (wrk2 is not in Debian,
# and h2load's --rate paces connections, not requests).
run_rate() {
  local target="$1" rep="$2" url="$3"
  local raw="$OUT/raw/S2-$target-r$rep.txt"
  note_load "S2 $target r$rep"
  timeout -k 5 $((WARMUP_S + S2_SECONDS + 60)) "${LOAD_CLIENT[@]}" --mode rate --url "$url$CHAT_PATH" \
    --body "$OUT/chat.json" --header "authorization: Bearer $CLIENT_KEY" --rate "$S2_RATE" \
    --warmup "$WARMUP_S" --seconds "$S2_SECONDS" --connections 64 --max-seconds $((WARMUP_S + S2_SECONDS + 40)) \
    >"$raw" 2>&1 || true
  figs_from "$raw" S2 "$target" "$rep" p50_us p99_us p999_us errors achieved_rps
}

# S3 / S6: many concurrent streams; TTFB, delta chunks per second, peak RSS of the target process.
run_streams() {
  local scenario="$1" target="$2" rep="$3" url="$4" body="$5" marker="$6" pid="$7"
  local raw="$OUT/raw/$scenario-$target-r$rep.txt" rssfile="$OUT/raw/$scenario-$target-r$rep.rss"
  # The client warms its own JIT on short streams of the same format first (not measured).
  local path="$CHAT_PATH" warm_body="stream-c10-i0.json" auth=(--header "authorization: Bearer $CLIENT_KEY")
  if [ "$scenario" = S6 ]; then
    path="/v1/messages" warm_body="messages-c10-i0.json"
    auth=(--header "x-api-key: $CLIENT_KEY" --header "anthropic-version: 2023-06-01")
  fi
  note_load "$scenario $target r$rep"
  start_rss_sampler "$pid" "$rssfile" 120
  timeout -k 5 120 "${LOAD_CLIENT[@]}" --mode streams --url "$url$path" --body "$body" --marker "$marker" "${auth[@]}" \
    --warmup-streams 2000 --warmup-body "$OUT/$warm_body" \
    --streams "$S3_STREAMS" --total $((S3_STREAMS * S3_ROUNDS)) --max-seconds 90 >"$raw" 2>&1 || true
  stop_sampler
  figs_from "$raw" "$scenario" "$target" "$rep" ttfb_p50_us ttfb_p99_us chunks_per_s errors
  fig "$scenario" "$target" "$rep" rss_peak_kb "$(peak_of "$rssfile")"
}

# S4: LEVEL slow streams (a chunk a second for S4_SECONDS) held at once; errors and RSS growth.
run_slow() {
  local level="$1" target="$2" url="$3" pid="$4"
  local s="S4-$level" raw="$OUT/raw/S4-$level-$target.txt" rssfile="$OUT/raw/S4-$level-$target.rss"
  local body="$OUT/stream-c${S4_SECONDS}-i1000.json"
  [ -f "$body" ] || stream_body "$S4_SECONDS" 1000 >"$body"
  local base heap_base heap_held=""; base="$(rss_kb "$pid")"; heap_base="$(heap_after_gc_kb "$pid")"
  note_load "$s $target"
  local ramp=$((level / 2))   # 2,000 new connections a second: no SYN flood, all held well before the first ends
  start_rss_sampler "$pid" "$rssfile" $((S4_SECONDS + 90))
  timeout -k 5 $((S4_SECONDS + 90)) "${LOAD_CLIENT[@]}" --mode streams --url "$url$CHAT_PATH" --body "$body" \
    --header "authorization: Bearer $CLIENT_KEY" --streams "$level" --total "$level" --ramp-ms "$ramp" \
    --max-seconds $((S4_SECONDS + 60)) >"$raw" 2>&1 &
  local client=$!
  remember "$client"
  # Every stream is open from the end of the ramp until S4_SECONDS after its start: measure in between.
  sleep $((ramp / 1000 + S4_SECONDS / 2))
  [ -n "$heap_base" ] && heap_held="$(heap_after_gc_kb "$pid")"
  wait "$client" || true
  forget "$client"
  stop_sampler
  local peak; peak="$(peak_of "$rssfile")"
  figs_from "$raw" "$s" "$target" 1 peak_open errors
  fig "$s" "$target" 1 rss_peak_kb "${peak:-0}"
  fig "$s" "$target" 1 rss_kb_per_stream "$(awk -v p="${peak:-0}" -v b="$base" -v n="$level" 'BEGIN { printf "%.1f", (p - b) / n }')"
  if [ -n "$heap_base" ] && [ -n "$heap_held" ]; then
    fig "$s" "$target" 1 heap_kb_per_stream "$(awk -v h="$heap_held" -v b="$heap_base" -v n="$level" 'BEGIN { printf "%.1f", (h - b) / n }')"
  fi
  sleep 3   # let closed connections drain before the next level
}

# Warms every target before anything is measured, unmeasured: the JVMs (the mock and both gateways)
# need tens of seconds of load before C2 has compiled their hot paths on a busy 2-core machine.
warm_up() {
  local t url seconds
  for t in "${TARGETS[@]}" switchboard-s5; do
    case "$t" in
      nginx) seconds="$WARMUP_S" ;;
      direct) seconds=$((2 * WARMUP_S)) ;;
      *) seconds="$GATEWAY_WARMUP_S" ;;
    esac
    url="$(url_of "$t")"
    log "warm-up: $t (${seconds}s)"
    BODY_FILE="$OUT/chat.json" HEADERS="authorization: Bearer $CLIENT_KEY" timeout -k 5 $((seconds + 30)) \
      wrk -t2 -c64 -d"${seconds}s" -s "$OUT/post.lua" "$url$CHAT_PATH" >/dev/null 2>&1 || true
    timeout -k 5 60 "${LOAD_CLIENT[@]}" --mode streams --url "$url$CHAT_PATH" --body "$OUT/stream-c10-i0.json" \
      --header "authorization: Bearer $CLIENT_KEY" --streams 200 --total 2000 --max-seconds 45 >/dev/null 2>&1 || true
    if [ "$t" != nginx ]; then
      # The JVMs compile the stream path only under stream load: one unmeasured S3-sized round.
      timeout -k 5 120 "${LOAD_CLIENT[@]}" --mode streams --url "$url$CHAT_PATH" --body "$OUT/stream-c50-i20.json" \
        --marker "[DONE]" --header "authorization: Bearer $CLIENT_KEY" --streams "$S3_STREAMS" \
        --total $((S3_STREAMS * 4)) --max-seconds 90 >/dev/null 2>&1 || true
    fi
  done
}

one_repeat() {
  local rep="$1" t
  for t in "${TARGETS[@]}"; do log "r$rep S1 $t"; run_wrk S1 "$t" "$rep" "$(url_of "$t")"; done
  log "r$rep S5 switchboard (limits + store)"
  run_wrk S5 switchboard "$rep" "$(url_of switchboard-s5)"
  for t in "${TARGETS[@]}"; do log "r$rep S2 $t"; run_rate "$t" "$rep" "$(url_of "$t")"; done
  for t in "${TARGETS[@]}"; do
    log "r$rep S3 $t"
    run_streams S3 "$t" "$rep" "$(url_of "$t")" "$OUT/stream-c50-i20.json" "[DONE]" "${TARGET_PID[$t]}"
  done
  log "r$rep S6 switchboard (Anthropic client)"
  run_streams S6 switchboard "$rep" "$(url_of switchboard)" "$OUT/messages-c50-i20.json" message_stop \
    "${TARGET_PID[switchboard]}"
}

slow_streams() {
  local level t
  for level in $S4_LEVELS; do
    for t in "${TARGETS[@]}"; do log "S4 $level $t"; run_slow "$level" "$t" "$(url_of "$t")" "${TARGET_PID[$t]}"; done
  done
}

# S5 asks for usage recording in SQLite: say plainly whether the build under test wrote any.
check_usage_store() {
  if [ -s "$OUT/usage-s5.db" ]; then
    NOTES+=("S5: the SQLite store at usage-s5.db was written ($(du -k "$OUT/usage-s5.db" | cut -f1) KB).")
  else
    NOTES+=("S5: usage recording to SQLite is NOT wired in the build under test (no store file was created); S5 measures key auth, per-key RPM/RPD/TPM limits with token reservation, in-memory usage settlement, pricing and metrics only.")
  fi
}

# --- report -----------------------------------------------------------------------------------

machine() {
  local cpu; cpu="$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)"
  echo "$(nproc) cores ($cpu), $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo) RAM, $(uname -sr)"
}

report() {
  local commit; commit="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  git -C "$ROOT" diff --quiet 2>/dev/null || commit="$commit (with uncommitted changes)"
  local loads; loads="$(awk -F'\t' 'NR == 1 {mn = $2; mx = $2} {if ($2 < mn) mn = $2; if ($2 > mx) mx = $2} END {print mn "–" mx}' "$OUT/loadavg.tsv")"
  {
    echo "## Load run $RUN_ID"
    echo
    echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $commit"
    echo "- Machine: $(machine); $(java -version 2>&1 | head -1); $("$NGINX_BIN" -v 2>&1); $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
    echo "- Load average (1 min) before the measured runs: $loads (the machine is shared: figures are noisy)"
    echo "- Repeats: $REPEATS, interleaved direct/nginx/Switchboard; medians shown. S1: wrk -t2 -c64 ${S1_SECONDS}s after ${WARMUP_S}s warm-up. S2: ${S2_RATE} req/s for ${S2_SECONDS}s after ${WARMUP_S}s."
    echo "- Raw output: bench/results/$RUN_ID/"
    echo
    # shellcheck disable=SC2086  # the levels are separate arguments
    java -cp "$TOOLS_JAR" dev.switchboard.bench.report.BenchReport "$OUT/figures.tsv" $S4_LEVELS
    echo
    local n
    for n in "${NOTES[@]}"; do echo "- $n"; done
  } >"$OUT/report.md"
  cat "$OUT/report.md"
}

main() {
  mkdir -p "$OUT/raw"
  : >"$OUT/figures.tsv"
  log "run $RUN_ID: raw output in $OUT"
  ensure_tools
  build_artifacts
  raise_fd_limit
  write_bodies
  start_mock
  start_nginx
  start_gateway switchboard "$PORT_SB" plain
  start_gateway switchboard-s5 "$PORT_SB_S5" limits
  warm_up
  local rep
  for rep in $(seq 1 "$REPEATS"); do one_repeat "$rep"; done
  slow_streams
  check_usage_store
  report
}

# Run as a command, not when sourced (bench/soak.sh reuses the process and target helpers).
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  main "$@"
fi
