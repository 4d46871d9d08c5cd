package dev.switchboard.bench.report;

/**
 * How a figure reads: a throughput (higher is better; ratio to nginx shown), a latency (lower is
 * better; ratio to nginx and the part added over the direct target shown), or a plain amount
 * (errors, memory, streams held: shown as measured).
 */
enum Kind {
  THROUGHPUT,
  LATENCY,
  AMOUNT
}
