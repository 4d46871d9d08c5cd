package dev.switchboard.translate.format.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.Reasoning;
import dev.switchboard.translate.canonical.ReasoningEffort;
import dev.switchboard.translate.canonical.ResponseFormat;
import dev.switchboard.translate.canonical.Sampling;
import dev.switchboard.translate.canonical.StreamMode;
import dev.switchboard.translate.format.RequestDecoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decodes a Messages API request body (wire-formats.md §4.1) into a canonical request. Validates
 * what the API requires ({@code model}, {@code max_tokens}, {@code messages}) and the type of every
 * field it reads. Top-level fields without canonical meaning ({@code service_tier},
 * {@code container}, ...) are kept under {@link #EXTRA_KEY} in {@link ChatRequest#extra()}, so
 * only the Anthropic encoder ever copies them back.
 */
public final class AnthropicRequestDecoder implements RequestDecoder {

  /** The key of {@link ChatRequest#extra()} holding this format's unmapped top-level fields. */
  public static final String EXTRA_KEY = "anthropic_messages";

  private static final Set<String> MAPPED = Set.of("model", "max_tokens", "messages", "system",
      "tools", "tool_choice", "temperature", "top_p", "top_k", "stop_sequences", "thinking",
      "output_config", "metadata", "stream");

  @Override
  public ChatRequest decode(JsonNode body) {
    ObjectNode root = WireFields.object(body, "body");
    String model = WireFields.requiredString(root, "model", "");
    ObjectNode choice = WireFields.optionalObject(root, "tool_choice", "");
    ObjectNode outputConfig = WireFields.optionalObject(root, "output_config", "");
    ObjectNode metadata = WireFields.optionalObject(root, "metadata", "");
    Boolean stream = WireFields.optionalBoolean(root, "stream", "");
    return new ChatRequest(
        model,
        new AnthropicMessageDecoder().decode(root),
        AnthropicToolsDecoder.tools(root),
        AnthropicToolsDecoder.toolChoice(choice),
        AnthropicToolsDecoder.parallelToolCalls(choice),
        sampling(root),
        responseFormat(outputConfig),
        reasoning(WireFields.optionalObject(root, "thinking", ""), outputConfig),
        Boolean.TRUE.equals(stream) ? StreamMode.ON : StreamMode.OFF,
        metadata == null ? null : WireFields.optionalString(metadata, "user_id", "metadata"),
        extra(root));
  }

  private static Sampling sampling(ObjectNode root) {
    Integer maxTokens = WireFields.optionalInt(root, "max_tokens", "");
    if (maxTokens == null) {
      throw WireFields.invalid("max_tokens", "field required");
    }
    if (maxTokens < 1) {
      throw WireFields.invalid("max_tokens", "must be at least 1");
    }
    return new Sampling(
        WireFields.optionalNumber(root, "temperature", ""),
        WireFields.optionalNumber(root, "top_p", ""),
        WireFields.optionalInt(root, "top_k", ""),
        maxTokens,
        stopSequences(WireFields.optionalArray(root, "stop_sequences", "")),
        null, null, null);
  }

  private static List<String> stopSequences(ArrayNode array) {
    if (array == null) {
      return List.of();
    }
    List<String> stops = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      stops.add(WireFields.string(array.get(i), WireFields.at("stop_sequences", i)));
    }
    return stops;
  }

  private static ResponseFormat responseFormat(ObjectNode outputConfig) {
    ObjectNode format = outputConfig == null ? null
        : WireFields.optionalObject(outputConfig, "format", "output_config");
    if (format == null) {
      return null;
    }
    String path = "output_config.format";
    String type = WireFields.requiredString(format, "type", path);
    if (!type.equals("json_schema")) {
      throw WireFields.invalid(path + ".type", "expected 'json_schema', got '" + type + "'");
    }
    JsonNode schema = WireFields.object(WireFields.required(format, "schema", path), path + ".schema");
    return new ResponseFormat.JsonSchema(null, null, schema, null);
  }

  /**
   * {@code thinking} and {@code output_config.effort}. Enabled thinking gives its budget; adaptive
   * thinking gives the effort (if any) and asks for thoughts; disabled gives effort NONE.
   */
  private static Reasoning reasoning(ObjectNode thinking, ObjectNode outputConfig) {
    String effortText = outputConfig == null ? null
        : WireFields.optionalString(outputConfig, "effort", "output_config");
    ReasoningEffort effort = ReasoningEffort.parse(effortText);
    if (effortText != null && effort == null) {
      throw WireFields.invalid("output_config.effort", "unknown effort '" + effortText + "'");
    }
    if (thinking == null) {
      return effort == null ? null : new Reasoning(effort, null, null);
    }
    String type = WireFields.requiredString(thinking, "type", "thinking");
    return switch (type) {
      case "enabled" -> enabled(thinking, effort);
      case "adaptive" -> new Reasoning(effort, null, true);
      case "disabled" -> new Reasoning(ReasoningEffort.NONE, null, false);
      default -> throw WireFields.invalid("thinking.type",
          "expected enabled, adaptive or disabled, got '" + type + "'");
    };
  }

  private static Reasoning enabled(ObjectNode thinking, ReasoningEffort effort) {
    Integer budget = WireFields.optionalInt(thinking, "budget_tokens", "thinking");
    if (budget == null) {
      throw WireFields.invalid("thinking.budget_tokens", "field required");
    }
    boolean omitted = "omitted".equals(WireFields.optionalString(thinking, "display", "thinking"));
    return new Reasoning(effort, budget, !omitted);
  }

  private static ObjectNode extra(ObjectNode root) {
    ObjectNode kept = Json.object();
    for (Map.Entry<String, JsonNode> f : root.properties()) {
      if (!MAPPED.contains(f.getKey())) {
        kept.set(f.getKey(), f.getValue());
      }
    }
    if (kept.isEmpty()) {
      return null;
    }
    ObjectNode extra = Json.object();
    extra.set(EXTRA_KEY, kept);
    return extra;
  }
}
