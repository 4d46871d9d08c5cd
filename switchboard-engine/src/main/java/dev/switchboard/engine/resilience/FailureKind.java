package dev.switchboard.engine.resilience;

import dev.switchboard.translate.canonical.ErrorType;

/**
 * The meaning of a failed attempt (ARCHITECTURE.md, step 9). Only {@link #INVALID_REQUEST} goes back
 * to the client at once: the same request would fail anywhere.
 */
public enum FailureKind {
  RATE_LIMITED,
  QUOTA_EXHAUSTED,
  AUTH,
  OVERLOADED,
  SERVER,
  NETWORK,
  TIMEOUT,
  INVALID_REQUEST;

  /** Whether another attempt (other credential, target or model) may succeed. */
  public boolean retryable() {
    return this != INVALID_REQUEST;
  }

  /**
   * Whether the failure belongs to the credential (its rate limit, quota or authentication): the
   * next attempt goes to another credential, never the same one.
   */
  public boolean credentialBound() {
    return this == RATE_LIMITED || this == QUOTA_EXHAUSTED || this == AUTH;
  }

  /** The kind an upstream error most likely means, from its canonical type. */
  public static FailureKind of(ErrorType type) {
    return switch (type) {
      case RATE_LIMIT -> RATE_LIMITED;
      case QUOTA_EXHAUSTED, BILLING -> QUOTA_EXHAUSTED;
      case AUTHENTICATION, PERMISSION -> AUTH;
      case OVERLOADED -> OVERLOADED;
      case TIMEOUT -> TIMEOUT;
      // an upstream 404 usually means that provider lacks the model: another target may have it
      case BAD_GATEWAY, SERVER, NOT_FOUND -> SERVER;
      case INVALID_REQUEST, REQUEST_TOO_LARGE -> INVALID_REQUEST;
    };
  }
}
