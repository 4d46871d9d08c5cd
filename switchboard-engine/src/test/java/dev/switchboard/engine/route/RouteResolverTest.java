package dev.switchboard.engine.route;

import static dev.switchboard.engine.Providers.creds;
import static dev.switchboard.engine.Providers.listing;
import static dev.switchboard.engine.Providers.model;
import static dev.switchboard.engine.Providers.passthrough;
import static dev.switchboard.engine.Providers.prefixed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.engine.config.ModelConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteResolverTest {

  @Test
  void aliasAndMappingResolveToTheUpstreamName() {
    RouteResolver r = new RouteResolver(List.of(listing("openai", 0,
        List.of(new ModelConfig("gpt-4o", "gpt4", null), new ModelConfig("gpt-4o-mini", null, "gpt-4o-mini-2024-07-18")),
        creds(1))), Map.of());

    assertThat(r.group("gpt4").targets()).extracting(Target::upstreamModel).containsExactly("gpt-4o");
    assertThat(r.group("gpt-4o").targets()).extracting(Target::upstreamModel).containsExactly("gpt-4o");
    assertThat(r.group("gpt-4o-mini").targets()).extracting(Target::upstreamModel)
        .containsExactly("gpt-4o-mini-2024-07-18");
    assertThat(r.group("gpt-5").targets()).isEmpty();
  }

  @Test
  void prefixRoutesToItsProviderOnlyWithThePrefixStripped() {
    RouteResolver r = new RouteResolver(List.of(
        prefixed("openai", "openai/", List.of(model("gpt-4o"))),
        listing("azure", 0, List.of(model("gpt-4o")), creds(1))), Map.of());

    assertThat(r.group("openai/gpt-4o").targets()).extracting(Target::providerId, Target::upstreamModel)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("openai", "gpt-4o"));
    assertThat(r.group("gpt-4o").targets()).extracting(Target::providerId).containsExactly("openai", "azure");
    assertThat(r.group("openai/gpt-5").targets()).isEmpty();
  }

  @Test
  void passthroughServesAnyModelNotExcludedButOnlyWhenNoProviderListsIt() {
    RouteResolver r = new RouteResolver(List.of(
        listing("openai", 0, List.of(model("gpt-4o")), creds(1)),
        passthrough("router", 0, List.of("*-preview", "o1*"))), Map.of());

    assertThat(r.group("gpt-4o").targets()).extracting(Target::providerId).containsExactly("openai");
    assertThat(r.group("llama-3-70b").targets()).extracting(Target::providerId).containsExactly("router");
    assertThat(r.group("gpt-4.5-preview").targets()).isEmpty();
    assertThat(r.group("O1-mini").targets()).as("globs ignore case").isEmpty();
  }

  @Test
  void excludedGlobsAlsoHideListedModels() {
    var p = new dev.switchboard.engine.config.ProviderConfig("p", "openai", null, null, 0, null, List.of("secret-*"),
        List.of(model("secret-model"), model("public-model")), null, null, -1, -1, null, creds(1), null, null);
    RouteResolver r = new RouteResolver(List.of(p), Map.of());

    assertThat(r.group("secret-model").targets()).isEmpty();
    assertThat(r.group("public-model").targets()).hasSize(1);
  }

  @Test
  void higherPriorityComesFirstThenConfigOrder() {
    RouteResolver r = new RouteResolver(List.of(
        listing("low", 0, List.of(model("m")), creds(1)),
        listing("high", 5, List.of(model("m")), creds(1)),
        listing("low2", 0, List.of(model("m")), creds(1))), Map.of());

    assertThat(r.group("m").targets()).extracting(Target::providerId).containsExactly("high", "low", "low2");
  }

  @Test
  void planAppendsFallbacksAndTheModelsArrayInOrderSkippingUnknownModels() {
    RouteResolver r = new RouteResolver(List.of(
        listing("a", 0, List.of(model("gpt-4o"), model("claude")), creds(1)),
        listing("b", 0, List.of(model("gemini")), creds(1))),
        Map.of("gpt-4o", List.of("claude", "nope", "gemini")));

    assertThat(r.plan(List.of("gpt-4o")).models()).containsExactly("gpt-4o", "claude", "gemini");
    assertThat(r.plan(List.of("gemini", "gpt-4o")).models()).containsExactly("gemini", "gpt-4o", "claude");
    assertThat(r.plan(List.of("unknown")).isEmpty()).isTrue();
  }

  @Test
  void listedModelsNameEachModelOnceWithItsFirstProvider() {
    RouteResolver r = new RouteResolver(List.of(
        listing("a", 0, List.of(new ModelConfig("gpt-4o", "gpt4", null)), creds(1)),
        listing("b", 0, List.of(model("gpt-4o")), creds(1))), Map.of());

    assertThat(r.listedModels()).containsExactly(new ListedModel("gpt-4o", "a"), new ListedModel("gpt4", "a"));
  }

  @Test
  void anAliasGetsTheFallbacksOfTheModelItNames() {
    RouteResolver r = new RouteResolver(List.of(
        listing("a", 0, List.of(new ModelConfig("claude-sonnet", "sonnet", null)), creds(1)),
        listing("b", 0, List.of(model("gpt-4o")), creds(1))),
        Map.of("claude-sonnet", List.of("gpt-4o")));

    assertThat(r.plan(List.of("sonnet")).models()).containsExactly("sonnet", "gpt-4o");
  }
}
