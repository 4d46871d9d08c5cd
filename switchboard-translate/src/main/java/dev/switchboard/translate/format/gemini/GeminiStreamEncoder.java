package dev.switchboard.translate.format.gemini;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.canonical.Usage;
import dev.switchboard.translate.format.StreamEncoder;
import dev.switchboard.translate.sse.SseWriter;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Encodes canonical stream events as {@code streamGenerateContent?alt=sse} frames: only
 * {@code data: <GenerateContentResponse>} lines, no {@code [DONE]}, no {@code event:}, no comments,
 * which python-genai and @google/genai reject (wire-formats.md §5.3, §12); so a keepalive writes
 * nothing. Tool-call argument fragments are buffered per index and written as one complete
 * {@code functionCall} part when the call ends (next call, text, or finish) (§9). The last chunk
 * carries {@code finishReason} and {@code usageMetadata}. An error becomes a final
 * {@code data: {"error":{code,message,status}}} frame: google-genai Java 1.70
 * ({@code ResponseStream}) and python-genai raise an API error on it; no clean end follows.
 */
final class GeminiStreamEncoder implements StreamEncoder {

  private static final System.Logger LOG = System.getLogger(GeminiStreamEncoder.class.getName());

  private final Map<Integer, GeminiPendingCall> pendingCalls = new LinkedHashMap<>();
  private String responseId;
  private String model;
  private Usage usage;
  private boolean closed;

  @Override
  public void encode(StreamEvent event, StringBuilder out) {
    if (closed) {
      return;
    }
    if (event instanceof StreamEvent.Start s) {
      responseId = s.id();
      model = s.model();
      usage = s.usage();
    } else if (event instanceof StreamEvent.TextDelta t) {
      text(t.text(), false, out);
    } else if (event instanceof StreamEvent.ThinkingDelta t) {
      text(t.text(), true, out);
    } else if (event instanceof StreamEvent.ThinkingSignature sig) {
      signature(sig, out);
    } else if (event instanceof StreamEvent.ToolCallStart start) {
      flushCalls(out);
      pendingCalls.put(start.index(), GeminiPendingCall.start(start));
    } else if (event instanceof StreamEvent.ToolCallDelta delta) {
      GeminiPendingCall call = pendingCalls.get(delta.index());
      if (call == null) {
        LOG.log(Level.DEBUG, "dropping arguments for tool call {0}: not open", delta.index());
      } else {
        call.append(delta.argumentsPart());
      }
    } else if (event instanceof StreamEvent.UsageReport u) {
      usage = usage == null ? u.usage() : usage.merge(u.usage());
    } else if (event instanceof StreamEvent.Finish f) {
      finish(f, out);
    } else if (event instanceof StreamEvent.Error e) {
      ObjectNode body = new GeminiErrorCodec().encode(e.error());
      SseWriter.write(out, null, Json.write(body));
      closed = true;
    }
  }

  @Override
  public void keepalive(StringBuilder out) {
    // Gemini SDKs accept only data lines (wire-formats.md §12): nothing to send.
  }

  private void text(String text, boolean thought, StringBuilder out) {
    if (text == null || text.isEmpty()) {
      return;
    }
    ArrayNode parts = flushedCallParts();
    ObjectNode part = parts.addObject().put("text", text);
    if (thought) {
      part.put("thought", true);
    }
    chunk(parts, null, out);
  }

  /** A Gemini signature rides on its own empty-text part, as Gemini itself sends it (§5.3). */
  private void signature(StreamEvent.ThinkingSignature sig, StringBuilder out) {
    if (sig.format() != GeminiCodecs.FORMAT || sig.signature() == null || sig.signature().isEmpty()) {
      return;
    }
    ArrayNode parts = flushedCallParts();
    parts.addObject().put("text", "").put("thoughtSignature", sig.signature());
    chunk(parts, null, out);
  }

  private void finish(StreamEvent.Finish f, StringBuilder out) {
    if (f.usage() != null) {
      usage = usage == null ? f.usage() : usage.merge(f.usage());
    }
    ArrayNode parts = flushedCallParts();
    if (parts.isEmpty()) {
      parts.addObject().put("text", "");
    }
    chunk(parts, GeminiFinishReasons.encode(f.reason()), out);
    closed = true;
  }

  private void flushCalls(StringBuilder out) {
    ArrayNode parts = flushedCallParts();
    if (!parts.isEmpty()) {
      chunk(parts, null, out);
    }
  }

  private ArrayNode flushedCallParts() {
    ArrayNode parts = Json.array();
    pendingCalls.values().forEach(c -> parts.add(c.toPart()));
    pendingCalls.clear();
    return parts;
  }

  private void chunk(ArrayNode parts, String finishReason, StringBuilder out) {
    ObjectNode candidate = Json.object();
    ObjectNode content = candidate.putObject("content");
    content.put("role", "model");
    content.set("parts", parts);
    if (finishReason != null) {
      candidate.put("finishReason", finishReason);
    }
    candidate.put("index", 0);
    ObjectNode body = Json.object();
    body.putArray("candidates").add(candidate);
    if (finishReason != null && usage != null) {
      body.set("usageMetadata", GeminiUsage.encode(usage));
    }
    if (model != null) {
      body.put("modelVersion", model);
    }
    if (responseId != null) {
      body.put("responseId", responseId);
    }
    SseWriter.write(out, null, Json.write(body));
  }
}
