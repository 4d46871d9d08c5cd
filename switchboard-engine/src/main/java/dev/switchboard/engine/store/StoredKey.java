package dev.switchboard.engine.store;

import java.time.Instant;
import java.util.List;

/**
 * A client key as the store keeps it: never the key itself, only its SHA-256 hash and a short
 * prefix to recognise it by. {@code models} are the globs it may use (empty: any).
 * {@code lastUsedAt} is null until the key served a request.
 */
public record StoredKey(
    String id,
    String name,
    String keyHash,
    String prefix,
    KeyState state,
    KeyLimits limits,
    List<String> models,
    Instant createdAt,
    Instant lastUsedAt) {

  public StoredKey {
    models = models == null ? List.of() : List.copyOf(models);
    limits = limits == null ? KeyLimits.NONE : limits;
  }
}
