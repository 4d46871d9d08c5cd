package dev.switchboard.translate.format.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.Usage;

/**
 * Anthropic {@code usage} objects to and from canonical {@link Usage} (wire-formats.md §8).
 * Anthropic's {@code input_tokens} excludes cache reads and writes; the canonical input includes
 * both, so each is added exactly once (BerriAI/litellm#9812 counted cache writes twice).
 */
final class AnthropicUsage {

  private AnthropicUsage() {}

  /** Reads a usage object; null or malformed input gives null. */
  static Usage decode(JsonNode node) {
    if (!(node instanceof ObjectNode u)) {
      return null;
    }
    long uncached = WireFields.longOrZero(u, "input_tokens");
    long cacheRead = WireFields.longOrZero(u, "cache_read_input_tokens");
    long cacheWrite = WireFields.longOrZero(u, "cache_creation_input_tokens");
    long output = WireFields.longOrZero(u, "output_tokens");
    return new Usage(uncached + cacheRead + cacheWrite, output, cacheRead, cacheWrite, 0, false);
  }

  /** The full usage object of a message ({@code message_start} and non-streamed responses). */
  static ObjectNode encode(Usage usage) {
    Usage u = usage == null ? Usage.ZERO : usage;
    ObjectNode node = Json.object();
    node.put("input_tokens", u.uncachedInputTokens());
    node.put("cache_creation_input_tokens", u.cacheWriteTokens());
    node.put("cache_read_input_tokens", u.cacheReadTokens());
    node.put("output_tokens", u.outputTokens());
    return node;
  }
}
