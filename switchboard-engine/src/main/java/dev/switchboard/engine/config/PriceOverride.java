package dev.switchboard.engine.config;

import java.math.BigDecimal;

/** USD per 1M tokens; a null field means "not priced by this override". */
public record PriceOverride(
    BigDecimal input, BigDecimal output, BigDecimal cacheRead, BigDecimal cacheWrite, BigDecimal reasoning) {}
