package dev.switchboard.engine.resilience;

/** Where a remaining-quota reading came from. */
public enum QuotaSource {
  /** The provider's {@code quota-url}, polled. */
  POLL,
  /** Upstream rate-limit headers on recent answers. */
  HEADERS
}
