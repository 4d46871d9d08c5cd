package dev.switchboard.server.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.testkit.RecordedRequest;
import dev.switchboard.testkit.WireReplies;
import dev.switchboard.translate.Json;
import java.util.ArrayList;
import java.util.List;

/** An {@code anthropic} upstream (wire-formats.md §4.1): x-api-key, top-level system, blocks. */
final class AnthropicUpstreamCheck implements UpstreamCheck {

  @Override
  public void endpoint(RecordedRequest r, MatrixCase c) {
    assertThat(r.path()).isEqualTo("/v1/messages");
    assertThat(r.header("x-api-key")).isEqualTo(c.upstream().credential());
    assertThat(r.header("anthropic-version")).isNotBlank();
    assertThat(r.header("authorization")).isNull();
    UpstreamCheck.noClientKey(r);
    assertThat(r.json().path("model").asText()).isEqualTo(c.upstream().model());
    assertThat(r.json().path("stream").asBoolean(false)).isEqualTo(c.delivery().streamed());
  }

  @Override
  public void system(JsonNode body) {
    assertThat(UpstreamCheck.text(body.path("system"))).isEqualTo(Ask.SYSTEM);
    for (JsonNode m : body.path("messages")) {
      assertThat(m.path("role").asText()).isIn("user", "assistant");
    }
  }

  @Override
  public void maxTokens(JsonNode body) {
    assertThat(body.path("max_tokens").asLong()).isEqualTo(Ask.MAX_TOKENS);
  }

  @Override
  public void tools(JsonNode body) {
    JsonNode tool = body.path("tools").path(0);
    assertThat(tool.path("name").asText()).isEqualTo(Ask.TOOL);
    assertThat(tool.path("input_schema").path("type").asText()).isEqualTo("object");
    assertThat(tool.path("input_schema").path("properties").has("city")).isTrue();
  }

  @Override
  public void images(JsonNode body) {
    List<JsonNode> sources = new ArrayList<>();
    for (JsonNode m : body.path("messages")) {
      for (JsonNode b : m.path("content")) {
        if ("image".equals(b.path("type").asText())) {
          sources.add(b.path("source"));
        }
      }
    }
    assertThat(sources).hasSize(2);
    assertThat(sources.get(0)).isEqualTo(Json.object().put("type", "base64")
        .put("media_type", Ask.IMAGE_MEDIA_TYPE).put("data", Ask.IMAGE_BASE64));
    assertThat(sources.get(1)).isEqualTo(Json.object().put("type", "url").put("url", Ask.IMAGE_URL));
  }

  @Override
  public void reasoning(JsonNode body, ClientKind client) {
    JsonNode thinking = body.path("thinking");
    assertThat(thinking.path("type").asText()).isEqualTo("enabled");
    int budget = thinking.path("budget_tokens").asInt();
    assertThat(budget).isEqualTo(UpstreamCheck.budget(client)).isGreaterThanOrEqualTo(1024)
        .isLessThan((int) body.path("max_tokens").asLong());
  }

  @Override
  public void toolHistory(JsonNode body) {
    JsonNode messages = body.path("messages");
    JsonNode use = null;
    JsonNode result = null;
    for (int i = 0; i < messages.size(); i++) {
      for (JsonNode b : messages.get(i).path("content")) {
        if ("tool_use".equals(b.path("type").asText())) {
          assertThat(messages.get(i).path("role").asText()).isEqualTo("assistant");
          use = b;
        } else if ("tool_result".equals(b.path("type").asText())) {
          assertThat(messages.get(i).path("role").asText()).isEqualTo("user");
          assertThat(messages.get(i).path("content").get(0)).as("tool_result first").isEqualTo(b);
          result = b;
        }
      }
    }
    assertThat(use).as("tool_use block").isNotNull();
    assertThat(result).as("tool_result block").isNotNull();
    assertThat(use.path("name").asText()).isEqualTo(Ask.TOOL);
    assertThat(use.path("input")).isEqualTo(Json.parseOrNull(WireReplies.TOOL_ARGUMENTS));
    assertThat(use.path("id").asText()).matches("^[a-zA-Z0-9_-]+$");
    assertThat(result.path("tool_use_id").asText()).isEqualTo(use.path("id").asText());
    assertThat(UpstreamCheck.text(result.path("content"))).contains(Ask.TOOL_RESULT);
  }
}
