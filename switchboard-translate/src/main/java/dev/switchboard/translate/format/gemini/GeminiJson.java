package dev.switchboard.translate.format.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.format.TranslationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Typed, validating reads of Gemini JSON trees. Each field is looked up by its lowerCamelCase name
 * and, failing that, by its snake_case spelling (the REST API accepts both; the python SDK sends
 * camelCase). A field present with the wrong JSON type raises {@link TranslationException} naming
 * the field's path, so garbage never surfaces as another exception type.
 */
final class GeminiJson {

  /** snake_case twins of the names looked up: a bounded set, as callers pass this package's literals. */
  private static final Map<String, String> SNAKE = new ConcurrentHashMap<>();

  private GeminiJson() {}

  /** The field {@code camel} (or its snake_case twin) of {@code node}; null when absent or null. */
  static JsonNode field(JsonNode node, String camel) {
    if (node == null || !node.isObject()) {
      return null;
    }
    JsonNode v = node.get(camel);
    if (v == null || v.isNull()) {
      v = node.get(SNAKE.computeIfAbsent(camel, GeminiJson::snake));
    }
    return v == null || v.isNull() ? null : v;
  }

  static boolean has(JsonNode node, String camel) {
    return field(node, camel) != null;
  }

  static ObjectNode object(JsonNode node, String camel, String path) {
    JsonNode v = field(node, camel);
    if (v == null) {
      return null;
    }
    if (!v.isObject()) {
      throw invalid(join(path, camel), "an object");
    }
    return (ObjectNode) v;
  }

  static ArrayNode array(JsonNode node, String camel, String path) {
    JsonNode v = field(node, camel);
    if (v == null) {
      return null;
    }
    if (!v.isArray()) {
      throw invalid(join(path, camel), "an array");
    }
    return (ArrayNode) v;
  }

  static String string(JsonNode node, String camel, String path) {
    JsonNode v = field(node, camel);
    if (v == null) {
      return null;
    }
    if (!v.isTextual()) {
      throw invalid(join(path, camel), "a string");
    }
    return v.asText();
  }

  static Double number(JsonNode node, String camel, String path) {
    JsonNode v = field(node, camel);
    if (v == null) {
      return null;
    }
    if (!v.isNumber()) {
      throw invalid(join(path, camel), "a number");
    }
    return v.doubleValue();
  }

  /** An integer field; also accepts integral numbers written as strings (proto int64 JSON style). */
  static Long integer(JsonNode node, String camel, String path) {
    JsonNode v = field(node, camel);
    if (v == null) {
      return null;
    }
    if (v.isIntegralNumber() && v.canConvertToLong()) {
      return v.longValue();
    }
    if (v.isNumber() && v.doubleValue() == Math.rint(v.doubleValue())
        && Math.abs(v.doubleValue()) < 1e15) {
      return (long) v.doubleValue();
    }
    if (v.isTextual()) {
      try {
        return Long.parseLong(v.asText().trim());
      } catch (NumberFormatException e) {
        throw invalid(join(path, camel), "an integer");
      }
    }
    throw invalid(join(path, camel), "an integer");
  }

  /** An integer that must fit in an {@code int}. */
  static Integer int32(JsonNode node, String camel, String path) {
    Long v = integer(node, camel, path);
    if (v == null) {
      return null;
    }
    if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
      throw invalid(join(path, camel), "a 32-bit integer");
    }
    return v.intValue();
  }

  static Boolean bool(JsonNode node, String camel, String path) {
    JsonNode v = field(node, camel);
    if (v == null) {
      return null;
    }
    if (!v.isBoolean()) {
      throw invalid(join(path, camel), "a boolean");
    }
    return v.booleanValue();
  }

  /** A list of strings; a single string is accepted as a one-element list. */
  static List<String> strings(JsonNode node, String camel, String path) {
    JsonNode v = field(node, camel);
    List<String> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    if (v.isTextual()) {
      out.add(v.asText());
      return out;
    }
    if (!v.isArray()) {
      throw invalid(join(path, camel), "an array of strings");
    }
    for (JsonNode s : v) {
      if (!s.isTextual()) {
        throw invalid(join(path, camel), "an array of strings");
      }
      out.add(s.asText());
    }
    return out;
  }

  /** The element at {@code i} of an array, which must be an object. */
  static ObjectNode element(ArrayNode array, int i, String path) {
    JsonNode v = array.get(i);
    if (v == null || !v.isObject()) {
      throw invalid(path + "[" + i + "]", "an object");
    }
    return (ObjectNode) v;
  }

  static TranslationException invalid(String path, String expected) {
    return TranslationException.invalid("Gemini field '" + path + "' must be " + expected);
  }

  static String join(String path, String name) {
    return path == null || path.isEmpty() ? name : path + "." + name;
  }

  static String snake(String camel) {
    StringBuilder sb = new StringBuilder(camel.length() + 4);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c)) {
        sb.append('_').append(Character.toLowerCase(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
