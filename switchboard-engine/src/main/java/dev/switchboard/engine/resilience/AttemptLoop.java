package dev.switchboard.engine.resilience;

import dev.switchboard.engine.config.RetryConfig;
import dev.switchboard.engine.credential.Candidate;
import dev.switchboard.engine.credential.CredentialPool;
import dev.switchboard.engine.route.RoutePlan;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Walks a {@link RoutePlan}: each requested model (then each fallback) gets up to
 * {@code retry.attempts} attempts on candidates the pool admits. A credential-bound failure (rate
 * limit, quota, auth) moves to another credential for the rest of the request; a transient one
 * (server, overload, network, timeout) prefers another candidate and otherwise retries the same one
 * after a backoff ({@link Backoff}; never sleeping longer than {@code max-backoff}: a longer
 * requested wait moves on instead). An invalid request ends the loop at once. Every attempt's end
 * is reported to the {@link HealthGate} (cooldowns) and to the caller's log; when everything failed
 * the error carries the last upstream status (503 when no attempt could be made) and names what
 * was tried.
 */
public final class AttemptLoop {

  private final CredentialPool pool;
  private final RetryConfig retry;
  private final HealthGate health;
  private final Delays delays;

  public AttemptLoop(CredentialPool pool, RetryConfig retry, HealthGate health, Delays delays) {
    this.pool = pool;
    this.retry = retry;
    this.health = health;
    this.delays = delays;
  }

  /**
   * Runs attempts until one produces an answer. {@code runner} performs one attempt; {@code log}
   * receives every attempt's record as it ends; once {@code abandoned} is true (the client left) no
   * further attempt starts.
   */
  public <T extends AttemptResult> Future<T> run(RoutePlan plan, Function<Candidate, Future<T>> runner,
                                                 Consumer<AttemptRecord> log, BooleanSupplier abandoned) {
    Promise<T> promise = Promise.promise();
    AttemptWalk.Steps<T> steps = new AttemptWalk.Steps<>(runner, log, abandoned);
    new AttemptWalk<>(this, plan, steps, promise).next();
    return promise.future();
  }

  CredentialPool pool() {
    return pool;
  }

  int attemptsPerModel() {
    return Math.max(1, retry.attempts());
  }

  Backoff backoff() {
    return Backoff.jittered(retry);
  }

  HealthGate health() {
    return health;
  }

  Delays delays() {
    return delays;
  }
}
