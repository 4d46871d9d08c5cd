package dev.switchboard.server.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.testkit.RecordedRequest;
import dev.switchboard.testkit.WireReplies;
import dev.switchboard.translate.Json;
import java.util.ArrayList;
import java.util.List;

/** An {@code openai-compatible} Chat Completions upstream (wire-formats.md §2.1). */
final class ChatUpstreamCheck implements UpstreamCheck {

  @Override
  public void endpoint(RecordedRequest r, MatrixCase c) {
    assertThat(r.path()).isEqualTo("/v1/chat/completions");
    assertThat(r.header("authorization")).isEqualTo("Bearer " + c.upstream().credential());
    UpstreamCheck.noClientKey(r);
    JsonNode body = r.json();
    assertThat(body.path("model").asText()).isEqualTo(c.upstream().model());
    if (c.delivery().streamed()) {
      assertThat(body.path("stream").asBoolean()).isTrue();
      assertThat(body.path("stream_options").path("include_usage").asBoolean()).as("include_usage").isTrue();
    } else {
      assertThat(body.path("stream").asBoolean(false)).isFalse();
    }
  }

  @Override
  public void system(JsonNode body) {
    JsonNode first = body.path("messages").path(0);
    assertThat(first.path("role").asText()).isIn("system", "developer");
    assertThat(UpstreamCheck.text(first.path("content"))).isEqualTo(Ask.SYSTEM);
  }

  @Override
  public void maxTokens(JsonNode body) {
    JsonNode max = body.has("max_completion_tokens") ? body.get("max_completion_tokens") : body.path("max_tokens");
    assertThat(max.asLong()).as("max tokens").isEqualTo(Ask.MAX_TOKENS);
  }

  @Override
  public void tools(JsonNode body) {
    JsonNode tool = body.path("tools").path(0);
    assertThat(tool.path("type").asText()).isEqualTo("function");
    assertThat(tool.path("function").path("name").asText()).isEqualTo(Ask.TOOL);
    assertThat(tool.path("function").path("parameters").path("properties").has("city")).isTrue();
  }

  @Override
  public void images(JsonNode body) {
    List<String> urls = new ArrayList<>();
    for (JsonNode m : body.path("messages")) {
      for (JsonNode p : m.path("content")) {
        if ("image_url".equals(p.path("type").asText())) {
          urls.add(p.path("image_url").path("url").asText());
        }
      }
    }
    assertThat(urls).containsExactly("data:" + Ask.IMAGE_MEDIA_TYPE + ";base64," + Ask.IMAGE_BASE64, Ask.IMAGE_URL);
  }

  @Override
  public void reasoning(JsonNode body, ClientKind client) {
    assertThat(body.path("reasoning_effort").asText()).isEqualTo(UpstreamCheck.effort(client));
  }

  @Override
  public void toolHistory(JsonNode body) {
    JsonNode messages = body.path("messages");
    int at = -1;
    for (int i = 0; i < messages.size(); i++) {
      if (messages.get(i).has("tool_calls")) {
        at = i;
      }
    }
    assertThat(at).as("assistant message with tool_calls").isGreaterThanOrEqualTo(0);
    JsonNode call = messages.get(at).path("tool_calls").path(0);
    assertThat(call.path("function").path("name").asText()).isEqualTo(Ask.TOOL);
    assertThat(UpstreamCheck.arguments(call.path("function").path("arguments")))
        .isEqualTo(Json.parseOrNull(WireReplies.TOOL_ARGUMENTS));
    JsonNode result = messages.path(at + 1);
    assertThat(result.path("role").asText()).isEqualTo("tool");
    assertThat(result.path("tool_call_id").asText()).isNotEmpty().isEqualTo(call.path("id").asText());
    assertThat(UpstreamCheck.text(result.path("content"))).contains(Ask.TOOL_RESULT);
  }
}
