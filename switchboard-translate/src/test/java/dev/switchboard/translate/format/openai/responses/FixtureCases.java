package dev.switchboard.translate.format.openai.responses;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.switchboard.translate.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The fixture cases of this format under {@code fixtures/openai-responses/<case>/} on the test
 * classpath, and golden-file comparison. Run with {@code -Dfixtures.update=true} to rewrite the
 * expected files in {@code src/test/resources} from the current output (then review the diff).
 */
final class FixtureCases {

  static final ObjectMapper PRETTY = Json.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT);
  private static final String DIR = "fixtures/openai-responses";
  private static final boolean UPDATE = Boolean.getBoolean("fixtures.update");

  private FixtureCases() {}

  /** Names of the cases holding {@code file}, sorted. */
  static Stream<String> withFile(String file) {
    try (Stream<Path> dirs = Files.list(root())) {
      return dirs.filter(d -> Files.exists(d.resolve(file)))
          .map(d -> d.getFileName().toString()).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(String name, String file) {
    try {
      return Files.readAllBytes(root().resolve(name).resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(String name, String file) {
    try {
      return Json.parse(bytes(name, file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compares {@code actual} with the case's golden JSON file (or rewrites it in update mode). */
  static void assertGolden(String name, String file, JsonNode actual) {
    assertGoldenText(name, file, pretty(actual));
  }

  static void assertGoldenText(String name, String file, String actual) {
    if (UPDATE) {
      write(name, file, actual);
      return;
    }
    String expected = new String(bytes(name, file), StandardCharsets.UTF_8);
    assertThat(actual).as("%s/%s", name, file).isEqualTo(expected);
  }

  static String pretty(JsonNode node) {
    try {
      return PRETTY.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(String name, String file, String text) {
    try {
      Path dir = Path.of("src/test/resources", DIR, name);
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(file), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path root() {
    try {
      return Path.of(FixtureCases.class.getClassLoader().getResource(DIR).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
