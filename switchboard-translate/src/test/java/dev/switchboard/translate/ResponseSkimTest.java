package dev.switchboard.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.canonical.ChatResponse;
import dev.switchboard.translate.canonical.Usage;
import dev.switchboard.translate.format.Format;
import dev.switchboard.translate.format.ResponseDecoder;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class ResponseSkimTest {

  private static final Map<String, Format> DIRS = Map.of(
      "openai-chat", Format.OPENAI_CHAT,
      "openai-responses", Format.OPENAI_RESPONSES,
      "anthropic-messages", Format.ANTHROPIC_MESSAGES,
      "gemini", Format.GEMINI);

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void keepsOnlyTheNamedTopLevelFields() throws IOException {
    ObjectNode out = ResponseSkim.of(utf8("""
        {"id":"x","choices":[{"message":{"content":"usage","usage":{"prompt_tokens":99}}}],
         "usage":{"prompt_tokens":3,"completion_tokens":4},"model":"m"}"""), Set.of("usage", "absent"));

    assertThat(out.properties()).hasSize(1);
    assertThat(out.get("usage").get("prompt_tokens").asInt()).as("the top-level field, not a nested one").isEqualTo(3);
  }

  @Test
  void refusesWhatJsonParseRefuses() {
    for (String bad : List.of("", "[1,2]", "\"text\"", "{\"a\":1", "{\"a\":[1,2}", "{\"a\":1} {}", "{\"a\":tru}")) {
      assertThatThrownBy(() -> ResponseSkim.of(utf8(bad), Set.of("a"))).as(bad).isInstanceOf(IOException.class);
    }
  }

  @Test
  void anExplicitNullIsKept() throws IOException {
    assertThat(ResponseSkim.of(utf8("{\"usage\":null}"), Set.of("usage")).get("usage").isNull()).isTrue();
  }

  /** For every complete-response fixture: the usage read from a skim equals the usage of the full decode. */
  @TestFactory
  Stream<DynamicTest> skimmedUsageEqualsDecodedUsageForEveryResponseFixture() throws IOException, URISyntaxException {
    Path root = Path.of(ResponseSkimTest.class.getResource("/fixtures").toURI());
    List<Path> cases;
    try (Stream<Path> s = Files.walk(root, 2)) {
      cases = s.filter(p -> p.getFileName().toString().startsWith("response-"))
          .filter(p -> Files.exists(p.resolve("response.json")))
          .sorted().toList();
    }
    assertThat(cases).hasSizeGreaterThanOrEqualTo(10);
    return cases.stream().map(dir -> DynamicTest.dynamicTest(root.relativize(dir).toString(), () -> {
      Format format = DIRS.get(dir.getParent().getFileName().toString());
      ResponseDecoder decoder = Translators.codecs(format).responseDecoder();
      byte[] body = Files.readAllBytes(dir.resolve("response.json"));
      ChatResponse full = decoder.decode(Json.parse(body));
      Usage skimmed = decoder.usage(ResponseSkim.of(body, decoder.usageFields()));
      assertThat(skimmed).isEqualTo(full.usage());
    }));
  }
}
