package dev.switchboard.bench;

import dev.switchboard.engine.config.Strategy;
import dev.switchboard.engine.credential.Candidate;
import dev.switchboard.engine.credential.CredentialPool;
import dev.switchboard.engine.credential.SelectionStrategy;
import dev.switchboard.engine.route.TargetGroup;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code CredentialPool.next} for {@code gpt-4o}, whose top priority tier holds 10 credentials
 * (6 of {@code openai}, 4 of {@code azure-eu}, weights 3 and 1), under the round-robin and weighted
 * strategies: the pick of a first attempt, and of a retry that must skip the credential just tried.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CredentialSelectionBenchmark {

  @Param({"ROUND_ROBIN", "WEIGHTED"})
  public String strategy;

  private CredentialPool pool;
  private TargetGroup group;
  private Set<String> triedOne;

  /** Builds the pool and checks the tier really offers 10 candidates. */
  @Setup
  public void setup() {
    RoutingFixture fixture = RoutingFixture.load();
    pool = new CredentialPool(fixture.config().providers(), SelectionStrategy.of(Strategy.valueOf(strategy)));
    group = fixture.routes().group("gpt-4o");
    int tier = pool.credentials("openai").size() + pool.credentials("azure-eu").size();
    if (tier != 10 || firstAttempt() == null) {
      throw new IllegalStateException("expected 10 credentials in the top tier, found " + tier);
    }
    triedOne = Set.of(firstAttempt().key());
  }

  @Benchmark
  public Candidate firstAttempt() {
    return pool.next(group, Set.of());
  }

  @Benchmark
  public Candidate retry() {
    return pool.next(group, triedOne);
  }
}
