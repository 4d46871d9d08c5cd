package dev.switchboard.engine.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a provider's {@code quota-url} answer into remaining fractions per model (seed 004: the
 * upstream's {@code /health} lists accounts, each with per-model quota; with several accounts the
 * largest remaining fraction per model wins). Accepted JSON:
 * <pre>
 * { "accounts": [ { "models": { "claude-sonnet-4-5": { "remainingFraction": 0.42 }, "gpt-4o": 0.9 } },
 *                 { "models": [ { "name": "claude-sonnet-4-5", "remainingFraction": 0.8 } ] } ] }
 * </pre>
 * {@code accounts} may be omitted (the root is the single account). A model entry is a number or an
 * object with {@code remainingFraction} (also {@code remaining_fraction}, or nested in
 * {@code quotaInfo}); in the list form the model is named by {@code name}, {@code model} or
 * {@code id}. Fractions are clamped to 0..1; anything else is ignored.
 */
public final class QuotaDocument {

  private QuotaDocument() {}

  public static Map<String, Double> parse(JsonNode root) {
    Map<String, Double> out = new HashMap<>();
    if (root == null || !root.isObject()) {
      return out;
    }
    JsonNode accounts = root.get("accounts");
    for (JsonNode account : accounts != null && accounts.isArray() ? accounts : List.of(root)) {
      JsonNode models = account.get("models");
      if (models == null) {
        continue;
      }
      if (models.isObject()) {
        models.fields().forEachRemaining(e -> put(out, e.getKey(), e.getValue()));
      } else if (models.isArray()) {
        for (JsonNode m : models) {
          put(out, name(m), m);
        }
      }
    }
    return out;
  }

  private static String name(JsonNode m) {
    for (String f : new String[] {"name", "model", "id"}) {
      if (m.path(f).isTextual()) {
        return m.get(f).asText();
      }
    }
    return null;
  }

  private static void put(Map<String, Double> out, String model, JsonNode entry) {
    Double f = fraction(entry);
    if (model != null && f != null) {
      out.merge(model, Math.max(0, Math.min(1, f)), Math::max);
    }
  }

  private static Double fraction(JsonNode entry) {
    if (entry.isNumber()) {
      return entry.asDouble();
    }
    for (JsonNode n : new JsonNode[] {entry.path("remainingFraction"), entry.path("remaining_fraction"),
        entry.path("quotaInfo").path("remainingFraction")}) {
      if (n.isNumber()) {
        return n.asDouble();
      }
    }
    return null;
  }
}
