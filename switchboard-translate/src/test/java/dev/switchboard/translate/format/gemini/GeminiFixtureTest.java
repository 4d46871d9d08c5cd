package dev.switchboard.translate.format.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.format.FormatCodecs;
import dev.switchboard.translate.format.StreamEncoder;
import dev.switchboard.translate.sse.SseFrame;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fixture-driven codec tests: every case directory under {@code fixtures/gemini/} states a wire
 * body and its expected canonical form ({@code canonical.json}, {@code events.json}) and, where
 * given, the expected wire body the encoder writes back ({@code encoded.json},
 * {@code expected.sse}).
 */
class GeminiFixtureTest {

  private static final FormatCodecs CODECS = GeminiCodecs.create();

  static Stream<String> requestWire() {
    return GeminiFixtures.cases("request-").filter(c -> GeminiFixtures.exists(c, "request.json"));
  }

  static Stream<String> requestEncoded() {
    return GeminiFixtures.cases("request-").filter(c -> GeminiFixtures.exists(c, "encoded.json"));
  }

  static Stream<String> responseWire() {
    return GeminiFixtures.cases("response-").filter(c -> GeminiFixtures.exists(c, "response.json"));
  }

  static Stream<String> responseEncoded() {
    return GeminiFixtures.cases("response-").filter(c -> GeminiFixtures.exists(c, "encoded.json"));
  }

  static Stream<String> streamWire() {
    return GeminiFixtures.cases("stream-").filter(c -> GeminiFixtures.exists(c, "stream.sse"));
  }

  static Stream<String> streamEncoded() {
    return GeminiFixtures.cases("stream-encode-");
  }

  static Stream<String> errors() {
    return GeminiFixtures.cases("error-");
  }

  @ParameterizedTest
  @MethodSource("requestWire")
  void decodesRequest(String name) {
    var request = CODECS.requestDecoder().decode(GeminiFixtures.json(name, "request.json"));
    assertThat(request.model()).isNull();
    assertThat(request.streaming()).isFalse();
    assertThat(CanonicalJson.tree(request)).isEqualTo(GeminiFixtures.json(name, "canonical.json"));
  }

  @ParameterizedTest
  @MethodSource("requestEncoded")
  void encodesRequest(String name) {
    var request = CanonicalJson.request(GeminiFixtures.json(name, "canonical.json"));
    JsonNode body = GeminiFixtures.reparsed(CODECS.requestEncoder().encode(request));
    assertThat(body).isEqualTo(GeminiFixtures.json(name, "encoded.json"));
    assertThat(body.has("model")).isFalse();
  }

  @ParameterizedTest
  @MethodSource("responseWire")
  void decodesResponse(String name) {
    var response = CODECS.responseDecoder().decode(GeminiFixtures.json(name, "response.json"));
    assertThat(CanonicalJson.tree(response)).isEqualTo(GeminiFixtures.json(name, "canonical.json"));
  }

  @ParameterizedTest
  @MethodSource("responseEncoded")
  void encodesResponse(String name) {
    var response = CanonicalJson.response(GeminiFixtures.json(name, "canonical.json"));
    assertThat(GeminiFixtures.reparsed(CODECS.responseEncoder().encode(response)))
        .isEqualTo(GeminiFixtures.json(name, "encoded.json"));
  }

  @ParameterizedTest
  @MethodSource("streamWire")
  void decodesStream(String name) {
    List<StreamEvent> events = GeminiFixtures.decodeStream(
        GeminiFixtures.bytes(name, "stream.sse"), CODECS.streamDecoders().apply(null));
    assertThat(CanonicalJson.eventsTree(events)).isEqualTo(GeminiFixtures.json(name, "events.json"));
    StreamEvent last = events.get(events.size() - 1);
    assertThat(last).isInstanceOfAny(StreamEvent.Finish.class, StreamEvent.Error.class);
    assertThat(events.stream().filter(e -> e instanceof StreamEvent.Finish || e instanceof StreamEvent.Error))
        .hasSize(1);
  }

  @ParameterizedTest
  @MethodSource("streamWire")
  void decodesStreamFedOneByteAtATime(String name) {
    byte[] sse = GeminiFixtures.bytes(name, "stream.sse");
    var decoder = CODECS.streamDecoders().apply(null);
    List<StreamEvent> events = new java.util.ArrayList<>();
    var parser = new dev.switchboard.translate.sse.SseParser(f -> decoder.decode(f, events::add));
    for (byte b : sse) {
      parser.feed(new byte[] {b});
    }
    parser.close();
    decoder.end(events::add);
    assertThat(CanonicalJson.eventsTree(events)).isEqualTo(GeminiFixtures.json(name, "events.json"));
  }

  @ParameterizedTest
  @MethodSource("streamEncoded")
  void encodesStream(String name) {
    List<StreamEvent> events = CanonicalJson.events(GeminiFixtures.json(name, "events.json"));
    StreamEncoder encoder = CODECS.streamEncoders().apply(null);
    StringBuilder out = new StringBuilder();
    events.forEach(e -> encoder.encode(e, out));
    assertThat(out.toString()).isEqualTo(GeminiFixtures.text(name, "expected.sse"));
    for (SseFrame frame : GeminiFixtures.frames(out.toString())) {
      assertThat(frame.event()).isNull();
      JsonNode chunk = Json.parseOrNull(frame.data());
      assertThat(chunk).isNotNull();
      assertThat(chunk.isObject()).isTrue();
      chunk.path("candidates").forEach(c -> assertThat(c.path("content").path("role").asText()).isEqualTo("model"));
    }
  }

  @ParameterizedTest
  @MethodSource("errors")
  void decodesAndEncodesErrors(String name) {
    int status = Integer.parseInt(name.substring("error-".length(), "error-".length() + 3));
    ApiError error = CODECS.errors().decode(status, GeminiFixtures.json(name, "error.json"));
    assertThat(CanonicalJson.tree(error)).isEqualTo(GeminiFixtures.json(name, "canonical.json"));
    JsonNode encoded = GeminiFixtures.reparsed(CODECS.errors().encode(CanonicalJson.error(GeminiFixtures.json(name, "canonical.json"))));
    assertThat(encoded).isEqualTo(GeminiFixtures.json(name, "encoded.json"));
  }
}
