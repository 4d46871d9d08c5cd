package dev.switchboard.engine.resilience;

import dev.switchboard.engine.provider.UpstreamFailure;
import java.util.Optional;

/**
 * What the attempt loop needs to know of an attempt that produced an answer: whether the upstream
 * failed after the answer was committed to the client (a stream cut or errored mid-way: too late
 * to retry, but the credential's health must hear of it), or whether the client left first.
 */
public interface AttemptResult {

  /** The upstream failure that ended an already committed answer, if any. */
  default Optional<UpstreamFailure> lateFailure() {
    return Optional.empty();
  }

  /** True when the client went away before the answer ended: no verdict on the upstream. */
  default boolean abandoned() {
    return false;
  }
}
