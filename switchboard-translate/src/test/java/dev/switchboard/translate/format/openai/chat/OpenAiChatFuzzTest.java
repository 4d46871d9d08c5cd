package dev.switchboard.translate.format.openai.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.format.TranslationException;
import dev.switchboard.translate.sse.SseParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Jazzer fuzz tests for the Chat decoders: any input either decodes or raises
 * {@link TranslationException}; the stream decoder never throws and always ends in Finish or
 * Error. Under plain {@code mvn verify} they run in regression mode over the seed inputs in
 * {@code OpenAiChatFuzzTestInputs/}; set {@code JAZZER_FUZZ=1} to fuzz.
 */
class OpenAiChatFuzzTest {

  @FuzzTest(maxDuration = "10s")
  void requestDecoder(byte[] input) {
    JsonNode body = parse(input);
    if (body == null) {
      return;
    }
    try {
      new OpenAiChatRequestDecoder().decode(body);
    } catch (TranslationException expected) {
      assertThat(expected.error().status()).isEqualTo(400);
    }
  }

  @FuzzTest(maxDuration = "10s")
  void responseDecoder(byte[] input) {
    JsonNode body = parse(input);
    if (body == null) {
      return;
    }
    try {
      new OpenAiChatResponseDecoder().decode(body);
    } catch (TranslationException expected) {
      assertThat(expected.error()).isNotNull();
    }
  }

  @FuzzTest(maxDuration = "10s")
  void streamDecoder(byte[] input) {
    OpenAiChatStreamDecoder decoder = new OpenAiChatStreamDecoder();
    List<StreamEvent> events = new ArrayList<>();
    SseParser parser = new SseParser(frame -> decoder.decode(frame, events::add));
    parser.feed(input);
    parser.close();
    decoder.end(events::add);
    assertThat(decoder.finished()).isTrue();
    assertThat(events).isNotEmpty();
    assertThat(events.get(events.size() - 1))
        .isInstanceOfAny(StreamEvent.Finish.class, StreamEvent.Error.class);
  }

  @FuzzTest(maxDuration = "10s")
  void errorDecoder(byte[] input) {
    JsonNode body = parse(input);
    assertThat(new OpenAiChatErrorCodec().decode(input.length % 600, body)).isNotNull();
  }

  private static JsonNode parse(byte[] input) {
    try {
      return Json.parse(input);
    } catch (IOException | RuntimeException notJson) {
      return null;
    }
  }
}
