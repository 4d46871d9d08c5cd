package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * OpenAI Responses answers (wire-formats.md §3.2, §3.3): a {@code response} object whose output
 * holds a reasoning item (summary plus encrypted content), then a message or a function call; or
 * the event sequence from {@code response.created} to {@code response.completed}, each event with
 * its {@code event:} line and an increasing {@code sequence_number}, no {@code [DONE]}.
 */
final class ResponsesWire {

  static final String CALL_ID = "call_fake_1";
  static final String ENCRYPTED = "gAAAAfake-encrypted-reasoning";

  private ResponsesWire() {}

  static String complete(FakeAnswer a) {
    return Json.write(response(a, "completed", output(a)));
  }

  static List<String> stream(FakeAnswer a) {
    Events ev = new Events();
    ev.add("response.created", Json.object().set("response", response(a, "in_progress", Json.array())));
    ev.add("response.in_progress", Json.object().set("response", response(a, "in_progress", Json.array())));
    ArrayNode items = output(a);
    for (int i = 0; i < items.size(); i++) {
      item(ev, i, (ObjectNode) items.get(i));
    }
    ev.add("response.completed", Json.object().set("response", response(a, "completed", items)));
    return ev.frames;
  }

  private static void item(Events ev, int index, ObjectNode done) {
    String id = done.get("id").asText();
    String type = done.get("type").asText();
    ObjectNode added = done.deepCopy();
    switch (type) {
      case "reasoning" -> {
        added.putArray("summary");
        added.putNull("encrypted_content");
        ev.add("response.output_item.added", at(index).set("item", added));
        String text = done.get("summary").get(0).get("text").asText();
        ObjectNode part = Json.object().put("type", "summary_text").put("text", "");
        ev.add("response.reasoning_summary_part.added", at(index).put("item_id", id).put("summary_index", 0).set("part", part));
        ev.add("response.reasoning_summary_text.delta", at(index).put("item_id", id).put("summary_index", 0).put("delta", text));
        ev.add("response.reasoning_summary_text.done", at(index).put("item_id", id).put("summary_index", 0).put("text", text));
        ev.add("response.reasoning_summary_part.done", at(index).put("item_id", id).put("summary_index", 0)
            .set("part", part.deepCopy().put("text", text)));
      }
      case "function_call" -> {
        added.put("arguments", "").put("status", "in_progress");
        ev.add("response.output_item.added", at(index).set("item", added));
        for (String piece : FakeAnswer.argumentPieces()) {
          ev.add("response.function_call_arguments.delta", at(index).put("item_id", id).put("delta", piece));
        }
        ev.add("response.function_call_arguments.done", at(index).put("item_id", id)
            .put("name", done.get("name").asText()).put("arguments", WireReplies.TOOL_ARGUMENTS));
      }
      default -> message(ev, index, done, added);
    }
    ev.add("response.output_item.done", at(index).set("item", done));
  }

  private static void message(Events ev, int index, ObjectNode done, ObjectNode added) {
    String id = done.get("id").asText();
    added.put("status", "in_progress").putArray("content");
    ev.add("response.output_item.added", at(index).set("item", added));
    ObjectNode empty = outputText("");
    ev.add("response.content_part.added", at(index).put("item_id", id).put("content_index", 0).set("part", empty));
    String text = done.get("content").get(0).get("text").asText();
    int cut = text.length() / 2;
    for (String piece : new String[] {text.substring(0, cut), text.substring(cut)}) {
      ObjectNode d = at(index).put("item_id", id).put("content_index", 0).put("delta", piece);
      d.putArray("logprobs");
      ev.add("response.output_text.delta", d);
    }
    ObjectNode t = at(index).put("item_id", id).put("content_index", 0).put("text", text);
    t.putArray("logprobs");
    ev.add("response.output_text.done", t);
    ev.add("response.content_part.done", at(index).put("item_id", id).put("content_index", 0)
        .set("part", outputText(text)));
  }

  private static ObjectNode at(int index) {
    return Json.object().put("output_index", index);
  }

  private static ArrayNode output(FakeAnswer a) {
    ArrayNode out = Json.array();
    if (a.reasoning()) {
      ObjectNode r = out.addObject().put("id", "rs_fake_1").put("type", "reasoning");
      r.putArray("summary").addObject().put("type", "summary_text").put("text", a.thinking());
      r.put("encrypted_content", ENCRYPTED);
    }
    if (a.toolCall()) {
      out.addObject().put("id", "fc_fake_1").put("type", "function_call").put("status", "completed")
          .put("arguments", WireReplies.TOOL_ARGUMENTS).put("call_id", CALL_ID).put("name", a.toolName());
    } else {
      ObjectNode m = out.addObject().put("id", "msg_fake_1").put("type", "message").put("status", "completed")
          .put("role", "assistant");
      m.putArray("content").add(outputText(a.text()));
    }
    return out;
  }

  private static ObjectNode outputText(String text) {
    ObjectNode p = Json.object().put("type", "output_text").put("text", text);
    p.putArray("annotations");
    p.putArray("logprobs");
    return p;
  }

  private static ObjectNode response(FakeAnswer a, String status, ArrayNode output) {
    ObjectNode r = Json.object().put("id", "resp_fake_1").put("object", "response").put("created_at", 1700000000)
        .put("status", status);
    r.putNull("error");
    r.putNull("incomplete_details");
    r.putNull("instructions");
    r.putNull("max_output_tokens");
    r.put("model", a.model());
    r.set("output", output);
    r.put("parallel_tool_calls", true);
    r.putNull("previous_response_id");
    r.put("temperature", 1.0).put("tool_choice", "auto").put("top_p", 1.0).put("truncation", "disabled");
    r.putArray("tools");
    r.putObject("text").putObject("format").put("type", "text");
    r.putObject("metadata");
    if ("completed".equals(status)) {
      ObjectNode u = r.putObject("usage").put("input_tokens", WireReplies.INPUT_TOKENS);
      u.putObject("input_tokens_details").put("cached_tokens", 0);
      u.put("output_tokens", WireReplies.OUTPUT_TOKENS);
      u.putObject("output_tokens_details").put("reasoning_tokens", a.reasoningTokens());
      u.put("total_tokens", WireReplies.INPUT_TOKENS + WireReplies.OUTPUT_TOKENS);
    } else {
      r.putNull("usage");
    }
    return r;
  }

  /** Events with their {@code type} and {@code sequence_number} filled in. */
  private static final class Events {
    final List<String> frames = new ArrayList<>();

    void add(String type, ObjectNode payload) {
      ObjectNode e = Json.object().put("type", type).put("sequence_number", frames.size());
      e.setAll(payload);
      frames.add(SseFrames.event(type, e));
    }
  }
}
