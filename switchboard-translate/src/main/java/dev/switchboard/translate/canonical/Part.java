package dev.switchboard.translate.canonical;

import dev.switchboard.translate.format.Format;
import java.util.List;

/** A piece of a message: text, an image, a tool call, a tool result, or model reasoning. */
public sealed interface Part {

  /** Plain text. */
  record Text(String text) implements Part {}

  /** An image given by URL or inline base64 data. */
  record Image(ImageSource source) implements Part {}

  /**
   * A tool call made by the assistant. {@code arguments} is the JSON text of the arguments object.
   * {@code signature} is an opaque provider signature tied to the call (Gemini thought signature),
   * valid only for {@code signatureFormat}.
   */
  record ToolCall(String id, String name, String arguments, String signature,
                  Format signatureFormat) implements Part {
    public ToolCall(String id, String name, String arguments) {
      this(id, name, arguments, null, null);
    }
  }

  /** The result of a tool call, answering the call with {@code callId} (and {@code name}, if known). */
  record ToolResult(String callId, String name, List<Part> content, boolean isError) implements Part {
    public ToolResult {
      content = content == null ? List.of() : List.copyOf(content);
    }

    public String joinedText() {
      StringBuilder sb = new StringBuilder();
      for (Part p : content) {
        if (p instanceof Text t) {
          sb.append(t.text());
        }
      }
      return sb.toString();
    }
  }

  /**
   * Model reasoning. {@code signature} is the provider's opaque proof of the thinking, replayed only
   * to {@code signatureFormat}; {@code redacted} holds encrypted reasoning that has no visible text.
   */
  record Thinking(String text, String signature, Format signatureFormat,
                  String redacted) implements Part {
    public Thinking(String text) {
      this(text, null, null, null);
    }
  }
}
