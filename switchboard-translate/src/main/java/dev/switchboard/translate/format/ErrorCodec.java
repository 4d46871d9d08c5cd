package dev.switchboard.translate.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.canonical.ApiError;

/** Errors of one format: renders canonical errors in its shape and reads its upstream error bodies. */
public interface ErrorCodec {

  /** The error body in this format's shape (status goes on the HTTP response). */
  ObjectNode encode(ApiError error);

  /** Reads an upstream error body (may be null or not JSON) with its HTTP status. */
  ApiError decode(int status, JsonNode body);
}
