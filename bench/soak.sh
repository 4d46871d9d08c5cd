#!/usr/bin/env bash
# Switchboard memory soak (issue 6, item 5): a fixed rate at half of S1's maximum with streams mixed
# in, for SOAK_SECONDS (10 minutes), sampling the gateway's live heap right after a full GC (jcmd
# GC.run + GC.heap_info) and its RSS every SAMPLE_S seconds. Prints a markdown table and says whether
# the heap after GC grew (last third against first third of the samples). Raw output under
# bench/results/soak-<UTC timestamp>/. Reuses the process helpers of run.sh (every process it starts
# is stopped by PID on exit).
#
# Knobs: SOAK_SECONDS (600), SOAK_RATE (req/s; default: half of a short S1 measured first),
# SOAK_STREAMS (concurrent streams, 20), SAMPLE_S (30), SB_JAVA_OPTS.
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/run.sh"

RUN_ID="soak-$RUN_ID"
OUT="$BENCH/results/$RUN_ID"
SOAK_SECONDS="${SOAK_SECONDS:-600}"
SOAK_RATE="${SOAK_RATE:-}"
SOAK_STREAMS="${SOAK_STREAMS:-20}"
SAMPLE_S="${SAMPLE_S:-30}"

soak_main() {
  mkdir -p "$OUT/raw"
  : >"$OUT/figures.tsv"; : >"$OUT/loadavg.tsv"
  log "soak $RUN_ID: raw output in $OUT"
  ensure_tools
  build_artifacts
  write_bodies
  start_mock
  start_gateway switchboard "$PORT_SB" limits
  local pid="${TARGET_PID[switchboard]}" url; url="$(url_of switchboard)"
  log "warm-up ($GATEWAY_WARMUP_S s) and S1 maximum"
  BODY_FILE="$OUT/chat.json" HEADERS="authorization: Bearer $CLIENT_KEY" timeout -k 5 $((GATEWAY_WARMUP_S + 30)) \
    wrk -t2 -c64 -d"${GATEWAY_WARMUP_S}s" -s "$OUT/post.lua" "$url$CHAT_PATH" >/dev/null 2>&1 || true
  if [ -z "$SOAK_RATE" ]; then
    BODY_FILE="$OUT/chat.json" HEADERS="authorization: Bearer $CLIENT_KEY" timeout -k 5 45 \
      wrk -t2 -c64 -d10s -s "$OUT/post.lua" "$url$CHAT_PATH" >"$OUT/raw/s1-max.txt" 2>&1 || true
    SOAK_RATE="$(awk '/^Requests\/sec:/ {printf "%d", $2 / 2}' "$OUT/raw/s1-max.txt")"
  fi
  log "soak: ${SOAK_RATE} req/s + ${SOAK_STREAMS} concurrent streams for ${SOAK_SECONDS} s"
  local body="$OUT/stream-c50-i20.json"
  # wrk, paced: each of 64 connections waits about 64,000/rate ms (less 2 ms for the answer itself)
  # between its requests (wrk's delay()), so the offered load is about SOAK_RATE. (The Java rate client costs a
  # core of its own at this rate on 2 cores, starving the gateway it is meant to measure.)
  local delay_ms; delay_ms="$(awk -v r="$SOAK_RATE" 'BEGIN { d = 64000 / r - 2; printf "%.3f", d < 0 ? 0 : d }')"
  sed "s/^wrk.method = \"POST\"/function delay() return $delay_ms end\nwrk.method = \"POST\"/" "$OUT/post.lua" >"$OUT/paced.lua"
  BODY_FILE="$OUT/chat.json" HEADERS="authorization: Bearer $CLIENT_KEY" timeout -k 5 $((SOAK_SECONDS + 60)) \
    wrk -t1 -c64 -d"${SOAK_SECONDS}s" --latency -s "$OUT/paced.lua" "$url$CHAT_PATH" >"$OUT/raw/rate.txt" 2>&1 &
  local rate_pid=$!; remember "$rate_pid"
  # Streams of a second each (50 chunks, 20 ms apart): about SOAK_STREAMS streams started per second.
  timeout -k 5 $((SOAK_SECONDS + 60)) "${LOAD_CLIENT[@]}" --mode streams --url "$url$CHAT_PATH" --body "$body" \
    --marker "[DONE]" --header "authorization: Bearer $CLIENT_KEY" --streams "$SOAK_STREAMS" \
    --total $((SOAK_STREAMS * SOAK_SECONDS)) --max-seconds "$SOAK_SECONDS" >"$OUT/raw/streams.txt" 2>&1 &
  local streams_pid=$!; remember "$streams_pid"
  printf 'elapsed_s\theap_after_gc_kb\trss_kb\n' >"$OUT/samples.tsv"
  local start=$SECONDS elapsed
  while kill -0 "$rate_pid" 2>/dev/null && [ $((SECONDS - start)) -le $((SOAK_SECONDS + 30)) ]; do
    sleep "$SAMPLE_S"
    elapsed=$((SECONDS - start))
    [ "$elapsed" -gt "$SOAK_SECONDS" ] && break
    printf '%s\t%s\t%s\n' "$elapsed" "$(heap_after_gc_kb "$pid")" "$(rss_kb "$pid")" >>"$OUT/samples.tsv"
    log "t=${elapsed}s $(tail -1 "$OUT/samples.tsv" | cut -f2) KB heap after GC"
  done
  wait "$rate_pid" || true; forget "$rate_pid"
  wait "$streams_pid" || true; forget "$streams_pid"
  soak_report | tee "$OUT/report.md"
}

soak_report() {
  local commit; commit="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "## Soak $RUN_ID"
  echo
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $commit; machine: $(machine)"
  echo "- Load: ${SOAK_RATE} req/s non-streamed (half of S1's maximum) + ${SOAK_STREAMS} concurrent streams (50 chunks, 20 ms apart) for ${SOAK_SECONDS} s; client key, per-key limits and SQLite usage recording on"
  echo "- Paced wrk (64 connections): $(awk '/^Requests\/sec:/ {r = $2} $1 == "50%" {p50 = $2} $1 == "99%" {p99 = $2} /Non-2xx/ {e = $NF} /Socket errors/ {s = $0}
    END { printf "%d req/s achieved, latency p50 %s, p99 %s, non-2xx %d%s", r, p50, p99, e, s == "" ? "" : ", " s }' "$OUT/raw/rate.txt")"
  echo "- Stream client: $(grep -E '^(streams|ok|errors|unfinished)=' "$OUT/raw/streams.txt" | tr '\n' ' ')(streams still open when the soak ends are cut and count as unfinished and as errors)"
  echo
  echo "| elapsed | live heap after GC | RSS |"
  echo "|--:|--:|--:|"
  awk -F'\t' 'NR > 1 { printf "| %d s | %.1f MB | %.0f MB |\n", $1, $2 / 1024, $3 / 1024 }' "$OUT/samples.tsv"
  echo
  awk -F'\t' 'NR > 1 { n++; h[n] = $2 } END {
    if (n < 3) { print "- Too few samples to judge growth."; exit }
    t = int(n / 3); for (i = 1; i <= t; i++) a += h[i]; for (i = n - t + 1; i <= n; i++) b += h[i];
    a /= t; b /= t;
    printf "- Heap after GC, mean of the first third %.1f MB, of the last third %.1f MB: %+.1f%% (%s).\n",
      a / 1024, b / 1024, 100 * (b - a) / a, ((b - a) / a > 0.10 ? "GROWS: look for a leak" : "flat") }' "$OUT/samples.tsv"
}

soak_main "$@"
