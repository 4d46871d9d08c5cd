package dev.switchboard.translate.format.openai.responses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.Reasoning;
import dev.switchboard.translate.canonical.Sampling;
import java.util.List;

/**
 * The Response object around the output items. openai-java 4.x rejects a Response without
 * {@code id}, {@code object}, {@code created_at}, {@code model}, {@code output},
 * {@code parallel_tool_calls}, {@code tool_choice} and {@code tools} (checked against
 * {@code Response.validate()}); the other fields follow the fixtures. When the client's request is
 * known (streams), its settings are echoed as the API does; otherwise defaults are written.
 */
final class ResponseEnvelope {

  private ResponseEnvelope() {}

  /** An {@code in_progress} response with no output and no usage yet. */
  static ObjectNode of(String id, String model, long createdAt, ChatRequest request) {
    ObjectNode o = Json.object();
    o.put("id", id).put("object", "response").put("created_at", createdAt)
        .put("status", "in_progress");
    o.putNull("error");
    o.putNull("incomplete_details");
    o.putNull("instructions");
    Sampling s = request == null ? Sampling.NONE : request.sampling();
    putNumber(o, "max_output_tokens", s.maxTokens());
    o.put("model", model == null ? "" : model);
    o.putArray("output");
    o.put("parallel_tool_calls", request == null || request.parallelToolCalls() == null
        || request.parallelToolCalls());
    o.putNull("previous_response_id");
    o.set("reasoning", reasoning(request == null ? null : request.reasoning()));
    o.put("store", false);
    o.put("temperature", s.temperature() == null ? 1.0 : s.temperature());
    o.putObject("text").set("format", ResponsesRequestEncoder.textFormat(
        request == null ? null : request.responseFormat()));
    o.set("tool_choice", ResponsesTools.encodeChoice(request == null ? null : request.toolChoice()));
    o.set("tools", ResponsesTools.encode(request == null ? List.of() : request.tools()));
    o.put("top_p", s.topP() == null ? 1.0 : s.topP());
    o.put("truncation", "disabled");
    o.putNull("usage");
    o.putNull("user");
    JsonNode metadata = request == null || request.extra() == null ? null : request.extra().get("metadata");
    o.set("metadata", metadata instanceof ObjectNode m ? m.deepCopy() : Json.object());
    return o;
  }

  private static ObjectNode reasoning(Reasoning r) {
    ObjectNode o = Json.object();
    if (r != null && r.effectiveEffort() != null) {
      o.put("effort", r.effectiveEffort().wireName());
    } else {
      o.putNull("effort");
    }
    if (r != null && Boolean.TRUE.equals(r.includeThoughts())) {
      o.put("summary", "auto");
    } else {
      o.putNull("summary");
    }
    return o;
  }

  private static void putNumber(ObjectNode o, String field, Integer value) {
    if (value == null) {
      o.putNull(field);
    } else {
      o.put(field, value);
    }
  }
}
