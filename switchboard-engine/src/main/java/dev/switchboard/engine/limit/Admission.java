package dev.switchboard.engine.limit;

/** The answer of a limiter for one request: admitted (with its token reservation) or rejected. */
public sealed interface Admission {

  /** The status for the {@code x-ratelimit-*} headers (on success and on rejection). */
  LimitStatus status();

  /**
   * The request may go ahead. {@code reservation} holds its estimated tokens in the TPM window and
   * must be settled with the real usage (or released) when the request ends.
   */
  record Admitted(LimitStatus status, TokenReservation reservation) implements Admission {}

  /**
   * The request is over {@code limit}: answer 429 with {@code Retry-After: retryAfterSeconds}
   * (at least 1) and {@code message}.
   */
  record Rejected(LimitKind limit, long retryAfterSeconds, LimitStatus status, String message)
      implements Admission {

    public Rejected {
      retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }
  }
}
