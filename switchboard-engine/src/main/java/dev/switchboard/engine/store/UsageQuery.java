package dev.switchboard.engine.store;

import java.time.Instant;

/**
 * A usage aggregation: rollups from {@code from} (inclusive) to {@code to} (exclusive), grouped by
 * {@code groupBy}, optionally for one client key only ({@code keyId} null: every key).
 */
public record UsageQuery(Grouping groupBy, Instant from, Instant to, String keyId) {}
