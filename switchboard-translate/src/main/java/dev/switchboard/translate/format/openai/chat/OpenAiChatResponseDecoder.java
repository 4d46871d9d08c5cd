package dev.switchboard.translate.format.openai.chat;

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
 * Decodes a {@code chat.completion} body (wire-formats.md §2.2) from the first choice. A body that
 * is an error object (some compatible servers answer errors with HTTP 200) raises the decoded
 * error; a {@code refusal} becomes visible text with {@link FinishReason#CONTENT_FILTER}.
 */
public final class OpenAiChatResponseDecoder implements ResponseDecoder {

  private final OpenAiChatErrorCodec errors = new OpenAiChatErrorCodec();

  @Override
  public Set<String> usageFields() {
    return Set.of("usage");
  }

  @Override
  public Usage usage(JsonNode body) {
    return UsageMapping.decode(body.get("usage"));
  }

  @Override
  public ChatResponse decode(JsonNode body) {
    ObjectNode root = FieldReader.requireObject(body, "response body");
    if (FieldReader.present(root, "error") && !root.has("choices")) {
      throw new TranslationException(errors.decode(0, root));
    }
    ArrayNode choices = FieldReader.optArray(root, "choices", "");
    if (choices == null) {
      throw FieldReader.invalid("choices", "is required");
    }
    List<Part> parts = new ArrayList<>();
    String finish = null;
    boolean refused = false;
    if (!choices.isEmpty()) {
      ObjectNode choice = FieldReader.requireObject(choices.get(0), "choices[0]");
      ObjectNode message = FieldReader.optObject(choice, "message", "choices[0]");
      if (message != null) {
        parts.addAll(AssistantDecoder.decode(message, "choices[0].message", new CallIds()));
        String refusal = FieldReader.optText(message, "refusal", "choices[0].message");
        if (refusal != null && !refusal.isEmpty()) {
          parts.add(new Part.Text(refusal));
          refused = true;
        }
      }
      finish = FieldReader.lenientText(choice, "finish_reason");
    }
    boolean toolCalls = parts.stream().anyMatch(p -> p instanceof Part.ToolCall);
    FinishReason reason = FinishReasonMapping.decode(finish, toolCalls);
    if (refused && reason == FinishReason.STOP) {
      reason = FinishReason.CONTENT_FILTER;
    }
    Long created = FieldReader.optLong(root, "created", "");
    return new ChatResponse(FieldReader.lenientText(root, "id"),
        FieldReader.lenientText(root, "model"), created == null ? 0 : created, parts, reason,
        UsageMapping.decode(root.get("usage")));
  }
}
