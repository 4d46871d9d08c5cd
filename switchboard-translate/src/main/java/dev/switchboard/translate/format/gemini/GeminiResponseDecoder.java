package dev.switchboard.translate.format.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.canonical.ChatResponse;
import dev.switchboard.translate.canonical.FinishReason;
import dev.switchboard.translate.canonical.Part;
import dev.switchboard.translate.canonical.Usage;
import dev.switchboard.translate.format.ResponseDecoder;
import dev.switchboard.translate.format.TranslationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decodes a {@code GenerateContentResponse} (wire-formats.md §5.2): the parts of the first
 * candidate become text, thinking ({@code thought:true}) and tool calls (ids synthesized when
 * absent, thought signatures kept for Gemini); {@code STOP} with a function call becomes
 * {@link FinishReason#TOOL_CALLS}; a prompt blocked before any candidate becomes
 * {@link FinishReason#CONTENT_FILTER}. Usage is null when the body reports none.
 */
final class GeminiResponseDecoder implements ResponseDecoder {

  @Override
  public Set<String> usageFields() {
    return Set.of("usageMetadata", "usage_metadata");
  }

  @Override
  public Usage usage(JsonNode body) {
    return body instanceof ObjectNode root
        ? GeminiUsage.decode(GeminiJson.field(root, "usageMetadata"), "usageMetadata") : null;
  }

  @Override
  public ChatResponse decode(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw TranslationException.invalid("Gemini response body must be a JSON object");
    }
    if (GeminiErrorCodec.errorObject(body) != null) {
      throw new TranslationException(new GeminiErrorCodec().decode(0, body));
    }
    String responseId = GeminiJson.string(body, "responseId", "");
    String model = GeminiJson.string(body, "modelVersion", "");
    Usage usage = GeminiUsage.decode(GeminiJson.field(body, "usageMetadata"), "usageMetadata");
    ObjectNode candidate = firstCandidate(body);
    if (candidate == null) {
      boolean blocked = GeminiJson.string(GeminiJson.object(body, "promptFeedback", ""),
          "blockReason", "promptFeedback") != null;
      return new ChatResponse(responseId, model, 0, List.of(),
          blocked ? FinishReason.CONTENT_FILTER : FinishReason.STOP, usage);
    }
    List<Part> content = parts(candidate, GeminiCallIds.prefix(responseId));
    boolean sawCall = content.stream().anyMatch(p -> p instanceof Part.ToolCall);
    String finish = GeminiJson.string(candidate, "finishReason", "candidates[0]");
    return new ChatResponse(responseId, model, 0, content,
        GeminiFinishReasons.decode(finish, sawCall), usage);
  }

  static ObjectNode firstCandidate(JsonNode body) {
    ArrayNode candidates = GeminiJson.array(body, "candidates", "");
    if (candidates == null || candidates.isEmpty()) {
      return null;
    }
    return GeminiJson.element(candidates, 0, "candidates");
  }

  private static List<Part> parts(ObjectNode candidate, String idPrefix) {
    List<Part> out = new ArrayList<>();
    ObjectNode content = GeminiJson.object(candidate, "content", "candidates[0]");
    ArrayNode parts = GeminiJson.array(content, "parts", "candidates[0].content");
    int calls = 0;
    for (int i = 0; parts != null && i < parts.size(); i++) {
      String path = "candidates[0].content.parts[" + i + "]";
      ObjectNode part = GeminiJson.element(parts, i, "candidates[0].content.parts");
      List<Part> decoded = GeminiPart.decode(part, path).toParts(idPrefix + calls);
      calls += decoded.stream().anyMatch(p -> p instanceof Part.ToolCall) ? 1 : 0;
      out.addAll(decoded);
    }
    return out;
  }
}
