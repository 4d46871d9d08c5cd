package dev.switchboard.engine.usage;

/**
 * Usage summed per UTC hour (epoch second of its start), client key, requested model and provider.
 * Missing parts are the empty string (so they group and upsert like any other value).
 * {@code costNanoUsd} sums the priced requests in billionths of a dollar; {@code unpricedRequests}
 * counts the rest.
 */
public record HourlyRollup(
    long hourStart,
    String keyId,
    String model,
    String provider,
    long requests,
    long failures,
    long inputTokens,
    long outputTokens,
    long cachedTokens,
    long reasoningTokens,
    long costNanoUsd,
    long unpricedRequests) {}
