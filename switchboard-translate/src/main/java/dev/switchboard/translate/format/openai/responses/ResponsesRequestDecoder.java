package dev.switchboard.translate.format.openai.responses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.Message;
import dev.switchboard.translate.canonical.Reasoning;
import dev.switchboard.translate.canonical.ReasoningEffort;
import dev.switchboard.translate.canonical.ResponseFormat;
import dev.switchboard.translate.canonical.Role;
import dev.switchboard.translate.canonical.Sampling;
import dev.switchboard.translate.canonical.StreamMode;
import dev.switchboard.translate.format.RequestDecoder;
import dev.switchboard.translate.format.TranslationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decodes a Responses request body (wire-formats.md §3.1). {@code instructions} becomes a leading
 * system message; fields without canonical meaning ({@code store}, {@code previous_response_id},
 * {@code include}, {@code metadata}, ...) go to {@link ChatRequest#extra()}. Usage always arrives
 * in {@code response.completed}, so a stream request decodes as {@link StreamMode#ON_WITH_USAGE}.
 */
public final class ResponsesRequestDecoder implements RequestDecoder {

  private static final Set<String> KNOWN = Set.of("model", "input", "instructions", "tools",
      "tool_choice", "parallel_tool_calls", "max_output_tokens", "temperature", "top_p", "text",
      "reasoning", "stream", "user");

  @Override
  public ChatRequest decode(JsonNode body) {
    ObjectNode b = WireReader.object(body, "request body");
    String model = WireReader.text(b, "model", "");
    List<Message> messages = new ArrayList<>();
    String instructions = WireReader.optText(b, "instructions", "");
    if (instructions != null && !instructions.isEmpty()) {
      messages.add(Message.text(Role.SYSTEM, instructions));
    }
    messages.addAll(ResponsesInputDecoder.decode(b.get("input")));
    Sampling sampling = new Sampling(WireReader.optNumber(b, "temperature", ""),
        WireReader.optNumber(b, "top_p", ""), null, WireReader.optInt(b, "max_output_tokens", ""),
        null, null, null, null);
    Boolean stream = WireReader.optBool(b, "stream", "");
    String user = WireReader.optText(b, "user", "");
    if (user == null) {
      user = WireReader.optText(b, "safety_identifier", "");
    }
    return new ChatRequest(model, messages,
        ResponsesTools.decode(WireReader.optArray(b, "tools", "")),
        ResponsesTools.decodeChoice(b.get("tool_choice")),
        WireReader.optBool(b, "parallel_tool_calls", ""), sampling, format(b), reasoning(b),
        Boolean.TRUE.equals(stream) ? StreamMode.ON_WITH_USAGE : StreamMode.OFF, user, extra(b));
  }

  private static ResponseFormat format(ObjectNode b) {
    ObjectNode text = WireReader.optObject(b, "text", "");
    ObjectNode f = text == null ? null : WireReader.optObject(text, "format", "text.");
    if (f == null) {
      return null;
    }
    String type = WireReader.text(f, "type", "text.format.");
    return switch (type) {
      case "text" -> new ResponseFormat.Text();
      case "json_object" -> new ResponseFormat.JsonObject();
      case "json_schema" -> new ResponseFormat.JsonSchema(
          WireReader.optText(f, "name", "text.format."),
          WireReader.optText(f, "description", "text.format."),
          WireReader.optObject(f, "schema", "text.format."),
          WireReader.optBool(f, "strict", "text.format."));
      default -> throw TranslationException.invalid(
          "text.format.type must be one of text, json_object, json_schema");
    };
  }

  private static Reasoning reasoning(ObjectNode b) {
    ObjectNode r = WireReader.optObject(b, "reasoning", "");
    if (r == null) {
      return null;
    }
    String effortText = WireReader.optText(r, "effort", "reasoning.");
    ReasoningEffort effort = ReasoningEffort.parse(effortText);
    if (effortText != null && effort == null) {
      throw TranslationException.invalid("reasoning.effort is not a known effort: " + effortText);
    }
    String summary = WireReader.optText(r, "summary", "reasoning.");
    if (summary == null) {
      summary = WireReader.optText(r, "generate_summary", "reasoning.");
    }
    Boolean includeThoughts = summary == null ? null : !summary.equals("none");
    if (effort == null && includeThoughts == null) {
      return null;
    }
    return new Reasoning(effort, null, includeThoughts);
  }

  /** Unknown fields, plus {@code text} when it carries more than the format (e.g. verbosity). */
  private static ObjectNode extra(ObjectNode b) {
    ObjectNode extra = Json.object();
    b.fields().forEachRemaining(e -> {
      if (!KNOWN.contains(e.getKey())) {
        extra.set(e.getKey(), e.getValue());
      }
    });
    JsonNode text = b.get("text");
    if (text != null && text.size() > (text.has("format") ? 1 : 0)) {
      extra.set("text", text);
    }
    return extra.isEmpty() ? null : extra;
  }
}
