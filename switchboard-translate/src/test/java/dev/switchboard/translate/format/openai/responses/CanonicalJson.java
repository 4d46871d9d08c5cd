package dev.switchboard.translate.format.openai.responses;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ImageSource;
import dev.switchboard.translate.canonical.Part;
import dev.switchboard.translate.canonical.ResponseFormat;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.canonical.ToolChoice;
import java.util.List;

/**
 * Renders canonical records as JSON for golden files: each variant of a sealed union is tagged
 * with its simple name in {@code @type}, null fields are left out.
 */
final class CanonicalJson {

  @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "@type")
  private interface Tagged {}

  private static final ObjectMapper MAPPER = Json.MAPPER.copy()
      .setSerializationInclusion(JsonInclude.Include.NON_NULL)
      .addMixIn(Part.class, Tagged.class)
      .addMixIn(StreamEvent.class, Tagged.class)
      .addMixIn(ImageSource.class, Tagged.class)
      .addMixIn(ToolChoice.class, Tagged.class)
      .addMixIn(ResponseFormat.class, Tagged.class);

  private CanonicalJson() {}

  static JsonNode of(Object canonical) {
    return MAPPER.valueToTree(canonical);
  }

  /** A list of events, tagged as the union they belong to (a plain list would lose the tag). */
  static JsonNode events(List<StreamEvent> events) {
    try {
      return MAPPER.readTree(MAPPER.writerFor(new TypeReference<List<StreamEvent>>() {})
          .writeValueAsString(events));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
