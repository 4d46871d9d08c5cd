package dev.switchboard.translate.format.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.format.TranslationException;

/**
 * Typed, validating access to fields of a wire JSON tree. Every violation becomes a
 * {@link TranslationException} naming the field by its dotted path ({@code messages.1.content.0}),
 * so decoders fed garbage never fail with another exception type. A JSON {@code null} counts as
 * absent.
 */
final class WireFields {

  private WireFields() {}

  static String at(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  static String at(String path, int index) {
    return path + "." + index;
  }

  static TranslationException invalid(String path, String problem) {
    return TranslationException.invalid(path + ": " + problem);
  }

  static ObjectNode object(JsonNode node, String path) {
    if (node instanceof ObjectNode o) {
      return o;
    }
    throw invalid(path, "expected an object");
  }

  static ArrayNode array(JsonNode node, String path) {
    if (node instanceof ArrayNode a) {
      return a;
    }
    throw invalid(path, "expected an array");
  }

  /** The field's value, or null when it is missing or JSON null. */
  static JsonNode field(ObjectNode obj, String name) {
    JsonNode v = obj.get(name);
    return v == null || v.isNull() ? null : v;
  }

  static JsonNode required(ObjectNode obj, String name, String path) {
    JsonNode v = field(obj, name);
    if (v == null) {
      throw invalid(at(path, name), "field required");
    }
    return v;
  }

  static String requiredString(ObjectNode obj, String name, String path) {
    return string(required(obj, name, path), at(path, name));
  }

  static String optionalString(ObjectNode obj, String name, String path) {
    JsonNode v = field(obj, name);
    return v == null ? null : string(v, at(path, name));
  }

  static String string(JsonNode v, String path) {
    if (!v.isTextual()) {
      throw invalid(path, "expected a string");
    }
    return v.textValue();
  }

  static ObjectNode optionalObject(ObjectNode obj, String name, String path) {
    JsonNode v = field(obj, name);
    return v == null ? null : object(v, at(path, name));
  }

  static ArrayNode optionalArray(ObjectNode obj, String name, String path) {
    JsonNode v = field(obj, name);
    return v == null ? null : array(v, at(path, name));
  }

  static Integer optionalInt(ObjectNode obj, String name, String path) {
    JsonNode v = field(obj, name);
    if (v == null) {
      return null;
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw invalid(at(path, name), "expected an integer");
    }
    return v.intValue();
  }

  static long longOrZero(ObjectNode obj, String name) {
    JsonNode v = field(obj, name);
    return v != null && v.isIntegralNumber() && v.canConvertToLong() ? Math.max(0, v.longValue()) : 0;
  }

  static Double optionalNumber(ObjectNode obj, String name, String path) {
    JsonNode v = field(obj, name);
    if (v == null) {
      return null;
    }
    if (!v.isNumber()) {
      throw invalid(at(path, name), "expected a number");
    }
    return v.doubleValue();
  }

  static Boolean optionalBoolean(ObjectNode obj, String name, String path) {
    JsonNode v = field(obj, name);
    if (v == null) {
      return null;
    }
    if (!v.isBoolean()) {
      throw invalid(at(path, name), "expected a boolean");
    }
    return v.booleanValue();
  }
}
