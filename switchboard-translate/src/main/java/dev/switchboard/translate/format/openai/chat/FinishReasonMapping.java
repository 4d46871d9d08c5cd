package dev.switchboard.translate.format.openai.chat;

import dev.switchboard.translate.canonical.FinishReason;

/**
 * Chat {@code finish_reason} in both directions (wire-formats.md §7). Only OpenAI's values are
 * ever written ({@code function_call} is legacy and never produced). A turn that made tool calls is
 * reported as {@code tool_calls} even when the upstream said {@code stop} (compatible servers and
 * Gemini do; su-kaka/gcli2api PR #407, openclaw/openclaw#97994).
 */
final class FinishReasonMapping {

  private FinishReasonMapping() {}

  /** The canonical reason for a wire value; unknown values count as a normal stop. */
  static FinishReason decode(String wire, boolean sawToolCalls) {
    FinishReason reason;
    if (wire == null) {
      reason = FinishReason.STOP;
    } else {
      // Misbehaving translators upstream pass other formats' values through (CPA "max_tokens",
      // higress-group/higress PR #3506 "tool_use", ONEAPI raw Gemini values; wire-formats.md §7).
      reason = switch (wire) {
        case "length", "max_tokens", "MAX_TOKENS" -> FinishReason.LENGTH;
        case "tool_calls", "function_call", "tool_use" -> FinishReason.TOOL_CALLS;
        case "content_filter", "refusal", "SAFETY" -> FinishReason.CONTENT_FILTER;
        default -> FinishReason.STOP;
      };
    }
    return reason == FinishReason.STOP && sawToolCalls ? FinishReason.TOOL_CALLS : reason;
  }

  /** The wire value: one of stop, length, tool_calls, content_filter. */
  static String encode(FinishReason reason, boolean hasToolCalls) {
    FinishReason r = reason == null ? FinishReason.STOP : reason;
    return switch (r) {
      case LENGTH -> "length";
      case CONTENT_FILTER -> "content_filter";
      case TOOL_CALLS -> hasToolCalls ? "tool_calls" : "stop";
      case STOP, STOP_SEQUENCE, PAUSE -> hasToolCalls ? "tool_calls" : "stop";
    };
  }
}
