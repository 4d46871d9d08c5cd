package dev.switchboard.engine.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.engine.provider.UpstreamFailure;
import dev.switchboard.engine.resilience.AttemptResult;
import dev.switchboard.translate.canonical.ApiError;
import java.util.Optional;

/** How an exchange ended, for the HTTP layer to answer (or, for streams, to finish logging). */
public sealed interface Outcome extends AttemptResult {

  /** A complete answer in the client's format: its JSON body, serialised. */
  record Json(int status, byte[] body) implements Outcome {

    public Json(int status, JsonNode body) {
      this(status, dev.switchboard.translate.Json.writeBytes(body));
    }
  }

  /**
   * The answer was streamed to the client channel; {@code ok} is false if it ended with an error or
   * the client left. {@code failure} is the upstream failure that ended it after the first byte
   * (null when it ended cleanly or the client left).
   */
  record Streamed(boolean ok, UpstreamFailure failure) implements Outcome {

    public Streamed(boolean ok) {
      this(ok, null);
    }

    @Override
    public Optional<UpstreamFailure> lateFailure() {
      return Optional.ofNullable(failure);
    }

    @Override
    public boolean abandoned() {
      return !ok && failure == null;
    }
  }

  /** Nothing was sent yet: answer with this error in the client's format. */
  record Failed(ApiError error) implements Outcome {}
}
