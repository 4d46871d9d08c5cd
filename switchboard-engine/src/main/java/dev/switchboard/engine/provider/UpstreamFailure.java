package dev.switchboard.engine.provider;

import dev.switchboard.engine.resilience.FailureKind;
import dev.switchboard.translate.canonical.ApiError;
import java.time.Duration;
import java.util.Optional;

/**
 * A failed attempt: the upstream's error in canonical form, what kind of failure it is, and how
 * long the upstream asked us to wait before trying again (when it said).
 */
public final class UpstreamFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient ApiError error;
  private final FailureKind kind;
  private final Duration retryAfter;

  public UpstreamFailure(ApiError error, FailureKind kind, Duration retryAfter) {
    super(error.message(), null, false, false);
    this.error = error;
    this.kind = kind;
    this.retryAfter = retryAfter;
  }

  public UpstreamFailure(ApiError error, FailureKind kind) {
    this(error, kind, null);
  }

  /** A failure whose kind follows from the error's type. */
  public UpstreamFailure(ApiError error) {
    this(error, FailureKind.of(error.type()));
  }

  public ApiError error() {
    return error;
  }

  public FailureKind kind() {
    return kind;
  }

  /** The wait the upstream asked for, if it did. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
