package dev.switchboard.translate.format.openai.chat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.canonical.StreamMode;
import dev.switchboard.translate.canonical.Usage;
import dev.switchboard.translate.format.Format;
import dev.switchboard.translate.format.StreamEncoder;
import dev.switchboard.translate.sse.SseWriter;

/**
 * Encodes canonical stream events as a Chat Completions SSE stream (wire-formats.md §2.3, §9):
 * a first chunk {@code delta:{role:"assistant",content:""}} (Portkey-AI/gateway#1399), content and
 * {@code reasoning_content} deltas, tool-call fragments by index, a finish chunk, the usage chunk
 * with {@code choices:[]} only when the client asked ({@link StreamMode#ON_WITH_USAGE}), then
 * {@code data: [DONE]}. An error becomes {@code data: {"error":{...}}}, which the OpenAI SDKs raise
 * as {@code APIError}, and nothing follows it (no {@code [DONE]}). One instance per stream.
 */
public final class OpenAiChatStreamEncoder implements StreamEncoder {

  private final StreamMode mode;
  private final OpenAiChatErrorCodec errors = new OpenAiChatErrorCodec();
  private ChunkWriter writer;
  private boolean toolCallsSeen;
  private boolean closed;
  private Usage usage;

  public OpenAiChatStreamEncoder(StreamMode mode) {
    this.mode = mode == null ? StreamMode.ON : mode;
  }

  @Override
  public void encode(StreamEvent event, StringBuilder out) {
    if (closed) {
      return;
    }
    if (event instanceof StreamEvent.Error e) {
      closed = true;
      SseWriter.write(out, null, Json.write(errors.encode(e.error())));
      return;
    }
    if (event instanceof StreamEvent.Start s) {
      start(s.id(), s.model(), s.created(), out);
      usage = merge(usage, s.usage());
      return;
    }
    start(null, null, 0, out);
    if (event instanceof StreamEvent.Finish f) {
      finish(f, out);
    } else if (event instanceof StreamEvent.UsageReport u) {
      usage = merge(usage, u.usage());
    } else {
      ObjectNode delta = delta(event);
      if (delta != null) {
        writer.choice(delta, null, out);
      }
    }
  }

  private void start(String id, String model, long created, StringBuilder out) {
    if (writer != null) {
      return;
    }
    writer = new ChunkWriter(id, model, created);
    writer.choice(Json.object().put("role", "assistant").put("content", ""), null, out);
  }

  private ObjectNode delta(StreamEvent event) {
    ObjectNode delta = Json.object();
    if (event instanceof StreamEvent.TextDelta t) {
      delta.put("content", t.text());
    } else if (event instanceof StreamEvent.ThinkingDelta t) {
      delta.put("reasoning_content", t.text());
    } else if (event instanceof StreamEvent.ThinkingSignature sig
        && sig.format() == Format.ANTHROPIC_MESSAGES) {
      delta.putArray("thinking_blocks").addObject().put("type", "thinking")
          .put("thinking", "").put("signature", sig.signature());
    } else if (event instanceof StreamEvent.RedactedThinking r) {
      delta.putArray("thinking_blocks").addObject().put("type", "redacted_thinking")
          .put("data", r.data());
    } else if (event instanceof StreamEvent.ToolCallStart tc) {
      toolCallsSeen = true;
      ObjectNode call = delta.putArray("tool_calls").addObject();
      call.put("index", tc.index()).put("id", tc.id()).put("type", "function");
      call.putObject("function").put("name", tc.name()).put("arguments", "");
      AssistantEncoder.putThoughtSignature(call, tc.signature(), tc.signatureFormat());
    } else if (event instanceof StreamEvent.ToolCallDelta td) {
      delta.putArray("tool_calls").addObject().put("index", td.index())
          .putObject("function").put("arguments", td.argumentsPart());
    } else {
      return null;
    }
    return delta;
  }

  private void finish(StreamEvent.Finish f, StringBuilder out) {
    closed = true;
    writer.choice(Json.object(), FinishReasonMapping.encode(f.reason(), toolCallsSeen), out);
    if (mode == StreamMode.ON_WITH_USAGE) {
      writer.usage(merge(usage, f.usage()), out);
    }
    SseWriter.write(out, null, "[DONE]");
  }

  private static Usage merge(Usage earlier, Usage later) {
    if (earlier == null) {
      return later;
    }
    return earlier.merge(later);
  }

  /** An SSE comment: the OpenAI SDKs skip lines starting with {@code :} (§12). */
  @Override
  public void keepalive(StringBuilder out) {
    if (!closed) {
      SseWriter.comment(out, "keepalive");
    }
  }
}
