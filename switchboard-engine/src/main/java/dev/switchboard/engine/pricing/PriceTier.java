package dev.switchboard.engine.pricing;

import java.math.BigDecimal;

/**
 * Long-context prices (USD per 1M tokens) that apply to the whole request when its input tokens
 * exceed {@code aboveInputTokens} (Anthropic's and Gemini's "prompts over 200K" pricing). A null
 * rate falls back to the model's base rate.
 */
public record PriceTier(
    long aboveInputTokens, BigDecimal input, BigDecimal output, BigDecimal cacheRead, BigDecimal cacheWrite) {}
