package dev.switchboard.translate.format.openai.responses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.Usage;

/**
 * Responses {@code usage} (wire-formats.md §3.2, §8): {@code input_tokens} includes cached
 * tokens and {@code output_tokens} includes reasoning, as in the canonical {@link Usage}.
 * openai-java 4.x requires {@code input_tokens_details.cache_write_tokens} (its
 * {@code ResponseUsage.InputTokensDetails.validate()} fails without it), so it is always written.
 */
final class ResponsesUsage {

  private ResponsesUsage() {}

  static ObjectNode encode(Usage u) {
    ObjectNode o = Json.object();
    o.put("input_tokens", u.inputTokens());
    o.putObject("input_tokens_details")
        .put("cached_tokens", u.cacheReadTokens())
        .put("cache_write_tokens", u.cacheWriteTokens());
    o.put("output_tokens", u.outputTokens());
    o.putObject("output_tokens_details").put("reasoning_tokens", u.reasoningTokens());
    o.put("total_tokens", u.totalTokens());
    return o;
  }

  /** The usage of a response or event; null when absent or not an object. */
  static Usage decode(JsonNode usage) {
    if (usage == null || !usage.isObject()) {
      return null;
    }
    JsonNode in = usage.get("input_tokens_details");
    JsonNode out = usage.get("output_tokens_details");
    return new Usage(WireReader.count(usage, "input_tokens"), WireReader.count(usage, "output_tokens"),
        WireReader.count(in, "cached_tokens"), WireReader.count(in, "cache_write_tokens"),
        WireReader.count(out, "reasoning_tokens"), false);
  }
}
