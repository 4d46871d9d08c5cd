package dev.switchboard.server.http.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.engine.access.KeySpec;
import dev.switchboard.engine.config.BudgetPeriod;
import dev.switchboard.engine.store.KeyLimits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the body of {@code POST /admin/keys}: {@code name} (required), {@code rpm}, {@code rpd},
 * {@code tpm}, {@code budget_usd}, {@code budget_period} ({@code day|week|month}) and {@code models}
 * (an array of globs, or one comma-separated string). Unknown fields are rejected, so a typo never
 * silently creates an unlimited key. Throws IllegalArgumentException naming the field.
 */
final class KeySpecReader {

  private static final Set<String> FIELDS = Set.of("name", "rpm", "rpd", "tpm", "budget_usd", "budget_period",
      "models");

  private KeySpecReader() {}

  static KeySpec read(JsonNode body) {
    if (!(body instanceof ObjectNode o)) {
      throw new IllegalArgumentException("the body must be a JSON object such as {\"name\": \"ci\"}");
    }
    for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!FIELDS.contains(f)) {
        throw new IllegalArgumentException("unknown field '" + f + "'; known: " + String.join(", ", FIELDS));
      }
    }
    JsonNode name = o.get("name");
    if (name == null || !name.isTextual()) {
      throw new IllegalArgumentException("'name' is required and must be a string");
    }
    KeyLimits limits = new KeyLimits(count(o, "rpm"), count(o, "rpd"), count(o, "tpm"), budget(o), period(o));
    return new KeySpec(name.asText(), limits, models(o.get("models")));
  }

  private static Integer count(ObjectNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.canConvertToInt() || !v.isIntegralNumber()) {
      throw new IllegalArgumentException("'" + field + "' must be a whole number");
    }
    return v.intValue();
  }

  private static BigDecimal budget(ObjectNode o) {
    JsonNode v = o.get("budget_usd");
    if (v == null || v.isNull()) {
      return null;
    }
    try {
      return v.isNumber() ? v.decimalValue() : new BigDecimal(v.asText().strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'budget_usd' must be a number of dollars such as 25 or 12.50");
    }
  }

  private static BudgetPeriod period(ObjectNode o) {
    JsonNode v = o.get("budget_period");
    if (v == null || v.isNull()) {
      return null;
    }
    try {
      return BudgetPeriod.valueOf(v.asText().strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'budget_period' must be day, week or month");
    }
  }

  private static List<String> models(JsonNode v) {
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (v.isTextual()) {
      for (String s : v.asText().split(",")) {
        if (!s.isBlank()) {
          out.add(s.strip());
        }
      }
      return out;
    }
    if (!v.isArray()) {
      throw new IllegalArgumentException("'models' must be an array of model names or globs");
    }
    for (JsonNode m : v) {
      if (!m.isTextual() || m.asText().isBlank()) {
        throw new IllegalArgumentException("'models' must hold non-empty strings");
      }
      out.add(m.asText().strip());
    }
    return out;
  }
}
