package dev.switchboard.translate.format.openai.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.canonical.ChatResponse;
import dev.switchboard.translate.canonical.FinishReason;
import dev.switchboard.translate.canonical.Part;
import dev.switchboard.translate.canonical.Usage;
import dev.switchboard.translate.format.Format;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenAiChatResponseEncoderTest {

  private final OpenAiChatResponseEncoder encoder = new OpenAiChatResponseEncoder();

  @Test
  void hasEveryFieldOpenAiJavaRequires() {
    ObjectNode body = encoder.encode(new ChatResponse("chatcmpl-1", "gpt", 1767225600,
        List.of(new Part.Text("hello")), FinishReason.STOP,
        new Usage(100, 20, 60, 10, 5, false)));
    assertThat(body.get("id").asText()).isEqualTo("chatcmpl-1");
    assertThat(body.get("object").asText()).isEqualTo("chat.completion");
    assertThat(body.get("created").asLong()).isEqualTo(1767225600);
    assertThat(body.get("model").asText()).isEqualTo("gpt");
    JsonNode choice = body.at("/choices/0");
    assertThat(choice.get("index").asInt()).isZero();
    assertThat(choice.has("logprobs") && choice.get("logprobs").isNull()).isTrue();
    assertThat(choice.get("finish_reason").asText()).isEqualTo("stop");
    JsonNode message = choice.get("message");
    assertThat(message.get("role").asText()).isEqualTo("assistant");
    assertThat(message.get("content").asText()).isEqualTo("hello");
    assertThat(message.has("refusal") && message.get("refusal").isNull()).isTrue();
    JsonNode usage = body.get("usage");
    assertThat(usage.get("prompt_tokens").asLong()).isEqualTo(100);
    assertThat(usage.get("completion_tokens").asLong()).isEqualTo(20);
    assertThat(usage.get("total_tokens").asLong()).isEqualTo(120);
    assertThat(usage.at("/prompt_tokens_details/cached_tokens").asLong()).isEqualTo(60);
    assertThat(usage.at("/completion_tokens_details/reasoning_tokens").asLong()).isEqualTo(5);
  }

  @Test
  void fillsIdCreatedAndUsageWhenMissing() {
    ObjectNode body = encoder.encode(new ChatResponse(null, null, 0, List.of(), null, null));
    assertThat(body.get("id").asText()).startsWith("chatcmpl-");
    assertThat(body.get("created").asLong()).isPositive();
    assertThat(body.get("model").isTextual()).isTrue();
    assertThat(body.at("/choices/0/message/content").asText()).isEmpty();
    assertThat(body.at("/usage/total_tokens").asLong()).isZero();
  }

  @Test
  void toolCallsGiveNullContentAndCarryReplayableSignatures() {
    ObjectNode body = encoder.encode(new ChatResponse("id", "m", 1, List.of(
        new Part.Thinking("plan", "antsig", Format.ANTHROPIC_MESSAGES, null),
        new Part.Thinking("", null, Format.ANTHROPIC_MESSAGES, "redacted-bytes"),
        new Part.Thinking("resp-thoughts", "enc", Format.OPENAI_RESPONSES, null),
        new Part.ToolCall("c1", "f", "{}", "gsig", Format.GEMINI)),
        FinishReason.TOOL_CALLS, Usage.of(1, 1)));
    JsonNode message = body.at("/choices/0/message");
    assertThat(message.get("content").isNull()).isTrue();
    assertThat(message.get("reasoning_content").asText()).isEqualTo("planresp-thoughts");
    assertThat(message.get("thinking_blocks")).hasSize(2);
    assertThat(message.at("/thinking_blocks/0/signature").asText()).isEqualTo("antsig");
    assertThat(message.at("/thinking_blocks/1/type").asText()).isEqualTo("redacted_thinking");
    assertThat(message.at("/tool_calls/0/extra_content/google/thought_signature").asText())
        .isEqualTo("gsig");
    assertThat(body.at("/choices/0/finish_reason").asText()).isEqualTo("tool_calls");
  }

  @ParameterizedTest
  @CsvSource({
      "STOP,false,stop", "STOP_SEQUENCE,false,stop", "PAUSE,false,stop", "LENGTH,false,length",
      "CONTENT_FILTER,false,content_filter", "TOOL_CALLS,true,tool_calls",
      "TOOL_CALLS,false,stop", "STOP,true,tool_calls", "LENGTH,true,length"})
  void mapsFinishReasonsToOpenAiValuesOnly(FinishReason reason, boolean toolCall, String wire) {
    List<Part> content = toolCall ? List.of(new Part.ToolCall("c", "f", "{}"))
        : List.of(new Part.Text("x"));
    ObjectNode body = encoder.encode(new ChatResponse("id", "m", 1, content, reason, null));
    assertThat(body.at("/choices/0/finish_reason").asText()).isEqualTo(wire);
  }
}
