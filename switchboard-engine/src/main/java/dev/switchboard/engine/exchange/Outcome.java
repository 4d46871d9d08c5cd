package dev.switchboard.engine.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.translate.canonical.ApiError;

/** How an exchange ended, for the HTTP layer to answer (or, for streams, to finish logging). */
public sealed interface Outcome {

  /** A complete answer in the client's format. */
  record Json(int status, JsonNode body) implements Outcome {}

  /** The answer was streamed to the client channel; {@code ok} is false if it ended with an error or the client left. */
  record Streamed(boolean ok) implements Outcome {}

  /** Nothing was sent yet: answer with this error in the client's format. */
  record Failed(ApiError error) implements Outcome {}
}
