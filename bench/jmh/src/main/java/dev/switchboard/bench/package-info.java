/**
 * JMH benchmarks of the gateway's hot path: request translation (bytes in, bytes out), per-chunk
 * stream translation, route resolution and credential selection. Fixtures are this module's own
 * resources under {@code bench/}; results and how to run them are in {@code bench/README.md}.
 */
package dev.switchboard.bench;
