package dev.switchboard.translate.format.gemini;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.ChatResponse;
import dev.switchboard.translate.canonical.ImageSource;
import dev.switchboard.translate.canonical.Part;
import dev.switchboard.translate.canonical.ResponseFormat;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.canonical.ToolChoice;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Canonical objects as JSON, so fixture files can state the expected canonical form. The canonical
 * sealed types get a {@code "type"} property with the record's simple name through mix-ins; the
 * production model stays free of Jackson annotations.
 */
final class CanonicalJson {

  @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "type")
  private interface Typed {}

  static final ObjectMapper MAPPER = JsonMapper.builder()
      .addMixIn(Part.class, Typed.class)
      .addMixIn(ImageSource.class, Typed.class)
      .addMixIn(ToolChoice.class, Typed.class)
      .addMixIn(ResponseFormat.class, Typed.class)
      .addMixIn(StreamEvent.class, Typed.class)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .build();

  static {
    MAPPER.registerSubtypes(Part.Text.class, Part.Image.class, Part.ToolCall.class,
        Part.ToolResult.class, Part.Thinking.class, ImageSource.Url.class, ImageSource.Base64.class,
        ToolChoice.Auto.class, ToolChoice.None.class, ToolChoice.Required.class, ToolChoice.Named.class,
        ResponseFormat.Text.class, ResponseFormat.JsonObject.class, ResponseFormat.JsonSchema.class,
        StreamEvent.Start.class, StreamEvent.TextDelta.class, StreamEvent.ThinkingDelta.class,
        StreamEvent.ThinkingSignature.class, StreamEvent.RedactedThinking.class,
        StreamEvent.ToolCallStart.class, StreamEvent.ToolCallDelta.class, StreamEvent.UsageReport.class,
        StreamEvent.Finish.class, StreamEvent.Error.class);
  }

  private CanonicalJson() {}

  /** The canonical object as a JSON tree, with numbers typed as a parser would type them. */
  static JsonNode tree(Object canonical) {
    try {
      return MAPPER.readTree(MAPPER.writeValueAsString(canonical));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode eventsTree(List<StreamEvent> events) {
    return tree(new EventList(events)).get("events");
  }

  /** Wraps a list so Jackson sees its element type and writes the type property. */
  private record EventList(List<StreamEvent> events) {}

  static String pretty(Object canonical) {
    try {
      if (canonical instanceof List<?> list) {
        return MAPPER.writerWithDefaultPrettyPrinter()
            .writeValueAsString(eventsTree(list.stream().map(StreamEvent.class::cast).toList()));
      }
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(canonical);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ChatRequest request(JsonNode json) {
    return convert(json, ChatRequest.class);
  }

  static ChatResponse response(JsonNode json) {
    return convert(json, ChatResponse.class);
  }

  static ApiError error(JsonNode json) {
    return convert(json, ApiError.class);
  }

  static List<StreamEvent> events(JsonNode json) {
    try {
      return MAPPER.readerForListOf(StreamEvent.class).readValue(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T convert(JsonNode json, Class<T> type) {
    try {
      return MAPPER.treeToValue(json, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
