package dev.switchboard.translate.format.openai.responses;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.format.TranslationException;
import dev.switchboard.translate.sse.SseParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The decoders face arbitrary bytes: a request or response either decodes or fails with a
 * {@link TranslationException}; a stream never throws and always ends finished. The
 * {@code @FuzzTest}s run their seeds ({@code ResponsesDecoderFuzzTestInputs/}) under plain
 * {@code mvn verify} and fuzz with {@code JAZZER_FUZZ=1}; {@link #mutatedFixturesNeverEscape}
 * adds a fixed-seed mutation sweep over the fixtures to every build.
 */
class ResponsesDecoderFuzzTest {

  @FuzzTest(maxDuration = "10s")
  void requestDecoder(byte[] input) {
    decodeJson(input, true);
  }

  @FuzzTest(maxDuration = "10s")
  void responseDecoder(byte[] input) {
    decodeJson(input, false);
  }

  @FuzzTest(maxDuration = "10s")
  void streamDecoder(byte[] input) {
    decodeStream(input);
  }

  @Test
  void mutatedFixturesNeverEscape() {
    Random random = new Random(20260101);
    List<byte[]> seeds = new ArrayList<>();
    FixtureCases.withFile("request.json").forEach(c -> seeds.add(FixtureCases.bytes(c, "request.json")));
    FixtureCases.withFile("response.json").forEach(c -> seeds.add(FixtureCases.bytes(c, "response.json")));
    FixtureCases.withFile("stream.sse").forEach(c -> seeds.add(FixtureCases.bytes(c, "stream.sse")));
    for (int round = 0; round < 60; round++) {
      for (byte[] seed : seeds) {
        byte[] mutated = mutate(seed, random);
        decodeJson(mutated, true);
        decodeJson(mutated, false);
        decodeStream(mutated);
      }
    }
  }

  private static void decodeJson(byte[] input, boolean request) {
    JsonNode body;
    try {
      body = Json.parse(input);
    } catch (IOException notJson) {
      return;
    }
    try {
      if (request) {
        new ResponsesRequestEncoder().encode(new ResponsesRequestDecoder().decode(body));
      } else {
        new ResponsesResponseEncoder().encode(new ResponsesResponseDecoder().decode(body));
      }
    } catch (TranslationException expected) {
      assertThat(expected.error()).isNotNull();
    }
  }

  private static void decodeStream(byte[] input) {
    ResponsesStreamDecoder decoder = new ResponsesStreamDecoder();
    List<StreamEvent> events = new ArrayList<>();
    SseParser parser = new SseParser(f -> decoder.decode(f, events::add));
    parser.feed(input);
    parser.close();
    decoder.end(events::add);
    assertThat(decoder.finished()).isTrue();
    assertThat(events).last().isInstanceOfAny(StreamEvent.Finish.class, StreamEvent.Error.class);
    StringBuilder out = new StringBuilder();
    ResponsesStreamEncoder encoder = new ResponsesStreamEncoder(null);
    events.forEach(e -> encoder.encode(e, out));
  }

  /** Deletes a few characters, inserts a JSON token of another type, or inserts a random character. */
  private static byte[] mutate(byte[] seed, Random random) {
    String text = new String(seed, StandardCharsets.UTF_8);
    String[] tokens = {"null", "1", "\"x\"", "[]", "{}", "true", "-0.5e9"};
    for (int i = random.nextInt(3) + 1; i > 0; i--) {
      int at = random.nextInt(Math.max(1, text.length()));
      switch (random.nextInt(3)) {
        case 0 -> text = text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(8)));
        case 1 -> text = text.substring(0, at) + tokens[random.nextInt(tokens.length)] + text.substring(at);
        default -> text = text.substring(0, at) + (char) random.nextInt(128) + text.substring(at);
      }
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
