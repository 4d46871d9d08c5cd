package dev.switchboard.translate.format.anthropic;

import dev.switchboard.translate.canonical.FinishReason;

/**
 * Maps Anthropic {@code stop_reason} values to canonical finish reasons and back (wire-formats.md
 * §7). Encoding only ever yields the API's closed set of values.
 */
final class AnthropicStopReason {

  private AnthropicStopReason() {}

  /** The canonical reason for a wire value; null or unknown values count as a natural stop. */
  static FinishReason decode(String wire, boolean sawToolCall) {
    if (wire == null) {
      return sawToolCall ? FinishReason.TOOL_CALLS : FinishReason.STOP;
    }
    return switch (wire) {
      case "stop_sequence" -> FinishReason.STOP_SEQUENCE;
      case "max_tokens", "model_context_window_exceeded" -> FinishReason.LENGTH;
      case "tool_use" -> FinishReason.TOOL_CALLS;
      case "refusal" -> FinishReason.CONTENT_FILTER;
      case "pause_turn" -> FinishReason.PAUSE;
      default -> sawToolCall ? FinishReason.TOOL_CALLS : FinishReason.STOP;
    };
  }

  /**
   * The wire value for a canonical reason. An answer holding tool calls that another format ended
   * with a plain stop (Gemini {@code STOP}) becomes {@code tool_use}, or Claude clients end the
   * agent loop after one turn (router-for-me/CLIProxyAPI PR #805, higress-group/higress PR #3506).
   */
  static String encode(FinishReason reason, boolean hasToolCalls) {
    FinishReason r = reason == null ? FinishReason.STOP : reason;
    if (hasToolCalls && (r == FinishReason.STOP || r == FinishReason.STOP_SEQUENCE)) {
      return "tool_use";
    }
    return switch (r) {
      case STOP -> "end_turn";
      case STOP_SEQUENCE -> "stop_sequence";
      case LENGTH -> "max_tokens";
      case TOOL_CALLS -> "tool_use";
      case CONTENT_FILTER -> "refusal";
      case PAUSE -> "pause_turn";
    };
  }
}
