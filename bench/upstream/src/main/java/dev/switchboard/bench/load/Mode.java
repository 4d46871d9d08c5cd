package dev.switchboard.bench.load;

/** What the load client does: a fixed request rate, or concurrent streams. */
enum Mode {
  RATE,
  STREAMS
}
