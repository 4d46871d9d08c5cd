package dev.switchboard.engine.resilience;

import java.time.Instant;

/**
 * The remaining quota of one model at one provider, as {@code GET /admin/fallback} shows it:
 * the fraction, where it came from, when it was read (or, for headers, when it resets), and
 * whether it is under {@code routing.quota-fallback.threshold} so routes skip it.
 */
public record QuotaStatus(String providerId, String model, double remaining, QuotaSource source, Instant at,
                          boolean low) {}
