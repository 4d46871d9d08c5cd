package dev.switchboard.translate.format.openai.responses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.format.Format;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The item state of one Responses stream being decoded: function calls numbered 0, 1, ... in the
 * order they start (keyed by item id), which items already streamed content, and which were
 * finished, so an item's content is emitted exactly once whether it came as deltas, in
 * {@code output_item.done}, or only in the final response.
 */
final class StreamItemTracker {

  private final Map<String, Integer> calls = new HashMap<>();
  private final Set<Integer> callsWithArguments = new HashSet<>();
  private final Set<String> streamed = new HashSet<>();
  private final Set<String> done = new HashSet<>();
  private final Map<String, Integer> summaryIndexes = new HashMap<>();
  private boolean refusal;

  boolean sawToolCall() {
    return !calls.isEmpty();
  }

  boolean sawRefusal() {
    return refusal;
  }

  void added(JsonNode item, int outputIndex, Consumer<StreamEvent> out) {
    if (item instanceof ObjectNode o && "function_call".equals(WireReader.str(o, "type"))) {
      startCall(o, key(o, outputIndex), out);
    }
  }

  void text(String key, String delta, Consumer<StreamEvent> out) {
    streamed.add(key);
    if (!delta.isEmpty()) {
      out.accept(new StreamEvent.TextDelta(delta));
    }
  }

  void refusal(String key, String delta, Consumer<StreamEvent> out) {
    refusal = true;
    text(key, delta, out);
  }

  /** A reasoning delta; summary parts after the first are separated by a blank line. */
  void summary(String key, JsonNode summaryIndex, String delta, Consumer<StreamEvent> out) {
    int index = summaryIndex != null && summaryIndex.canConvertToInt() ? summaryIndex.intValue() : 0;
    Integer last = summaryIndexes.put(key, index);
    if (last != null && last != index) {
      out.accept(new StreamEvent.ThinkingDelta("\n\n"));
    }
    streamed.add(key);
    if (!delta.isEmpty()) {
      out.accept(new StreamEvent.ThinkingDelta(delta));
    }
  }

  void arguments(String key, String delta, Consumer<StreamEvent> out) {
    Integer index = calls.get(key);
    if (index != null && !delta.isEmpty()) {
      callsWithArguments.add(index);
      out.accept(new StreamEvent.ToolCallDelta(index, delta));
    }
  }

  /** Emits the full arguments when no fragment of them was streamed. */
  void argumentsDone(String key, String arguments, Consumer<StreamEvent> out) {
    Integer index = calls.get(key);
    if (index != null && !callsWithArguments.contains(index) && arguments != null) {
      arguments(key, arguments, out);
    }
  }

  /** A finished item: emits whatever of it was not streamed before. */
  void done(JsonNode item, int outputIndex, Consumer<StreamEvent> out) {
    if (!(item instanceof ObjectNode o)) {
      return;
    }
    String key = key(o, outputIndex);
    if (!done.add(key)) {
      return;
    }
    String type = String.valueOf(WireReader.str(o, "type"));
    switch (type) {
      case "message" -> message(o, key, out);
      case "reasoning" -> reasoning(o, key, out);
      case "function_call" -> {
        startCall(o, key, out);
        argumentsDone(key, WireReader.str(o, "arguments"), out);
      }
      default -> { }
    }
  }

  private void message(ObjectNode o, String key, Consumer<StreamEvent> out) {
    JsonNode content = o.get("content");
    if (streamed.contains(key) || content == null || !content.isArray()) {
      return;
    }
    for (JsonNode part : content) {
      String type = WireReader.str(part, "type");
      if ("output_text".equals(type) && WireReader.str(part, "text") != null) {
        text(key, WireReader.str(part, "text"), out);
      } else if ("refusal".equals(type) && WireReader.str(part, "refusal") != null) {
        refusal(key, WireReader.str(part, "refusal"), out);
      }
    }
  }

  private void reasoning(ObjectNode o, String key, Consumer<StreamEvent> out) {
    if (!streamed.contains(key)) {
      String text = ResponsesContentDecoder.reasoningText(o, "reasoning item.");
      if (!text.isEmpty()) {
        out.accept(new StreamEvent.ThinkingDelta(text));
      }
    }
    String encrypted = WireReader.str(o, "encrypted_content");
    if (encrypted != null) {
      out.accept(new StreamEvent.ThinkingSignature(encrypted, Format.OPENAI_RESPONSES));
    }
  }

  private void startCall(ObjectNode o, String key, Consumer<StreamEvent> out) {
    if (calls.containsKey(key)) {
      return;
    }
    int index = calls.size();
    calls.put(key, index);
    String callId = WireReader.str(o, "call_id");
    String name = WireReader.str(o, "name");
    out.accept(new StreamEvent.ToolCallStart(index, callId != null ? callId : WireReader.str(o, "id"),
        name != null ? name : ""));
  }

  private static String key(ObjectNode item, int outputIndex) {
    String id = WireReader.str(item, "id");
    return id != null ? id : "#" + outputIndex;
  }
}
