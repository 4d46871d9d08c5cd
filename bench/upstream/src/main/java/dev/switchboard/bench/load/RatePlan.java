package dev.switchboard.bench.load;

/**
 * One event loop's part of a fixed-rate run: its rate, how many requests in all, how many of the
 * first are warm-up (sent but not measured), and its connection cap.
 */
record RatePlan(long ratePerSecond, long total, long warmupRequests, int connections) {}
