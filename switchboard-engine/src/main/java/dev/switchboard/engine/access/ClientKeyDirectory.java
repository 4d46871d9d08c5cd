package dev.switchboard.engine.access;

import dev.switchboard.engine.config.ClientKeyConfig;
import dev.switchboard.engine.route.Glob;
import dev.switchboard.engine.store.StoredKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The client keys the gateway accepts, by SHA-256 hash, held in memory so the request path never
 * reads the store. Two sources are merged: the config's {@code client-keys} (replaced on reload)
 * and the keys stored through the admin API (replaced after every admin change and by the periodic
 * refresh). A config key wins over a stored key with the same hash. Disabled keys stay listed, so
 * the caller can be told 403 rather than 401.
 */
public final class ClientKeyDirectory {

  private List<StoredKey> config;
  private List<StoredKey> stored = List.of();
  private volatile Map<String, Caller> byHash;

  private ClientKeyDirectory(List<StoredKey> config) {
    this.config = config;
    this.byHash = merge(config, stored);
  }

  public static ClientKeyDirectory fromConfig(List<ClientKeyConfig> keys) {
    return new ClientKeyDirectory(ConfigKeys.of(keys));
  }

  /** Replaces the config keys (on reload). */
  public synchronized void useConfig(List<ClientKeyConfig> keys) {
    config = ConfigKeys.of(keys);
    byHash = merge(config, stored);
  }

  /** Replaces the stored keys (after an admin change, and periodically). */
  public synchronized void useStored(List<StoredKey> keys) {
    stored = List.copyOf(keys);
    byHash = merge(config, stored);
  }

  /** The config keys, in the shape of stored keys. */
  public synchronized List<StoredKey> configKeys() {
    return config;
  }

  /** The caller for a presented key (possibly disabled), or null when the key is unknown. */
  public Caller lookup(String presentedKey) {
    if (presentedKey == null || presentedKey.isEmpty()) {
      return null;
    }
    return byHash.get(KeyHashes.sha256(presentedKey));
  }

  public int size() {
    return byHash.size();
  }

  private static Map<String, Caller> merge(List<StoredKey> config, List<StoredKey> stored) {
    Map<String, Caller> map = new HashMap<>();
    for (StoredKey k : stored) {
      map.put(k.keyHash(), caller(k));
    }
    for (StoredKey k : config) {
      map.put(k.keyHash(), caller(k));
    }
    return Map.copyOf(map);
  }

  private static Caller caller(StoredKey k) {
    return new Caller(k.id(), k.name(), k.limits().rpm(), k.limits().rpd(), k.limits().tpm(), Glob.all(k.models()),
        k.limits().budgetUsd(), k.limits().budgetPeriod(), k.state());
  }
}
