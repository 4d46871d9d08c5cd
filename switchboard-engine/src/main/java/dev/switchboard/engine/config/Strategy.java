package dev.switchboard.engine.config;

/** How a provider's credentials (and equal-priority providers) are chosen. */
public enum Strategy {
  ROUND_ROBIN,
  WEIGHTED,
  FILL_FIRST,
  RANDOM
}
