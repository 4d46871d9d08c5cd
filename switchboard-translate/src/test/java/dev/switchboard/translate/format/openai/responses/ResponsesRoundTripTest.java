package dev.switchboard.translate.format.openai.responses;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.ChatResponse;
import dev.switchboard.translate.canonical.Message;
import dev.switchboard.translate.canonical.Part;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.canonical.Tool;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wire → canonical → wire → canonical keeps meaning: the second decoding equals the first, up to
 * what the encoders change on purpose: the request's {@code extra} (what the gateway does not
 * forward), an unset {@code strict} sent as false, reasoning that cannot be replayed without its
 * encrypted content, and error kinds narrowed to OpenAI's codes (the message is kept).
 */
class ResponsesRoundTripTest {

  static Stream<String> requests() {
    return FixtureCases.withFile("request.json");
  }

  static Stream<String> responses() {
    return FixtureCases.withFile("response.json");
  }

  static Stream<String> streams() {
    return FixtureCases.withFile("stream.sse");
  }

  @ParameterizedTest
  @MethodSource("requests")
  void request(String name) {
    ChatRequest first = new ResponsesRequestDecoder().decode(FixtureCases.json(name, "request.json"));
    ChatRequest second = new ResponsesRequestDecoder().decode(new ResponsesRequestEncoder().encode(first));

    assertThat(normalized(second)).isEqualTo(normalized(first));
  }

  @ParameterizedTest
  @MethodSource("responses")
  void response(String name) {
    ChatResponse first = new ResponsesResponseDecoder().decode(FixtureCases.json(name, "response.json"));
    ChatResponse second = new ResponsesResponseDecoder().decode(new ResponsesResponseEncoder().encode(first));

    assertThat(second).isEqualTo(first);
  }

  @ParameterizedTest
  @MethodSource("streams")
  void stream(String name) {
    List<StreamEvent> first = StreamFrames.decode(FixtureCases.bytes(name, "stream.sse"));
    String encoded = StreamFrames.encode(first, null);
    List<StreamEvent> second = StreamFrames.decode(encoded.getBytes(StandardCharsets.UTF_8));

    // an error before any Start: the encoder opens the response it fails
    List<StreamEvent> expected = first.get(0) instanceof StreamEvent.Start ? first
        : Stream.concat(Stream.of(second.get(0)), first.stream()).toList();
    assertThat(second.stream().map(ResponsesRoundTripTest::errorMessage).toList())
        .isEqualTo(expected.stream().map(ResponsesRoundTripTest::errorMessage).toList());
  }

  private static Object errorMessage(StreamEvent e) {
    return e instanceof StreamEvent.Error err ? "Error: " + err.error().message() : e;
  }

  private static ChatRequest normalized(ChatRequest r) {
    List<Tool> tools = r.tools().stream().map(t -> new Tool(t.name(), t.description(), t.parameters(),
        Boolean.TRUE.equals(t.strict()))).toList();
    List<Message> messages = r.messages().stream().map(m -> new Message(m.role(), m.parts().stream()
        .filter(p -> !(p instanceof Part.Thinking th) || th.redacted() != null).toList())).toList();
    return new ChatRequest(r.model(), messages, tools, r.toolChoice(), r.parallelToolCalls(),
        r.sampling(), r.responseFormat(), r.reasoning(), r.stream(), r.user(), null);
  }
}
