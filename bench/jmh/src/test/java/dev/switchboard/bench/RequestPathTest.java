package dev.switchboard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.format.Format;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class RequestPathTest {

  @Test
  void chatToAnthropicCarriesTheWholeConversation() throws IOException {
    JsonNode out = Json.parse(new RequestPath(Format.OPENAI_CHAT, Format.ANTHROPIC_MESSAGES, "claude-sonnet-4-5")
        .translate(Fixtures.requestBytes(Format.OPENAI_CHAT)));
    assertThat(out.path("model").asText()).isEqualTo("claude-sonnet-4-5");
    assertThat(out.path("system").toString()).contains("Fjord");
    assertThat(out.path("tools")).hasSize(2);
    // nine turns after the system prompt; the two tool results and the last user turn merge into one
    assertThat(out.path("messages")).hasSize(7);
  }

  @Test
  void identityRewritesOnlyTheModel() throws IOException {
    byte[] in = Fixtures.requestBytes(Format.OPENAI_CHAT);
    JsonNode out = Json.parse(new RequestPath(Format.OPENAI_CHAT, Format.OPENAI_CHAT, "gpt-4o-2024-08-06").translate(in));
    JsonNode expected = Json.parse(in);
    ((ObjectNode) expected).put("model", "gpt-4o-2024-08-06");
    assertThat(out).isEqualTo(expected);
  }

  @Test
  void fixturesAreAboutTwoKilobytes() {
    for (Format f : new Format[] {Format.OPENAI_CHAT, Format.ANTHROPIC_MESSAGES, Format.OPENAI_RESPONSES}) {
      assertThat(Fixtures.requestBytes(f).length).as("%s", f).isBetween(2_000, 2_600);
    }
  }
}
