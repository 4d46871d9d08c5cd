package dev.switchboard.translate.format;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.translate.canonical.ChatResponse;
import dev.switchboard.translate.canonical.Usage;
import java.util.Set;

/** Turns a complete (non-streamed) response body of one format into a canonical answer. */
public interface ResponseDecoder {

  /** @throws TranslationException when the body is not a valid response of this format */
  ChatResponse decode(JsonNode body);

  /**
   * The top-level fields of a response that carry its usage. An answer passed through unchanged
   * (the identity path) is skimmed for these alone instead of being decoded whole.
   */
  Set<String> usageFields();

  /**
   * The usage of a response from a body that may hold only its {@link #usageFields()}; null when it
   * reports none.
   *
   * @throws TranslationException when the usage is malformed
   */
  Usage usage(JsonNode body);
}
