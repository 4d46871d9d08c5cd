package dev.switchboard.engine.access;

import dev.switchboard.engine.config.ClientKeyConfig;
import dev.switchboard.engine.store.KeyLimits;
import dev.switchboard.engine.store.KeyState;
import dev.switchboard.engine.store.StoredKey;
import java.util.ArrayList;
import java.util.List;

/**
 * The config's {@code client-keys} in the shape of stored keys. The id of a config key is
 * {@code cfg-} plus the first 12 hex digits of its hash, so it is stable across restarts and never
 * reveals the key; its prefix shows at most a third of the key (at most six characters).
 */
final class ConfigKeys {

  private ConfigKeys() {}

  static List<StoredKey> of(List<ClientKeyConfig> keys) {
    List<StoredKey> out = new ArrayList<>(keys.size());
    for (ClientKeyConfig k : keys) {
      if (k.key() == null || k.key().isBlank()) {
        continue;
      }
      String hash = KeyHashes.sha256(k.key());
      String name = k.name() == null ? "config key" : k.name();
      KeyLimits limits = new KeyLimits(k.rpm(), k.rpd(), k.tpm(), k.budgetUsd(), k.budgetPeriod());
      out.add(new StoredKey("cfg-" + hash.substring(0, 12), name, hash, prefix(k.key()), KeyState.ENABLED, limits,
          k.models(), null, null));
    }
    return out;
  }

  static boolean isConfigId(String id) {
    return id.startsWith("cfg-");
  }

  private static String prefix(String key) {
    return key.substring(0, Math.min(6, key.length() / 3));
  }
}
