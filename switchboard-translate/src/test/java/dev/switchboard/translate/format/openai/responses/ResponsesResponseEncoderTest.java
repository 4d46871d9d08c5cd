package dev.switchboard.translate.format.openai.responses;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.translate.canonical.ChatResponse;
import dev.switchboard.translate.canonical.FinishReason;
import dev.switchboard.translate.canonical.Part;
import dev.switchboard.translate.canonical.Usage;
import dev.switchboard.translate.format.Format;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponsesResponseEncoderTest {

  private final ResponsesResponseEncoder encoder = new ResponsesResponseEncoder();

  @Test
  void carriesEveryFieldOpenAiJavaRequires() {
    JsonNode r = encoder.encode(new ChatResponse("chatcmpl-9x", "gpt-4o", 1767225600,
        List.of(new Part.Text("hi")), FinishReason.STOP, Usage.of(3, 1)));

    assertThat(r.fieldNames()).toIterable().contains("id", "object", "created_at", "model", "output",
        "parallel_tool_calls", "tool_choice", "tools", "status", "error", "incomplete_details",
        "instructions", "metadata", "temperature", "top_p", "usage");
    assertThat(r.get("id").asText()).isEqualTo("resp_chatcmpl9x");
    assertThat(r.get("object").asText()).isEqualTo("response");
    assertThat(r.get("status").asText()).isEqualTo("completed");
    JsonNode message = r.get("output").get(0);
    assertThat(message.get("id").asText()).startsWith("msg_");
    assertThat(message.get("content").get(0).get("annotations").isArray()).isTrue();
  }

  @Test
  void usageFollowsTheOneDefinitionWithCacheWriteTokens() {
    JsonNode usage = encoder.encode(new ChatResponse("x", "m", 1, List.of(), FinishReason.STOP,
        new Usage(1000, 300, 600, 100, 200, false))).get("usage");

    assertThat(usage.get("input_tokens").asLong()).isEqualTo(1000);
    assertThat(usage.get("input_tokens_details").get("cached_tokens").asLong()).isEqualTo(600);
    assertThat(usage.get("input_tokens_details").get("cache_write_tokens").asLong()).isEqualTo(100);
    assertThat(usage.get("output_tokens").asLong()).isEqualTo(300);
    assertThat(usage.get("output_tokens_details").get("reasoning_tokens").asLong()).isEqualTo(200);
    assertThat(usage.get("total_tokens").asLong()).isEqualTo(1300);
  }

  @Test
  void otherFormatsThinkingIsASummaryWithoutTheirSignature() {
    JsonNode output = encoder.encode(new ChatResponse("msg_01", "claude", 1, List.of(
        new Part.Thinking("pondering", "sig-abc", Format.ANTHROPIC_MESSAGES, null),
        new Part.Text("answer"), new Part.ToolCall("toolu_1", "f", "{}")),
        FinishReason.TOOL_CALLS, null)).get("output");

    assertThat(output.get(0).get("type").asText()).isEqualTo("reasoning");
    assertThat(output.get(0).get("summary").get(0).get("text").asText()).isEqualTo("pondering");
    assertThat(output.get(0).has("encrypted_content")).isFalse();
    assertThat(output.toString()).doesNotContain("sig-abc");
    assertThat(output.get(2).get("call_id").asText()).isEqualTo("toolu_1");
    assertThat(output.get(2).get("id").asText()).isEqualTo("fc_toolu_1");
  }

  @Test
  void contentFilterIsIncomplete() {
    JsonNode r = encoder.encode(new ChatResponse("x", "m", 1, List.of(new Part.Text("no")),
        FinishReason.CONTENT_FILTER, null));

    assertThat(r.get("status").asText()).isEqualTo("incomplete");
    assertThat(r.get("incomplete_details").get("reason").asText()).isEqualTo("content_filter");
  }
}
