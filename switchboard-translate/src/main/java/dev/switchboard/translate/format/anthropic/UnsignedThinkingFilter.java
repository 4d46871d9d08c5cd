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

  /** True when {@link #strip} would remove a block from {@code body}. */
  public static boolean wouldStrip(ObjectNode body) {
    JsonNode messages = body.get("messages");
    if (messages == null || !messages.isArray()) {
      return false;
    }
    for (JsonNode m : messages) {
      JsonNode content = m.get("content");
      if (content instanceof ArrayNode blocks) {
        for (JsonNode b : blocks) {
          if (unsigned(b)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean unsigned(JsonNode block) {
    return "thinking".equals(block.path("type").asText()) && block.path("signature").asText("").isEmpty();
  }

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
          if (unsigned(b)) {
            it.remove();
          }
        }
      }
    }
  }
}
