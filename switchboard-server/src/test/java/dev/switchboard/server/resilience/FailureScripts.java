package dev.switchboard.server.resilience;

import dev.switchboard.testkit.Reply;
import dev.switchboard.testkit.WireReplies;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Scripted upstream failures in OpenAI's wire format, shared by the resilience ITs. */
final class FailureScripts {

  static final String PATH = "/v1/chat/completions";
  static final String CONFIG = """
      client-keys: [ { key: sk-ok, name: ok } ]
      routing:
        strategy: fill-first
        retry: { attempts: 3, initial-backoff: 5ms, max-backoff: 100ms }
        cooldown: { rate-limited: 1ms, server-error: 1ms, network: 1ms, auth: 1ms }
        timeouts: { connect: 2s, first-byte: 10s, idle: 10s }
        stream-keepalive: 0s
      providers:
        - id: main
          type: openai-compatible
          base-url: ${UPSTREAM}/v1
          models: [ { name: m } ]
          timeouts: { first-byte: 700ms, idle: 700ms }
          credentials: [ { key: key-1 }, { key: key-2 } ]
      """;

  private FailureScripts() {}

  static Reply error(int status, String type, Map<String, String> headers) {
    return new Reply.Body(status, "{\"error\":{\"message\":\"scripted " + status + "\",\"type\":\"" + type
        + "\",\"param\":null,\"code\":null}}", headers, 0);
  }

  static Reply serverError() {
    return error(500, "server_error", Map.of());
  }

  /** A complete stream (role, two content chunks, finish, usage, [DONE]). */
  static List<String> frames() {
    return WireReplies.openAiChatStream("m");
  }

  /** The stream up to and including the first content chunk, then an in-stream error event. */
  static List<String> errorAfterContent() {
    List<String> f = new ArrayList<>(frames().subList(0, 2));
    f.add("data: {\"error\":{\"message\":\"upstream overloaded mid-stream\",\"type\":\"server_error\",\"param\":null,"
        + "\"code\":null}}\n\n");
    return f;
  }

  /** The role chunk only, then an in-stream error event: nothing the client could see yet. */
  static List<String> errorBeforeContent() {
    List<String> f = new ArrayList<>(frames().subList(0, 1));
    f.add("data: {\"error\":{\"message\":\"overloaded\",\"type\":\"server_error\",\"param\":null,\"code\":null}}\n\n");
    return f;
  }
}
