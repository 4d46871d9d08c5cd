package dev.switchboard.translate.format.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.FinishReason;
import dev.switchboard.translate.canonical.Message;
import dev.switchboard.translate.canonical.Part;
import dev.switchboard.translate.canonical.Role;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.canonical.Usage;
import dev.switchboard.translate.format.FormatCodecs;
import dev.switchboard.translate.format.StreamEncoder;
import dev.switchboard.translate.sse.SseFrame;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One test per known translation bug of wire-formats.md §14 that applies to Gemini. */
class GeminiRegressionTest {

  private static final FormatCodecs CODECS = GeminiCodecs.create();
  private static final Set<String> GEMINI_FINISH = Set.of("FINISH_REASON_UNSPECIFIED", "STOP",
      "MAX_TOKENS", "SAFETY", "RECITATION", "LANGUAGE", "OTHER", "BLOCKLIST", "PROHIBITED_CONTENT",
      "SPII", "MALFORMED_FUNCTION_CALL", "IMAGE_SAFETY", "UNEXPECTED_TOOL_CALL", "TOO_MANY_TOOL_CALLS");

  private static List<StreamEvent> stream(String sse) {
    return GeminiFixtures.decodeStream(sse.getBytes(StandardCharsets.UTF_8), CODECS.streamDecoders().apply(null));
  }

  private static String frame(String json) {
    return "data: " + json + "\r\n\r\n";
  }

  // §14 #5 BerriAI/litellm#16893: the thought signature must survive streaming and be replayed.
  @Test
  void thoughtSignatureSurvivesStreamingAndIsReplayed() {
    List<StreamEvent> events = GeminiFixtures.decodeStream(
        GeminiFixtures.bytes("stream-function-call", "stream.sse"), CODECS.streamDecoders().apply(null));
    StreamEvent.ToolCallStart first = (StreamEvent.ToolCallStart) events.get(1);
    assertThat(first.signature()).isEqualTo("CiQBVKhc7rTmFkZV91cF90aG91Z2h0X3NpZ25hdHVyZV9nZW1pbmk=");
    assertThat(first.signatureFormat()).isEqualTo(GeminiCodecs.FORMAT);
    Part.ToolCall call = new Part.ToolCall(first.id(), first.name(), "{\"city\":\"Bergen\"}",
        first.signature(), first.signatureFormat());
    ObjectNode body = CODECS.requestEncoder().encode(request(
        Message.text(Role.USER, "Weather?"), new Message(Role.ASSISTANT, List.of(call)),
        new Message(Role.TOOL, List.of(new Part.ToolResult(call.id(), null, List.of(new Part.Text("11 C")), false)))));
    assertThat(body.at("/contents/1/parts/0/thoughtSignature").asText()).isEqualTo(first.signature());
  }

  // §14 #6 BerriAI/litellm#16188: parallel calls in different chunks need distinct indexes.
  @Test
  void callsInSeparateChunksGetDistinctIndexes() {
    List<StreamEvent> events = GeminiFixtures.decodeStream(
        GeminiFixtures.bytes("stream-function-call", "stream.sse"), CODECS.streamDecoders().apply(null));
    assertThat(events.stream().filter(e -> e instanceof StreamEvent.ToolCallStart)
        .map(e -> ((StreamEvent.ToolCallStart) e).index())).containsExactly(0, 1);
  }

  // §14 #7 BerriAI/litellm PR #11558: several functionCall parts in one chunk get distinct indexes.
  @Test
  void callsInOneChunkGetDistinctIndexes() {
    List<StreamEvent> events = GeminiFixtures.decodeStream(
        GeminiFixtures.bytes("stream-parallel-one-chunk", "stream.sse"), CODECS.streamDecoders().apply(null));
    assertThat(events.stream().filter(e -> e instanceof StreamEvent.ToolCallStart)
        .map(e -> ((StreamEvent.ToolCallStart) e).index())).containsExactly(0, 1, 2);
    assertThat(events.stream().filter(e -> e instanceof StreamEvent.ToolCallDelta)
        .map(e -> ((StreamEvent.ToolCallDelta) e).index())).containsExactly(0, 1, 2);
  }

  // §14 #8 BerriAI/litellm#10768: MAX_TOKENS is a length stop, in responses and in streams.
  @Test
  void maxTokensIsLength() {
    assertThat(CODECS.responseDecoder().decode(GeminiFixtures.json("response-max-tokens", "response.json"))
        .finishReason()).isEqualTo(FinishReason.LENGTH);
    List<StreamEvent> events = stream(frame(
        "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"a\"}]},\"finishReason\":\"MAX_TOKENS\"}],"
            + "\"usageMetadata\":{\"promptTokenCount\":1,\"candidatesTokenCount\":1}}"));
    assertThat(events.get(events.size() - 1)).isEqualTo(new StreamEvent.Finish(FinishReason.LENGTH, Usage.of(1, 1)));
    assertThat(GeminiFinishReasons.encode(FinishReason.LENGTH)).isEqualTo("MAX_TOKENS");
  }

  // §14 #12 songquanpeng/one-api#1299 and §7: the relayed stream ends with a legal finishReason.
  @Test
  void encodedStreamEndsWithLegalFinishReason() {
    for (FinishReason reason : EnumSet.allOf(FinishReason.class)) {
      StreamEncoder encoder = CODECS.streamEncoders().apply(null);
      StringBuilder out = new StringBuilder();
      encoder.encode(new StreamEvent.Start("id", "m", 0, null), out);
      encoder.encode(new StreamEvent.TextDelta("hi"), out);
      encoder.encode(new StreamEvent.Finish(reason, Usage.of(3, 2)), out);
      List<SseFrame> frames = GeminiFixtures.frames(out.toString());
      JsonNode last = Json.parseOrNull(frames.get(frames.size() - 1).data());
      assertThat(GEMINI_FINISH).contains(last.at("/candidates/0/finishReason").asText());
      assertThat(last.at("/usageMetadata/totalTokenCount").asLong()).isEqualTo(5);
    }
  }

  // §14 #17 router-for-me/CLIProxyAPI#3622 and §6.1 #1: no role "system" in contents; every system
  // message survives (leading ones as systemInstruction, later ones as user text).
  @Test
  void midConversationSystemBecomesUserText() {
    ObjectNode body = CODECS.requestEncoder().encode(request(
        Message.text(Role.SYSTEM, "first"), Message.text(Role.SYSTEM, "second"),
        Message.text(Role.USER, "hi"), Message.text(Role.ASSISTANT, "hello"),
        Message.text(Role.SYSTEM, "be formal now"), Message.text(Role.USER, "bye")));
    assertThat(body.at("/systemInstruction/parts").size()).isEqualTo(2);
    body.get("contents").forEach(c -> assertThat(c.get("role").asText()).isIn("user", "model"));
    assertThat(body.at("/contents/2/parts/0/text").asText()).isEqualTo("be formal now");
    assertThat(body.at("/contents/2/parts/1/text").asText()).isEqualTo("bye");
    assertThat(body.get("contents").size()).isEqualTo(3);
  }

  // §14 #18 su-kaka/gcli2api PR #407 (and #16, #19): STOP in a later part-less chunk after calls
  // still ends with TOOL_CALLS.
  @Test
  void stopAfterCallsInLaterChunkIsToolCalls() {
    List<StreamEvent> events = GeminiFixtures.decodeStream(
        GeminiFixtures.bytes("stream-function-call", "stream.sse"), CODECS.streamDecoders().apply(null));
    assertThat(((StreamEvent.Finish) events.get(events.size() - 1)).reason()).isEqualTo(FinishReason.TOOL_CALLS);
  }

  // §14 #20 openclaw/openclaw#97994 (Gemini form): with no terminator, a stream without any
  // finishReason was cut and must end in an Error, never a clean Finish.
  @Test
  void streamWithoutFinishReasonIsAnError() {
    List<StreamEvent> events = stream(frame("{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"a\"}]}}]}"));
    assertThat(events.get(events.size() - 1)).isInstanceOf(StreamEvent.Error.class);
    assertThat(events).noneMatch(e -> e instanceof StreamEvent.Finish);
  }

  // §12: Gemini SDKs accept only data lines: no [DONE], no event:, no comments, nothing on keepalive.
  @Test
  void streamEncoderWritesOnlyDataLines() {
    StreamEncoder encoder = CODECS.streamEncoders().apply(null);
    StringBuilder out = new StringBuilder();
    encoder.keepalive(out);
    assertThat(out).isEmpty();
    encoder.encode(new StreamEvent.Start("id", "m", 0, null), out);
    encoder.keepalive(out);
    encoder.encode(new StreamEvent.TextDelta("hi"), out);
    encoder.keepalive(out);
    encoder.encode(new StreamEvent.Finish(FinishReason.STOP, null), out);
    for (String line : out.toString().split("\n")) {
      assertThat(line.isEmpty() || line.startsWith("data: {")).as(line).isTrue();
    }
    assertThat(out.toString()).doesNotContain("[DONE]");
  }

  // §6.1 #6: never replay another vendor's signature; Gemini 3 needs one on the first call of a step.
  @Test
  void foreignSignatureIsReplacedByTheDummy() {
    Part.ToolCall call = new Part.ToolCall("toolu_1", "f", "{}", "anthropic-sig", dev.switchboard.translate.format.Format.ANTHROPIC_MESSAGES);
    ObjectNode body = CODECS.requestEncoder().encode(request(
        Message.text(Role.USER, "go"), new Message(Role.ASSISTANT, List.of(call))));
    assertThat(body.toString()).doesNotContain("anthropic-sig");
    assertThat(body.at("/contents/1/parts/0/thoughtSignature").asText())
        .isEqualTo(GeminiContentsEncoder.DUMMY_SIGNATURE);
  }

  private static ChatRequest request(Message... messages) {
    return new ChatRequest("gemini-3-pro-preview", List.of(messages), null, null, null, null, null, null,
        null, null, null);
  }
}
