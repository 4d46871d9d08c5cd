package dev.switchboard.translate.format.openai.responses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ChatResponse;
import dev.switchboard.translate.canonical.FinishReason;
import dev.switchboard.translate.canonical.Part;
import dev.switchboard.translate.canonical.Usage;
import dev.switchboard.translate.format.Format;
import dev.switchboard.translate.format.ResponseDecoder;
import dev.switchboard.translate.format.TranslationException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decodes a Responses {@code Response} object (wire-formats.md §3.2): reasoning items become
 * thinking (encrypted content kept as {@code redacted}, valid only for this format), message
 * items text, {@code function_call} items tool calls keyed by {@code call_id}. The finish reason
 * comes from {@code status}; a {@code failed} response raises its error.
 */
public final class ResponsesResponseDecoder implements ResponseDecoder {

  private static final System.Logger LOG = System.getLogger(ResponsesResponseDecoder.class.getName());

  @Override
  public Set<String> usageFields() {
    return Set.of("usage");
  }

  @Override
  public Usage usage(JsonNode body) {
    return ResponsesUsage.decode(body.get("usage"));
  }

  @Override
  public ChatResponse decode(JsonNode body) {
    ObjectNode b = WireReader.object(body, "response body");
    String status = WireReader.optText(b, "status", "");
    if ("failed".equals(status) || "cancelled".equals(status)) {
      throw new TranslationException(failure(b.get("error"), status));
    }
    ArrayNode output = WireReader.optArray(b, "output", "");
    if (output == null) {
      throw TranslationException.invalid("output is required");
    }
    List<Part> content = new ArrayList<>();
    boolean refused = false;
    for (int i = 0; i < output.size(); i++) {
      refused |= item(WireReader.object(output.get(i), "output[" + i + "]"), "output[" + i + "].", content);
    }
    boolean toolCalls = content.stream().anyMatch(p -> p instanceof Part.ToolCall);
    FinishReason reason = ResponsesStatus.finishReason(status, b.get("incomplete_details"), toolCalls);
    if (refused && reason == FinishReason.STOP) {
      reason = FinishReason.CONTENT_FILTER;
    }
    JsonNode created = b.get("created_at");
    return new ChatResponse(WireReader.optText(b, "id", ""), WireReader.optText(b, "model", ""),
        created != null && created.isNumber() ? created.longValue() : 0, content, reason,
        ResponsesUsage.decode(b.get("usage")));
  }

  /** Adds the item's parts; true when it holds a refusal. */
  private static boolean item(ObjectNode item, String path, List<Part> content) {
    String type = WireReader.text(item, "type", path);
    switch (type) {
      case "message" -> {
        ArrayNode parts = WireReader.optArray(item, "content", path);
        if (parts != null) {
          content.addAll(ResponsesContentDecoder.parts(parts, path + "content"));
          for (JsonNode p : parts) {
            if ("refusal".equals(WireReader.str(p, "type"))) {
              return true;
            }
          }
        }
      }
      case "function_call" -> content.add(new Part.ToolCall(WireReader.text(item, "call_id", path),
          WireReader.text(item, "name", path), WireReader.text(item, "arguments", path)));
      case "reasoning" -> {
        String text = ResponsesContentDecoder.reasoningText(item, path);
        String encrypted = WireReader.optText(item, "encrypted_content", path);
        if (!text.isEmpty() || encrypted != null) {
          content.add(new Part.Thinking(text, null, Format.OPENAI_RESPONSES, encrypted));
        }
      }
      default -> LOG.log(Level.DEBUG, "dropping output item of type {0}", type);
    }
    return false;
  }

  private static ApiError failure(JsonNode error, String status) {
    String code = WireReader.str(error, "code");
    String message = WireReader.str(error, "message");
    return ResponsesErrorCodec.fromCode(code,
        message != null ? message : "upstream response " + status);
  }
}
