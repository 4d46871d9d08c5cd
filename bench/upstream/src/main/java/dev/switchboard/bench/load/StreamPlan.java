package dev.switchboard.bench.load;

/**
 * One event loop's part of a streams run: streams at a time, streams in all, the ramp over which
 * the first streams start, and the marker a complete stream ends with.
 */
record StreamPlan(int slots, long total, long rampMs, String marker) {}
