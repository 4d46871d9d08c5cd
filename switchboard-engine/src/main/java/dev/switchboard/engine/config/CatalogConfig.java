package dev.switchboard.engine.config;

import java.util.List;

/** {@code catalog:} model-list sources to sync from, and a webhook told about changes. */
public record CatalogConfig(List<CatalogSourceConfig> sources, String webhookUrl) {

  public static final CatalogConfig DEFAULT = new CatalogConfig(List.of(), null);

  public CatalogConfig {
    sources = sources == null ? List.of() : List.copyOf(sources);
  }
}
