package dev.switchboard.translate.format.openai.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.ChatResponse;
import dev.switchboard.translate.canonical.Message;
import dev.switchboard.translate.canonical.Part;
import dev.switchboard.translate.canonical.Reasoning;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.canonical.StreamMode;
import dev.switchboard.translate.canonical.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * wire -> canonical -> wire -> canonical keeps meaning. Differences that are intended are
 * normalized away first: the upstream request always asks for stream usage, carries no provider
 * signatures and only an effort (no budget); a stream re-encoded with usage reports zero usage
 * when none was known; an error keeps its message.
 */
class OpenAiChatRoundTripTest {

  static Stream<String> requestCases() {
    return OpenAiChatFixtureTest.requestCases();
  }

  static Stream<String> responseCases() {
    return OpenAiChatFixtureTest.responseCases();
  }

  static Stream<String> streamCases() {
    return OpenAiChatFixtureTest.streamCases();
  }

  @ParameterizedTest
  @MethodSource("requestCases")
  void requestKeepsMeaning(String name) {
    ChatRequest first = new OpenAiChatRequestDecoder().decode(Fixtures.json(name, "request.json"));
    ChatRequest second = new OpenAiChatRequestDecoder().decode(
        new OpenAiChatRequestEncoder().encode(first));
    assertThat(CanonicalText.request(normalize(second)))
        .isEqualTo(CanonicalText.request(normalize(first)));
  }

  @ParameterizedTest
  @MethodSource("responseCases")
  void responseKeepsMeaning(String name) {
    ChatResponse first = new OpenAiChatResponseDecoder().decode(Fixtures.json(name, "response.json"));
    ChatResponse second = new OpenAiChatResponseDecoder().decode(
        new OpenAiChatResponseEncoder().encode(first));
    assertThat(CanonicalText.response(second)).isEqualTo(CanonicalText.response(
        new ChatResponse(first.id(), first.model(), first.created(), first.content(),
            first.finishReason(), first.usage() == null ? Usage.ZERO : first.usage())));
  }

  @ParameterizedTest
  @MethodSource("streamCases")
  void streamKeepsMeaning(String name) {
    List<StreamEvent> first = Fixtures.decode(Fixtures.frames(Fixtures.bytes(name, "stream.sse")));
    String sse = OpenAiChatStreamEncoderTest.encode(StreamMode.ON_WITH_USAGE, first);
    List<StreamEvent> second = Fixtures.decode(OpenAiChatStreamEncoderTest.frames(sse));
    assertThat(normalize(second)).isEqualTo(normalize(first));
  }

  private static ChatRequest normalize(ChatRequest r) {
    List<Message> messages = new ArrayList<>();
    for (Message m : r.messages()) {
      List<Part> parts = new ArrayList<>();
      for (Part p : m.parts()) {
        if (p instanceof Part.Thinking t) {
          if (!t.text().isEmpty()) {
            parts.add(new Part.Thinking(t.text()));
          }
        } else if (p instanceof Part.ToolCall c) {
          parts.add(new Part.ToolCall(c.id(), c.name(), c.arguments()));
        } else {
          parts.add(p);
        }
      }
      messages.add(new Message(m.role(), mergeThinking(parts)));
    }
    Reasoning reasoning = r.reasoning() == null ? null
        : new Reasoning(r.reasoning().effectiveEffort(), null, null);
    return new ChatRequest(r.model(), messages, r.tools(), r.toolChoice(), r.parallelToolCalls(),
        r.sampling(), r.responseFormat(), reasoning,
        r.streaming() ? StreamMode.ON_WITH_USAGE : StreamMode.OFF, r.user(), r.extra());
  }

  /** reasoning_content joins every thinking part of a turn into one text. */
  private static List<Part> mergeThinking(List<Part> parts) {
    StringBuilder text = new StringBuilder();
    List<Part> rest = new ArrayList<>();
    for (Part p : parts) {
      if (p instanceof Part.Thinking t) {
        text.append(t.text());
      } else {
        rest.add(p);
      }
    }
    if (text.length() > 0) {
      rest.add(0, new Part.Thinking(text.toString()));
    }
    return rest;
  }

  private static List<String> normalize(List<StreamEvent> events) {
    List<String> out = new ArrayList<>();
    for (StreamEvent e : events) {
      if (e instanceof StreamEvent.UsageReport) {
        continue;
      }
      if (e instanceof StreamEvent.Finish f) {
        out.add(new StreamEvent.Finish(f.reason(), f.usage() == null ? Usage.ZERO : f.usage())
            .toString());
      } else if (e instanceof StreamEvent.Error err) {
        out.add("Error " + err.error().message());
      } else {
        out.add(e.toString());
      }
    }
    return out;
  }
}
