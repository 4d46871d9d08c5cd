package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.translate.format.Format;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a request to the fake upstream asks for, read from its own wire format: streaming, a tool
 * call (tools declared and no tool result yet), reasoning, or a scripted failure (the body contains
 * {@link WireReplies#failMarker(int)}).
 */
record AskedFor(Format format, String model, boolean stream, String toolName, boolean toolResults,
                boolean reasoning, int failStatus) {

  private static final Pattern FAIL = Pattern.compile("\\[\\[fail (\\d{3})]]");

  static AskedFor read(Format format, RecordedRequest req) {
    JsonNode body = req.json() == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : req.json();
    Matcher m = FAIL.matcher(req.body());
    int fail = m.find() ? Integer.parseInt(m.group(1)) : 0;
    return switch (format) {
      case OPENAI_CHAT -> new AskedFor(format, text(body, "model"), body.path("stream").asBoolean(false),
          firstTool(body.path("tools"), "function", "name"), anyWith(body.path("messages"), "role", "tool"),
          effortAsked(body.path("reasoning_effort")), fail);
      case OPENAI_RESPONSES -> new AskedFor(format, text(body, "model"), body.path("stream").asBoolean(false),
          firstTool(body.path("tools"), null, "name"), anyWith(body.path("input"), "type", "function_call_output"),
          effortAsked(body.path("reasoning").path("effort")), fail);
      case ANTHROPIC_MESSAGES -> new AskedFor(format, text(body, "model"), body.path("stream").asBoolean(false),
          firstTool(body.path("tools"), null, "name"), anthropicToolResults(body.path("messages")),
          thinkingAsked(body.path("thinking").path("type").asText("")), fail);
      case GEMINI -> new AskedFor(format, geminiModel(req.path()), req.path().endsWith(":streamGenerateContent"),
          firstTool(body.path("tools").path(0).path("functionDeclarations"), null, "name"),
          geminiFunctionResponses(body.path("contents")), geminiThinking(body), fail);
    };
  }

  /** The answer this request gets when it does not fail. */
  FakeAnswer answer() {
    String thinking = reasoning ? WireReplies.THINKING : null;
    if (toolName != null && !toolResults) {
      return new FakeAnswer(model, thinking, null, toolName);
    }
    return new FakeAnswer(model, thinking, toolResults ? WireReplies.AFTER_TOOL_TEXT : WireReplies.TEXT, null);
  }

  private static String text(JsonNode body, String field) {
    return body.path(field).asText("unknown");
  }

  private static String firstTool(JsonNode tools, String nested, String field) {
    JsonNode first = tools.path(0);
    if (nested != null) {
      first = first.path(nested);
    }
    return first.hasNonNull(field) ? first.get(field).asText() : null;
  }

  private static boolean anyWith(JsonNode items, String field, String value) {
    for (JsonNode item : items) {
      if (value.equals(item.path(field).asText())) {
        return true;
      }
    }
    return false;
  }

  private static boolean effortAsked(JsonNode effort) {
    return effort.isTextual() && !"none".equals(effort.asText());
  }

  private static boolean thinkingAsked(String type) {
    return "enabled".equals(type) || "adaptive".equals(type);
  }

  private static boolean anthropicToolResults(JsonNode messages) {
    for (JsonNode m : messages) {
      if (anyWith(m.path("content"), "type", "tool_result")) {
        return true;
      }
    }
    return false;
  }

  private static boolean geminiFunctionResponses(JsonNode contents) {
    for (JsonNode c : contents) {
      for (JsonNode p : c.path("parts")) {
        if (p.has("functionResponse")) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean geminiThinking(JsonNode body) {
    JsonNode t = body.path("generationConfig").path("thinkingConfig");
    return t.path("includeThoughts").asBoolean(false) || t.path("thinkingBudget").asInt(0) > 0
        || t.hasNonNull("thinkingLevel");
  }

  private static String geminiModel(String path) {
    int start = path.indexOf("/models/");
    int colon = path.lastIndexOf(':');
    return start < 0 || colon < start ? "unknown" : path.substring(start + 8, colon);
  }
}
