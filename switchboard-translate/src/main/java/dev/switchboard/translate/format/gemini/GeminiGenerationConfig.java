package dev.switchboard.translate.format.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.canonical.Reasoning;
import dev.switchboard.translate.canonical.ReasoningEffort;
import dev.switchboard.translate.canonical.ResponseFormat;
import dev.switchboard.translate.canonical.Sampling;
import java.lang.System.Logger.Level;
import java.util.Locale;

/**
 * The canonical settings decoded from {@code generationConfig} (wire-formats.md §5.1): sampling,
 * the response format ({@code responseMimeType} + {@code responseSchema|responseJsonSchema}) and
 * reasoning ({@code thinkingConfig}: {@code thinkingBudget}, {@code thinkingLevel},
 * {@code includeThoughts}; a budget of -1 means dynamic and decodes to no budget).
 */
record GeminiGenerationConfig(Sampling sampling, ResponseFormat responseFormat, Reasoning reasoning) {

  private static final System.Logger LOG = System.getLogger(GeminiGenerationConfig.class.getName());
  private static final String PATH = "generationConfig";

  static GeminiGenerationConfig decode(ObjectNode config) {
    if (config == null) {
      return new GeminiGenerationConfig(Sampling.NONE, null, null);
    }
    Long candidates = GeminiJson.integer(config, "candidateCount", PATH);
    if (candidates != null && candidates > 1) {
      LOG.log(Level.DEBUG, "dropping generationConfig.candidateCount {0}: one candidate only", candidates);
    }
    Double topK = GeminiJson.number(config, "topK", PATH);
    Sampling sampling = new Sampling(
        GeminiJson.number(config, "temperature", PATH),
        GeminiJson.number(config, "topP", PATH),
        topK == null ? null : (int) Math.round(topK),
        GeminiJson.int32(config, "maxOutputTokens", PATH),
        GeminiJson.strings(config, "stopSequences", PATH),
        GeminiJson.integer(config, "seed", PATH),
        GeminiJson.number(config, "presencePenalty", PATH),
        GeminiJson.number(config, "frequencyPenalty", PATH));
    return new GeminiGenerationConfig(sampling, responseFormat(config), reasoning(config));
  }

  private static ResponseFormat responseFormat(ObjectNode config) {
    String mime = GeminiJson.string(config, "responseMimeType", PATH);
    JsonNode schema = GeminiJson.field(config, "responseJsonSchema");
    if (schema == null) {
      schema = GeminiSchemas.toJsonSchema(GeminiJson.field(config, "responseSchema"));
    } else {
      schema = schema.deepCopy();
    }
    if (schema != null && !schema.isObject()) {
      throw GeminiJson.invalid(PATH + ".responseSchema", "an object");
    }
    boolean json = mime != null && mime.toLowerCase(Locale.ROOT).startsWith("application/json");
    if (schema != null && (json || mime == null)) {
      return new ResponseFormat.JsonSchema(null, null, schema, null);
    }
    if (json) {
      return new ResponseFormat.JsonObject();
    }
    if (mime != null && !mime.equals("text/plain")) {
      LOG.log(Level.DEBUG, "dropping responseMimeType {0}: no canonical form", mime);
    }
    return null;
  }

  private static Reasoning reasoning(ObjectNode config) {
    ObjectNode thinking = GeminiJson.object(config, "thinkingConfig", PATH);
    if (thinking == null) {
      return null;
    }
    String path = PATH + ".thinkingConfig";
    Integer budget = GeminiJson.int32(thinking, "thinkingBudget", path);
    String level = GeminiJson.string(thinking, "thinkingLevel", path);
    Boolean include = GeminiJson.bool(thinking, "includeThoughts", path);
    ReasoningEffort effort = level == null ? null : ReasoningEffort.parse(level.toLowerCase(Locale.ROOT));
    if (level != null && effort == null && !level.equals("THINKING_LEVEL_UNSPECIFIED")) {
      throw GeminiJson.invalid(path + ".thinkingLevel", "one of MINIMAL, LOW, MEDIUM, HIGH");
    }
    Integer fixedBudget = budget != null && budget >= 0 ? budget : null;
    boolean dynamic = budget != null && budget < 0;
    if (effort == null && fixedBudget == null && include == null && !dynamic) {
      return null;
    }
    return new Reasoning(effort, fixedBudget, include);
  }
}
