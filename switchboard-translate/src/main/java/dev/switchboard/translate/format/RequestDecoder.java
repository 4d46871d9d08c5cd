package dev.switchboard.translate.format;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.translate.canonical.ChatRequest;

/**
 * Turns a request body of one format into a canonical {@link ChatRequest}. Gemini carries the model
 * and the stream flag in the URL: its decoder leaves them unset and the caller applies
 * {@link ChatRequest#withModel} and {@link ChatRequest#withStream}.
 */
public interface RequestDecoder {

  /** @throws TranslationException when the body is not a valid request of this format */
  ChatRequest decode(JsonNode body);
}
