package dev.switchboard.translate.format.openai.chat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.ReasoningEffort;
import dev.switchboard.translate.canonical.ResponseFormat;
import dev.switchboard.translate.canonical.Sampling;
import dev.switchboard.translate.format.RequestEncoder;
import java.lang.System.Logger.Level;

/**
 * Encodes a canonical request for an OpenAI-compatible upstream.
 *
 * <p>Max tokens: many OpenAI-compatible servers (vLLM, Ollama, older proxies) only know
 * {@code max_tokens}, while OpenAI rejects it for reasoning models ("not compatible with o-series
 * models", wire-formats.md §2.1). So {@code max_tokens} is sent unless reasoning is requested, in
 * which case {@code max_completion_tokens} is. Streams always ask for usage
 * ({@code stream_options.include_usage}, §8). {@code tool_choice} and {@code parallel_tool_calls}
 * are sent only with tools (OpenAI answers 400 otherwise); {@code top_k} is dropped (OpenAI
 * rejects unknown arguments); at most 4 stop sequences are sent.
 */
public final class OpenAiChatRequestEncoder implements RequestEncoder {

  private static final System.Logger LOG = System.getLogger(OpenAiChatRequestEncoder.class.getName());
  private static final int MAX_STOP = 4;

  @Override
  public ObjectNode encode(ChatRequest request) {
    ObjectNode body = Json.object();
    body.put("model", request.model());
    body.set("messages", MessageEncoder.encode(request.messages()));
    if (!request.tools().isEmpty()) {
      body.set("tools", ToolMapping.encodeTools(request.tools()));
      if (request.toolChoice() != null) {
        body.set("tool_choice", ToolMapping.encodeChoice(request.toolChoice()));
      }
      if (request.parallelToolCalls() != null) {
        body.put("parallel_tool_calls", request.parallelToolCalls());
      }
    } else if (request.toolChoice() != null || request.parallelToolCalls() != null) {
      LOG.log(Level.DEBUG, "tool_choice/parallel_tool_calls without tools dropped");
    }
    ReasoningEffort effort = request.reasoning() == null ? null
        : request.reasoning().effectiveEffort();
    sampling(request.sampling(), effort != null, body);
    if (effort != null) {
      body.put("reasoning_effort", effort.wireName());
    }
    responseFormat(request.responseFormat(), body);
    if (request.streaming()) {
      body.put("stream", true);
      body.putObject("stream_options").put("include_usage", true);
    }
    if (request.user() != null) {
      body.put("user", request.user());
    }
    ChatExtras.apply(request.extra(), body);
    return body;
  }

  private static void sampling(Sampling s, boolean reasoning, ObjectNode body) {
    if (s.temperature() != null) {
      body.put("temperature", s.temperature());
    }
    if (s.topP() != null) {
      body.put("top_p", s.topP());
    }
    if (s.topK() != null) {
      LOG.log(Level.DEBUG, "top_k has no Chat Completions field; dropped");
    }
    if (s.maxTokens() != null) {
      body.put(reasoning ? "max_completion_tokens" : "max_tokens", s.maxTokens());
    }
    if (!s.stop().isEmpty()) {
      ArrayNode stop = body.putArray("stop");
      s.stop().stream().limit(MAX_STOP).forEach(stop::add);
      if (s.stop().size() > MAX_STOP) {
        LOG.log(Level.DEBUG, "more than {0} stop sequences; the rest dropped", MAX_STOP);
      }
    }
    if (s.seed() != null) {
      body.put("seed", s.seed());
    }
    if (s.presencePenalty() != null) {
      body.put("presence_penalty", s.presencePenalty());
    }
    if (s.frequencyPenalty() != null) {
      body.put("frequency_penalty", s.frequencyPenalty());
    }
  }

  private static void responseFormat(ResponseFormat rf, ObjectNode body) {
    if (rf == null) {
      return;
    }
    ObjectNode out = body.putObject("response_format");
    if (rf instanceof ResponseFormat.JsonObject) {
      out.put("type", "json_object");
    } else if (rf instanceof ResponseFormat.JsonSchema js) {
      out.put("type", "json_schema");
      ObjectNode schema = out.putObject("json_schema");
      schema.put("name", js.name() == null || js.name().isEmpty() ? "response" : js.name());
      if (js.description() != null) {
        schema.put("description", js.description());
      }
      schema.set("schema", js.schema() == null ? Json.object() : js.schema());
      if (js.strict() != null) {
        schema.put("strict", js.strict());
      }
    } else {
      out.put("type", "text");
    }
  }
}
