package dev.switchboard.translate.format.gemini;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Ids for function calls that arrive without one (the Gemini API usually omits
 * {@code functionCall.id}, wire-formats.md §5.2). Ids are {@code call_<responseId>_<n>}, unique
 * within a response and across a conversation because response ids are; characters outside
 * {@code [A-Za-z0-9_-]} are replaced so Anthropic accepts them (BerriAI/litellm#21114).
 */
final class GeminiCallIds {

  private static final Pattern ILLEGAL = Pattern.compile("[^A-Za-z0-9_-]");

  private GeminiCallIds() {}

  /** The id prefix for one response: from its {@code responseId}, else random. */
  static String prefix(String responseId) {
    String base = responseId == null || responseId.isEmpty()
        ? Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE)
        : ILLEGAL.matcher(responseId).replaceAll("_");
    return "call_" + base + "_";
  }
}
