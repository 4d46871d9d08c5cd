package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * Gemini v1beta answers (wire-formats.md §5.2, §5.3): a {@code GenerateContentResponse} whose
 * parts hold a thought ({@code thought: true}), then text or a complete {@code functionCall}
 * carrying the thought signature; or {@code data:} chunks separated by CRLF CRLF, nothing else,
 * with {@code finishReason} and the final {@code usageMetadata} on the last chunk. Function calls
 * end with {@code STOP} and carry no id, as on the Gemini API.
 */
final class GeminiWire {

  static final String SIGNATURE = "c2lnLWdlbWluaS1mYWtl";

  private GeminiWire() {}

  static String complete(FakeAnswer a) {
    ArrayNode parts = Json.array();
    if (a.reasoning()) {
      parts.addObject().put("text", a.thinking()).put("thought", true);
    }
    parts.add(answerPart(a, a.text()));
    return Json.write(chunk(a, parts, true));
  }

  static List<String> stream(FakeAnswer a) {
    List<String> frames = new ArrayList<>();
    if (a.reasoning()) {
      ArrayNode parts = Json.array();
      parts.addObject().put("text", a.thinking()).put("thought", true);
      frames.add(SseFrames.dataCrlf(chunk(a, parts, false)));
    }
    if (a.toolCall()) {
      frames.add(SseFrames.dataCrlf(chunk(a, Json.array().add(answerPart(a, null)), true)));
      return frames;
    }
    String[] pieces = a.textPieces();
    frames.add(SseFrames.dataCrlf(chunk(a, Json.array().add(Json.object().put("text", pieces[0])), false)));
    frames.add(SseFrames.dataCrlf(chunk(a, Json.array().add(answerPart(a, pieces[1])), true)));
    return frames;
  }

  /** The text (or the function call) that ends the answer, with the signature when there is reasoning. */
  private static ObjectNode answerPart(FakeAnswer a, String text) {
    ObjectNode p = Json.object();
    if (a.toolCall()) {
      p.putObject("functionCall").put("name", a.toolName()).set("args", Json.parseOrNull(WireReplies.TOOL_ARGUMENTS));
    } else {
      p.put("text", text);
    }
    if (a.reasoning()) {
      p.put("thoughtSignature", SIGNATURE);
    }
    return p;
  }

  private static ObjectNode chunk(FakeAnswer a, ArrayNode parts, boolean last) {
    ObjectNode body = Json.object();
    ObjectNode cand = body.putArray("candidates").addObject();
    ObjectNode content = cand.putObject("content");
    content.set("parts", parts);
    content.put("role", "model");
    if (last) {
      cand.put("finishReason", "STOP");
    }
    cand.put("index", 0);
    ObjectNode u = body.putObject("usageMetadata").put("promptTokenCount", WireReplies.INPUT_TOKENS);
    if (last) {
      u.put("candidatesTokenCount", WireReplies.OUTPUT_TOKENS - a.reasoningTokens());
    }
    if (a.reasoning()) {
      u.put("thoughtsTokenCount", a.reasoningTokens());
    }
    u.put("totalTokenCount", WireReplies.INPUT_TOKENS + (last ? WireReplies.OUTPUT_TOKENS : a.reasoningTokens()));
    body.put("modelVersion", a.model()).put("responseId", "fake-response-1");
    return body;
  }

  /** {@code {"error":{"code","message","status"}}} with the RPC status Google uses for the HTTP status. */
  static String error(int status) {
    String rpc = switch (status) {
      case 400 -> "INVALID_ARGUMENT";
      case 401 -> "UNAUTHENTICATED";
      case 403 -> "PERMISSION_DENIED";
      case 404 -> "NOT_FOUND";
      case 429 -> "RESOURCE_EXHAUSTED";
      case 503 -> "UNAVAILABLE";
      case 504 -> "DEADLINE_EXCEEDED";
      default -> "INTERNAL";
    };
    ObjectNode e = Json.object();
    e.putObject("error").put("code", status).put("message", WireReplies.ERROR_MESSAGE).put("status", rpc);
    return Json.write(e);
  }
}
