package dev.switchboard.engine.resilience;

import dev.switchboard.engine.config.RetryConfig;
import dev.switchboard.engine.credential.Candidate;
import dev.switchboard.engine.credential.CredentialPool;
import dev.switchboard.engine.provider.UpstreamFailure;
import dev.switchboard.engine.route.RoutePlan;
import dev.switchboard.engine.route.TargetGroup;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ErrorType;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Walks a {@link RoutePlan}: for each requested model (then each fallback) up to
 * {@code retry.attempts} attempts, each on a (target, credential) pair not tried yet, chosen by the
 * pool's strategy. An {@link UpstreamFailure} of a retryable kind moves on; an invalid request
 * ends the loop at once. When everything failed, the error carries the last upstream status (502
 * when there was none) and names every attempt.
 */
public final class AttemptLoop {

  private final CredentialPool pool;
  private final RetryConfig retry;

  public AttemptLoop(CredentialPool pool, RetryConfig retry) {
    this.pool = pool;
    this.retry = retry;
  }

  /**
   * Runs attempts until one succeeds. {@code runner} performs one attempt; {@code log} receives
   * every attempt's record as it ends.
   */
  public <T> Future<T> run(RoutePlan plan, Function<Candidate, Future<T>> runner, Consumer<AttemptRecord> log) {
    Promise<T> promise = Promise.promise();
    new Walk<>(plan, runner, log, promise).next(0, 0, new HashSet<>(), null);
    return promise.future();
  }

  /** The state of one walk through a plan. */
  private final class Walk<T> {
    private final RoutePlan plan;
    private final Function<Candidate, Future<T>> runner;
    private final Consumer<AttemptRecord> log;
    private final Promise<T> promise;
    private final StringBuilder tried = new StringBuilder();

    Walk(RoutePlan plan, Function<Candidate, Future<T>> runner, Consumer<AttemptRecord> log, Promise<T> promise) {
      this.plan = plan;
      this.runner = runner;
      this.log = log;
      this.promise = promise;
    }

    void next(int groupIndex, int attemptsInGroup, Set<String> used, ApiError last) {
      List<TargetGroup> groups = plan.groups();
      if (groupIndex >= groups.size()) {
        promise.fail(new UpstreamFailure(exhausted(last)));
        return;
      }
      TargetGroup group = groups.get(groupIndex);
      Candidate c = attemptsInGroup < Math.max(1, retry.attempts()) ? pool.next(group, used) : null;
      if (c == null) {
        next(groupIndex + 1, 0, new HashSet<>(), last);
        return;
      }
      used.add(c.key());
      Future<T> attempt;
      try {
        attempt = runner.apply(c);
      } catch (UpstreamFailure f) {
        attempt = Future.failedFuture(f);
      }
      attempt.onComplete(ar -> {
        if (ar.succeeded()) {
          log.accept(new AttemptRecord(c.target().providerId(), c.credential().index(), c.target().upstreamModel(), 200, null));
          promise.complete(ar.result());
          return;
        }
        UpstreamFailure f = ar.cause() instanceof UpstreamFailure uf ? uf
            : new UpstreamFailure(new ApiError(502, ErrorType.BAD_GATEWAY, "attempt failed: " + ar.cause()));
        log.accept(new AttemptRecord(c.target().providerId(), c.credential().index(), c.target().upstreamModel(),
            f.error().status(), f.kind()));
        note(c, f);
        if (!f.kind().retryable()) {
          promise.fail(f);
        } else {
          next(groupIndex, attemptsInGroup + 1, used, f.error());
        }
      });
    }

    private void note(Candidate c, UpstreamFailure f) {
      if (tried.length() > 0) {
        tried.append("; ");
      }
      tried.append(c.target().providerId()).append('/').append(c.target().upstreamModel())
          .append(": ").append(f.error().status()).append(' ').append(f.error().message());
    }

    private ApiError exhausted(ApiError last) {
      String models = String.join(", ", plan.models());
      if (last == null) {
        return new ApiError(503, ErrorType.OVERLOADED,
            "no upstream is available for " + models + " (every credential is disabled or cooling down)");
      }
      String message = "all upstream attempts failed for " + models + " (tried " + tried + ")";
      return new ApiError(last.status() > 0 ? last.status() : 502, last.type(), message);
    }
  }
}
