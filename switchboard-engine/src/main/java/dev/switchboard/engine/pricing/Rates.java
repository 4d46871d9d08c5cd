package dev.switchboard.engine.pricing;

import java.math.BigDecimal;

/**
 * The rates (USD per 1M tokens) that price one request, after the context tier and the fallbacks
 * of {@link ModelPrice#ratesFor(long)}; none is null. {@code separateReasoning} tells whether
 * reasoning tokens have their own rate or are billed as output.
 */
public record Rates(
    BigDecimal input,
    BigDecimal output,
    BigDecimal cacheRead,
    BigDecimal cacheWrite,
    BigDecimal reasoning,
    ReasoningBilling reasoningBilling) {}
