package dev.switchboard.translate.format.gemini;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.Reasoning;
import dev.switchboard.translate.canonical.ReasoningEffort;
import dev.switchboard.translate.canonical.ResponseFormat;
import dev.switchboard.translate.canonical.Sampling;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code generationConfig}: sampling, JSON mode / schema ({@code responseMimeType} +
 * {@code responseJsonSchema}) and {@code thinkingConfig} (wire-formats.md §5.1, §6.1 #7).
 */
final class GeminiGenerationConfigEncoder {

  /** Budgets derived from an effort stop at the Flash maximum, which every 2.5 model accepts. */
  static final int MAX_EFFORT_BUDGET = 24576;

  private static final int MAX_STOP_SEQUENCES = 5;
  private static final System.Logger LOG = System.getLogger(GeminiGenerationConfigEncoder.class.getName());

  private GeminiGenerationConfigEncoder() {}

  static ObjectNode encode(ChatRequest request) {
    ObjectNode config = Json.object();
    sampling(request.sampling(), config);
    responseFormat(request.responseFormat(), config);
    ObjectNode thinking = thinking(request.reasoning(), request.model());
    if (!thinking.isEmpty()) {
      config.set("thinkingConfig", thinking);
    }
    return config;
  }

  private static void sampling(Sampling s, ObjectNode config) {
    putIfSet(config, "temperature", s.temperature());
    putIfSet(config, "topP", s.topP());
    if (s.topK() != null) {
      config.put("topK", s.topK());
    }
    if (s.maxTokens() != null) {
      config.put("maxOutputTokens", s.maxTokens());
    }
    List<String> stop = s.stop();
    if (!stop.isEmpty()) {
      if (stop.size() > MAX_STOP_SEQUENCES) {
        LOG.log(Level.DEBUG, "keeping the first {0} of {1} stop sequences", MAX_STOP_SEQUENCES, stop.size());
      }
      ArrayNode seqs = config.putArray("stopSequences");
      stop.stream().limit(MAX_STOP_SEQUENCES).forEach(seqs::add);
    }
    if (s.seed() != null) {
      if (s.seed() >= Integer.MIN_VALUE && s.seed() <= Integer.MAX_VALUE) {
        config.put("seed", s.seed().intValue());
      } else {
        LOG.log(Level.DEBUG, "dropping seed {0}: Gemini takes a 32-bit seed", s.seed());
      }
    }
    putIfSet(config, "presencePenalty", s.presencePenalty());
    putIfSet(config, "frequencyPenalty", s.frequencyPenalty());
  }

  private static void responseFormat(ResponseFormat format, ObjectNode config) {
    if (format instanceof ResponseFormat.JsonObject) {
      config.put("responseMimeType", "application/json");
    } else if (format instanceof ResponseFormat.JsonSchema schema) {
      config.put("responseMimeType", "application/json");
      if (schema.schema() != null && !schema.schema().isNull()) {
        config.set("responseJsonSchema", schema.schema().deepCopy());
      }
    }
  }

  private static ObjectNode thinking(Reasoning reasoning, String model) {
    ObjectNode thinking = Json.object();
    if (reasoning == null) {
      return thinking;
    }
    Integer budget = reasoning.budgetTokens();
    ReasoningEffort effort = reasoning.effort();
    if (budget == null && effort != null) {
      budget = Math.min(effort.budget(), MAX_EFFORT_BUDGET);
    }
    boolean off = budget != null && budget == 0;
    // Pro models cannot switch thinking off; 128 is their minimum (ai.google.dev/gemini-api/docs/thinking).
    if (off && model != null && model.toLowerCase(Locale.ROOT).contains("pro")) {
      budget = 128;
    }
    if (budget != null) {
      thinking.put("thinkingBudget", budget);
    }
    if (!off) {
      Boolean include = reasoning.includeThoughts();
      thinking.put("includeThoughts", include == null || include);
    }
    return thinking;
  }

  private static void putIfSet(ObjectNode config, String name, Double value) {
    if (value != null) {
      config.put(name, value);
    }
  }
}
