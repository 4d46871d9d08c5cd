package dev.switchboard.bench;

import dev.switchboard.engine.route.RoutePlan;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code RouteResolver.plan} over 20 providers, once per request in the gateway. Each case takes a
 * different branch of the rules: a listed model with two fallbacks (three groups), an alias, a
 * provider prefix onto a passthrough provider with an excluded glob, and a name only passthrough
 * providers serve (every rule is tried before it matches).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RouteResolutionBenchmark {

  private static final List<String> LISTED = List.of("gpt-4o");
  private static final List<String> ALIAS = List.of("sonnet");
  private static final List<String> PREFIXED = List.of("openrouter/meta-llama/llama-3.3-70b-instruct");
  private static final List<String> PASSTHROUGH = List.of("qwen3-coder-30b-a3b");

  private RoutingFixture fixture;

  /** Loads the config and checks every case resolves to the groups it should. */
  @Setup
  public void setup() {
    fixture = RoutingFixture.load();
    expect(listedWithFallbacks(), 3, "openai");
    expect(alias(), 1, "anthropic");
    expect(prefixed(), 1, "openrouter");
    expect(passthrough(), 1, "openrouter");
  }

  private static void expect(RoutePlan plan, int groups, String firstProvider) {
    String first = plan.isEmpty() ? null : plan.groups().get(0).targets().get(0).providerId();
    if (plan.groups().size() != groups || !firstProvider.equals(first)) {
      throw new IllegalStateException("unexpected plan " + plan);
    }
  }

  @Benchmark
  public RoutePlan listedWithFallbacks() {
    return fixture.routes().plan(LISTED);
  }

  @Benchmark
  public RoutePlan alias() {
    return fixture.routes().plan(ALIAS);
  }

  @Benchmark
  public RoutePlan prefixed() {
    return fixture.routes().plan(PREFIXED);
  }

  @Benchmark
  public RoutePlan passthrough() {
    return fixture.routes().plan(PASSTHROUGH);
  }
}
