package dev.switchboard.translate.format;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.canonical.ChatRequest;

/**
 * Turns a canonical request into a request body of one format. Streaming requests always ask the
 * upstream for usage (OpenAI {@code stream_options.include_usage}). What the format cannot express
 * is dropped with a debug log line, never an exception; a request that cannot be served at all
 * raises {@link TranslationException}.
 */
public interface RequestEncoder {

  ObjectNode encode(ChatRequest request);
}
