package dev.switchboard.engine.resilience;

import static dev.switchboard.engine.Providers.creds;
import static dev.switchboard.engine.Providers.listing;
import static dev.switchboard.engine.Providers.model;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.engine.config.CooldownConfig;
import dev.switchboard.engine.config.ProviderConfig;
import dev.switchboard.engine.config.QuotaFallbackConfig;
import dev.switchboard.engine.config.RetryConfig;
import dev.switchboard.engine.config.Strategy;
import dev.switchboard.engine.credential.Candidate;
import dev.switchboard.engine.credential.CredentialPool;
import dev.switchboard.engine.credential.SelectionStrategy;
import dev.switchboard.engine.provider.UpstreamFailure;
import dev.switchboard.engine.route.RoutePlan;
import dev.switchboard.engine.route.RouteResolver;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ErrorType;
import io.vertx.core.Future;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The attempt loop over a real pool and health gate, with a hand-moved clock and recorded delays. */
class AttemptLoopTest {

  private static final RetryConfig RETRY = new RetryConfig(3, Duration.ofMillis(100), Duration.ofSeconds(2));

  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:30Z"));
  private final ResilienceState shared = new ResilienceState(null, clock);
  private final List<Duration> slept = new ArrayList<>();
  private final List<String> calls = new ArrayList<>();
  private final List<AttemptRecord> records = new ArrayList<>();
  private List<ProviderConfig> providers;
  private AttemptLoop loop;

  /** The result of one fake attempt. */
  private record Result(UpstreamFailure late) implements AttemptResult {
    @Override
    public java.util.Optional<UpstreamFailure> lateFailure() {
      return java.util.Optional.ofNullable(late);
    }
  }

  private void setUp(List<ProviderConfig> ps, double threshold) {
    providers = ps;
    shared.policy(new CooldownPolicy(CooldownConfig.DEFAULT));
    HealthGate gate = new HealthGate(shared, ps, new QuotaFallbackConfig(threshold, Duration.ofSeconds(30)));
    CredentialPool pool = new CredentialPool(ps, SelectionStrategy.of(Strategy.FILL_FIRST), gate);
    gate.pool(pool);
    loop = new AttemptLoop(pool, RETRY, gate, (d, task) -> {
      slept.add(d);
      task.run();
    });
  }

  private Future<Result> run(Map<String, List<String>> fallbacks, String model, Function<Candidate, Future<Result>> f) {
    RoutePlan plan = new RouteResolver(providers, fallbacks).plan(List.of(model));
    return loop.run(plan, c -> {
      calls.add(c.credential().label());
      return f.apply(c);
    }, records::add, () -> false);
  }

  private static Future<Result> failing(int status, ErrorType type) {
    return Future.failedFuture(new UpstreamFailure(new ApiError(status, type, "no")));
  }

  private static Future<Result> ok() {
    return Future.succeededFuture(new Result(null));
  }

  @Test
  void aRateLimitMovesToAnotherCredentialAndCoolsTheFirstDown() {
    setUp(List.of(listing("p", 0, List.of(model("m")), creds(1, 1))), 0);
    Future<Result> r = run(Map.of(), "m", c -> c.credential().index() == 0 ? failing(429, ErrorType.RATE_LIMIT) : ok());
    assertThat(r.succeeded()).isTrue();
    assertThat(calls).containsExactly("p#0", "p#1");
    assertThat(slept).isEmpty();

    calls.clear();
    run(Map.of(), "m", c -> ok());
    assertThat(calls).as("p#0 is cooling down").containsExactly("p#1");
    clock.advance(CooldownConfig.DEFAULT.rateLimited());
    calls.clear();
    run(Map.of(), "m", c -> ok());
    assertThat(calls).as("after the cooldown p#0 is probed").containsExactly("p#0");
  }

  @Test
  void aServerErrorRetriesTheOnlyCredentialAfterBackoffWithinTheAttempts() {
    setUp(List.of(listing("p", 0, List.of(model("m")), creds(1))), 0);
    Future<Result> r = run(Map.of(), "m", c -> failing(500, ErrorType.SERVER));
    assertThat(r.failed()).isTrue();
    assertThat(calls).containsExactly("p#0", "p#0", "p#0");
    assertThat(slept).hasSize(2);
    assertThat(slept.get(0)).isBetween(Duration.ZERO, Duration.ofMillis(100));
    assertThat(slept.get(1)).isBetween(Duration.ZERO, Duration.ofMillis(200));
    UpstreamFailure f = (UpstreamFailure) r.cause();
    assertThat(f.error().status()).isEqualTo(500);
    assertThat(f.error().message()).contains("all upstream attempts failed for m").contains("p/m: 500");
    assertThat(records).extracting(AttemptRecord::failure).containsOnly(FailureKind.SERVER);
  }

  @Test
  void aRequestedWaitBeyondMaxBackoffMovesOnToTheFallbackInsteadOfSleeping() {
    setUp(List.of(listing("p", 0, List.of(model("m"), model("f")), creds(1))), 0);
    Future<Result> r = run(Map.of("m", List.of("f")), "m", c -> calls.size() == 1
        ? Future.failedFuture(new UpstreamFailure(new ApiError(503, ErrorType.OVERLOADED, "busy"),
            FailureKind.OVERLOADED, Duration.ofSeconds(30)))
        : ok());
    assertThat(r.succeeded()).isTrue();
    assertThat(slept).isEmpty();
    assertThat(records).extracting(AttemptRecord::upstreamModel).containsExactly("m", "f");
  }

  @Test
  void anInvalidRequestEndsAtOnce() {
    setUp(List.of(listing("p", 0, List.of(model("m")), creds(1, 1))), 0);
    Future<Result> r = run(Map.of(), "m", c -> failing(400, ErrorType.INVALID_REQUEST));
    assertThat(r.failed()).isTrue();
    assertThat(calls).hasSize(1);
  }

  @Test
  void upstreamRpmMakesACredentialUnavailableUntilItsWindowFrees() {
    ProviderConfig p = new ProviderConfig("p", "openai-compatible", "http://127.0.0.1:1/v1", null, 0, null,
        List.of(), List.of(model("m")), null, null, 2, -1, null, creds(1), null, null);
    setUp(List.of(p), 0);
    assertThat(run(Map.of(), "m", c -> ok()).succeeded()).isTrue();
    assertThat(run(Map.of(), "m", c -> ok()).succeeded()).isTrue();
    Future<Result> third = run(Map.of(), "m", c -> ok());
    assertThat(third.failed()).isTrue();
    assertThat(((UpstreamFailure) third.cause()).error().status()).isEqualTo(503);
    assertThat(((UpstreamFailure) third.cause()).error().message()).contains("no upstream is available for m");
    clock.advance(Duration.ofSeconds(30));
    assertThat(run(Map.of(), "m", c -> ok()).succeeded()).isTrue();
    assertThat(shared.exportCounters()).extracting(b -> b.counter() + "=" + b.count())
        .contains("cred:" + dev.switchboard.engine.credential.CredentialId.of(
            new dev.switchboard.engine.credential.Credential("p", 0, "secret-1", 1)).label() + ":rpd=3");
  }

  @Test
  void aModelUnderTheQuotaThresholdIsTriedLast() {
    setUp(List.of(listing("a", 10, List.of(model("m")), creds(1)), listing("b", 0, List.of(model("m")), creds(2))), 0.05);
    shared.quota().polled("a", Map.of("m", 0.01), clock.instant());
    run(Map.of(), "m", c -> ok());
    assertThat(calls).containsExactly("b#0");
    calls.clear();
    run(Map.of(), "m", c -> c.target().providerId().equals("b") ? failing(401, ErrorType.AUTHENTICATION) : ok());
    assertThat(calls).as("the low one is still used when nothing else is left").containsExactly("b#0", "a#0");
  }

  @Test
  void aFailureAfterTheFirstByteIsReportedAgainstTheCredential() {
    setUp(List.of(listing("p", 0, List.of(model("m")), creds(1))), 0);
    UpstreamFailure cut = new UpstreamFailure(new ApiError(502, ErrorType.BAD_GATEWAY, "cut"), FailureKind.NETWORK);
    for (int i = 0; i < 3; i++) {
      assertThat(run(Map.of(), "m", c -> Future.succeededFuture(new Result(cut))).succeeded()).isTrue();
    }
    assertThat(records).extracting(AttemptRecord::failure).containsOnly(FailureKind.NETWORK);
    assertThat(run(Map.of(), "m", c -> ok()).failed()).as("three cut streams open the breaker").isTrue();
  }
}
