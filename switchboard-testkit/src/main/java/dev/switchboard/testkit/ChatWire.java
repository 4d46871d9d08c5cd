package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * OpenAI Chat Completions answers (wire-formats.md §2.2, §2.3): a {@code chat.completion} body, or
 * {@code data:} chunks ending with {@code [DONE]}, the usage chunk only when
 * {@code stream_options.include_usage} asked for it. Reasoning rides in the de-facto
 * {@code reasoning_content} field.
 */
final class ChatWire {

  static final String CALL_ID = "call_fake_1";

  private ChatWire() {}

  static String complete(FakeAnswer a) {
    ObjectNode body = head(a.model(), "chat.completion");
    ObjectNode choice = body.putArray("choices").addObject().put("index", 0);
    ObjectNode msg = choice.putObject("message").put("role", "assistant");
    if (a.toolCall()) {
      msg.putNull("content");
      ObjectNode call = msg.putArray("tool_calls").addObject().put("id", CALL_ID).put("type", "function");
      call.putObject("function").put("name", a.toolName()).put("arguments", WireReplies.TOOL_ARGUMENTS);
    } else {
      msg.put("content", a.text());
    }
    if (a.reasoning()) {
      msg.put("reasoning_content", a.thinking());
    }
    msg.putNull("refusal");
    msg.putArray("annotations");
    choice.putNull("logprobs");
    choice.put("finish_reason", a.toolCall() ? "tool_calls" : "stop");
    body.set("usage", usage(a));
    body.put("service_tier", "default");
    return Json.write(body);
  }

  static List<String> stream(FakeAnswer a, boolean includeUsage) {
    List<String> frames = new ArrayList<>();
    frames.add(chunk(a, Json.object().put("role", "assistant").put("content", ""), null));
    if (a.reasoning()) {
      frames.add(chunk(a, Json.object().put("reasoning_content", a.thinking()), null));
    }
    if (a.toolCall()) {
      String[] args = FakeAnswer.argumentPieces();
      ObjectNode first = Json.object();
      ObjectNode call = first.putArray("tool_calls").addObject().put("index", 0).put("id", CALL_ID)
          .put("type", "function");
      call.putObject("function").put("name", a.toolName()).put("arguments", "");
      frames.add(chunk(a, first, null));
      for (String piece : args) {
        ObjectNode delta = Json.object();
        delta.putArray("tool_calls").addObject().put("index", 0).putObject("function").put("arguments", piece);
        frames.add(chunk(a, delta, null));
      }
    } else {
      for (String piece : a.textPieces()) {
        frames.add(chunk(a, Json.object().put("content", piece), null));
      }
    }
    frames.add(chunk(a, Json.object(), a.toolCall() ? "tool_calls" : "stop"));
    if (includeUsage) {
      ObjectNode last = head(a.model(), "chat.completion.chunk");
      last.putArray("choices");
      last.set("usage", usage(a));
      frames.add(SseFrames.data(last));
    }
    frames.add("data: [DONE]\n\n");
    return frames;
  }

  private static String chunk(FakeAnswer a, ObjectNode delta, String finish) {
    ObjectNode body = head(a.model(), "chat.completion.chunk");
    ArrayNode choices = body.putArray("choices");
    ObjectNode c = choices.addObject().put("index", 0);
    c.set("delta", delta);
    c.putNull("logprobs");
    if (finish == null) {
      c.putNull("finish_reason");
    } else {
      c.put("finish_reason", finish);
    }
    return SseFrames.data(body);
  }

  private static ObjectNode head(String model, String object) {
    return Json.object().put("id", "chatcmpl-fake1").put("object", object).put("created", 1700000000)
        .put("model", model).put("system_fingerprint", "fp_fake");
  }

  private static ObjectNode usage(FakeAnswer a) {
    ObjectNode u = Json.object().put("prompt_tokens", WireReplies.INPUT_TOKENS)
        .put("completion_tokens", WireReplies.OUTPUT_TOKENS)
        .put("total_tokens", WireReplies.INPUT_TOKENS + WireReplies.OUTPUT_TOKENS);
    u.putObject("prompt_tokens_details").put("cached_tokens", 0).put("audio_tokens", 0);
    u.putObject("completion_tokens_details").put("reasoning_tokens", a.reasoningTokens()).put("audio_tokens", 0)
        .put("accepted_prediction_tokens", 0).put("rejected_prediction_tokens", 0);
    return u;
  }

  /** {@code {"error":{"message","type","param","code"}}} with the type and code OpenAI uses for the status. */
  static String error(int status) {
    String type = switch (status) {
      case 401 -> "invalid_request_error";
      case 429 -> "requests";
      default -> status >= 500 ? "server_error" : "invalid_request_error";
    };
    ObjectNode e = Json.object();
    ObjectNode err = e.putObject("error").put("message", WireReplies.ERROR_MESSAGE).put("type", type);
    err.putNull("param");
    if (status == 429) {
      err.put("code", "rate_limit_exceeded");
    } else {
      err.putNull("code");
    }
    return Json.write(e);
  }
}
