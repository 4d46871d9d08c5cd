package dev.switchboard.translate.format.openai.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.format.TranslationException;

/**
 * Typed, validating access to fields of a wire JSON tree. Every mismatch becomes a
 * {@link TranslationException} naming the field by its path (e.g. {@code messages[2].role}), so
 * decoders never fail with a Jackson or class-cast exception on odd input.
 */
final class FieldReader {

  private FieldReader() {}

  static String path(String parent, String field) {
    return parent.isEmpty() ? field : parent + "." + field;
  }

  static String index(String parent, int i) {
    return parent + "[" + i + "]";
  }

  static TranslationException invalid(String path, String problem) {
    return TranslationException.invalid("'" + path + "' " + problem);
  }

  static boolean present(JsonNode obj, String field) {
    JsonNode v = obj.get(field);
    return v != null && !v.isNull();
  }

  static ObjectNode requireObject(JsonNode node, String path) {
    if (node instanceof ObjectNode o) {
      return o;
    }
    throw invalid(path, "must be a JSON object");
  }

  static ObjectNode optObject(JsonNode obj, String field, String parent) {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    return requireObject(v, path(parent, field));
  }

  static ArrayNode optArray(JsonNode obj, String field, String parent) {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v instanceof ArrayNode a) {
      return a;
    }
    throw invalid(path(parent, field), "must be an array");
  }

  static String optText(JsonNode obj, String field, String parent) {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw invalid(path(parent, field), "must be a string");
    }
    return v.textValue();
  }

  static String reqText(JsonNode obj, String field, String parent) {
    String s = optText(obj, field, parent);
    if (s == null) {
      throw invalid(path(parent, field), "is required");
    }
    return s;
  }

  static Double optNumber(JsonNode obj, String field, String parent) {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isNumber()) {
      throw invalid(path(parent, field), "must be a number");
    }
    return v.doubleValue();
  }

  static Long optLong(JsonNode obj, String field, String parent) {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
      throw invalid(path(parent, field), "must be an integer");
    }
    return v.longValue();
  }

  static Integer optInt(JsonNode obj, String field, String parent) {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw invalid(path(parent, field), "must be a 32-bit integer");
    }
    return v.intValue();
  }

  static Boolean optBool(JsonNode obj, String field, String parent) {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isBoolean()) {
      throw invalid(path(parent, field), "must be a boolean");
    }
    return v.booleanValue();
  }

  /** A count from a usage object: a non-negative integer, or 0 when absent or malformed. */
  static long count(JsonNode obj, String field) {
    if (obj == null) {
      return 0;
    }
    JsonNode v = obj.get(field);
    return v != null && v.isNumber() && v.canConvertToLong() ? Math.max(0, v.longValue()) : 0;
  }

  /** A string field read leniently (responses and streams): null unless it is a string. */
  static String lenientText(JsonNode obj, String field) {
    if (obj == null) {
      return null;
    }
    JsonNode v = obj.get(field);
    return v != null && v.isTextual() ? v.textValue() : null;
  }
}
