package dev.switchboard.translate.format.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.ChatResponse;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.format.FormatCodecs;
import dev.switchboard.translate.sse.SseFrame;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Drives every codec from the files under {@code fixtures/anthropic-messages/<case>/}: the wire
 * input ({@code request.json}, {@code response.json}, {@code stream.sse}, {@code error.json}), the
 * expected canonical form ({@code canonical.txt} / {@code events.txt}) and the expected re-encoding
 * ({@code encoded.json} / {@code encoded.sse}).
 */
class AnthropicFixtureTest {

  private final FormatCodecs codecs = AnthropicCodecs.create();

  static Stream<String> requests() {
    return Fixtures.casesWith("request.json");
  }

  static Stream<String> responses() {
    return Fixtures.casesWith("response.json");
  }

  static Stream<String> streams() {
    return Fixtures.casesWith("stream.sse");
  }

  static Stream<String> errors() {
    return Fixtures.casesWith("error.json");
  }

  @ParameterizedTest
  @MethodSource("requests")
  void requestDecodesToExpectedCanonical(String c) {
    ChatRequest request = codecs.requestDecoder().decode(Fixtures.json(c, "request.json"));
    Fixtures.assertGolden(c, "canonical.txt", CanonicalPrinter.request(request));
  }

  @ParameterizedTest
  @MethodSource("requests")
  void requestEncodesToExpectedWire(String c) {
    ChatRequest request = codecs.requestDecoder().decode(Fixtures.json(c, "request.json"));
    Fixtures.assertGoldenJson(c, "encoded.json", codecs.requestEncoder().encode(request));
  }

  @ParameterizedTest
  @MethodSource("responses")
  void responseDecodesToExpectedCanonical(String c) {
    ChatResponse response = codecs.responseDecoder().decode(Fixtures.json(c, "response.json"));
    Fixtures.assertGolden(c, "canonical.txt", CanonicalPrinter.response(response));
  }

  @ParameterizedTest
  @MethodSource("responses")
  void responseEncodesToExpectedWire(String c) {
    ChatResponse response = codecs.responseDecoder().decode(Fixtures.json(c, "response.json"));
    Fixtures.assertGoldenJson(c, "encoded.json", codecs.responseEncoder().encode(response));
  }

  @ParameterizedTest
  @MethodSource("streams")
  void streamDecodesToExpectedEvents(String c) {
    List<StreamEvent> events = Streams.decode(Fixtures.bytes(c, "stream.sse"));
    Fixtures.assertGolden(c, "events.txt", CanonicalPrinter.events(events));
  }

  @ParameterizedTest
  @MethodSource("streams")
  void streamDecodingDoesNotDependOnChunking(String c) {
    byte[] sse = Fixtures.bytes(c, "stream.sse");
    assertThat(CanonicalPrinter.events(Streams.decode(sse, 7)))
        .isEqualTo(CanonicalPrinter.events(Streams.decode(sse)));
  }

  @ParameterizedTest
  @MethodSource("streams")
  void streamEncodesToExpectedFrames(String c) {
    String encoded = Streams.encode(Streams.decode(Fixtures.bytes(c, "stream.sse")));
    Fixtures.assertGolden(c, "encoded.sse", encoded);
    for (SseFrame frame : Streams.frames(encoded)) {
      JsonNode data = Json.parseOrNull(frame.data());
      assertThat(frame.event()).as("every frame names its event").isNotNull();
      assertThat(data.path("type").asText()).as("data type equals event").isEqualTo(frame.event());
    }
  }

  @ParameterizedTest
  @MethodSource("streams")
  void reencodedStreamDecodesToTheSameEvents(String c) {
    List<StreamEvent> events = Streams.decode(Fixtures.bytes(c, "stream.sse"));
    List<StreamEvent> again = Streams.decode(Streams.encode(events));
    assertThat(CanonicalPrinter.events(again))
        .isEqualTo(CanonicalPrinter.events(events.stream().map(this::asAnthropicSeesIt).toList()));
  }

  /** An error as it comes back from an Anthropic error event (only Anthropic's types survive). */
  private StreamEvent asAnthropicSeesIt(StreamEvent e) {
    if (e instanceof StreamEvent.Error err) {
      return new StreamEvent.Error(codecs.errors().decode(0, codecs.errors().encode(err.error())));
    }
    return e;
  }

  @ParameterizedTest
  @MethodSource("errors")
  void errorDecodesAndReencodes(String c) {
    int status = Integer.parseInt(c.substring("error-".length(), "error-".length() + 3));
    ApiError error = codecs.errors().decode(status, Fixtures.json(c, "error.json"));
    Fixtures.assertGolden(c, "canonical.txt", error.toString());
    Fixtures.assertGoldenJson(c, "encoded.json", codecs.errors().encode(error));
  }
}
