package dev.switchboard.translate.format.anthropic;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.canonical.Usage;
import dev.switchboard.translate.format.Format;
import dev.switchboard.translate.format.StreamEncoder;
import dev.switchboard.translate.sse.SseWriter;
import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.Map;

/**
 * Encodes canonical stream events as an Anthropic SSE stream (wire-formats.md §4.3, §9 "OpenAI
 * Chat SSE → Anthropic SSE"). Every frame has an {@code event:} line (the SDK needs them, §12).
 * A content block opens whenever the kind changes (thinking, text, each tool call) and closes
 * before the next. {@link StreamEvent.Finish} always ends with {@code message_delta} (stop reason,
 * final usage) and {@code message_stop}, even without any usage report (QuantumNous/new-api PR
 * #5345); {@link StreamEvent.Error} becomes an {@code error} event and no {@code message_stop}.
 * Thinking follows {@link AnthropicResponseEncoder}: foreign reasoning text is streamed as thinking
 * with no signature; only Anthropic signatures are sent, each closing its block. Argument pieces
 * for a tool call whose block is already closed (an upstream interleaving parallel calls) are sent
 * with that block's index: the SDKs accumulate deltas by index.
 */
public final class AnthropicStreamEncoder implements StreamEncoder {

  private static final System.Logger LOG = System.getLogger(AnthropicStreamEncoder.class.getName());

  private enum Block { NONE, TEXT, THINKING, TOOL }

  private final Map<Integer, Integer> blockOfTool = new HashMap<>();
  private boolean started;
  private boolean finished;
  private Block open = Block.NONE;
  private int openIndex = -1;
  private int nextIndex;
  private Usage usage;

  @Override
  public void encode(StreamEvent event, StringBuilder out) {
    if (finished) {
      return;
    }
    if (event instanceof StreamEvent.Start s) {
      start(s.id(), s.model(), s.usage(), out);
    } else if (event instanceof StreamEvent.TextDelta t) {
      content(Block.TEXT, "text_delta", t.text(), out);
    } else if (event instanceof StreamEvent.ThinkingDelta t) {
      content(Block.THINKING, "thinking_delta", t.text(), out);
    } else if (event instanceof StreamEvent.ThinkingSignature sig) {
      signature(sig, out);
    } else if (event instanceof StreamEvent.RedactedThinking r) {
      redacted(r.data(), out);
    } else if (event instanceof StreamEvent.ToolCallStart c) {
      toolStart(c, out);
    } else if (event instanceof StreamEvent.ToolCallDelta d) {
      toolDelta(d, out);
    } else if (event instanceof StreamEvent.UsageReport u) {
      usage = usage == null ? u.usage() : usage.merge(u.usage());
    } else if (event instanceof StreamEvent.Finish f) {
      finish(f, out);
    } else if (event instanceof StreamEvent.Error e) {
      finished = true;
      write(out, "error", new AnthropicErrorCodec().encode(e.error()));
    }
  }

  @Override
  public void keepalive(StringBuilder out) {
    SseWriter.write(out, "ping", "{\"type\": \"ping\"}");
  }

  private void start(String id, String model, Usage startUsage, StringBuilder out) {
    if (started) {
      return;
    }
    started = true;
    usage = startUsage;
    ObjectNode message = Json.object();
    message.put("id", AnthropicResponseEncoder.messageId(id));
    message.put("type", "message");
    message.put("role", "assistant");
    message.put("model", model == null ? "" : model);
    message.putArray("content");
    message.putNull("stop_reason");
    message.putNull("stop_sequence");
    message.set("usage", AnthropicUsage.encode(startUsage));
    ObjectNode data = Json.object();
    data.set("message", message);
    write(out, "message_start", data);
  }

  private void content(Block kind, String deltaType, String text, StringBuilder out) {
    if (text == null || text.isEmpty()) {
      return;
    }
    start(null, null, null, out);
    if (open != kind) {
      openBlock(kind, null, out);
    }
    ObjectNode delta = Json.object().put("type", deltaType);
    delta.put(kind == Block.TEXT ? "text" : "thinking", text);
    delta(openIndex, delta, out);
  }

  private void signature(StreamEvent.ThinkingSignature sig, StringBuilder out) {
    if (sig.format() != Format.ANTHROPIC_MESSAGES || sig.signature() == null
        || sig.signature().isEmpty()) {
      return;
    }
    start(null, null, null, out);
    if (open != Block.THINKING) {
      openBlock(Block.THINKING, null, out);
    }
    delta(openIndex, Json.object().put("type", "signature_delta")
        .put("signature", sig.signature()), out);
    closeBlock(out);
  }

  private void redacted(String data, StringBuilder out) {
    start(null, null, null, out);
    closeBlock(out);
    ObjectNode block = Json.object().put("type", "redacted_thinking").put("data", data);
    blockStart(nextIndex++, block, out);
    write(out, "content_block_stop", Json.object().put("index", nextIndex - 1));
  }

  private void toolStart(StreamEvent.ToolCallStart call, StringBuilder out) {
    start(null, null, null, out);
    ObjectNode block = Json.object().put("type", "tool_use")
        .put("id", ToolIdSanitizer.clean(call.id()))
        .put("name", call.name() == null ? "" : call.name());
    block.putObject("input");
    openBlock(Block.TOOL, block, out);
    blockOfTool.put(call.index(), openIndex);
  }

  private void toolDelta(StreamEvent.ToolCallDelta d, StringBuilder out) {
    Integer block = blockOfTool.get(d.index());
    if (block == null) {
      LOG.log(Level.DEBUG, "dropping arguments of tool call {0} that never started", d.index());
      return;
    }
    if (d.argumentsPart() == null || d.argumentsPart().isEmpty()) {
      return;
    }
    delta(block, Json.object().put("type", "input_json_delta")
        .put("partial_json", d.argumentsPart()), out);
  }

  private void finish(StreamEvent.Finish f, StringBuilder out) {
    start(null, null, null, out);
    closeBlock(out);
    finished = true;
    Usage last = usage == null ? f.usage() : usage.merge(f.usage());
    ObjectNode delta = Json.object()
        .put("stop_reason", AnthropicStopReason.encode(f.reason(), !blockOfTool.isEmpty()));
    delta.putNull("stop_sequence");
    ObjectNode data = Json.object();
    data.set("delta", delta);
    data.set("usage", AnthropicUsage.encode(last));
    write(out, "message_delta", data);
    write(out, "message_stop", Json.object());
  }

  /** Closes the open block and opens a new one; {@code block} null means an empty one of kind. */
  private void openBlock(Block kind, ObjectNode block, StringBuilder out) {
    closeBlock(out);
    ObjectNode b = block;
    if (b == null) {
      b = kind == Block.TEXT ? Json.object().put("type", "text").put("text", "")
          : Json.object().put("type", "thinking").put("thinking", "").put("signature", "");
    }
    open = kind;
    openIndex = nextIndex++;
    blockStart(openIndex, b, out);
  }

  private void closeBlock(StringBuilder out) {
    if (open != Block.NONE) {
      write(out, "content_block_stop", Json.object().put("index", openIndex));
      open = Block.NONE;
    }
  }

  private void blockStart(int index, ObjectNode block, StringBuilder out) {
    ObjectNode data = Json.object().put("index", index);
    data.set("content_block", block);
    write(out, "content_block_start", data);
  }

  private void delta(int index, ObjectNode delta, StringBuilder out) {
    ObjectNode data = Json.object().put("index", index);
    data.set("delta", delta);
    write(out, "content_block_delta", data);
  }

  /** Writes one frame; {@code type} goes first in the data, as Anthropic sends it. */
  private static void write(StringBuilder out, String type, ObjectNode fields) {
    ObjectNode data = Json.object().put("type", type);
    data.setAll(fields);
    SseWriter.write(out, type, Json.write(data));
  }
}
