/** Prometheus metrics of the gateway (Micrometer): requests, attempts, latency, unpriced usage. */
package dev.switchboard.engine.metrics;
