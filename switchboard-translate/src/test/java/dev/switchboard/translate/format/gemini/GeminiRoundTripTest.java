package dev.switchboard.translate.format.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.ChatResponse;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.format.FormatCodecs;
import dev.switchboard.translate.format.StreamEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * wire -> canonical -> wire -> canonical keeps meaning, for every request, response and successful
 * stream fixture. Request call ids are compared by position, because Gemini ids are optional and
 * the encoder does not send them (responses are paired by name and order).
 */
class GeminiRoundTripTest {

  private static final FormatCodecs CODECS = GeminiCodecs.create();

  static Stream<String> requests() {
    return GeminiFixtureTest.requestWire();
  }

  static Stream<String> responses() {
    return GeminiFixtureTest.responseWire();
  }

  static Stream<String> streams() {
    return GeminiFixtureTest.streamWire()
        .filter(c -> !c.equals("stream-cut") && !c.equals("stream-error-midstream"));
  }

  @ParameterizedTest
  @MethodSource("requests")
  void requestKeepsMeaning(String name) {
    ChatRequest first = CODECS.requestDecoder().decode(GeminiFixtures.json(name, "request.json"));
    ObjectNode wire = CODECS.requestEncoder().encode(first);
    ChatRequest second = CODECS.requestDecoder().decode(GeminiFixtures.reparsed(wire));
    assertThat(withPositionalIds(second.messages())).isEqualTo(withPositionalIds(first.messages()));
    assertThat(CanonicalJson.tree(second.tools())).isEqualTo(CanonicalJson.tree(first.tools()));
    assertThat(second.toolChoice()).isEqualTo(first.toolChoice());
    assertThat(second.sampling()).isEqualTo(first.sampling());
    assertThat(second.responseFormat()).isEqualTo(first.responseFormat());
    assertThat(second.extra()).isEqualTo(first.extra());
    if (first.reasoning() != null) {
      assertThat(second.reasoning().effectiveEffort()).isEqualTo(first.reasoning().effectiveEffort());
    }
    assertThat(GeminiFixtures.reparsed(CODECS.requestEncoder().encode(second)))
        .isEqualTo(GeminiFixtures.reparsed(wire));
  }

  @ParameterizedTest
  @MethodSource("responses")
  void responseKeepsMeaning(String name) {
    ChatResponse first = CODECS.responseDecoder().decode(GeminiFixtures.json(name, "response.json"));
    ChatResponse second = CODECS.responseDecoder().decode(
        GeminiFixtures.reparsed(CODECS.responseEncoder().encode(first)));
    assertThat(second).isEqualTo(first);
  }

  @ParameterizedTest
  @MethodSource("streams")
  void streamKeepsMeaning(String name) {
    List<StreamEvent> first = GeminiFixtures.decodeStream(
        GeminiFixtures.bytes(name, "stream.sse"), CODECS.streamDecoders().apply(null));
    StreamEncoder encoder = CODECS.streamEncoders().apply(null);
    StringBuilder sse = new StringBuilder();
    first.forEach(e -> encoder.encode(e, sse));
    List<StreamEvent> second = GeminiFixtures.decodeStream(
        sse.toString().getBytes(StandardCharsets.UTF_8), CODECS.streamDecoders().apply(null));
    // The encoder reports usage once, on the last chunk, so Start carries no early usage.
    assertThat(second.subList(1, second.size())).isEqualTo(first.subList(1, first.size()));
    assertThat(second.get(0)).isInstanceOf(StreamEvent.Start.class);
  }

  /** The messages as JSON with call ids replaced by their order of first appearance. */
  private static JsonNode withPositionalIds(Object messages) {
    JsonNode tree = CanonicalJson.tree(messages);
    Map<String, String> ids = new HashMap<>();
    rename(tree, ids);
    return tree;
  }

  private static void rename(JsonNode node, Map<String, String> ids) {
    if (node instanceof ObjectNode obj) {
      for (String field : List.of("id", "callId")) {
        if (obj.path(field).isTextual()) {
          obj.put(field, ids.computeIfAbsent(obj.get(field).asText(), k -> "id" + ids.size()));
        }
      }
      obj.forEach(child -> rename(child, ids));
    } else if (node instanceof ArrayNode arr) {
      arr.forEach(child -> rename(child, ids));
    }
  }
}
