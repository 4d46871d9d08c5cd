package dev.switchboard.translate.format;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.translate.canonical.ChatResponse;

/** Turns a complete (non-streamed) response body of one format into a canonical answer. */
public interface ResponseDecoder {

  /** @throws TranslationException when the body is not a valid response of this format */
  ChatResponse decode(JsonNode body);
}
