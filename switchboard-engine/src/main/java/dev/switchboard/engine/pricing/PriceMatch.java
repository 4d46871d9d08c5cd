package dev.switchboard.engine.pricing;

/**
 * A price found for a model name: the key it was found under ({@code gpt-4o}, {@code
 * openai/gpt-4o}, or an override's name), the price, and its source.
 */
public record PriceMatch(String key, ModelPrice price, PriceSource source) {}
