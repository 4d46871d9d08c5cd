package dev.switchboard.translate.format.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.translate.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fixture cases under {@code fixtures/anthropic-messages/<case>/} on the test classpath, and
 * golden-file comparison. Run with {@code -Dfixtures.update=true} to rewrite expected files in
 * {@code src/test/resources} (then review the diff); without it a mismatch fails the test.
 */
final class Fixtures {

  static final String DIR = "fixtures/anthropic-messages";
  private static final Path SOURCE = Paths.get("src/test/resources").resolve(DIR);

  private Fixtures() {}

  /** Names of the case directories holding {@code file}. */
  static Stream<String> casesWith(String file) {
    try (Stream<Path> dirs = Files.list(root())) {
      List<String> names = dirs.filter(d -> Files.exists(d.resolve(file)))
          .map(d -> d.getFileName().toString()).sorted().toList();
      assertThat(names).as("cases with " + file).isNotEmpty();
      return names.stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean exists(String testCase, String file) {
    return Files.exists(root().resolve(testCase).resolve(file));
  }

  static byte[] bytes(String testCase, String file) {
    try {
      return Files.readAllBytes(root().resolve(testCase).resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String testCase, String file) {
    return new String(bytes(testCase, file), StandardCharsets.UTF_8);
  }

  static JsonNode json(String testCase, String file) {
    try {
      return Json.parse(bytes(testCase, file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compares {@code actual} with the expected file (text, trailing newline ignored). */
  static void assertGolden(String testCase, String file, String actual) {
    if (Boolean.getBoolean("fixtures.update")) {
      write(testCase, file, actual);
      return;
    }
    assertThat(actual.stripTrailing()).as(testCase + "/" + file)
        .isEqualTo(text(testCase, file).stripTrailing());
  }

  /** Compares {@code actual} with the expected JSON file by JSON equality (as text re-parsed). */
  static void assertGoldenJson(String testCase, String file, JsonNode actual) {
    if (Boolean.getBoolean("fixtures.update")) {
      write(testCase, file, pretty(actual));
      return;
    }
    assertThat(Json.parseOrNull(Json.write(actual))).as(testCase + "/" + file)
        .isEqualTo(json(testCase, file));
  }

  static String pretty(JsonNode node) {
    try {
      return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(String testCase, String file, String content) {
    try {
      Files.writeString(SOURCE.resolve(testCase).resolve(file), content.stripTrailing() + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path root() {
    URL url = Fixtures.class.getClassLoader().getResource(DIR);
    assertThat(url).as(DIR + " on the test classpath").isNotNull();
    try {
      return Paths.get(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
