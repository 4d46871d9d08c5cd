package dev.switchboard.translate.format.openai.responses;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.ChatResponse;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.sse.SseFrame;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Drives every codec from the fixture cases: each wire input is decoded and compared with its
 * golden canonical form, and the canonical form is encoded and compared with its golden wire
 * output. Encoded streams are also re-parsed and checked frame by frame against §3.3.
 */
class ResponsesFixturesTest {

  private static final Set<String> TERMINALS =
      Set.of("response.completed", "response.incomplete", "response.failed");

  static Stream<String> requests() {
    return FixtureCases.withFile("request.json");
  }

  static Stream<String> responses() {
    return FixtureCases.withFile("response.json");
  }

  static Stream<String> streams() {
    return FixtureCases.withFile("stream.sse");
  }

  static Stream<String> errors() {
    return Stream.concat(FixtureCases.withFile("error.json"), FixtureCases.withFile("error.txt")).sorted();
  }

  @ParameterizedTest
  @MethodSource("requests")
  void requestDecodesAndEncodes(String name) {
    ChatRequest request = new ResponsesRequestDecoder().decode(FixtureCases.json(name, "request.json"));
    FixtureCases.assertGolden(name, "canonical.json", CanonicalJson.of(request));
    FixtureCases.assertGolden(name, "encoded.json", new ResponsesRequestEncoder().encode(request));
  }

  @ParameterizedTest
  @MethodSource("responses")
  void responseDecodesAndEncodes(String name) {
    ChatResponse response = new ResponsesResponseDecoder().decode(FixtureCases.json(name, "response.json"));
    FixtureCases.assertGolden(name, "canonical.json", CanonicalJson.of(response));
    FixtureCases.assertGolden(name, "encoded.json", new ResponsesResponseEncoder().encode(response));
  }

  @ParameterizedTest
  @MethodSource("streams")
  void streamDecodesAndEncodes(String name) {
    List<StreamEvent> events = StreamFrames.decode(FixtureCases.bytes(name, "stream.sse"));
    FixtureCases.assertGolden(name, "events.json", CanonicalJson.events(events));
    FixtureCases.assertGoldenText(name, "encoded.sse", withoutGeneratedIds(StreamFrames.encode(events, null)));
  }

  /** A stream without a Start event gets a random id and the current time; mask both. */
  private static String withoutGeneratedIds(String sse) {
    String masked = sse.replaceAll("resp_[0-9a-f]{32}", "resp_GENERATED");
    return masked.equals(sse) ? sse : masked.replaceAll("\"created_at\":\\d+", "\"created_at\":0");
  }

  @ParameterizedTest
  @MethodSource("streams")
  void encodedStreamFollowsTheEventGrammar(String name) {
    List<StreamEvent> events = StreamFrames.decode(FixtureCases.bytes(name, "stream.sse"));
    List<SseFrame> frames = StreamFrames.parse(StreamFrames.encode(events, null));

    assertThat(frames).isNotEmpty();
    for (int i = 0; i < frames.size(); i++) {
      SseFrame f = frames.get(i);
      JsonNode data = Json.parseOrNull(f.data());
      assertThat(data).as("frame %d is JSON", i).isNotNull();
      assertThat(data.get("type").asText()).as("frame %d type", i).isEqualTo(f.event());
      assertThat(data.get("sequence_number").asLong()).as("frame %d sequence", i).isEqualTo(i);
      assertThat(f.isDone()).isFalse();
    }
    assertThat(frames.get(0).event()).isEqualTo("response.created");
    assertThat(frames.get(1).event()).isEqualTo("response.in_progress");
    assertThat(TERMINALS).contains(frames.get(frames.size() - 1).event());
    assertThat(frames.stream().filter(f -> TERMINALS.contains(f.event()))).hasSize(1);
    boolean failed = events.get(events.size() - 1) instanceof StreamEvent.Error;
    assertThat(frames.get(frames.size() - 1).event())
        .isEqualTo(failed ? "response.failed" : "response." + status(events));
  }

  @ParameterizedTest
  @MethodSource("errors")
  void errorBodyDecodesAndEncodes(String name) {
    int status = Integer.parseInt(name.split("-")[1]);
    String file = name.equals("error-500-no-body") ? "error.txt" : "error.json";
    JsonNode body = Json.parseOrNull(new String(FixtureCases.bytes(name, file), StandardCharsets.UTF_8));
    ApiError error = new ResponsesErrorCodec().decode(status, body);
    FixtureCases.assertGolden(name, "decoded.json", CanonicalJson.of(error));
    FixtureCases.assertGolden(name, "encoded.json", new ResponsesErrorCodec().encode(error));
  }

  private static String status(List<StreamEvent> events) {
    StreamEvent.Finish f = (StreamEvent.Finish) events.get(events.size() - 1);
    return ResponsesStatus.status(f.reason());
  }
}
