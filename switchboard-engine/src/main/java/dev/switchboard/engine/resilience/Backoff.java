package dev.switchboard.engine.resilience;

import dev.switchboard.engine.config.RetryConfig;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongUnaryOperator;

/**
 * How long to wait before retrying the same credential: exponential backoff with full jitter
 * (a uniform delay in {@code [0, min(max, initial * 2^(n-1))]}), or exactly the upstream's
 * requested wait when it gave one. A requested wait longer than {@code max-backoff} is never
 * slept: the caller moves on instead.
 */
public final class Backoff {

  private final RetryConfig retry;
  private final LongUnaryOperator random;

  /** {@code random} maps a bound {@code b} to a uniform value in {@code [0, b]}. */
  public Backoff(RetryConfig retry, LongUnaryOperator random) {
    this.retry = retry;
    this.random = random;
  }

  public static Backoff jittered(RetryConfig retry) {
    return new Backoff(retry, b -> b <= 0 ? 0 : java.util.concurrent.ThreadLocalRandom.current().nextLong(b + 1));
  }

  /** The upper bound of the jittered delay before retry number {@code n} (1-based). */
  public Duration ceiling(int n) {
    long initial = Math.max(0, retry.initialBackoff().toMillis());
    long max = retry.maxBackoff().toMillis();
    long exp = initial << Math.min(Math.max(0, n - 1), 30);
    return Duration.ofMillis(Math.min(max, exp < 0 ? max : exp));
  }

  /**
   * The delay before retry number {@code n}, honouring the upstream's {@code requested} wait; empty
   * when the requested wait exceeds {@code max-backoff} (do not wait, move on).
   */
  public Optional<Duration> delay(int n, Optional<Duration> requested) {
    if (requested.isPresent()) {
      Duration d = requested.get();
      return d.compareTo(retry.maxBackoff()) > 0 ? Optional.empty() : Optional.of(d);
    }
    return Optional.of(Duration.ofMillis(random.applyAsLong(ceiling(n).toMillis())));
  }
}
