package dev.switchboard.engine.pricing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the catalog JSON written by {@code tools/catalog/gen_models_dev.py}: {@code first_party}
 * (provider ids) and {@code providers: {provider: {model: entry}}}, an entry holding {@code name},
 * {@code price} ({@code input}, {@code output}, {@code cache_read}, {@code cache_write}, {@code
 * reasoning}), {@code tiers} ({@code above} plus rates), {@code context}, {@code input_limit},
 * {@code output_limit}, {@code in}, {@code out} and {@code caps}. Prices are read as exact decimals.
 */
public final class ModelCatalogReader {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private ModelCatalogReader() {}

  /** Reads a catalog from the class path; a missing or broken resource is a packaging error. */
  public static ModelCatalog readResource(String path) {
    try (InputStream in = ModelCatalogReader.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("catalog resource missing: " + path);
      }
      return read(JSON.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read catalog " + path, e);
    }
  }

  /** Reads a catalog from its JSON text. */
  public static ModelCatalog readJson(String json) {
    try {
      return read(JSON.readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse catalog", e);
    }
  }

  private static ModelCatalog read(JsonNode root) {
    List<String> firstParty = strings(root.path("first_party"));
    List<CatalogModel> models = new ArrayList<>();
    for (Map.Entry<String, JsonNode> p : root.path("providers").properties()) {
      for (Map.Entry<String, JsonNode> m : p.getValue().properties()) {
        models.add(model(p.getKey(), m.getKey(), m.getValue()));
      }
    }
    return new ModelCatalog(models, firstParty);
  }

  private static CatalogModel model(String provider, String id, JsonNode e) {
    ModelLimits limits = new ModelLimits(integer(e, "context"), integer(e, "input_limit"), integer(e, "output_limit"));
    Set<String> caps = new LinkedHashSet<>(strings(e.path("caps")));
    return new CatalogModel(provider, id, e.path("name").asText(id), price(e), limits,
        strings(e.path("in")), strings(e.path("out")), caps);
  }

  private static ModelPrice price(JsonNode e) {
    JsonNode p = e.get("price");
    if (p == null || decimal(p, "input") == null || decimal(p, "output") == null) {
      return null;
    }
    List<PriceTier> tiers = new ArrayList<>();
    for (JsonNode t : e.path("tiers")) {
      tiers.add(new PriceTier(t.path("above").asLong(), decimal(t, "input"), decimal(t, "output"),
          decimal(t, "cache_read"), decimal(t, "cache_write")));
    }
    return new ModelPrice(decimal(p, "input"), decimal(p, "output"), decimal(p, "cache_read"),
        decimal(p, "cache_write"), decimal(p, "reasoning"), tiers);
  }

  private static BigDecimal decimal(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || !v.isNumber() ? null : canonical(v.decimalValue());
  }

  /** One scale per value (2.5 and 2.50 are the same price), never exponent notation for integers. */
  static BigDecimal canonical(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static Integer integer(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || !v.canConvertToInt() ? null : v.intValue();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
