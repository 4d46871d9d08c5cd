package dev.switchboard.translate.format.openai.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ErrorType;
import dev.switchboard.translate.canonical.FinishReason;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.canonical.Usage;
import dev.switchboard.translate.format.Format;
import dev.switchboard.translate.format.StreamDecoder;
import dev.switchboard.translate.sse.SseFrame;
import java.util.function.Consumer;

/**
 * Decodes an upstream Chat Completions SSE stream (wire-formats.md §2.3) into canonical events.
 *
 * <p>The finish is held back: a chunk's {@code finish_reason} is remembered and {@link
 * StreamEvent.Finish} is emitted at {@code [DONE]} (or at {@link #end} when the upstream never sends
 * {@code [DONE]}), so it carries the usage of the {@code include_usage} chunk that follows the
 * finish chunk. {@code [DONE]} without any finish infers one (tool calls seen: TOOL_CALLS,
 * openclaw/openclaw#97994). A stream that ends with neither is a cut connection: an Error. A data
 * event with an {@code error} object, or OpenRouter's {@code finish_reason:"error"}, is an Error.
 * Reasoning text is read from {@code reasoning_content} or OpenRouter's {@code reasoning}.
 */
public final class OpenAiChatStreamDecoder implements StreamDecoder {

  private final OpenAiChatErrorCodec errors = new OpenAiChatErrorCodec();
  private final ToolCallTracker toolCalls = new ToolCallTracker();
  private boolean started;
  private boolean finished;
  private FinishReason heldFinish;
  private Usage usage;

  @Override
  public void decode(SseFrame frame, Consumer<StreamEvent> out) {
    String data = frame == null ? null : frame.data();
    if (finished || data == null || data.isBlank()) {
      return;
    }
    if (data.strip().equals("[DONE]")) {
      done(out);
      return;
    }
    JsonNode node = Json.parseOrNull(data);
    if (!(node instanceof ObjectNode chunk)) {
      fail(new ApiError(502, ErrorType.BAD_GATEWAY, "upstream sent malformed stream data"), out);
      return;
    }
    if (chunk.hasNonNull("error")) {
      fail(errors.decode(0, chunk), out);
      return;
    }
    if (!started) {
      started = true;
      out.accept(new StreamEvent.Start(FieldReader.lenientText(chunk, "id"),
          FieldReader.lenientText(chunk, "model"), chunk.path("created").asLong(0), null));
    }
    for (JsonNode choice : chunk.path("choices")) {
      if (choice.path("index").asInt(0) == 0) {
        choice(choice, out);
      }
    }
    Usage reported = UsageMapping.decode(chunk.get("usage"));
    if (reported != null && !finished) {
      usage = usage == null ? reported : usage.merge(reported);
      out.accept(new StreamEvent.UsageReport(reported));
    }
  }

  private void choice(JsonNode choice, Consumer<StreamEvent> out) {
    JsonNode delta = choice.path("delta");
    if (delta.isObject()) {
      delta((ObjectNode) delta, out);
    }
    String finish = FieldReader.lenientText(choice, "finish_reason");
    if ("error".equals(finish)) {
      // OpenRouter marks a failed generation with finish_reason "error" (OR-DOC-STREAM).
      fail(new ApiError(502, ErrorType.BAD_GATEWAY, "upstream reported finish_reason error"), out);
    } else if (finish != null && heldFinish == null) {
      heldFinish = FinishReasonMapping.decode(finish, toolCalls.seen());
    }
  }

  private void delta(ObjectNode delta, Consumer<StreamEvent> out) {
    String reasoning = FieldReader.lenientText(delta, "reasoning_content");
    if (reasoning == null || reasoning.isEmpty()) {
      reasoning = FieldReader.lenientText(delta, "reasoning");
    }
    if (reasoning != null && !reasoning.isEmpty()) {
      out.accept(new StreamEvent.ThinkingDelta(reasoning));
    }
    for (JsonNode block : delta.path("thinking_blocks")) {
      String signature = FieldReader.lenientText(block.isObject() ? block : null, "signature");
      String redacted = FieldReader.lenientText(block.isObject() ? block : null, "data");
      if (signature != null && !signature.isEmpty()) {
        out.accept(new StreamEvent.ThinkingSignature(signature, Format.ANTHROPIC_MESSAGES));
      } else if (redacted != null) {
        out.accept(new StreamEvent.RedactedThinking(redacted));
      }
    }
    text(FieldReader.lenientText(delta, "content"), out);
    text(FieldReader.lenientText(delta, "refusal"), out);
    for (JsonNode call : delta.path("tool_calls")) {
      toolCalls.fragment(call, out);
    }
    JsonNode legacy = delta.get("function_call");
    if (legacy != null && legacy.isObject()) {
      ObjectNode asCall = Json.object().put("index", 0);
      asCall.set("function", legacy);
      toolCalls.fragment(asCall, out);
    }
  }

  private static void text(String text, Consumer<StreamEvent> out) {
    if (text != null && !text.isEmpty()) {
      out.accept(new StreamEvent.TextDelta(text));
    }
  }

  private void done(Consumer<StreamEvent> out) {
    if (!started) {
      started = true;
      out.accept(new StreamEvent.Start(null, null, 0, null));
    }
    FinishReason reason = heldFinish != null ? heldFinish
        : toolCalls.seen() ? FinishReason.TOOL_CALLS : FinishReason.STOP;
    finished = true;
    out.accept(new StreamEvent.Finish(reason, usage));
  }

  private void fail(ApiError error, Consumer<StreamEvent> out) {
    finished = true;
    out.accept(new StreamEvent.Error(error));
  }

  @Override
  public void end(Consumer<StreamEvent> out) {
    if (finished) {
      return;
    }
    if (heldFinish != null) {
      done(out);
      return;
    }
    fail(new ApiError(502, ErrorType.BAD_GATEWAY, "upstream stream ended before completion"), out);
  }

  @Override
  public boolean finished() {
    return finished;
  }
}
