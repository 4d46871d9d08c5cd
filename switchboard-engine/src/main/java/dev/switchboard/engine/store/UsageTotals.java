package dev.switchboard.engine.store;

import java.math.BigDecimal;

/**
 * Summed usage. {@code costUsd} sums the priced requests only and is null when none was priced;
 * {@code unpricedRequests} counts the requests whose model has no price, so an unknown cost is
 * never shown as $0.
 */
public record UsageTotals(
    long requests,
    long failures,
    long inputTokens,
    long outputTokens,
    long cachedTokens,
    long reasoningTokens,
    BigDecimal costUsd,
    long unpricedRequests) {

  public static final UsageTotals ZERO = new UsageTotals(0, 0, 0, 0, 0, 0, null, 0);
}
