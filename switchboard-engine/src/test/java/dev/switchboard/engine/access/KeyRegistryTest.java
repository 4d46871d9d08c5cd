package dev.switchboard.engine.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.engine.config.BudgetPeriod;
import dev.switchboard.engine.config.ClientKeyConfig;
import dev.switchboard.engine.store.KeyLimits;
import dev.switchboard.engine.store.KeyState;
import dev.switchboard.engine.store.sql.SqlStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyRegistryTest {

  @TempDir
  Path dir;
  private SqlStore store;
  private ClientKeyDirectory directory;
  private KeyRegistry registry;

  @BeforeEach
  void open() {
    store = SqlStore.open("sqlite:" + dir.resolve("k.db"));
    directory = ClientKeyDirectory.fromConfig(List.of(
        new ClientKeyConfig("sk-config-team-key", "team", 5, null, null, null, null, List.of())));
    registry = registry(directory);
  }

  private KeyRegistry registry(ClientKeyDirectory d) {
    return new KeyRegistry(store.keys(), d, new KeyGenerator(new SecureRandom()),
        Clock.fixed(Instant.parse("2026-03-10T12:00:00.123456Z"), ZoneOffset.UTC));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aCreatedKeyIsStoredByHashAndAcceptedAtOnce() {
    IssuedKey k = registry.create(new KeySpec("ci", new KeyLimits(60, null, 1000, new BigDecimal("5"), null),
        List.of("gpt-*")));

    assertThat(k.secret()).matches("sk-sb-[0-9A-Za-z]{40}");
    assertThat(k.key().keyHash()).isEqualTo(KeyHashes.sha256(k.secret()));
    assertThat(k.key().prefix()).isEqualTo(k.secret().substring(0, 10));
    assertThat(k.key().limits().budgetPeriod()).as("budget without period: monthly").isEqualTo(BudgetPeriod.MONTH);
    assertThat(k.key().createdAt()).isEqualTo(Instant.parse("2026-03-10T12:00:00.123Z"));
    assertThat(store.keys().all().toString()).doesNotContain(k.secret());
    assertThat(k.toString()).doesNotContain(k.secret());

    Caller c = directory.lookup(k.secret());
    assertThat(c.keyId()).isEqualTo(k.key().id());
    assertThat(c.rpm()).isEqualTo(60);
    assertThat(c.budgetUsd()).isEqualByComparingTo("5");
    assertThat(c.mayUse("gpt-4o")).isTrue();
    assertThat(c.mayUse("claude")).isFalse();
  }

  @Test
  void disableEnableAndDeleteTakeEffectInTheDirectoryAtOnce() {
    IssuedKey k = registry.create(new KeySpec("ci", null, null));
    String id = k.key().id();

    assertThat(registry.setState(id, KeyState.DISABLED)).isEqualTo(KeyChange.DONE);
    assertThat(directory.lookup(k.secret()).enabled()).isFalse();
    assertThat(registry.setState(id, KeyState.ENABLED)).isEqualTo(KeyChange.DONE);
    assertThat(directory.lookup(k.secret()).enabled()).isTrue();
    assertThat(registry.delete(id)).isEqualTo(KeyChange.DONE);
    assertThat(directory.lookup(k.secret())).isNull();
    assertThat(registry.delete(id)).isEqualTo(KeyChange.NOT_FOUND);
    assertThat(registry.setState("key_nope", KeyState.DISABLED)).isEqualTo(KeyChange.NOT_FOUND);
  }

  @Test
  void configKeysAreListedButReadOnly() {
    registry.create(new KeySpec("api", null, null));
    List<ListedKey> all = registry.list();
    assertThat(all).extracting(l -> l.key().name()).containsExactly("team", "api");
    assertThat(all.get(0).source()).isEqualTo(KeySource.CONFIG);
    assertThat(all.get(0).key().prefix()).isEqualTo("sk-con").doesNotContain("team-key");
    String cfgId = all.get(0).key().id();

    assertThat(registry.find(cfgId)).isPresent();
    assertThat(registry.delete(cfgId)).isEqualTo(KeyChange.READ_ONLY);
    assertThat(registry.setState(cfgId, KeyState.DISABLED)).isEqualTo(KeyChange.READ_ONLY);
    assertThat(registry.delete("cfg-000000000000")).isEqualTo(KeyChange.NOT_FOUND);
    assertThat(directory.lookup("sk-config-team-key").enabled()).isTrue();
  }

  @Test
  void anotherInstancesChangeIsSeenOnRefresh() {
    ClientKeyDirectory other = ClientKeyDirectory.fromConfig(List.of());
    KeyRegistry otherRegistry = registry(other);
    IssuedKey k = registry.create(new KeySpec("shared", null, null));
    assertThat(other.lookup(k.secret())).isNull();

    otherRegistry.refresh();
    assertThat(other.lookup(k.secret())).isNotNull();
    registry.setState(k.key().id(), KeyState.DISABLED);
    otherRegistry.refresh();
    assertThat(other.lookup(k.secret()).enabled()).isFalse();
  }

  @Test
  void invalidSpecsAreRejected() {
    assertThatThrownBy(() -> registry.create(new KeySpec(" ", null, null))).hasMessageContaining("'name'");
    assertThatThrownBy(() -> registry.create(new KeySpec("x", new KeyLimits(-1, null, null, null, null), null)))
        .hasMessageContaining("'rpm'");
    assertThatThrownBy(() -> registry.create(new KeySpec("x", new KeyLimits(null, null, null, null,
        BudgetPeriod.DAY), null))).hasMessageContaining("'budget_period' needs 'budget_usd'");
    assertThat(store.keys().all()).isEmpty();
  }
}
