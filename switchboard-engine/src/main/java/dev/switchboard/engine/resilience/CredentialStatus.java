package dev.switchboard.engine.resilience;

import java.time.Instant;

/**
 * One credential as {@code GET /admin/providers} and {@code GET /v1/status} show it (never the
 * secret): its breaker state and until when it is open, its last failure, consecutive failures,
 * counts since start, and requests in the current minute and day against the upstream limits.
 */
public record CredentialStatus(
    int index,
    String label,
    CircuitState state,
    Instant openUntil,
    FailureKind lastFailure,
    Instant lastFailureAt,
    int consecutiveFailures,
    long successes,
    long failures,
    long requestsThisMinute,
    long requestsToday,
    int rpm,
    int rpd) {}
