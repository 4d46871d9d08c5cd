package dev.switchboard.engine.access;

import dev.switchboard.engine.config.ClientKeyConfig;
import dev.switchboard.engine.route.Glob;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The client keys the gateway accepts, by SHA-256 hash, held in memory. Built from the config's
 * {@code client-keys}; the id of a config key is {@code cfg-} plus the first 12 hex digits of its
 * hash, so it is stable across restarts and never reveals the key.
 */
public final class ClientKeyDirectory {

  private final Map<String, Caller> byHash;

  private ClientKeyDirectory(Map<String, Caller> byHash) {
    this.byHash = Map.copyOf(byHash);
  }

  public static ClientKeyDirectory fromConfig(List<ClientKeyConfig> keys) {
    Map<String, Caller> map = new HashMap<>();
    for (ClientKeyConfig k : keys) {
      if (k.key() == null || k.key().isBlank()) {
        continue;
      }
      String hash = KeyHashes.sha256(k.key());
      String name = k.name() == null ? "config key" : k.name();
      map.put(hash, new Caller("cfg-" + hash.substring(0, 12), name, k.rpm(), k.rpd(), k.tpm(), Glob.all(k.models())));
    }
    return new ClientKeyDirectory(map);
  }

  /** The caller for a presented key, or null when the key is unknown. */
  public Caller lookup(String presentedKey) {
    if (presentedKey == null || presentedKey.isEmpty()) {
      return null;
    }
    return byHash.get(KeyHashes.sha256(presentedKey));
  }

  public int size() {
    return byHash.size();
  }
}
