package dev.switchboard.engine.credential;

import static dev.switchboard.engine.Providers.listing;
import static dev.switchboard.engine.Providers.model;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.engine.config.CredentialConfig;
import dev.switchboard.engine.config.ProviderConfig;
import dev.switchboard.engine.config.Strategy;
import dev.switchboard.engine.route.RouteResolver;
import dev.switchboard.engine.route.TargetGroup;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CredentialPoolTest {

  private static CredentialPool pool(List<ProviderConfig> providers, Strategy strategy) {
    return new CredentialPool(providers, SelectionStrategy.of(strategy));
  }

  @Test
  void disabledCredentialsAreNeverOffered() {
    ProviderConfig p = listing("p", 0, List.of(model("m")), List.of(
        new CredentialConfig("a", 1, true), new CredentialConfig("b", 1, false)));
    CredentialPool pool = pool(List.of(p), Strategy.ROUND_ROBIN);
    TargetGroup g = new RouteResolver(List.of(p), Map.of()).group("m");

    for (int i = 0; i < 10; i++) {
      assertThat(pool.next(g, Set.of()).credential().index()).isEqualTo(1);
    }
    assertThat(pool.credentials("p")).extracting(Credential::index).containsExactly(1);
  }

  @Test
  void roundRobinSpreadsOverEveryProviderAndCredentialOfTheTopPriority() {
    List<ProviderConfig> ps = List.of(
        listing("a", 0, List.of(model("m")), dev.switchboard.engine.Providers.creds(1, 1)),
        listing("b", 0, List.of(model("m")), dev.switchboard.engine.Providers.creds(1)));
    CredentialPool pool = pool(ps, Strategy.ROUND_ROBIN);
    TargetGroup g = new RouteResolver(ps, Map.of()).group("m");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 3; i++) {
      seen.add(pool.next(g, Set.of()).credential().label());
    }
    assertThat(seen).containsExactlyInAnyOrder("a#0", "a#1", "b#0");
  }

  @Test
  void lowerPriorityIsUsedOnlyWhenTheHigherTierIsExhausted() {
    List<ProviderConfig> ps = List.of(
        listing("primary", 10, List.of(model("m")), dev.switchboard.engine.Providers.creds(1)),
        listing("backup", 0, List.of(model("m")), dev.switchboard.engine.Providers.creds(1)));
    CredentialPool pool = pool(ps, Strategy.ROUND_ROBIN);
    TargetGroup g = new RouteResolver(ps, Map.of()).group("m");

    Candidate first = pool.next(g, Set.of());
    assertThat(first.target().providerId()).isEqualTo("primary");
    Candidate second = pool.next(g, Set.of(first.key()));
    assertThat(second.target().providerId()).isEqualTo("backup");
    assertThat(pool.next(g, Set.of(first.key(), second.key()))).isNull();
  }

  @Test
  void upstreamLimitZeroDisablesTheProvidersCredentials() {
    ProviderConfig off = new ProviderConfig("off", "openai", null, null, 0, null, List.of(), List.of(model("m")),
        null, null, 0, -1, null, dev.switchboard.engine.Providers.creds(1), null, null);
    assertThat(pool(List.of(off), Strategy.ROUND_ROBIN).credentials("off")).isEmpty();
  }
}
