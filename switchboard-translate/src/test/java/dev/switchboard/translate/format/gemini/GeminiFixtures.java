package dev.switchboard.translate.format.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.StreamEvent;
import dev.switchboard.translate.format.StreamDecoder;
import dev.switchboard.translate.sse.SseFrame;
import dev.switchboard.translate.sse.SseParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads the test fixtures under {@code fixtures/gemini/<case>/} from the test class path. */
final class GeminiFixtures {

  private GeminiFixtures() {}

  static Path root() {
    URL url = GeminiFixtures.class.getResource("/fixtures/gemini");
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The case directories whose name starts with {@code prefix}, sorted by name. */
  static Stream<String> cases(String prefix) {
    try (Stream<Path> dirs = Files.list(root())) {
      return dirs.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix)).sorted()
          .toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean exists(String name, String file) {
    return Files.exists(root().resolve(name).resolve(file));
  }

  static byte[] bytes(String name, String file) {
    try {
      return Files.readAllBytes(root().resolve(name).resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name, String file) {
    return new String(bytes(name, file), StandardCharsets.UTF_8);
  }

  static JsonNode json(String name, String file) {
    try {
      return Json.parse(bytes(name, file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON tree re-read from its text, so number node types match parsed fixtures. */
  static JsonNode reparsed(JsonNode node) {
    return Json.parseOrNull(Json.write(node));
  }

  /** Parses SSE bytes and runs them through {@code decoder}, ending the stream at the end. */
  static List<StreamEvent> decodeStream(byte[] sse, StreamDecoder decoder) {
    List<StreamEvent> events = new ArrayList<>();
    SseParser parser = new SseParser(frame -> decoder.decode(frame, events::add));
    parser.feed(sse);
    parser.close();
    decoder.end(events::add);
    return events;
  }

  /** The data of every frame of an SSE text. */
  static List<SseFrame> frames(String sse) {
    List<SseFrame> frames = new ArrayList<>();
    SseParser parser = new SseParser(frames::add);
    parser.feed(sse.getBytes(StandardCharsets.UTF_8));
    parser.close();
    return frames;
  }
}
