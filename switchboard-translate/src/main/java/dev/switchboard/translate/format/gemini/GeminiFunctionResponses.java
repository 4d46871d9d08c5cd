package dev.switchboard.translate.format.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.Part;
import java.util.List;

/**
 * {@code functionResponse.response} objects to canonical tool-result text and back. Gemini wants
 * an object: "Use 'output' key to specify function output and 'error' key to specify error
 * details ... otherwise the whole response is treated as function output" (GENAI-SDK
 * {@code types.py} {@code FunctionResponse.response}). Plain text results are wrapped as
 * {@code {"result": text}}, as CLIProxyAPI does ({@code gemini_openai_request.go}).
 */
final class GeminiFunctionResponses {

  private GeminiFunctionResponses() {}

  /** A decoded function response: its text and whether it reports an error. */
  record Decoded(String text, boolean isError) {}

  static Decoded decode(JsonNode response) {
    if (response == null) {
      return new Decoded("", false);
    }
    if (response.size() == 1) {
      for (String key : List.of("result", "output")) {
        if (response.has(key)) {
          return new Decoded(text(response.get(key)), false);
        }
      }
      if (response.has("error")) {
        return new Decoded(text(response.get("error")), true);
      }
    }
    return new Decoded(Json.write(response), false);
  }

  /** The {@code response} object for a canonical tool result. */
  static ObjectNode encode(Part.ToolResult result) {
    String text = result.joinedText();
    JsonNode parsed = Json.parseOrNull(text.trim());
    if (!result.isError() && parsed != null && parsed.isObject()) {
      return (ObjectNode) parsed;
    }
    ObjectNode wrapped = Json.object();
    String key = result.isError() ? "error" : "result";
    if (parsed != null && parsed.isContainerNode()) {
      wrapped.set(key, parsed);
    } else {
      wrapped.put(key, text);
    }
    return wrapped;
  }

  private static String text(JsonNode value) {
    return value.isTextual() ? value.asText() : Json.write(value);
  }
}
