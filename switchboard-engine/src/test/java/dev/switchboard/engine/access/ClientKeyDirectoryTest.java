package dev.switchboard.engine.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.engine.config.ClientKeyConfig;
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
}
