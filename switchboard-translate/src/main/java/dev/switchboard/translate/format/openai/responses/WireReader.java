package dev.switchboard.translate.format.openai.responses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.format.TranslationException;

/**
 * Typed, validating access to wire JSON: every accessor names the offending field in a
 * {@link TranslationException} when a value has the wrong type, so decoders never fail with
 * another exception on garbage input. Absent and JSON {@code null} values read as Java null.
 */
final class WireReader {

  private WireReader() {}

  static ObjectNode object(JsonNode node, String path) {
    if (node instanceof ObjectNode o) {
      return o;
    }
    throw TranslationException.invalid(path + " must be an object");
  }

  static ObjectNode optObject(JsonNode parent, String field, String path) {
    JsonNode v = present(parent, field);
    return v == null ? null : object(v, path + field);
  }

  static ArrayNode optArray(JsonNode parent, String field, String path) {
    JsonNode v = present(parent, field);
    if (v == null) {
      return null;
    }
    if (v instanceof ArrayNode a) {
      return a;
    }
    throw TranslationException.invalid(path + field + " must be an array");
  }

  static String optText(JsonNode parent, String field, String path) {
    JsonNode v = present(parent, field);
    if (v == null) {
      return null;
    }
    if (v.isTextual()) {
      return v.textValue();
    }
    throw TranslationException.invalid(path + field + " must be a string");
  }

  static String text(JsonNode parent, String field, String path) {
    String v = optText(parent, field, path);
    if (v == null) {
      throw TranslationException.invalid(path + field + " is required");
    }
    return v;
  }

  static Double optNumber(JsonNode parent, String field, String path) {
    JsonNode v = present(parent, field);
    if (v == null) {
      return null;
    }
    if (v.isNumber()) {
      return v.doubleValue();
    }
    throw TranslationException.invalid(path + field + " must be a number");
  }

  static Integer optInt(JsonNode parent, String field, String path) {
    JsonNode v = present(parent, field);
    if (v == null) {
      return null;
    }
    if (v.isIntegralNumber() && v.canConvertToInt()) {
      return v.intValue();
    }
    throw TranslationException.invalid(path + field + " must be an integer");
  }

  static Boolean optBool(JsonNode parent, String field, String path) {
    JsonNode v = present(parent, field);
    if (v == null) {
      return null;
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    throw TranslationException.invalid(path + field + " must be a boolean");
  }

  /** A long from a lenient source (usage counters): missing or non-numeric reads as 0. */
  static long count(JsonNode parent, String field) {
    JsonNode v = parent == null ? null : parent.get(field);
    return v != null && v.isNumber() ? Math.max(0, v.longValue()) : 0;
  }

  /** A string from a lenient source (responses, events): anything but a string reads as null. */
  static String str(JsonNode parent, String field) {
    JsonNode v = parent == null ? null : parent.get(field);
    return v != null && v.isTextual() ? v.textValue() : null;
  }

  private static JsonNode present(JsonNode parent, String field) {
    JsonNode v = parent.get(field);
    return v == null || v.isNull() ? null : v;
  }
}
