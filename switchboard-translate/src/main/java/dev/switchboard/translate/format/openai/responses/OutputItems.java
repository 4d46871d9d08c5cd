package dev.switchboard.translate.format.openai.responses;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;

/**
 * Builders for Responses output items and parts, with the fields openai-java's
 * {@code ResponseOutputMessage}, {@code ResponseOutputText}, {@code ResponseFunctionToolCall} and
 * {@code ResponseReasoningItem} require (shapes of the fixtures in wire-formats.md §3.2).
 */
final class OutputItems {

  private OutputItems() {}

  static ObjectNode message(String id, String text, String status) {
    ObjectNode o = Json.object();
    o.put("id", id).put("type", "message").put("status", status).put("role", "assistant");
    o.putArray("content").add(outputText(text));
    return o;
  }

  static ObjectNode emptyMessage(String id) {
    ObjectNode o = Json.object();
    o.put("id", id).put("type", "message").put("status", "in_progress").put("role", "assistant");
    o.putArray("content");
    return o;
  }

  static ObjectNode outputText(String text) {
    ObjectNode o = Json.object();
    o.put("type", "output_text").put("text", text);
    o.putArray("annotations");
    o.putArray("logprobs");
    return o;
  }

  static ObjectNode functionCall(String callId, String name, String arguments, String status) {
    ObjectNode o = Json.object();
    o.put("id", ResponsesIds.functionCall(callId)).put("type", "function_call").put("status", status)
        .put("arguments", arguments).put("call_id", callId).put("name", name);
    return o;
  }

  /** A reasoning item; the summary is empty when {@code text} is, encrypted content only if known. */
  static ObjectNode reasoning(String id, String text, String encrypted) {
    ObjectNode o = Json.object();
    o.put("id", id).put("type", "reasoning");
    var summary = o.putArray("summary");
    if (text != null && !text.isEmpty()) {
      summary.add(summaryText(text));
    }
    if (encrypted != null) {
      o.put("encrypted_content", encrypted);
    }
    return o;
  }

  static ObjectNode summaryText(String text) {
    return Json.object().put("type", "summary_text").put("text", text);
  }
}
