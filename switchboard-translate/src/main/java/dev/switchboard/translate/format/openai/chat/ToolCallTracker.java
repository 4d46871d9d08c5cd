package dev.switchboard.translate.format.openai.chat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.format.Format;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The tool calls of one Chat stream: maps each upstream {@code tool_calls[].index} to a canonical
 * index (0, 1, ... in start order), emits {@link StreamEvent.ToolCallStart} on a call's first
 * fragment and {@link StreamEvent.ToolCallDelta} for every argument piece. A fragment that reuses a
 * known index with a different {@code id} starts a new call: some compatible servers number every
 * call 0 (BerriAI/litellm#16188).
 */
final class ToolCallTracker {

  private final Map<Integer, Integer> canonicalByUpstream = new HashMap<>();
  private final Map<Integer, String> idByUpstream = new HashMap<>();
  private int next;
  private int lastUpstream = -1;

  boolean seen() {
    return next > 0;
  }

  void fragment(JsonNode call, Consumer<StreamEvent> out) {
    if (call == null || !call.isObject()) {
      return;
    }
    String id = FieldReader.lenientText(call, "id");
    JsonNode fn = call.path("function");
    JsonNode idx = call.get("index");
    int upstream = idx != null && idx.canConvertToInt() ? idx.intValue()
        : id != null && !idByUpstream.containsValue(id) ? nextFreeUpstream() : lastUpstream;
    Integer canonical = canonicalByUpstream.get(upstream);
    boolean newCall = canonical == null
        || id != null && !id.isEmpty() && !id.equals(idByUpstream.get(upstream));
    if (newCall) {
      canonical = next++;
      canonicalByUpstream.put(upstream, canonical);
      String callId = id == null || id.isEmpty() ? "call_sb" + canonical : id;
      idByUpstream.put(upstream, callId);
      String name = FieldReader.lenientText(fn.isObject() ? fn : null, "name");
      String signature = AssistantDecoder.thoughtSignature(call);
      out.accept(new StreamEvent.ToolCallStart(canonical, callId, name == null ? "" : name,
          signature, signature == null ? null : Format.GEMINI));
    }
    lastUpstream = upstream;
    JsonNode args = fn.path("arguments");
    String piece = args.isTextual() ? args.textValue()
        : args.isObject() ? Json.write(args) : null;
    if (piece != null && !piece.isEmpty()) {
      out.accept(new StreamEvent.ToolCallDelta(canonical, piece));
    }
  }

  private int nextFreeUpstream() {
    int i = 0;
    while (canonicalByUpstream.containsKey(i)) {
      i++;
    }
    return i;
  }
}
