package dev.switchboard.bench.upstream;

import io.vertx.core.buffer.Buffer;

/**
 * The mock's wire bytes, built once: a complete Chat Completions answer and the stream's chunks
 * (OpenAI's {@code chat.completion.chunk} events, the usage chunk and {@code [DONE]}).
 */
final class ChatPayloads {

  static final Buffer COMPLETION = Buffer.buffer("{\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion\","
      + "\"created\":1700000000,\"model\":\"bench-model\",\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\","
      + "\"content\":\"Hello from the bench mock upstream. This answer is fixed so every target moves the same bytes.\"},"
      + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":16,\"completion_tokens\":18,\"total_tokens\":34}}");

  static final Buffer FIRST_CHUNK = chunk("{\"role\":\"assistant\",\"content\":\"tok \"}", "null");
  static final Buffer CONTENT_CHUNK = chunk("{\"content\":\"tok \"}", "null");
  static final Buffer FINISH_CHUNK = chunk("{}", "\"stop\"");
  static final Buffer DONE = Buffer.buffer("data: [DONE]\n\n");

  private static final String PREFIX = "data: {\"id\":\"chatcmpl-bench\",\"object\":\"chat.completion.chunk\","
      + "\"created\":1700000000,\"model\":\"bench-model\",";

  private ChatPayloads() {}

  /** The usage chunk OpenAI sends last when the request set {@code stream_options.include_usage}. */
  static Buffer usageChunk(int completionTokens) {
    return Buffer.buffer(PREFIX + "\"choices\":[],\"usage\":{\"prompt_tokens\":16,\"completion_tokens\":"
        + completionTokens + ",\"total_tokens\":" + (16 + completionTokens) + "}}\n\n");
  }

  private static Buffer chunk(String delta, String finishReason) {
    return Buffer.buffer(PREFIX + "\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"finish_reason\":"
        + finishReason + "}]}\n\n");
  }
}
