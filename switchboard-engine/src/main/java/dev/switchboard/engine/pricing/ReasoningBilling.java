package dev.switchboard.engine.pricing;

/** How a model bills reasoning tokens: at their own rate, or as part of the output. */
public enum ReasoningBilling {
  SEPARATE_RATE,
  AS_OUTPUT
}
