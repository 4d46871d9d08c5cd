package dev.switchboard.translate.format.openai.responses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ErrorType;
import dev.switchboard.translate.canonical.FinishReason;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.canonical.Usage;
import dev.switchboard.translate.format.StreamDecoder;
import dev.switchboard.translate.format.TranslationException;
import dev.switchboard.translate.sse.SseFrame;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Decodes a Responses SSE stream (wire-formats.md §3.3) into canonical events. Text, reasoning
 * summary/text and argument deltas map one to one; items whose content never streamed as deltas
 * are emitted whole at {@code output_item.done} or from the final response, so nothing is lost.
 * {@code response.completed}/{@code response.incomplete} give the finish and usage;
 * {@code response.failed} and {@code error} events, malformed frames, and a stream that ends
 * before completing give an {@link StreamEvent.Error}. One instance per stream.
 */
public final class ResponsesStreamDecoder implements StreamDecoder {

  /** The item events that carry content; others (annotations, web search, ...) are ignored. */
  private static final Set<String> ITEM_EVENTS = Set.of("response.output_item.added",
      "response.output_item.done", "response.output_text.delta", "response.refusal.delta",
      "response.reasoning_summary_text.delta", "response.reasoning_text.delta",
      "response.function_call_arguments.delta", "response.function_call_arguments.done");

  private final StreamItemTracker items = new StreamItemTracker();
  private boolean started;
  private boolean finished;

  @Override
  public void decode(SseFrame frame, Consumer<StreamEvent> out) {
    if (finished) {
      return;
    }
    if (frame.data() == null || frame.data().isBlank()) {
      return;
    }
    if (frame.isDone()) {
      // OpenAI sends no [DONE] on Responses streams (§3.3), some compatible upstreams do: treat it
      // as a terminator and infer the finish (openclaw/openclaw#97994, wire-formats.md §14 #20)
      finish(FinishReason.STOP, null, out);
      return;
    }
    JsonNode data = Json.parseOrNull(frame.data());
    if (!(data instanceof ObjectNode e)) {
      fail(new ApiError(502, ErrorType.BAD_GATEWAY, "upstream sent a malformed Responses event"), out);
      return;
    }
    String type = WireReader.str(e, "type");
    try {
      event(type != null ? type : frame.event() != null ? frame.event() : "", e, out);
    } catch (TranslationException ex) {
      fail(new ApiError(502, ErrorType.BAD_GATEWAY, "upstream event: " + ex.getMessage()), out);
    }
  }

  @Override
  public void end(Consumer<StreamEvent> out) {
    if (!finished) {
      fail(new ApiError(502, ErrorType.BAD_GATEWAY,
          "upstream stream ended before response.completed"), out);
    }
  }

  @Override
  public boolean finished() {
    return finished;
  }

  private void event(String type, ObjectNode e, Consumer<StreamEvent> out) {
    switch (type) {
      case "response.created", "response.in_progress", "response.queued" -> start(e.get("response"), out);
      case "error" -> fail(streamError(e), out);
      case "response.failed" -> fail(failure(e.get("response")), out);
      case "response.completed", "response.incomplete" -> complete(e.get("response"), out);
      default -> {
        if (ITEM_EVENTS.contains(type)) {
          start(null, out);
          itemEvent(type, e, out);
        }
      }
    }
  }

  private void itemEvent(String type, ObjectNode e, Consumer<StreamEvent> out) {
    switch (type) {
      case "response.output_item.added" -> items.added(e.get("item"), outputIndex(e), out);
      case "response.output_item.done" -> items.done(e.get("item"), outputIndex(e), out);
      case "response.output_text.delta" -> items.text(key(e), delta(e), out);
      case "response.refusal.delta" -> items.refusal(key(e), delta(e), out);
      case "response.reasoning_summary_text.delta" -> items.summary(key(e), e.get("summary_index"), delta(e), out);
      case "response.reasoning_text.delta" -> items.summary(key(e), null, delta(e), out);
      case "response.function_call_arguments.delta" -> items.arguments(key(e), delta(e), out);
      case "response.function_call_arguments.done" -> items.argumentsDone(key(e), WireReader.str(e, "arguments"), out);
      default -> { }
    }
  }

  private void start(JsonNode response, Consumer<StreamEvent> out) {
    if (started) {
      return;
    }
    started = true;
    JsonNode created = response == null ? null : response.get("created_at");
    out.accept(new StreamEvent.Start(WireReader.str(response, "id"), WireReader.str(response, "model"),
        created != null && created.isNumber() ? created.longValue() : 0,
        ResponsesUsage.decode(response == null ? null : response.get("usage"))));
  }

  private void complete(JsonNode response, Consumer<StreamEvent> out) {
    start(response, out);
    JsonNode output = response == null ? null : response.get("output");
    if (output != null && output.isArray()) {
      for (int i = 0; i < output.size(); i++) {
        items.done(output.get(i), i, out);
      }
    }
    String status = WireReader.str(response, "status");
    FinishReason reason = ResponsesStatus.finishReason(status == null ? "completed" : status,
        response == null ? null : response.get("incomplete_details"), items.sawToolCall());
    finish(reason, ResponsesUsage.decode(response == null ? null : response.get("usage")), out);
  }

  private void finish(FinishReason reason, Usage usage, Consumer<StreamEvent> out) {
    start(null, out);
    FinishReason r = reason;
    if (r == FinishReason.STOP && items.sawToolCall()) {
      r = FinishReason.TOOL_CALLS;
    } else if (r == FinishReason.STOP && items.sawRefusal()) {
      r = FinishReason.CONTENT_FILTER;
    }
    out.accept(new StreamEvent.Finish(r, usage));
    finished = true;
  }

  private void fail(ApiError error, Consumer<StreamEvent> out) {
    out.accept(new StreamEvent.Error(error));
    finished = true;
  }

  private static ApiError streamError(ObjectNode e) {
    JsonNode nested = e.get("error");
    String code = WireReader.str(e, "code") != null ? WireReader.str(e, "code") : WireReader.str(nested, "code");
    String message = WireReader.str(e, "message") != null ? WireReader.str(e, "message")
        : WireReader.str(nested, "message");
    return ResponsesErrorCodec.fromCode(code, message != null ? message : "upstream stream error");
  }

  private static ApiError failure(JsonNode response) {
    JsonNode error = response == null ? null : response.get("error");
    String message = WireReader.str(error, "message");
    return ResponsesErrorCodec.fromCode(WireReader.str(error, "code"),
        message != null ? message : "upstream response failed");
  }

  private static String key(ObjectNode e) {
    String id = WireReader.str(e, "item_id");
    return id != null ? id : "#" + outputIndex(e);
  }

  private static int outputIndex(ObjectNode e) {
    JsonNode i = e.get("output_index");
    return i != null && i.canConvertToInt() ? i.intValue() : -1;
  }

  private static String delta(ObjectNode e) {
    String d = WireReader.str(e, "delta");
    return d == null ? "" : d;
  }
}
