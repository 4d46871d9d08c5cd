package dev.switchboard.engine.resilience;

import dev.switchboard.engine.config.CooldownConfig;
import java.time.Duration;
import java.util.Optional;

/**
 * When and for how long a failure cools a credential down ({@code routing.cooldown}). Failures
 * that belong to the credential open its breaker at once: a rate limit for the upstream's
 * requested wait when it gave one, else {@code rate-limited}; an exhausted quota for the requested
 * wait, else {@code auth} (a billing problem does not heal in a minute); an auth failure for
 * {@code auth}. Transient failures never open it on one stray error: only after
 * {@value #TRANSIENT_STREAK} consecutive ones ({@code server-error} for server errors and
 * overloads, {@code network} for network failures and timeouts), or at once when they fail a
 * half-open probe. An invalid request says nothing about the credential.
 */
public final class CooldownPolicy {

  /** Consecutive transient failures that open a credential's breaker. */
  public static final int TRANSIENT_STREAK = 3;

  private final CooldownConfig config;

  public CooldownPolicy(CooldownConfig config) {
    this.config = config;
  }

  /**
   * The cooldown after a failure of {@code kind} that made {@code streak} consecutive failures;
   * empty when the breaker stays closed. {@code probe} is true when the failure ended a half-open probe.
   */
  public Optional<Duration> cooldown(FailureKind kind, int streak, Optional<Duration> requested, CircuitState state) {
    boolean probe = state == CircuitState.HALF_OPEN;
    return switch (kind) {
      case RATE_LIMITED -> Optional.of(requested.orElse(config.rateLimited()));
      case QUOTA_EXHAUSTED -> Optional.of(requested.orElse(config.auth()));
      case AUTH -> Optional.of(config.auth());
      case SERVER, OVERLOADED -> streak >= TRANSIENT_STREAK || probe ? Optional.of(config.serverError()) : Optional.empty();
      case NETWORK, TIMEOUT -> streak >= TRANSIENT_STREAK || probe ? Optional.of(config.network()) : Optional.empty();
      case INVALID_REQUEST -> Optional.empty();
    };
  }
}
