package dev.switchboard.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.translate.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fake's default answers follow the request: format by path, tool call, reasoning, failure. */
class WireRepliesTest {

  private static RecordedRequest post(String path, String body) {
    return new RecordedRequest("POST", path, Map.of(), body);
  }

  private static JsonNode json(Reply r) {
    assertThat(r).isInstanceOf(Reply.Body.class);
    assertThat(((Reply.Body) r).status()).isEqualTo(200);
    return Json.parseOrNull(((Reply.Body) r).body());
  }

  @Test
  void chatAnswersWithAToolCallUntilTheResultIsThere() {
    String tools = "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"lookup\",\"parameters\":{}}}]";
    JsonNode call = json(WireReplies.answer(post("/v1/chat/completions",
        "{\"model\":\"m\"," + tools + ",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}")));
    assertThat(call.at("/choices/0/finish_reason").asText()).isEqualTo("tool_calls");
    assertThat(call.at("/choices/0/message/tool_calls/0/function/name").asText()).isEqualTo("lookup");

    JsonNode done = json(WireReplies.answer(post("/v1/chat/completions", "{\"model\":\"m\"," + tools
        + ",\"messages\":[{\"role\":\"tool\",\"tool_call_id\":\"c\",\"content\":\"x\"}]}")));
    assertThat(done.at("/choices/0/message/content").asText()).isEqualTo(WireReplies.AFTER_TOOL_TEXT);
  }

  @Test
  void anthropicThinksWhenAskedAndStreamsWithEventLines() {
    JsonNode m = json(WireReplies.answer(post("/v1/messages",
        "{\"model\":\"c\",\"max_tokens\":9,\"thinking\":{\"type\":\"enabled\",\"budget_tokens\":1024},\"messages\":[]}")));
    assertThat(m.at("/content/0/type").asText()).isEqualTo("thinking");
    assertThat(m.at("/content/0/signature").asText()).isEqualTo(WireReplies.ANTHROPIC_SIGNATURE);
    assertThat(m.at("/content/1/text").asText()).isEqualTo(WireReplies.TEXT);

    Reply s = WireReplies.answer(post("/v1/messages", "{\"model\":\"c\",\"stream\":true,\"messages\":[]}"));
    List<String> frames = ((Reply.Stream) s).frames();
    assertThat(frames.get(0)).startsWith("event: message_start\n");
    assertThat(frames.get(frames.size() - 1)).startsWith("event: message_stop\n");
  }

  @Test
  void geminiReadsTheModelAndStreamFromThePathAndNeverSendsDone() {
    Reply s = WireReplies.answer(post("/v1beta/models/g-1:streamGenerateContent?alt=sse", "{\"contents\":[]}"));
    List<String> frames = ((Reply.Stream) s).frames();
    assertThat(frames).allMatch(f -> f.startsWith("data: {") && f.endsWith("\r\n\r\n"));
    assertThat(frames.get(frames.size() - 1)).contains("\"finishReason\":\"STOP\"").contains("\"modelVersion\":\"g-1\"");
  }

  @Test
  void responsesStreamNumbersItsEventsAndEndsWithCompleted() {
    Reply s = WireReplies.answer(post("/v1/responses", "{\"model\":\"r\",\"stream\":true,\"input\":\"hi\"}"));
    List<String> frames = ((Reply.Stream) s).frames();
    for (int i = 0; i < frames.size(); i++) {
      assertThat(frames.get(i)).contains("\"sequence_number\":" + i);
    }
    assertThat(frames.get(frames.size() - 1)).startsWith("event: response.completed\n");
  }

  @Test
  void theFailMarkerGivesTheProvidersOwnErrorShapeAndStatus() {
    String body = "{\"contents\":[{\"parts\":[{\"text\":\"x " + WireReplies.failMarker(429) + "\"}]}]}";
    Reply.Body r = (Reply.Body) WireReplies.answer(post("/v1beta/models/g:generateContent", body));
    assertThat(r.status()).isEqualTo(429);
    assertThat(Json.parseOrNull(r.body()).at("/error/status").asText()).isEqualTo("RESOURCE_EXHAUSTED");

    Reply.Body a = (Reply.Body) WireReplies.answer(post("/v1/messages", "{\"messages\":\"" + WireReplies.failMarker(529) + "\"}"));
    assertThat(a.status()).isEqualTo(529);
    assertThat(Json.parseOrNull(a.body()).at("/error/type").asText()).isEqualTo("overloaded_error");
  }
}
