package dev.switchboard.translate.format.gemini;

import dev.switchboard.translate.canonical.FinishReason;

/**
 * Gemini {@code finishReason} values to canonical reasons and back (wire-formats.md §7). Gemini
 * has no tool-call reason: function calls end with {@code STOP}, so callers pass whether a call was
 * seen. {@code MAX_TOKENS} is always a length stop (BerriAI/litellm#10768).
 */
final class GeminiFinishReasons {

  private GeminiFinishReasons() {}

  /** The canonical reason for a Gemini value (null or unknown count as a natural stop). */
  static FinishReason decode(String wire, boolean sawToolCall) {
    FinishReason base = wire == null ? FinishReason.STOP : switch (wire) {
      case "MAX_TOKENS" -> FinishReason.LENGTH;
      case "SAFETY", "RECITATION", "LANGUAGE", "OTHER", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII",
           "IMAGE_SAFETY", "IMAGE_PROHIBITED_CONTENT", "IMAGE_RECITATION", "IMAGE_OTHER" ->
          FinishReason.CONTENT_FILTER;
      default -> FinishReason.STOP;
    };
    return base == FinishReason.STOP && sawToolCall ? FinishReason.TOOL_CALLS : base;
  }

  /** The Gemini value for a canonical reason: only values of Gemini's closed enum. */
  static String encode(FinishReason reason) {
    if (reason == null) {
      return "STOP";
    }
    return switch (reason) {
      case LENGTH -> "MAX_TOKENS";
      case CONTENT_FILTER -> "SAFETY";
      case STOP, STOP_SEQUENCE, TOOL_CALLS, PAUSE -> "STOP";
    };
  }
}
