package dev.switchboard.translate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.ChatResponse;
import dev.switchboard.translate.format.Format;
import dev.switchboard.translate.format.FormatCodecs;
import dev.switchboard.translate.format.anthropic.UnsignedThinkingFilter;

/**
 * Translation between one inbound (client) format and one upstream format. When both are the same
 * the identity path is used: the client's body is copied with only the model rewritten, so fields
 * the gateway does not know survive.
 */
public record Translator(FormatCodecs inbound, FormatCodecs upstream) {

  public boolean identity() {
    return inbound.format() == upstream.format();
  }

  /**
   * The upstream request body. {@code original} is the client's body, {@code request} its decoded
   * form, already carrying the upstream model name.
   */
  public ObjectNode upstreamRequest(ObjectNode original, ChatRequest request) {
    if (identity()) {
      ObjectNode copy = original.deepCopy();
      copy.remove("models");
      if (upstream.format() != Format.GEMINI) {
        copy.put("model", request.model());
      }
      if (upstream.format() == Format.ANTHROPIC_MESSAGES) {
        UnsignedThinkingFilter.strip(copy);
      }
      return copy;
    }
    return upstream.requestEncoder().encode(request);
  }

  /** The client's response body from a complete upstream response body. */
  public JsonNode clientResponse(JsonNode upstreamBody) {
    if (identity()) {
      return upstreamBody;
    }
    ChatResponse response = upstream.responseDecoder().decode(upstreamBody);
    return inbound.responseEncoder().encode(response);
  }
}
