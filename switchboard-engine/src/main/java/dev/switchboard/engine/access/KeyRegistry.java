package dev.switchboard.engine.access;

import dev.switchboard.engine.config.BudgetPeriod;
import dev.switchboard.engine.store.ClientKeyStore;
import dev.switchboard.engine.store.KeyLimits;
import dev.switchboard.engine.store.KeyState;
import dev.switchboard.engine.store.StoredKey;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Client-key administration: create, list, disable, enable and delete keys in the store, and keep
 * the in-memory {@link ClientKeyDirectory} in step (at once after every change, so it takes effect
 * on the next request; and by {@link #refresh}, which the app runs every few seconds so changes made
 * by another instance are seen). Config keys are listed too but are read-only. Blocking: call from
 * a worker thread.
 */
public final class KeyRegistry {

  private final ClientKeyStore store;
  private final ClientKeyDirectory directory;
  private final KeyGenerator generator;
  private final Clock clock;

  public KeyRegistry(ClientKeyStore store, ClientKeyDirectory directory, KeyGenerator generator, Clock clock) {
    this.store = store;
    this.directory = directory;
    this.generator = generator;
    this.clock = clock;
  }

  /**
   * Creates a key; the returned secret is never stored and cannot be shown again. A budget without
   * a period resets monthly (as in the config). Throws IllegalArgumentException for an invalid spec.
   */
  public IssuedKey create(KeySpec spec) {
    validate(spec);
    KeyLimits l = spec.limits();
    KeyLimits limits = l.budgetUsd() != null && l.budgetPeriod() == null
        ? new KeyLimits(l.rpm(), l.rpd(), l.tpm(), l.budgetUsd(), BudgetPeriod.MONTH) : l;
    String secret = generator.newKey();
    StoredKey key = new StoredKey(generator.newId(), spec.name().strip(), KeyHashes.sha256(secret),
        secret.substring(0, KeyGenerator.SHOWN_PREFIX), KeyState.ENABLED, limits, spec.models(),
        clock.instant().truncatedTo(ChronoUnit.MILLIS), null);
    store.insert(key);
    refresh();
    return new IssuedKey(key, secret);
  }

  /** Config keys first (in config order), then stored keys, oldest first. */
  public List<ListedKey> list() {
    List<ListedKey> out = new ArrayList<>();
    directory.configKeys().forEach(k -> out.add(new ListedKey(k, KeySource.CONFIG)));
    store.all().forEach(k -> out.add(new ListedKey(k, KeySource.API)));
    return out;
  }

  public Optional<ListedKey> find(String id) {
    if (ConfigKeys.isConfigId(id)) {
      return directory.configKeys().stream().filter(k -> k.id().equals(id)).findFirst()
          .map(k -> new ListedKey(k, KeySource.CONFIG));
    }
    return store.find(id).map(k -> new ListedKey(k, KeySource.API));
  }

  public KeyChange setState(String id, KeyState state) {
    if (ConfigKeys.isConfigId(id)) {
      return configChange(id);
    }
    if (!store.updateState(id, state)) {
      return KeyChange.NOT_FOUND;
    }
    refresh();
    return KeyChange.DONE;
  }

  public KeyChange delete(String id) {
    if (ConfigKeys.isConfigId(id)) {
      return configChange(id);
    }
    if (!store.delete(id)) {
      return KeyChange.NOT_FOUND;
    }
    refresh();
    return KeyChange.DONE;
  }

  /** Reloads the stored keys into the directory. */
  public void refresh() {
    directory.useStored(store.all());
  }

  private KeyChange configChange(String id) {
    boolean known = directory.configKeys().stream().anyMatch(k -> k.id().equals(id));
    return known ? KeyChange.READ_ONLY : KeyChange.NOT_FOUND;
  }

  private static void validate(KeySpec spec) {
    if (spec.name() == null || spec.name().isBlank()) {
      throw new IllegalArgumentException("'name' is required");
    }
    if (spec.name().length() > 200) {
      throw new IllegalArgumentException("'name' is longer than 200 characters");
    }
    KeyLimits l = spec.limits();
    nonNegative("rpm", l.rpm());
    nonNegative("rpd", l.rpd());
    nonNegative("tpm", l.tpm());
    if (l.budgetUsd() != null && l.budgetUsd().compareTo(BigDecimal.ZERO) < 0) {
      throw new IllegalArgumentException("'budget_usd' must not be negative");
    }
    if (l.budgetUsd() == null && l.budgetPeriod() != null) {
      throw new IllegalArgumentException("'budget_period' needs 'budget_usd'");
    }
  }

  private static void nonNegative(String field, Integer value) {
    if (value != null && value < 0) {
      throw new IllegalArgumentException("'" + field + "' must not be negative");
    }
  }
}
