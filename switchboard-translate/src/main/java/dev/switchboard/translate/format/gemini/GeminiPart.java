package dev.switchboard.translate.format.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.canonical.Part;
import java.util.ArrayList;
import java.util.List;

/**
 * One part of a model answer, read once for the response and stream decoders: a function call,
 * reasoning text ({@code thought:true}), or a plain part (text, image), plus the
 * {@code thoughtSignature} any of them may carry (wire-formats.md §5.3).
 *
 * @param text the reasoning text when {@code thought}, else ""
 * @param other the plain part (non-empty text or image), or null
 */
record GeminiPart(boolean thought, String text, String signature, Call call, Part other) {

  /** A complete function call; {@code id} is null when the upstream sent none. */
  record Call(String id, String name, String arguments) {}

  static GeminiPart decode(ObjectNode part, String path) {
    String signature = GeminiJson.string(part, "thoughtSignature", path);
    // The documented dummy (GEM-DOC-TS) is no signature: drop it, the encoder adds it again.
    if (signature != null
        && (signature.isEmpty() || signature.equals(GeminiContentsEncoder.DUMMY_SIGNATURE))) {
      signature = null;
    }
    ObjectNode fc = GeminiJson.object(part, "functionCall", path);
    if (fc != null) {
      return new GeminiPart(false, "", signature, call(fc, path + ".functionCall"), null);
    }
    if (Boolean.TRUE.equals(GeminiJson.bool(part, "thought", path))) {
      String text = GeminiJson.string(part, "text", path);
      return new GeminiPart(true, text == null ? "" : text, signature, null, null);
    }
    return new GeminiPart(false, "", signature, null, GeminiContentsDecoder.plainPart(part, path));
  }

  private static Call call(ObjectNode fc, String path) {
    String name = GeminiJson.string(fc, "name", path);
    if (name == null || name.isEmpty()) {
      throw GeminiJson.invalid(path + ".name", "a non-empty string");
    }
    JsonNode args = GeminiJson.field(fc, "args");
    if (args != null && !args.isObject()) {
      throw GeminiJson.invalid(path + ".args", "an object");
    }
    String id = GeminiJson.string(fc, "id", path);
    return new Call(id == null || id.isEmpty() ? null : id, name, args == null ? "{}" : args.toString());
  }

  /**
   * The canonical parts of this part: a tool call, a thinking part, or the plain part preceded by
   * a text-less thinking part holding its signature (Gemini signs the last part of a turn).
   */
  List<Part> toParts(String fallbackCallId) {
    List<Part> out = new ArrayList<>(2);
    if (call != null) {
      out.add(toolCall(fallbackCallId));
    } else if (thought) {
      if (!text.isEmpty() || signature != null) {
        out.add(new Part.Thinking(text, signature, GeminiCodecs.FORMAT, null));
      }
    } else {
      if (signature != null) {
        out.add(new Part.Thinking("", signature, GeminiCodecs.FORMAT, null));
      }
      if (other != null) {
        out.add(other);
      }
    }
    return out;
  }

  /** The canonical tool call, with {@code fallbackId} when the upstream sent no id. */
  Part.ToolCall toolCall(String fallbackId) {
    return new Part.ToolCall(call.id() != null ? call.id() : fallbackId, call.name(), call.arguments(),
        signature, signature == null ? null : GeminiCodecs.FORMAT);
  }
}
