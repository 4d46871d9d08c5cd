/**
 * The harness's own load client for what wrk cannot measure: a fixed offered load with latency
 * taken from each request's scheduled start (so a stall is not hidden by the client waiting for
 * it), and many concurrent SSE streams with time to first byte, chunk counts and completeness.
 */
package dev.switchboard.bench.load;
