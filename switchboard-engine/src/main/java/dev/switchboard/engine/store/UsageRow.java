package dev.switchboard.engine.store;

/**
 * One bucket of a usage aggregation: a UTC day ({@code 2026-01-31}), an hour
 * ({@code 2026-01-31T13:00:00Z}), a model, a key id or a provider id, with its totals.
 */
public record UsageRow(String bucket, UsageTotals totals) {}
