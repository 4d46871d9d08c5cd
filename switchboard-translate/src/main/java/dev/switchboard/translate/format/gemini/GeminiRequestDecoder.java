package dev.switchboard.translate.format.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.StreamMode;
import dev.switchboard.translate.canonical.Tool;
import dev.switchboard.translate.format.RequestDecoder;
import dev.switchboard.translate.format.TranslationException;
import java.util.List;

/**
 * Decodes a {@code generateContent} body into a canonical request. The model and the stream flag
 * are in the URL, so the result has no model and {@link StreamMode#OFF}; the caller applies
 * {@link ChatRequest#withModel} and {@link ChatRequest#withStream}. Fields without canonical
 * meaning ({@code safetySettings}, {@code cachedContent}, built-in tools) are kept under
 * {@code extra.gemini} for the Gemini encoder.
 */
final class GeminiRequestDecoder implements RequestDecoder {

  /** The key of {@link ChatRequest#extra} that holds Gemini-only fields. */
  static final String EXTRA_KEY = "gemini";

  @Override
  public ChatRequest decode(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw TranslationException.invalid("Gemini request body must be a JSON object");
    }
    ArrayNode contents = GeminiJson.array(body, "contents", "");
    if (contents == null || contents.isEmpty()) {
      throw TranslationException.invalid("Gemini field 'contents' is required and must not be empty");
    }
    GeminiContentsDecoder messages = new GeminiContentsDecoder();
    messages.system(GeminiJson.field(body, "systemInstruction"));
    messages.contents(contents);
    ArrayNode builtIns = Json.array();
    List<Tool> tools = GeminiToolsDecoder.tools(GeminiJson.array(body, "tools", ""), builtIns);
    ObjectNode toolConfig = GeminiJson.object(body, "toolConfig", "");
    GeminiGenerationConfig config =
        GeminiGenerationConfig.decode(GeminiJson.object(body, "generationConfig", ""));
    return new ChatRequest(null, messages.messages(), tools, GeminiToolsDecoder.choice(toolConfig),
        null, config.sampling(), config.responseFormat(), config.reasoning(), StreamMode.OFF, null,
        extra(body, builtIns));
  }

  private static ObjectNode extra(JsonNode body, ArrayNode builtIns) {
    ObjectNode gemini = Json.object();
    JsonNode safety = GeminiJson.field(body, "safetySettings");
    if (safety != null) {
      if (!safety.isArray()) {
        throw GeminiJson.invalid("safetySettings", "an array");
      }
      gemini.set("safetySettings", safety.deepCopy());
    }
    String cached = GeminiJson.string(body, "cachedContent", "");
    if (cached != null) {
      gemini.put("cachedContent", cached);
    }
    if (!builtIns.isEmpty()) {
      gemini.set("tools", builtIns);
    }
    if (gemini.isEmpty()) {
      return null;
    }
    ObjectNode extra = Json.object();
    extra.set(EXTRA_KEY, gemini);
    return extra;
  }
}
