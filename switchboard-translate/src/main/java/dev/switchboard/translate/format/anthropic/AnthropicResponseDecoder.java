package dev.switchboard.translate.format.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.canonical.ChatResponse;
import dev.switchboard.translate.canonical.Part;
import dev.switchboard.translate.canonical.Usage;
import dev.switchboard.translate.format.ResponseDecoder;
import dev.switchboard.translate.format.TranslationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decodes a non-streamed Messages response (wire-formats.md §4.2). Messages carry no creation time,
 * so {@code created} is the decoding time. An error body ({@code "type":"error"}) becomes a
 * {@link TranslationException} carrying the upstream error.
 */
public final class AnthropicResponseDecoder implements ResponseDecoder {

  @Override
  public Set<String> usageFields() {
    return Set.of("usage");
  }

  @Override
  public Usage usage(JsonNode body) {
    return body instanceof ObjectNode root ? AnthropicUsage.decode(WireFields.field(root, "usage")) : null;
  }

  @Override
  public ChatResponse decode(JsonNode body) {
    ObjectNode root = WireFields.object(body, "body");
    if ("error".equals(root.path("type").textValue())) {
      throw new TranslationException(new AnthropicErrorCodec().decode(0, root));
    }
    String path = "content";
    ArrayNode blocks = WireFields.array(WireFields.required(root, path, ""), path);
    AnthropicBlockDecoder decoder = new AnthropicBlockDecoder();
    List<Part> content = new ArrayList<>(blocks.size());
    for (int i = 0; i < blocks.size(); i++) {
      Part p = decoder.block(blocks.get(i), WireFields.at(path, i));
      if (p instanceof Part.ToolResult) {
        throw WireFields.invalid(WireFields.at(path, i), "a response cannot hold a tool_result");
      }
      if (p != null) {
        content.add(p);
      }
    }
    boolean sawToolCall = content.stream().anyMatch(p -> p instanceof Part.ToolCall);
    return new ChatResponse(
        WireFields.optionalString(root, "id", ""),
        WireFields.optionalString(root, "model", ""),
        Instant.now().getEpochSecond(),
        content,
        AnthropicStopReason.decode(WireFields.optionalString(root, "stop_reason", ""), sawToolCall),
        AnthropicUsage.decode(WireFields.field(root, "usage")));
  }
}
