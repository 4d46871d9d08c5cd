package dev.switchboard.translate.format.openai.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.sse.SseFrame;
import dev.switchboard.translate.sse.SseParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Decodes every fixture case (request, response, stream, error) and compares the canonical result
 * with the case's {@code expected.txt}. Run with {@code -Dfixtures.update=true} to rewrite the
 * expected files after an intended change, then review the diff.
 */
class OpenAiChatFixtureTest {

  static Stream<String> requestCases() {
    return Fixtures.casesWith("request.json");
  }

  static Stream<String> responseCases() {
    return Fixtures.casesWith("response.json");
  }

  static Stream<String> streamCases() {
    return Fixtures.casesWith("stream.sse");
  }

  static Stream<String> errorCases() {
    return Stream.concat(Fixtures.casesWith("error.json"), Fixtures.casesWith("error.txt"));
  }

  @ParameterizedTest
  @MethodSource("requestCases")
  void decodesRequest(String name) throws IOException {
    String actual = CanonicalText.request(
        new OpenAiChatRequestDecoder().decode(Fixtures.json(name, "request.json")));
    assertMatchesExpected(name, actual);
  }

  @ParameterizedTest
  @MethodSource("responseCases")
  void decodesResponse(String name) throws IOException {
    String actual = CanonicalText.response(
        new OpenAiChatResponseDecoder().decode(Fixtures.json(name, "response.json")));
    assertMatchesExpected(name, actual);
  }

  @ParameterizedTest
  @MethodSource("streamCases")
  void decodesStream(String name) throws IOException {
    byte[] sse = Fixtures.bytes(name, "stream.sse");
    List<StreamEvent> events = Fixtures.decode(Fixtures.frames(sse));
    assertMatchesExpected(name, CanonicalText.events(events));
    assertThat(Fixtures.decode(framesByteByByte(sse))).as("byte-by-byte feed").isEqualTo(events);
  }

  @ParameterizedTest
  @MethodSource("errorCases")
  void decodesError(String name) throws IOException {
    int status = Integer.parseInt(name.split("-")[1]);
    boolean json = Files.exists(Fixtures.dir().resolve(name).resolve("error.json"));
    String body = new String(Fixtures.bytes(name, json ? "error.json" : "error.txt"),
        StandardCharsets.UTF_8);
    JsonNode parsed = json ? Json.parseOrNull(body) : Json.NODES.textNode(body);
    String actual = CanonicalText.error(new OpenAiChatErrorCodec().decode(status, parsed));
    assertMatchesExpected(name, actual);
  }

  private static List<SseFrame> framesByteByByte(byte[] sse) {
    List<SseFrame> frames = new ArrayList<>();
    SseParser parser = new SseParser(frames::add);
    for (byte b : sse) {
      parser.feed(new byte[] {b});
    }
    parser.close();
    return frames;
  }

  private static void assertMatchesExpected(String name, String actual) throws IOException {
    if (Boolean.getBoolean("fixtures.update")) {
      Path source = Path.of("src/test/resources" + Fixtures.ROOT, name, "expected.txt");
      Files.writeString(source, actual);
      return;
    }
    Path expected = Fixtures.dir().resolve(name).resolve("expected.txt");
    assertThat(expected).as("expected.txt of " + name).exists();
    assertThat(actual).isEqualTo(Files.readString(expected));
  }
}
