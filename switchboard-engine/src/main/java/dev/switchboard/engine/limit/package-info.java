/**
 * Limits on the request path, all in memory: sliding request and token windows per client key,
 * the gateway-wide RPM, upstream credential RPM/RPD, and per-key spending budgets. Every check is
 * an atomic check-and-count, so N concurrent requests against a limit of L admit exactly
 * {@code min(N, L)}. State is exported as {@link dev.switchboard.engine.store.CounterBucket}s so
 * limits survive a restart ({@link dev.switchboard.engine.limit.CounterCheckpoint}).
 */
package dev.switchboard.engine.limit;
