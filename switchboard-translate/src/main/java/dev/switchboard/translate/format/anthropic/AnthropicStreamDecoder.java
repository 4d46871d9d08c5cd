package dev.switchboard.translate.format.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ErrorType;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.canonical.Usage;
import dev.switchboard.translate.format.Format;
import dev.switchboard.translate.format.StreamDecoder;
import dev.switchboard.translate.sse.SseFrame;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Decodes an Anthropic SSE stream (wire-formats.md §4.3) into canonical events. Tool calls are
 * numbered by the order their {@code tool_use} blocks start (0, 1, ...), never by the Anthropic
 * block index (Portkey-AI/gateway#1275). Usage from {@code message_start} and the cumulative
 * {@code message_delta} is merged into the {@link StreamEvent.Finish} sent on {@code message_stop}.
 * {@code ping} and unknown events are ignored, as the SDK does; an {@code error} event, a malformed
 * frame or an end without {@code message_stop} become {@link StreamEvent.Error}.
 */
public final class AnthropicStreamDecoder implements StreamDecoder {

  private final Map<Integer, Integer> toolIndexOfBlock = new HashMap<>();
  private boolean started;
  private boolean finished;
  private int nextToolIndex;
  private Usage usage;
  private String stopReason;

  @Override
  public void decode(SseFrame frame, Consumer<StreamEvent> out) {
    if (finished || (frame.event() == null && frame.data() == null)) {
      return;
    }
    JsonNode parsed = Json.parseOrNull(frame.data());
    ObjectNode data = parsed instanceof ObjectNode o ? o : null;
    String type = data != null && data.path("type").isTextual()
        ? data.get("type").textValue() : frame.event();
    if ("error".equals(frame.event()) || "error".equals(type)) {
      fail(new AnthropicErrorCodec().decode(0, data), out);
    } else if ("ping".equals(type)) {
      return;
    } else if (data == null) {
      fail(new ApiError(502, ErrorType.BAD_GATEWAY, "malformed event from upstream: "
          + (type == null ? "no type" : type)), out);
    } else {
      dispatch(type == null ? "" : type, data, out);
    }
  }

  private void dispatch(String type, ObjectNode data, Consumer<StreamEvent> out) {
    switch (type) {
      case "message_start" -> start(data.path("message"), out);
      case "content_block_start" -> blockStart(data, out);
      case "content_block_delta" -> blockDelta(data, out);
      case "message_delta" -> messageDelta(data);
      case "message_stop" -> stop(out);
      default -> { }
    }
  }

  private void start(JsonNode message, Consumer<StreamEvent> out) {
    if (started) {
      return;
    }
    started = true;
    usage = AnthropicUsage.decode(message.get("usage"));
    out.accept(new StreamEvent.Start(message.path("id").textValue(),
        message.path("model").textValue(), Instant.now().getEpochSecond(), usage));
  }

  private void ensureStarted(Consumer<StreamEvent> out) {
    if (!started) {
      start(Json.object(), out);
    }
  }

  private void blockStart(ObjectNode data, Consumer<StreamEvent> out) {
    ensureStarted(out);
    JsonNode block = data.path("content_block");
    switch (block.path("type").asText()) {
      case "text" -> text(block.path("text").textValue(), out);
      case "thinking" -> {
        thinking(block.path("thinking").textValue(), out);
        signature(block.path("signature").textValue(), out);
      }
      case "redacted_thinking" -> out.accept(new StreamEvent.RedactedThinking(
          block.path("data").asText()));
      case "tool_use" -> toolStart(data.path("index").asInt(-1), block, out);
      default -> { }
    }
  }

  private void toolStart(int blockIndex, JsonNode block, Consumer<StreamEvent> out) {
    int index = nextToolIndex++;
    toolIndexOfBlock.put(blockIndex, index);
    out.accept(new StreamEvent.ToolCallStart(index, block.path("id").asText(),
        block.path("name").asText()));
    JsonNode input = block.get("input");
    if (input instanceof ObjectNode o && !o.isEmpty()) {
      out.accept(new StreamEvent.ToolCallDelta(index, Json.write(o)));
    }
  }

  private void blockDelta(ObjectNode data, Consumer<StreamEvent> out) {
    ensureStarted(out);
    JsonNode delta = data.path("delta");
    switch (delta.path("type").asText()) {
      case "text_delta" -> text(delta.path("text").textValue(), out);
      case "thinking_delta" -> thinking(delta.path("thinking").textValue(), out);
      case "signature_delta" -> signature(delta.path("signature").textValue(), out);
      case "input_json_delta" -> {
        Integer index = toolIndexOfBlock.get(data.path("index").asInt(-1));
        String part = delta.path("partial_json").textValue();
        if (index != null && part != null && !part.isEmpty()) {
          out.accept(new StreamEvent.ToolCallDelta(index, part));
        }
      }
      default -> { }
    }
  }

  private static void text(String text, Consumer<StreamEvent> out) {
    if (text != null && !text.isEmpty()) {
      out.accept(new StreamEvent.TextDelta(text));
    }
  }

  private static void thinking(String text, Consumer<StreamEvent> out) {
    if (text != null && !text.isEmpty()) {
      out.accept(new StreamEvent.ThinkingDelta(text));
    }
  }

  private static void signature(String signature, Consumer<StreamEvent> out) {
    if (signature != null && !signature.isEmpty()) {
      out.accept(new StreamEvent.ThinkingSignature(signature, Format.ANTHROPIC_MESSAGES));
    }
  }

  private void messageDelta(ObjectNode data) {
    JsonNode reason = data.path("delta").path("stop_reason");
    if (reason.isTextual()) {
      stopReason = reason.textValue();
    }
    Usage later = AnthropicUsage.decode(data.get("usage"));
    usage = usage == null ? later : usage.merge(later);
  }

  private void stop(Consumer<StreamEvent> out) {
    ensureStarted(out);
    finished = true;
    out.accept(new StreamEvent.Finish(
        AnthropicStopReason.decode(stopReason, nextToolIndex > 0), usage));
  }

  private void fail(ApiError error, Consumer<StreamEvent> out) {
    finished = true;
    out.accept(new StreamEvent.Error(error));
  }

  @Override
  public void end(Consumer<StreamEvent> out) {
    if (!finished) {
      fail(new ApiError(502, ErrorType.BAD_GATEWAY,
          "upstream stream ended before message_stop"), out);
    }
  }

  @Override
  public boolean finished() {
    return finished;
  }
}
