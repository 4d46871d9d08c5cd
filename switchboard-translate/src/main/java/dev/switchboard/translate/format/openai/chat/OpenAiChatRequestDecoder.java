package dev.switchboard.translate.format.openai.chat;

import static dev.switchboard.translate.format.openai.chat.FieldReader.index;
import static dev.switchboard.translate.format.openai.chat.FieldReader.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.Reasoning;
import dev.switchboard.translate.canonical.ReasoningEffort;
import dev.switchboard.translate.canonical.ResponseFormat;
import dev.switchboard.translate.canonical.Sampling;
import dev.switchboard.translate.canonical.StreamMode;
import dev.switchboard.translate.format.RequestDecoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decodes a {@code POST /v1/chat/completions} body (wire-formats.md §2.1). Accepts the gateway's
 * {@code models} array (the engine reads it from the raw body; its first entry stands in for a
 * missing {@code model}) and OpenRouter's {@code reasoning} object. Fields without canonical meaning
 * go to {@code extra} (see {@link ChatExtras}).
 */
public final class OpenAiChatRequestDecoder implements RequestDecoder {

  private static final Set<String> KNOWN = Set.of("model", "models", "messages", "tools",
      "functions", "tool_choice", "function_call", "parallel_tool_calls", "temperature", "top_p",
      "top_k", "max_completion_tokens", "max_tokens", "stop", "seed", "presence_penalty",
      "frequency_penalty", "response_format", "reasoning_effort", "reasoning", "stream",
      "stream_options", "user");

  @Override
  public ChatRequest decode(JsonNode body) {
    ObjectNode root = FieldReader.requireObject(body, "request body");
    String model = model(root);
    ArrayNode messages = FieldReader.optArray(root, "messages", "");
    if (messages == null) {
      throw FieldReader.invalid("messages", "is required");
    }
    return new ChatRequest(model, new MessageDecoder().decode(messages),
        ToolMapping.decodeTools(root), ToolMapping.decodeChoice(root),
        FieldReader.optBool(root, "parallel_tool_calls", ""), sampling(root),
        responseFormat(root), reasoning(root), stream(root),
        FieldReader.optText(root, "user", ""), ChatExtras.collect(root, KNOWN));
  }

  private static String model(ObjectNode root) {
    String model = FieldReader.optText(root, "model", "");
    ArrayNode models = FieldReader.optArray(root, "models", "");
    if (models != null) {
      for (int i = 0; i < models.size(); i++) {
        if (!models.get(i).isTextual()) {
          throw FieldReader.invalid(index("models", i), "must be a string");
        }
      }
    }
    if (model == null && models != null && !models.isEmpty()) {
      model = models.get(0).textValue();
    }
    if (model == null || model.isEmpty()) {
      throw FieldReader.invalid("model", "is required");
    }
    return model;
  }

  private static Sampling sampling(ObjectNode root) {
    Integer max = FieldReader.optInt(root, "max_completion_tokens", "");
    if (max == null) {
      max = FieldReader.optInt(root, "max_tokens", "");
    }
    return new Sampling(FieldReader.optNumber(root, "temperature", ""),
        FieldReader.optNumber(root, "top_p", ""), FieldReader.optInt(root, "top_k", ""), max,
        stop(root), FieldReader.optLong(root, "seed", ""),
        FieldReader.optNumber(root, "presence_penalty", ""),
        FieldReader.optNumber(root, "frequency_penalty", ""));
  }

  private static List<String> stop(ObjectNode root) {
    JsonNode stop = root.get("stop");
    List<String> out = new ArrayList<>();
    if (stop == null || stop.isNull()) {
      return out;
    }
    if (stop.isTextual()) {
      out.add(stop.textValue());
      return out;
    }
    if (!stop.isArray()) {
      throw FieldReader.invalid("stop", "must be a string or an array of strings");
    }
    for (int i = 0; i < stop.size(); i++) {
      if (!stop.get(i).isTextual()) {
        throw FieldReader.invalid(index("stop", i), "must be a string");
      }
      out.add(stop.get(i).textValue());
    }
    return out;
  }

  private static ResponseFormat responseFormat(ObjectNode root) {
    ObjectNode rf = FieldReader.optObject(root, "response_format", "");
    if (rf == null) {
      return null;
    }
    String type = FieldReader.reqText(rf, "type", "response_format");
    switch (type) {
      case "text":
        return new ResponseFormat.Text();
      case "json_object":
        return new ResponseFormat.JsonObject();
      case "json_schema":
        String p = "response_format.json_schema";
        ObjectNode js = FieldReader.optObject(rf, "json_schema", "response_format");
        if (js == null) {
          throw FieldReader.invalid(p, "is required");
        }
        return new ResponseFormat.JsonSchema(FieldReader.optText(js, "name", p),
            FieldReader.optText(js, "description", p), FieldReader.optObject(js, "schema", p),
            FieldReader.optBool(js, "strict", p));
      default:
        throw FieldReader.invalid("response_format.type",
            "must be text, json_object or json_schema (got '" + type + "')");
    }
  }

  private static Reasoning reasoning(ObjectNode root) {
    String effortText = FieldReader.optText(root, "reasoning_effort", "");
    ObjectNode openRouter = FieldReader.optObject(root, "reasoning", "");
    if (effortText == null && openRouter != null) {
      effortText = FieldReader.optText(openRouter, "effort", "reasoning");
    }
    ReasoningEffort effort = ReasoningEffort.parse(effortText);
    if (effortText != null && effort == null) {
      throw FieldReader.invalid(root.has("reasoning_effort") ? "reasoning_effort" : "reasoning.effort",
          "must be one of none, minimal, low, medium, high, xhigh, max (got '" + effortText + "')");
    }
    Integer budget = null;
    Boolean include = null;
    if (openRouter != null) {
      budget = FieldReader.optInt(openRouter, "max_tokens", "reasoning");
      Boolean exclude = FieldReader.optBool(openRouter, "exclude", "reasoning");
      include = exclude == null ? null : !exclude;
    }
    if (effort == null && budget == null && include == null) {
      return null;
    }
    return new Reasoning(effort, budget, include);
  }

  private static StreamMode stream(ObjectNode root) {
    Boolean stream = FieldReader.optBool(root, "stream", "");
    if (stream == null || !stream) {
      return StreamMode.OFF;
    }
    ObjectNode options = FieldReader.optObject(root, "stream_options", "");
    Boolean usage = options == null ? null
        : FieldReader.optBool(options, "include_usage", path("", "stream_options"));
    return Boolean.TRUE.equals(usage) ? StreamMode.ON_WITH_USAGE : StreamMode.ON;
  }
}
