package dev.switchboard.engine.config;

/** One model-list source of the catalog sync. */
public record CatalogSourceConfig(
    String id, String url, String transformer, String keyEnv, String updateFrequency, boolean authoritative) {}
