package dev.switchboard.translate.format.openai.chat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.Part;
import dev.switchboard.translate.format.Format;
import java.lang.System.Logger.Level;
import java.util.List;

/**
 * Writes assistant parts onto a Chat message object: {@code content} (text, or null when only tool
 * calls), {@code reasoning_content} (thinking text; never visible content, BerriAI/litellm#26916),
 * {@code tool_calls}, and with {@link SignatureReplay#WITH_SIGNATURES} LiteLLM-style
 * {@code thinking_blocks} for Anthropic-signed thinking and Gemini's
 * {@code extra_content.google.thought_signature} on tool calls.
 */
final class AssistantEncoder {

  private static final System.Logger LOG = System.getLogger(AssistantEncoder.class.getName());

  private AssistantEncoder() {}

  static void encode(List<Part> parts, ObjectNode msg, SignatureReplay replay) {
    StringBuilder text = new StringBuilder();
    StringBuilder reasoning = new StringBuilder();
    ArrayNode blocks = Json.array();
    ArrayNode calls = Json.array();
    for (Part p : parts) {
      if (p instanceof Part.Text t) {
        text.append(t.text());
      } else if (p instanceof Part.Thinking th) {
        reasoning.append(th.text() == null ? "" : th.text());
        if (replay == SignatureReplay.WITH_SIGNATURES) {
          thinkingBlock(th, blocks);
        }
      } else if (p instanceof Part.ToolCall call) {
        toolCall(call, calls, replay);
      } else {
        LOG.log(Level.DEBUG, "assistant message cannot carry {0}; dropped",
            p.getClass().getSimpleName());
      }
    }
    if (text.length() > 0 || calls.isEmpty()) {
      msg.put("content", text.toString());
    } else {
      msg.putNull("content");
    }
    if (reasoning.length() > 0) {
      msg.put("reasoning_content", reasoning.toString());
    }
    if (!blocks.isEmpty()) {
      msg.set("thinking_blocks", blocks);
    }
    if (!calls.isEmpty()) {
      msg.set("tool_calls", calls);
    }
  }

  private static void thinkingBlock(Part.Thinking th, ArrayNode blocks) {
    if (th.signatureFormat() != Format.ANTHROPIC_MESSAGES) {
      return;
    }
    if (th.redacted() != null) {
      blocks.addObject().put("type", "redacted_thinking").put("data", th.redacted());
    } else if (th.signature() != null) {
      blocks.addObject().put("type", "thinking")
          .put("thinking", th.text() == null ? "" : th.text()).put("signature", th.signature());
    }
  }

  private static void toolCall(Part.ToolCall call, ArrayNode calls, SignatureReplay replay) {
    ObjectNode obj = calls.addObject();
    obj.put("id", call.id() == null ? "call_sb" + calls.size() : call.id());
    obj.put("type", "function");
    obj.putObject("function").put("name", call.name())
        .put("arguments", call.arguments() == null ? "{}" : call.arguments());
    if (replay == SignatureReplay.WITH_SIGNATURES) {
      putThoughtSignature(obj, call.signature(), call.signatureFormat());
    }
  }

  /** Adds Gemini's thought signature the way its OpenAI-compatible API carries it. */
  static void putThoughtSignature(ObjectNode call, String signature, Format format) {
    if (signature != null && format == Format.GEMINI) {
      call.putObject("extra_content").putObject("google").put("thought_signature", signature);
    }
  }
}
