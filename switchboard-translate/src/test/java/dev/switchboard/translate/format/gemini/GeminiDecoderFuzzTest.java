package dev.switchboard.translate.format.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.format.FormatCodecs;
import dev.switchboard.translate.format.StreamDecoder;
import dev.switchboard.translate.format.TranslationException;
import dev.switchboard.translate.sse.SseParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the Gemini decoders: any input either decodes or raises {@link TranslationException}
 * (request, response, error codec never throws); the stream decoder never throws and always ends
 * in exactly one Finish or Error. Under plain {@code mvn verify} Jazzer runs in regression mode
 * over the seeds in {@code GeminiDecoderFuzzTestInputs/}.
 */
class GeminiDecoderFuzzTest {

  private static final FormatCodecs CODECS = GeminiCodecs.create();

  @FuzzTest(maxDuration = "10s")
  void requestDecoder(byte[] data) {
    JsonNode body = parse(data);
    try {
      var request = CODECS.requestDecoder().decode(body);
      CODECS.requestEncoder().encode(request);
    } catch (TranslationException expected) {
      assertThat(expected.error().status()).isEqualTo(400);
    }
  }

  @FuzzTest(maxDuration = "10s")
  void responseDecoder(byte[] data) {
    JsonNode body = parse(data);
    try {
      var response = CODECS.responseDecoder().decode(body);
      CODECS.responseEncoder().encode(response);
    } catch (TranslationException expected) {
      assertThat(expected.error()).isNotNull();
    }
    assertThat(CODECS.errors().decode(500, body)).isNotNull();
  }

  @FuzzTest(maxDuration = "10s")
  void streamDecoder(byte[] data) {
    StreamDecoder decoder = CODECS.streamDecoders().apply(null);
    List<StreamEvent> events = new ArrayList<>();
    SseParser parser = new SseParser(frame -> decoder.decode(frame, events::add));
    parser.feed(data);
    parser.close();
    decoder.end(events::add);
    assertThat(events.stream()
        .filter(e -> e instanceof StreamEvent.Finish || e instanceof StreamEvent.Error)).hasSize(1);
    assertThat(events.get(events.size() - 1))
        .isInstanceOfAny(StreamEvent.Finish.class, StreamEvent.Error.class);
    var encoder = CODECS.streamEncoders().apply(null);
    StringBuilder out = new StringBuilder();
    events.forEach(e -> encoder.encode(e, out));
  }

  private static JsonNode parse(byte[] data) {
    try {
      return Json.parse(data);
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
  }
}
