package dev.switchboard.translate.format.anthropic;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ChatResponse;
import dev.switchboard.translate.canonical.Part;
import dev.switchboard.translate.format.Format;
import dev.switchboard.translate.format.ResponseEncoder;
import java.util.UUID;

/**
 * Encodes a canonical answer as a Messages response (wire-formats.md §4.2): {@code msg_…} id,
 * content blocks, a legal {@code stop_reason} (§7) and usage with Anthropic's uncached
 * {@code input_tokens} (§8).
 *
 * <p>Thinking: Anthropic-signed thinking is emitted as it came. Reasoning from other formats is
 * emitted as a {@code thinking} block with an empty signature, so Claude clients can show it; the
 * request decoder treats an empty signature as unsigned, so such a block is never replayed to
 * Anthropic as signed thinking. Foreign encrypted reasoning is dropped, but its visible text (a
 * Responses summary next to its encrypted content) is kept like other foreign reasoning.
 * Tool ids are sanitized to Anthropic's pattern, because clients send them back as
 * {@code tool_use_id}.
 */
public final class AnthropicResponseEncoder implements ResponseEncoder {

  @Override
  public ObjectNode encode(ChatResponse response) {
    ObjectNode body = Json.object();
    body.put("id", messageId(response.id()));
    body.put("type", "message");
    body.put("role", "assistant");
    body.put("model", response.model() == null ? "" : response.model());
    ArrayNode content = body.putArray("content");
    for (Part p : response.content()) {
      ObjectNode block = block(p);
      if (block != null) {
        content.add(block);
      }
    }
    body.put("stop_reason", AnthropicStopReason.encode(response.finishReason(),
        response.hasToolCalls()));
    body.putNull("stop_sequence");
    body.set("usage", AnthropicUsage.encode(response.usage()));
    return body;
  }

  /** An id in Anthropic's {@code msg_…} shape: kept when it has it, else prefixed or generated. */
  static String messageId(String id) {
    if (id == null || id.isEmpty()) {
      return "msg_" + UUID.randomUUID().toString().replace("-", "");
    }
    return id.startsWith("msg_") ? id : "msg_" + id;
  }

  private static ObjectNode block(Part p) {
    if (p instanceof Part.Text t) {
      if (t.text() == null || t.text().isEmpty()) {
        return null;
      }
      ObjectNode b = Json.object();
      b.put("type", "text");
      b.put("text", t.text());
      return b;
    }
    if (p instanceof Part.ToolCall c) {
      ObjectNode b = Json.object();
      b.put("type", "tool_use");
      b.put("id", ToolIdSanitizer.clean(c.id()));
      b.put("name", c.name() == null ? "" : c.name());
      b.set("input", AnthropicBlockEncoder.inputObject(c.arguments()));
      return b;
    }
    if (p instanceof Part.Thinking th) {
      return thinking(th);
    }
    return null;
  }

  private static ObjectNode thinking(Part.Thinking th) {
    boolean anthropic = th.signatureFormat() == Format.ANTHROPIC_MESSAGES;
    ObjectNode b = Json.object();
    if (th.redacted() != null && anthropic) {
      b.put("type", "redacted_thinking");
      b.put("data", th.redacted());
      return b;
    }
    String text = th.text() == null ? "" : th.text();
    String signature = anthropic && th.signature() != null ? th.signature() : "";
    if (text.isEmpty() && signature.isEmpty()) {
      return null;
    }
    b.put("type", "thinking");
    b.put("thinking", text);
    b.put("signature", signature);
    return b;
  }
}
