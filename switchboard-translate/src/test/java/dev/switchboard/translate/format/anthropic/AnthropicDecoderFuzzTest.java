package dev.switchboard.translate.format.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.ChatResponse;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.format.TranslationException;
import java.io.IOException;
import java.util.List;

/**
 * Fuzzes the decoders with arbitrary bytes: they either succeed or throw
 * {@link TranslationException} (never another exception), and whatever they accept re-encodes into
 * something they accept again. Streams always end in exactly one Finish or Error. Under plain
 * {@code mvn verify} this runs in regression mode over the seeds in
 * {@code AnthropicDecoderFuzzTestInputs/<method>/}.
 */
class AnthropicDecoderFuzzTest {

  private final AnthropicRequestDecoder requestDecoder = new AnthropicRequestDecoder();
  private final AnthropicRequestEncoder requestEncoder = new AnthropicRequestEncoder();
  private final AnthropicResponseDecoder responseDecoder = new AnthropicResponseDecoder();
  private final AnthropicResponseEncoder responseEncoder = new AnthropicResponseEncoder();

  private static JsonNode parse(byte[] data) {
    try {
      return Json.parse(data);
    } catch (IOException e) {
      return null;
    }
  }

  @FuzzTest(maxDuration = "30s")
  void requestDecoder(byte[] data) {
    JsonNode body = parse(data);
    ChatRequest request;
    try {
      request = requestDecoder.decode(body);
    } catch (TranslationException e) {
      assertThat(e.error().status()).isEqualTo(400);
      return;
    }
    ObjectNode encoded;
    try {
      encoded = requestEncoder.encode(request);
    } catch (TranslationException e) {
      return;
    }
    requestDecoder.decode(encoded);
  }

  @FuzzTest(maxDuration = "30s")
  void responseDecoder(byte[] data) {
    JsonNode body = parse(data);
    ChatResponse response;
    try {
      response = responseDecoder.decode(body);
    } catch (TranslationException e) {
      return;
    }
    responseDecoder.decode(responseEncoder.encode(response));
  }

  @FuzzTest(maxDuration = "30s")
  void streamDecoder(byte[] data) {
    List<StreamEvent> events = Streams.decode(data, 13);
    assertTerminatedOnce(events);
    assertTerminatedOnce(Streams.decode(Streams.encode(events)));
    new AnthropicErrorCodec().decode(500, parse(data));
  }

  private static void assertTerminatedOnce(List<StreamEvent> events) {
    assertThat(events).isNotEmpty();
    assertThat(events.get(events.size() - 1))
        .isInstanceOfAny(StreamEvent.Finish.class, StreamEvent.Error.class);
    assertThat(events).filteredOn(e -> e instanceof StreamEvent.Finish || e instanceof StreamEvent.Error)
        .hasSize(1);
  }
}
