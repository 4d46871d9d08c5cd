package dev.switchboard.translate.canonical;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A chat request in canonical form, decoded from any inbound format.
 *
 * <p>System prompts stay in {@link #messages} at the position the client put them (role
 * {@link Role#SYSTEM}); each encoder hoists or rewrites them as its format requires.
 * {@code extra} holds fields of the inbound format that have no canonical meaning, namespaced by
 * the format that decoded them ({@code openai_chat}, {@code anthropic_messages}, {@code gemini});
 * an encoder copies only its own namespace, so one format's fields never reach another format's
 * upstream. (The Responses decoder keeps its fields at the top level and its encoder copies only an
 * allow-list of fields that mean the same in both OpenAI formats.)
 */
public record ChatRequest(
    String model,
    List<Message> messages,
    List<Tool> tools,
    ToolChoice toolChoice,
    Boolean parallelToolCalls,
    Sampling sampling,
    ResponseFormat responseFormat,
    Reasoning reasoning,
    StreamMode stream,
    String user,
    ObjectNode extra) {

  public ChatRequest {
    messages = messages == null ? List.of() : List.copyOf(messages);
    tools = tools == null ? List.of() : List.copyOf(tools);
    sampling = sampling == null ? Sampling.NONE : sampling;
    stream = stream == null ? StreamMode.OFF : stream;
  }

  /** The same request for another model (used when a route maps the model name). */
  public ChatRequest withModel(String newModel) {
    return new ChatRequest(newModel, messages, tools, toolChoice, parallelToolCalls, sampling,
        responseFormat, reasoning, stream, user, extra);
  }

  /** The same request with another stream mode (an upstream is always asked for usage). */
  public ChatRequest withStream(StreamMode mode) {
    return new ChatRequest(model, messages, tools, toolChoice, parallelToolCalls, sampling,
        responseFormat, reasoning, mode, user, extra);
  }

  public boolean streaming() {
    return stream != StreamMode.OFF;
  }
}
