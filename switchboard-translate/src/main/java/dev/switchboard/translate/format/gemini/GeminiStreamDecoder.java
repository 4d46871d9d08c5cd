package dev.switchboard.translate.format.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import java.util.function.Consumer;

/**
 * Decodes {@code streamGenerateContent?alt=sse} frames (wire-formats.md §5.3, §9). Every frame is a
 * whole {@code GenerateContentResponse} with new parts only. Each {@code functionCall} part arrives
 * complete and becomes a start plus one delta under a fresh index that persists across chunks
 * (BerriAI/litellm#16188, PR #11558); thought signatures are kept (BerriAI/litellm#16893).
 * Gemini has no terminator: the stream is complete once a chunk carried {@code finishReason}. The
 * finish waits for a chunk that also has {@code usageMetadata}, or for {@link #end}, so it carries
 * the last (cumulative) usage; {@code STOP} after any call becomes {@link FinishReason#TOOL_CALLS}
 * (su-kaka/gcli2api PR #407). A body that ends before any {@code finishReason} was cut.
 */
final class GeminiStreamDecoder implements StreamDecoder {

  private boolean started;
  private String idPrefix;
  private int nextToolIndex;
  private Usage usage;
  private String finishWire;
  private boolean promptBlocked;
  private boolean finishEmitted;
  private boolean failed;

  @Override
  public void decode(SseFrame frame, Consumer<StreamEvent> out) {
    if (finishEmitted || failed || frame == null || frame.data() == null || frame.data().isBlank()) {
      return;
    }
    JsonNode chunk = Json.parseOrNull(frame.data());
    if (chunk != null && GeminiErrorCodec.errorObject(chunk) != null) {
      fail(new GeminiErrorCodec().decode(0, chunk), out);
      return;
    }
    if (chunk == null || !chunk.isObject()) {
      fail(new ApiError(502, ErrorType.BAD_GATEWAY, "Gemini stream sent a frame that is not a JSON object"), out);
      return;
    }
    try {
      chunk((ObjectNode) chunk, out);
    } catch (TranslationException e) {
      fail(new ApiError(502, ErrorType.BAD_GATEWAY, "invalid Gemini stream chunk: " + e.getMessage()), out);
    }
  }

  private void chunk(ObjectNode chunk, Consumer<StreamEvent> out) {
    Usage reported = GeminiUsage.decode(GeminiJson.field(chunk, "usageMetadata"), "usageMetadata");
    if (!started) {
      String responseId = GeminiJson.string(chunk, "responseId", "");
      idPrefix = GeminiCallIds.prefix(responseId);
      Usage input = reported == null ? null : Usage.of(reported.inputTokens(), 0);
      out.accept(new StreamEvent.Start(responseId, GeminiJson.string(chunk, "modelVersion", ""), 0, input));
      started = true;
    }
    if (reported != null) {
      usage = reported;
    }
    ObjectNode candidate = GeminiResponseDecoder.firstCandidate(chunk);
    if (candidate == null) {
      ObjectNode feedback = GeminiJson.object(chunk, "promptFeedback", "");
      if (GeminiJson.string(feedback, "blockReason", "promptFeedback") != null) {
        promptBlocked = true;
      }
    } else {
      parts(candidate, out);
      String reason = GeminiJson.string(candidate, "finishReason", "candidates[0]");
      if (reason != null && !reason.equals("FINISH_REASON_UNSPECIFIED")) {
        finishWire = reason;
      }
    }
    if (finished() && reported != null) {
      emitFinish(out);
    }
  }

  private void parts(ObjectNode candidate, Consumer<StreamEvent> out) {
    ObjectNode content = GeminiJson.object(candidate, "content", "candidates[0]");
    ArrayNode parts = GeminiJson.array(content, "parts", "candidates[0].content");
    for (int i = 0; parts != null && i < parts.size(); i++) {
      String path = "candidates[0].content.parts[" + i + "]";
      GeminiPart part = GeminiPart.decode(GeminiJson.element(parts, i, "candidates[0].content.parts"), path);
      if (part.call() != null) {
        int index = nextToolIndex++;
        var call = part.toolCall(idPrefix + index);
        out.accept(new StreamEvent.ToolCallStart(index, call.id(), call.name(), call.signature(),
            call.signatureFormat()));
        out.accept(new StreamEvent.ToolCallDelta(index, call.arguments()));
        continue;
      }
      if (part.thought() && !part.text().isEmpty()) {
        out.accept(new StreamEvent.ThinkingDelta(part.text()));
      }
      if (part.signature() != null) {
        out.accept(new StreamEvent.ThinkingSignature(part.signature(), GeminiCodecs.FORMAT));
      }
      if (part.other() instanceof dev.switchboard.translate.canonical.Part.Text t) {
        out.accept(new StreamEvent.TextDelta(t.text()));
      }
    }
  }

  @Override
  public void end(Consumer<StreamEvent> out) {
    if (finishEmitted || failed) {
      return;
    }
    if (finished()) {
      emitFinish(out);
      return;
    }
    fail(new ApiError(502, ErrorType.BAD_GATEWAY,
        "Gemini stream ended before a finishReason (connection cut)"), out);
  }

  @Override
  public boolean finished() {
    return failed || finishEmitted || finishWire != null || promptBlocked;
  }

  private void emitFinish(Consumer<StreamEvent> out) {
    FinishReason reason = finishWire == null && promptBlocked ? FinishReason.CONTENT_FILTER
        : GeminiFinishReasons.decode(finishWire, nextToolIndex > 0);
    out.accept(new StreamEvent.Finish(reason, usage));
    finishEmitted = true;
  }

  private void fail(ApiError error, Consumer<StreamEvent> out) {
    out.accept(new StreamEvent.Error(error));
    failed = true;
  }
}
