package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * Anthropic Messages answers (wire-formats.md §4.2, §4.3): a {@code message} with thinking (with
 * its signature), text or {@code tool_use} blocks; or {@code message_start}, per block
 * {@code content_block_start}/{@code _delta}/{@code _stop}, a {@code ping}, {@code message_delta}
 * with the cumulative usage and {@code message_stop}, each with its {@code event:} line.
 */
final class AnthropicWire {

  static final String TOOL_USE_ID = "toolu_fake_1";
  static final String SIGNATURE = "EqQBfake-anthropic-signature";

  private AnthropicWire() {}

  static String complete(FakeAnswer a) {
    ObjectNode m = message(a);
    ArrayNode content = m.putArray("content");
    if (a.reasoning()) {
      content.addObject().put("type", "thinking").put("thinking", a.thinking()).put("signature", SIGNATURE);
    }
    if (a.toolCall()) {
      content.addObject().put("type", "tool_use").put("id", TOOL_USE_ID).put("name", a.toolName())
          .set("input", Json.parseOrNull(WireReplies.TOOL_ARGUMENTS));
    } else {
      content.addObject().put("type", "text").put("text", a.text());
    }
    m.put("stop_reason", a.toolCall() ? "tool_use" : "end_turn");
    m.putNull("stop_sequence");
    m.set("usage", usage(WireReplies.OUTPUT_TOKENS));
    return Json.write(m);
  }

  static List<String> stream(FakeAnswer a) {
    List<String> frames = new ArrayList<>();
    ObjectNode start = message(a);
    start.putArray("content");
    start.putNull("stop_reason");
    start.putNull("stop_sequence");
    start.set("usage", usage(1));
    frames.add(SseFrames.event("message_start", Json.object().put("type", "message_start").set("message", start)));
    int index = 0;
    if (a.reasoning()) {
      blockStart(frames, index, Json.object().put("type", "thinking").put("thinking", "").put("signature", ""));
      frames.add(SseFrames.event("ping", Json.object().put("type", "ping")));
      delta(frames, index, Json.object().put("type", "thinking_delta").put("thinking", a.thinking()));
      delta(frames, index, Json.object().put("type", "signature_delta").put("signature", SIGNATURE));
      blockStop(frames, index++);
    }
    if (a.toolCall()) {
      ObjectNode block = Json.object().put("type", "tool_use").put("id", TOOL_USE_ID).put("name", a.toolName());
      block.putObject("input");
      blockStart(frames, index, block);
      delta(frames, index, Json.object().put("type", "input_json_delta").put("partial_json", ""));
      for (String piece : FakeAnswer.argumentPieces()) {
        delta(frames, index, Json.object().put("type", "input_json_delta").put("partial_json", piece));
      }
    } else {
      blockStart(frames, index, Json.object().put("type", "text").put("text", ""));
      for (String piece : a.textPieces()) {
        delta(frames, index, Json.object().put("type", "text_delta").put("text", piece));
      }
    }
    blockStop(frames, index);
    ObjectNode md = Json.object().put("type", "message_delta");
    md.putObject("delta").put("stop_reason", a.toolCall() ? "tool_use" : "end_turn").putNull("stop_sequence");
    md.set("usage", usage(WireReplies.OUTPUT_TOKENS));
    frames.add(SseFrames.event("message_delta", md));
    frames.add(SseFrames.event("message_stop", Json.object().put("type", "message_stop")));
    return frames;
  }

  private static ObjectNode message(FakeAnswer a) {
    return Json.object().put("id", "msg_fake_1").put("type", "message").put("role", "assistant")
        .put("model", a.model());
  }

  private static ObjectNode usage(int output) {
    return Json.object().put("input_tokens", WireReplies.INPUT_TOKENS).put("cache_creation_input_tokens", 0)
        .put("cache_read_input_tokens", 0).put("output_tokens", output).put("service_tier", "standard");
  }

  private static void blockStart(List<String> frames, int index, ObjectNode block) {
    frames.add(SseFrames.event("content_block_start",
        Json.object().put("type", "content_block_start").put("index", index).set("content_block", block)));
  }

  private static void delta(List<String> frames, int index, ObjectNode delta) {
    frames.add(SseFrames.event("content_block_delta",
        Json.object().put("type", "content_block_delta").put("index", index).set("delta", delta)));
  }

  private static void blockStop(List<String> frames, int index) {
    frames.add(SseFrames.event("content_block_stop",
        Json.object().put("type", "content_block_stop").put("index", index)));
  }

  /** {@code {"type":"error","error":{"type","message"},"request_id"}} with Anthropic's type for the status. */
  static String error(int status) {
    String type = switch (status) {
      case 400 -> "invalid_request_error";
      case 401 -> "authentication_error";
      case 403 -> "permission_error";
      case 404 -> "not_found_error";
      case 429 -> "rate_limit_error";
      case 529 -> "overloaded_error";
      default -> "api_error";
    };
    ObjectNode e = Json.object().put("type", "error");
    e.putObject("error").put("type", type).put("message", WireReplies.ERROR_MESSAGE);
    e.put("request_id", "req_fake_1");
    return Json.write(e);
  }
}
