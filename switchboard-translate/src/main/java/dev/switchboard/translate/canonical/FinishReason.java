package dev.switchboard.translate.canonical;

/**
 * Why the model stopped (wire-formats.md §7). Encoders map these to each format's closed set of
 * values and never pass an upstream value through unmapped.
 */
public enum FinishReason {
  /** Natural end of the turn. */
  STOP,
  /** A configured stop sequence was produced. */
  STOP_SEQUENCE,
  /** The output token limit (or the context window) was reached. */
  LENGTH,
  /** The model is waiting for tool results. */
  TOOL_CALLS,
  /** A safety filter or refusal stopped the answer. */
  CONTENT_FILTER,
  /** The turn was paused by the provider (Anthropic {@code pause_turn}); treated as a stop. */
  PAUSE
}
