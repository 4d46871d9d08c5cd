package dev.switchboard.translate.format.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.ChatResponse;
import dev.switchboard.translate.format.FormatCodecs;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * wire → canonical → wire → canonical keeps meaning: the second canonical form equals the first
 * where the first pass needs no normalisation, and the wire form is a fixed point after one pass
 * everywhere (hoisting, merging and trimming happen once and then change nothing).
 */
class AnthropicRoundTripTest {

  private final FormatCodecs codecs = AnthropicCodecs.create();

  static Stream<String> requests() {
    return Fixtures.casesWith("request.json");
  }

  static Stream<String> responses() {
    return Fixtures.casesWith("response.json");
  }

  private ChatRequest twice(ChatRequest r) {
    return codecs.requestDecoder().decode(codecs.requestEncoder().encode(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {"request-tool-result-thinking", "request-structured-output"})
  void requestsKeepTheirCanonicalForm(String c) {
    ChatRequest once = codecs.requestDecoder().decode(Fixtures.json(c, "request.json"));
    assertThat(CanonicalPrinter.request(twice(once))).isEqualTo(CanonicalPrinter.request(once));
  }

  @ParameterizedTest
  @MethodSource("requests")
  void requestWireIsAFixedPointAfterOnePass(String c) {
    ChatRequest once = codecs.requestDecoder().decode(Fixtures.json(c, "request.json"));
    JsonNode wire = codecs.requestEncoder().encode(once);
    assertThat(codecs.requestEncoder().encode(twice(once))).isEqualTo(wire);
  }

  @ParameterizedTest
  @MethodSource("responses")
  void responsesKeepTheirCanonicalForm(String c) {
    ChatResponse once = codecs.responseDecoder().decode(Fixtures.json(c, "response.json"));
    ChatResponse again = codecs.responseDecoder().decode(codecs.responseEncoder().encode(once));
    assertThat(CanonicalPrinter.response(again)).isEqualTo(CanonicalPrinter.response(once));
  }
}
