package dev.switchboard.engine.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds the sections about models and prices: {@code pricing.overrides} (USD per 1M tokens per
 * model, never negative) and {@code catalog} (model-list sources with unique ids, and a webhook).
 */
final class CatalogBinder {

  private CatalogBinder() {}

  static PricingConfig pricing(YamlMapping m) {
    YamlMapping overrides = m.mapping("overrides");
    Map<String, PriceOverride> prices = new LinkedHashMap<>();
    for (String model : overrides.keys()) {
      YamlMapping price = overrides.mapping(model);
      prices.put(model, new PriceOverride(
          price.decimal("input"),
          price.decimal("output"),
          price.decimal("cache-read"),
          price.decimal("cache-write"),
          price.decimal("reasoning")));
      price.finish();
    }
    overrides.finish();
    m.finish();
    return new PricingConfig(prices);
  }

  static CatalogConfig catalog(YamlMapping m) {
    List<YamlItem> items = m.list("sources");
    List<CatalogSourceConfig> sources = new ArrayList<>();
    Map<String, String> ids = new HashMap<>();
    for (YamlItem item : items == null ? List.<YamlItem>of() : items) {
      YamlMapping source = YamlMapping.of(m.context(), item.node(), item.path());
      if (source.present()) {
        sources.add(source(source, ids));
      } else if (YamlMapping.isNull(item.node())) {
        m.context().report(item.node(), item.path(), "empty list entry; a source needs an id and a url");
      }
    }
    CatalogConfig catalog = new CatalogConfig(sources, m.httpUrl("webhook-url"));
    m.finish();
    return catalog;
  }

  private static CatalogSourceConfig source(YamlMapping m, Map<String, String> ids) {
    YamlValue id = m.require("id");
    if (id != null) {
      String first = ids.putIfAbsent(id.text(), m.path());
      if (first != null) {
        id.report("duplicate source id '" + id.text() + "' (already used by " + first + ")");
      }
    }
    YamlValue url = m.require("url");
    CatalogSourceConfig source = new CatalogSourceConfig(
        id == null ? null : id.text(),
        url == null ? null : url.toHttpUrl(),
        m.string("transformer"),
        m.string("key-env"),
        m.string("update-frequency"),
        m.bool("authoritative", false));
    m.finish();
    return source;
  }
}
