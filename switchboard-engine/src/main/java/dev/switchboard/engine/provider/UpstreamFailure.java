package dev.switchboard.engine.provider;

import dev.switchboard.engine.resilience.FailureKind;
import dev.switchboard.translate.canonical.ApiError;

/** A failed attempt: the upstream's error in canonical form and what kind of failure it is. */
public final class UpstreamFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient ApiError error;
  private final FailureKind kind;

  public UpstreamFailure(ApiError error, FailureKind kind) {
    super(error.message(), null, false, false);
    this.error = error;
    this.kind = kind;
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
}
