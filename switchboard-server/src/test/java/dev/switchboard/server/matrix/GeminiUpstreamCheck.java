package dev.switchboard.server.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.testkit.RecordedRequest;
import dev.switchboard.testkit.WireReplies;
import dev.switchboard.translate.Json;

/** A {@code gemini} upstream (wire-formats.md §5.1): x-goog-api-key, model in the path, camelCase. */
final class GeminiUpstreamCheck implements UpstreamCheck {

  @Override
  public void endpoint(RecordedRequest r, MatrixCase c) {
    String base = "/v1beta/models/" + c.upstream().model();
    if (c.delivery().streamed()) {
      assertThat(r.path()).isEqualTo(base + ":streamGenerateContent");
      assertThat(r.uri()).endsWith("?alt=sse");
    } else {
      assertThat(r.path()).isEqualTo(base + ":generateContent");
    }
    assertThat(r.header("x-goog-api-key")).isEqualTo(c.upstream().credential());
    assertThat(r.header("authorization")).isNull();
    UpstreamCheck.noClientKey(r);
    assertThat(r.json().has("model")).as("no model field in a Gemini body").isFalse();
  }

  @Override
  public void system(JsonNode body) {
    assertThat(UpstreamCheck.text(body.path("systemInstruction").path("parts"))).isEqualTo(Ask.SYSTEM);
    for (JsonNode c : body.path("contents")) {
      assertThat(c.path("role").asText()).isIn("user", "model");
    }
  }

  @Override
  public void maxTokens(JsonNode body) {
    assertThat(body.path("generationConfig").path("maxOutputTokens").asLong()).isEqualTo(Ask.MAX_TOKENS);
  }

  @Override
  public void tools(JsonNode body) {
    JsonNode decl = body.path("tools").path(0).path("functionDeclarations").path(0);
    assertThat(decl.path("name").asText()).isEqualTo(Ask.TOOL);
    JsonNode params = decl.has("parametersJsonSchema") ? decl.get("parametersJsonSchema") : decl.path("parameters");
    assertThat(params.path("properties").has("city")).isTrue();
  }

  @Override
  public void images(JsonNode body) {
    JsonNode inline = null;
    JsonNode file = null;
    for (JsonNode c : body.path("contents")) {
      for (JsonNode p : c.path("parts")) {
        inline = p.has("inlineData") ? p.get("inlineData") : inline;
        file = p.has("fileData") ? p.get("fileData") : file;
      }
    }
    assertThat(inline).isEqualTo(Json.object().put("mimeType", Ask.IMAGE_MEDIA_TYPE).put("data", Ask.IMAGE_BASE64));
    assertThat(file).as("fileData").isNotNull();
    assertThat(file.path("fileUri").asText()).isEqualTo(Ask.IMAGE_URL);
    assertThat(file.path("mimeType").asText()).isEqualTo(Ask.IMAGE_MEDIA_TYPE);
  }

  @Override
  public void reasoning(JsonNode body, ClientKind client) {
    JsonNode t = body.path("generationConfig").path("thinkingConfig");
    assertThat(t.path("thinkingBudget").asInt()).isEqualTo(UpstreamCheck.budget(client));
    assertThat(t.path("includeThoughts").asBoolean()).as("includeThoughts").isTrue();
  }

  @Override
  public void toolHistory(JsonNode body) {
    JsonNode contents = body.path("contents");
    int at = -1;
    for (int i = 0; i < contents.size(); i++) {
      for (JsonNode p : contents.get(i).path("parts")) {
        if (p.has("functionCall")) {
          at = i;
        }
      }
    }
    assertThat(at).as("model content with a functionCall").isGreaterThanOrEqualTo(0);
    assertThat(contents.get(at).path("role").asText()).isEqualTo("model");
    JsonNode call = null;
    for (JsonNode p : contents.get(at).path("parts")) {
      call = p.has("functionCall") ? p.get("functionCall") : call;
    }
    assertThat(call.path("name").asText()).isEqualTo(Ask.TOOL);
    assertThat(call.path("args")).isEqualTo(Json.parseOrNull(WireReplies.TOOL_ARGUMENTS));
    JsonNode next = contents.path(at + 1);
    assertThat(next.path("role").asText()).isEqualTo("user");
    JsonNode response = next.path("parts").path(0).path("functionResponse");
    assertThat(response.path("name").asText()).isEqualTo(Ask.TOOL);
    assertThat(Json.write(response.path("response"))).contains(Ask.TOOL_RESULT);
    if (call.has("id") && response.has("id")) {
      assertThat(response.get("id")).isEqualTo(call.get("id"));
    }
  }
}
