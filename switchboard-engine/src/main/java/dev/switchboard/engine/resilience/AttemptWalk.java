package dev.switchboard.engine.resilience;

import dev.switchboard.engine.credential.Candidate;
import dev.switchboard.engine.provider.UpstreamFailure;
import dev.switchboard.engine.route.RoutePlan;
import dev.switchboard.engine.route.TargetGroup;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ErrorType;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/** One walk of the {@link AttemptLoop} through a plan: the state of one request's attempts. */
final class AttemptWalk<T extends AttemptResult> {

  /** What the caller supplies: the attempt itself, the attempt log, and whether the client left. */
  record Steps<T>(Function<Candidate, Future<T>> runner, Consumer<AttemptRecord> log, BooleanSupplier abandoned) {}

  private final AttemptLoop loop;
  private final RoutePlan plan;
  private final Steps<T> steps;
  private final Promise<T> promise;
  private final Backoff backoff;
  private final StringBuilder tried = new StringBuilder();
  private final Set<String> excluded = new HashSet<>();
  private final Set<String> usedInGroup = new HashSet<>();
  private final Map<String, UpstreamFailure> failures = new HashMap<>();
  private int group;
  private int attemptsInGroup;
  private UpstreamFailure last;

  AttemptWalk(AttemptLoop loop, RoutePlan plan, Steps<T> steps, Promise<T> promise) {
    this.loop = loop;
    this.plan = plan;
    this.steps = steps;
    this.promise = promise;
    this.backoff = loop.backoff();
  }

  void next() {
    if (steps.abandoned().getAsBoolean()) {
      promise.tryFail(clientLeft());
      return;
    }
    if (group >= plan.groups().size()) {
      promise.tryFail(new UpstreamFailure(exhausted()));
      return;
    }
    TargetGroup g = plan.groups().get(group);
    Candidate c = attemptsInGroup < loop.attemptsPerModel() ? loop.pool().next(g, excluded, usedInGroup) : null;
    if (c == null) {
      advance(g);
      return;
    }
    if (!usedInGroup.contains(c.key())) {
      launch(c);
      return;
    }
    UpstreamFailure previous = failures.get(c.key());
    Optional<Duration> wait = backoff.delay(attemptsInGroup,
        previous == null ? Optional.empty() : previous.retryAfter());
    if (wait.isEmpty()) {
      loop.health().released(c);
      excluded.add(c.key());
      next();
      return;
    }
    loop.delays().after(wait.get(), () -> launch(c));
  }

  private void advance(TargetGroup g) {
    if (attemptsInGroup == 0) {
      note(g.requestedModel() + ": no credential available (cooling down or at its upstream limit)");
    }
    group++;
    attemptsInGroup = 0;
    excluded.clear();
    usedInGroup.clear();
    failures.clear();
    next();
  }

  private void launch(Candidate c) {
    if (steps.abandoned().getAsBoolean()) {
      loop.health().released(c);
      promise.tryFail(clientLeft());
      return;
    }
    usedInGroup.add(c.key());
    attemptsInGroup++;
    Future<T> attempt;
    try {
      attempt = steps.runner().apply(c);
    } catch (UpstreamFailure f) {
      attempt = Future.failedFuture(f);
    }
    attempt.onComplete(ar -> {
      if (ar.succeeded()) {
        answered(c, ar.result());
      } else {
        failed(c, ar.cause() instanceof UpstreamFailure uf ? uf : new UpstreamFailure(
            new ApiError(502, ErrorType.BAD_GATEWAY, "attempt failed: " + ar.cause()),
            FailureKind.NETWORK));
      }
    });
  }

  private void answered(Candidate c, T result) {
    Optional<UpstreamFailure> late = result.lateFailure();
    if (late.isPresent()) {
      loop.health().failed(c, late.get());
      record(c, late.get().error().status(), late.get().kind());
    } else {
      if (result.abandoned()) {
        loop.health().released(c);
      } else {
        loop.health().succeeded(c);
      }
      record(c, 200, null);
    }
    promise.tryComplete(result);
  }

  private void failed(Candidate c, UpstreamFailure f) {
    record(c, f.error().status(), f.kind());
    if (steps.abandoned().getAsBoolean()) {
      loop.health().released(c);
      promise.tryFail(clientLeft());
      return;
    }
    loop.health().failed(c, f);
    note(c.target().providerId() + "/" + c.target().upstreamModel() + ": " + f.error().status() + " "
        + f.error().message());
    if (!f.kind().retryable()) {
      promise.tryFail(f);
      return;
    }
    last = f;
    failures.put(c.key(), f);
    if (f.kind().credentialBound()) {
      excluded.add(c.key());
    }
    next();
  }

  private void record(Candidate c, int status, FailureKind kind) {
    steps.log().accept(new AttemptRecord(c.target().providerId(), c.credential().index(),
        c.target().upstreamModel(), status, kind));
  }

  private void note(String what) {
    if (tried.length() > 0) {
      tried.append("; ");
    }
    tried.append(what);
  }

  private ApiError exhausted() {
    String models = String.join(", ", plan.models());
    if (last == null) {
      return new ApiError(503, ErrorType.OVERLOADED, "no upstream is available for " + models
          + " (every credential is disabled, cooling down or at its upstream limit)");
    }
    ApiError e = last.error();
    return new ApiError(e.status() > 0 ? e.status() : 502, e.type(),
        "all upstream attempts failed for " + models + " (tried " + tried + ")");
  }

  private static UpstreamFailure clientLeft() {
    return new UpstreamFailure(new ApiError(499, ErrorType.INVALID_REQUEST, "the client closed the request"),
        FailureKind.INVALID_REQUEST);
  }
}
