package dev.switchboard.engine.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.engine.config.BudgetPeriod;
import dev.switchboard.engine.config.ClientKeyConfig;
import dev.switchboard.engine.store.KeyLimits;
import dev.switchboard.engine.store.KeyState;
import dev.switchboard.engine.store.StoredKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientKeyDirectoryTest {

  @Test
  void looksUpByHashAndNeverKeepsTheKeyItself() {
    ClientKeyDirectory d = ClientKeyDirectory.fromConfig(List.of(
        new ClientKeyConfig("sk-sb-team", "team", 600, null, null, null, null, List.of("gpt-*"))));

    Caller c = d.lookup("sk-sb-team");
    assertThat(c.name()).isEqualTo("team");
    assertThat(c.rpm()).isEqualTo(600);
    assertThat(c.keyId()).startsWith("cfg-").doesNotContain("sk-sb-team");
    assertThat(c.toString()).doesNotContain("sk-sb-team");
    assertThat(c.mayUse("gpt-4o")).isTrue();
    assertThat(c.mayUse("claude-3")).isFalse();
    assertThat(d.lookup("sk-sb-other")).isNull();
    assertThat(d.lookup("")).isNull();
    assertThat(d.lookup(null)).isNull();
  }

  @Test
  void theIdOfAConfigKeyIsStableAcrossBuilds() {
    List<ClientKeyConfig> keys = List.of(new ClientKeyConfig("k1", "a", null, null, null, null, null, null));
    assertThat(ClientKeyDirectory.fromConfig(keys).lookup("k1").keyId())
        .isEqualTo(ClientKeyDirectory.fromConfig(keys).lookup("k1").keyId());
  }

  @Test
  void storedKeysMergeWithConfigKeysAndAReloadKeepsThem() {
    ClientKeyDirectory d = ClientKeyDirectory.fromConfig(List.of(
        new ClientKeyConfig("sk-cfg", "cfg", null, null, null, null, null, null)));
    d.useStored(List.of(stored("key_1", "sk-sb-stored", KeyState.DISABLED),
        stored("key_2", "sk-cfg", KeyState.DISABLED)));

    assertThat(d.lookup("sk-sb-stored").enabled()).as("disabled keys stay known: 403, not 401").isFalse();
    assertThat(d.lookup("sk-cfg").keyId()).as("a config key wins over a stored one").startsWith("cfg-");
    assertThat(d.lookup("sk-cfg").enabled()).isTrue();

    d.useConfig(List.of(new ClientKeyConfig("sk-new", "new", null, null, null, null, null, null)));
    assertThat(d.lookup("sk-new")).isNotNull();
    assertThat(d.lookup("sk-sb-stored")).isNotNull();
    assertThat(d.lookup("sk-cfg").keyId()).isEqualTo("key_2");
    assertThat(d.size()).isEqualTo(3);
  }

  private static StoredKey stored(String id, String secret, KeyState state) {
    return new StoredKey(id, id, KeyHashes.sha256(secret), "sk-sb-xxxx", state,
        new KeyLimits(1, 2, 3, BigDecimal.TEN, BudgetPeriod.DAY), List.of(), Instant.EPOCH, null);
  }
}
