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

  /**
   * The upstream request body as bytes. On the identity path, when the copy would equal the
   * client's body (no {@code models} list, the same model name, nothing to strip), the client's
   * own bytes ({@code raw}, when known) are sent as they came.
   */
  public byte[] upstreamBody(ObjectNode original, byte[] raw, ChatRequest request) {
    if (raw != null && identity() && unchanged(original, request)) {
      return raw;
    }
    return Json.writeBytes(upstreamRequest(original, request));
  }

  private boolean unchanged(ObjectNode original, ChatRequest request) {
    if (original.has("models")) {
      return false;
    }
    if (upstream.format() != Format.GEMINI) {
      JsonNode model = original.get("model");
      if (model == null || !model.isTextual() || !model.asText().equals(request.model())) {
        return false;
      }
    }
    return upstream.format() != Format.ANTHROPIC_MESSAGES || !UnsignedThinkingFilter.wouldStrip(original);
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
