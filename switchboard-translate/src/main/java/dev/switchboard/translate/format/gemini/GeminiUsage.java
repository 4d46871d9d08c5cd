package dev.switchboard.translate.format.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.Usage;

/**
 * {@code usageMetadata} to canonical {@link Usage} and back (wire-formats.md §8). Gemini's
 * {@code candidatesTokenCount} excludes thoughts, so canonical output is candidates + thoughts;
 * {@code promptTokenCount} already includes cached content; tool-use prompt tokens count as input.
 */
final class GeminiUsage {

  private GeminiUsage() {}

  /** The usage in a {@code usageMetadata} object, or null when there is none. */
  static Usage decode(JsonNode metadata, String path) {
    if (metadata == null) {
      return null;
    }
    if (!metadata.isObject()) {
      throw GeminiJson.invalid(path, "an object");
    }
    long prompt = count(metadata, "promptTokenCount", path);
    long toolPrompt = count(metadata, "toolUsePromptTokenCount", path);
    long candidates = count(metadata, "candidatesTokenCount", path);
    long thoughts = count(metadata, "thoughtsTokenCount", path);
    long cached = count(metadata, "cachedContentTokenCount", path);
    return new Usage(prompt + toolPrompt, candidates + thoughts, cached, 0, thoughts, false);
  }

  /** The {@code usageMetadata} object for a canonical usage. */
  static ObjectNode encode(Usage usage) {
    ObjectNode out = Json.object();
    long reasoning = Math.min(usage.reasoningTokens(), usage.outputTokens());
    out.put("promptTokenCount", usage.inputTokens());
    out.put("candidatesTokenCount", usage.outputTokens() - reasoning);
    if (reasoning > 0) {
      out.put("thoughtsTokenCount", reasoning);
    }
    if (usage.cacheReadTokens() > 0) {
      out.put("cachedContentTokenCount", usage.cacheReadTokens());
    }
    out.put("totalTokenCount", usage.inputTokens() + usage.outputTokens());
    return out;
  }

  private static long count(JsonNode metadata, String name, String path) {
    Long v = GeminiJson.integer(metadata, name, path);
    return v == null ? 0 : Math.max(0, v);
  }
}
