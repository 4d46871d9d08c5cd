package dev.switchboard.translate.format.gemini;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.canonical.Part;
import dev.switchboard.translate.canonical.StreamEvent;

/**
 * A streamed tool call whose argument fragments are still arriving. Gemini clients expect each
 * {@code functionCall} whole, with {@code args} as an object (wire-formats.md §9), so the
 * fragments are buffered until the call ends.
 */
final class GeminiPendingCall {

  private final String id;
  private final String name;
  private final String signature;
  private final StringBuilder arguments = new StringBuilder();

  private GeminiPendingCall(String id, String name, String signature) {
    this.id = id;
    this.name = name;
    this.signature = signature;
  }

  /** A call from its start event, keeping its signature only when Gemini made it. */
  static GeminiPendingCall start(StreamEvent.ToolCallStart start) {
    String sig = start.signatureFormat() == GeminiCodecs.FORMAT ? start.signature() : null;
    return new GeminiPendingCall(start.id(), start.name(), sig);
  }

  void append(String fragment) {
    if (fragment != null) {
      arguments.append(fragment);
    }
  }

  ObjectNode toPart() {
    Part.ToolCall call = new Part.ToolCall(id, name, arguments.toString(), signature, GeminiCodecs.FORMAT);
    return GeminiResponseEncoder.functionCall(call, null);
  }
}
