package dev.switchboard.server.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.testkit.RecordedRequest;
import dev.switchboard.testkit.WireReplies;
import dev.switchboard.translate.Json;
import java.util.ArrayList;
import java.util.List;

/** An {@code openai} upstream with {@code wire-api: responses} (wire-formats.md §3.1). */
final class ResponsesUpstreamCheck implements UpstreamCheck {

  @Override
  public void endpoint(RecordedRequest r, MatrixCase c) {
    assertThat(r.path()).isEqualTo("/v1/responses");
    assertThat(r.header("authorization")).isEqualTo("Bearer " + c.upstream().credential());
    UpstreamCheck.noClientKey(r);
    assertThat(r.json().path("model").asText()).isEqualTo(c.upstream().model());
    assertThat(r.json().path("stream").asBoolean(false)).isEqualTo(c.delivery().streamed());
  }

  @Override
  public void system(JsonNode body) {
    if (body.hasNonNull("instructions")) {
      assertThat(body.get("instructions").asText()).isEqualTo(Ask.SYSTEM);
      return;
    }
    JsonNode first = body.path("input").path(0);
    assertThat(first.path("role").asText()).isIn("system", "developer");
    assertThat(UpstreamCheck.text(first.path("content"))).isEqualTo(Ask.SYSTEM);
  }

  @Override
  public void maxTokens(JsonNode body) {
    assertThat(body.path("max_output_tokens").asLong()).isEqualTo(Ask.MAX_TOKENS);
  }

  @Override
  public void tools(JsonNode body) {
    JsonNode tool = body.path("tools").path(0);
    assertThat(tool.path("type").asText()).isEqualTo("function");
    assertThat(tool.path("name").asText()).as("flat tool name").isEqualTo(Ask.TOOL);
    assertThat(tool.path("parameters").path("properties").has("city")).isTrue();
  }

  @Override
  public void images(JsonNode body) {
    List<String> urls = new ArrayList<>();
    for (JsonNode item : body.path("input")) {
      for (JsonNode p : item.path("content")) {
        if ("input_image".equals(p.path("type").asText())) {
          urls.add(p.path("image_url").asText());
        }
      }
    }
    assertThat(urls).containsExactly("data:" + Ask.IMAGE_MEDIA_TYPE + ";base64," + Ask.IMAGE_BASE64, Ask.IMAGE_URL);
  }

  @Override
  public void reasoning(JsonNode body, ClientKind client) {
    assertThat(body.path("reasoning").path("effort").asText()).isEqualTo(UpstreamCheck.effort(client));
  }

  @Override
  public void toolHistory(JsonNode body) {
    JsonNode call = null;
    JsonNode output = null;
    for (JsonNode item : body.path("input")) {
      if ("function_call".equals(item.path("type").asText())) {
        call = item;
      } else if ("function_call_output".equals(item.path("type").asText())) {
        output = item;
      }
    }
    assertThat(call).as("function_call item").isNotNull();
    assertThat(output).as("function_call_output item").isNotNull();
    assertThat(call.path("name").asText()).isEqualTo(Ask.TOOL);
    assertThat(UpstreamCheck.arguments(call.path("arguments"))).isEqualTo(Json.parseOrNull(WireReplies.TOOL_ARGUMENTS));
    assertThat(output.path("call_id").asText()).isNotEmpty().isEqualTo(call.path("call_id").asText());
    assertThat(UpstreamCheck.text(output.path("output"))).contains(Ask.TOOL_RESULT);
  }
}
