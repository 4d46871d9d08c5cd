package dev.switchboard.translate.format.openai.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.Usage;

/**
 * Chat {@code usage} in both directions (wire-formats.md §2.2, §8): {@code prompt_tokens} already
 * includes cached tokens and {@code completion_tokens} includes reasoning, as in the canonical
 * definition. DeepSeek's {@code prompt_cache_hit_tokens} and a {@code cache_write_tokens} detail
 * (OpenRouter, Responses naming) are read when present.
 */
final class UsageMapping {

  private UsageMapping() {}

  /** The usage in {@code node}, or null when it is absent or not an object. */
  static Usage decode(JsonNode node) {
    if (node == null || !node.isObject()) {
      return null;
    }
    JsonNode prompt = node.get("prompt_tokens_details");
    JsonNode completion = node.get("completion_tokens_details");
    long cacheRead = FieldReader.count(prompt, "cached_tokens");
    if (cacheRead == 0) {
      cacheRead = FieldReader.count(node, "prompt_cache_hit_tokens");
    }
    return new Usage(FieldReader.count(node, "prompt_tokens"),
        FieldReader.count(node, "completion_tokens"), cacheRead,
        FieldReader.count(prompt, "cache_write_tokens"),
        FieldReader.count(completion, "reasoning_tokens"), false);
  }

  /**
   * The usage object openai-java's {@code CompletionUsage} reads, details objects included; cache
   * writes (Anthropic) have no OpenAI field and ride along as {@code cache_write_tokens} when non-zero.
   */
  static ObjectNode encode(Usage usage) {
    Usage u = usage == null ? Usage.ZERO : usage;
    ObjectNode out = Json.object();
    out.put("prompt_tokens", u.inputTokens());
    out.put("completion_tokens", u.outputTokens());
    out.put("total_tokens", u.totalTokens());
    ObjectNode promptDetails = out.putObject("prompt_tokens_details")
        .put("cached_tokens", u.cacheReadTokens())
        .put("audio_tokens", 0);
    if (u.cacheWriteTokens() > 0) {
      promptDetails.put("cache_write_tokens", u.cacheWriteTokens());
    }
    out.putObject("completion_tokens_details")
        .put("reasoning_tokens", u.reasoningTokens())
        .put("audio_tokens", 0)
        .put("accepted_prediction_tokens", 0)
        .put("rejected_prediction_tokens", 0);
    return out;
  }
}
