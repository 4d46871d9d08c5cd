package dev.switchboard.engine.store;

/**
 * A page of the request log, newest first: at most {@code limit} entries before {@code before}
 * (null: from the newest), filtered by the non-null fields. {@code status} is {@code ok},
 * {@code error} (any failure), an error kind such as {@code rate_limited}, or an HTTP status.
 */
public record LogQuery(int limit, LogCursor before, String keyId, String model, String status) {}
