package dev.switchboard.translate.format.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a Gemini OpenAPI-subset {@code Schema} ({@code parameters}, {@code responseSchema}) into
 * JSON Schema for the canonical model. The subset spells types in upper case ({@code "OBJECT"},
 * GENAI-SDK {@code types.py} {@code Type}), which other providers reject; everything else is kept.
 */
final class GeminiSchemas {

  private GeminiSchemas() {}

  /** A JSON Schema copy of {@code schema} with every {@code type} string in lower case. */
  static JsonNode toJsonSchema(JsonNode schema) {
    if (schema == null) {
      return null;
    }
    JsonNode copy = schema.deepCopy();
    lowerTypes(copy);
    return copy;
  }

  private static void lowerTypes(JsonNode node) {
    if (node instanceof ObjectNode obj) {
      Iterator<Map.Entry<String, JsonNode>> it = obj.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getKey().equals("type") && e.getValue().isTextual()) {
          e.setValue(TextNode.valueOf(e.getValue().asText().toLowerCase(Locale.ROOT)));
        } else {
          lowerTypes(e.getValue());
        }
      }
    } else if (node instanceof ArrayNode arr) {
      for (JsonNode child : arr) {
        lowerTypes(child);
      }
    }
  }
}
