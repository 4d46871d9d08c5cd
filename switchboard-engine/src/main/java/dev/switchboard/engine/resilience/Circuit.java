package dev.switchboard.engine.resilience;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One credential's breaker. Closed, it serves; a failure the {@link CooldownPolicy} judges serious
 * opens it until a time; once that time has passed one probe attempt is let through (half-open)
 * while others keep skipping the credential. The probe's success closes the breaker, its failure
 * re-opens it with a fresh cooldown, and an attempt that ends without a verdict (client left,
 * invalid request) frees the probe slot for the next request. Thread-safe: every event loop
 * shares it.
 */
public final class Circuit {

  private final Supplier<CooldownPolicy> policy;
  private CircuitState state = CircuitState.CLOSED;
  private Instant openUntil;
  private boolean probing;
  private int streak;
  private FailureKind lastFailure;
  private Instant lastFailureAt;
  private long successes;
  private long failures;

  /** {@code policy} is read at each failure, so a reload's new durations apply to later cooldowns. */
  public Circuit(Supplier<CooldownPolicy> policy) {
    this.policy = policy;
  }

  /** Whether an attempt may use the credential at {@code now}. */
  public synchronized boolean admits(Instant now) {
    return switch (state) {
      case CLOSED -> true;
      case OPEN -> !now.isBefore(openUntil);
      case HALF_OPEN -> !probing;
    };
  }

  /** An attempt takes the credential; after the cooldown this attempt is the probe. */
  public synchronized void acquire(Instant now) {
    if (state == CircuitState.OPEN && !now.isBefore(openUntil)) {
      state = CircuitState.HALF_OPEN;
    }
    if (state == CircuitState.HALF_OPEN) {
      probing = true;
    }
  }

  public synchronized void succeeded() {
    successes++;
    streak = 0;
    state = CircuitState.CLOSED;
    probing = false;
    openUntil = null;
  }

  /** An attempt failed with {@code kind}; {@code requested} is the wait the upstream asked for. */
  public synchronized void failed(FailureKind kind, Optional<Duration> requested, Instant now) {
    if (kind == FailureKind.INVALID_REQUEST) {
      probing = false;
      return;
    }
    failures++;
    streak++;
    lastFailure = kind;
    lastFailureAt = now;
    Optional<Duration> cooldown = policy.get().cooldown(kind, streak, requested, state);
    probing = false;
    if (cooldown.isPresent()) {
      state = CircuitState.OPEN;
      openUntil = now.plus(cooldown.get());
    }
  }

  /** An attempt ended without saying anything about the credential. */
  public synchronized void released() {
    probing = false;
  }

  /** The breaker as it stands at {@code now} (an elapsed cooldown shows as half-open). */
  public synchronized View view(Instant now) {
    CircuitState shown = state == CircuitState.OPEN && !now.isBefore(openUntil) ? CircuitState.HALF_OPEN : state;
    return new View(shown, state == CircuitState.OPEN ? openUntil : null, lastFailure, lastFailureAt, streak,
        successes, failures);
  }

  /** A copy of the breaker's state for status pages. */
  public record View(CircuitState state, Instant openUntil, FailureKind lastFailure, Instant lastFailureAt,
                     int consecutiveFailures, long successes, long failures) {}
}
