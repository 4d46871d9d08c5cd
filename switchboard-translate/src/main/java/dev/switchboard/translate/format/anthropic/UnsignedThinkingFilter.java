package dev.switchboard.translate.format.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;

/**
 * Removes {@code thinking} blocks without a signature from an Anthropic request that goes to an
 * Anthropic upstream unchanged. Such blocks reach Claude clients when an answer came from another
 * vendor (its reasoning is shown as unsigned thinking); replayed to Anthropic they are rejected
 * ("thinking blocks ... must be signed", docs.anthropic.com extended thinking, "Preserving
 * thinking blocks"). Signed blocks and everything else stay untouched.
 */
public final class UnsignedThinkingFilter {

  private UnsignedThinkingFilter() {}

  public static void strip(ObjectNode body) {
    JsonNode messages = body.get("messages");
    if (messages == null || !messages.isArray()) {
      return;
    }
    for (JsonNode m : messages) {
      JsonNode content = m.get("content");
      if (content instanceof ArrayNode blocks) {
        Iterator<JsonNode> it = blocks.elements();
        while (it.hasNext()) {
          JsonNode b = it.next();
          if ("thinking".equals(b.path("type").asText()) && b.path("signature").asText("").isEmpty()) {
            it.remove();
          }
        }
      }
    }
  }
}
