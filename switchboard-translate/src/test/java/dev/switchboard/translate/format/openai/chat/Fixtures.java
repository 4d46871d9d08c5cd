package dev.switchboard.translate.format.openai.chat;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Access to this format's fixture cases under {@code src/test/resources/fixtures/openai-chat}. */
final class Fixtures {

  static final String ROOT = "/fixtures/openai-chat/";

  private Fixtures() {}

  static Path dir() {
    URL url = Fixtures.class.getResource(ROOT);
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Case names whose directory holds {@code file}. */
  static Stream<String> casesWith(String file) {
    try (Stream<Path> dirs = Files.list(dir())) {
      return dirs.filter(d -> Files.exists(d.resolve(file)))
          .map(d -> d.getFileName().toString()).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(String caseName, String file) {
    try {
      return Files.readAllBytes(dir().resolve(caseName).resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(String caseName, String file) {
    try {
      return Json.parse(bytes(caseName, file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<SseFrame> frames(byte[] sse) {
    List<SseFrame> frames = new ArrayList<>();
    SseParser parser = new SseParser(frames::add);
    parser.feed(sse);
    parser.close();
    return frames;
  }

  /** Runs frames through a fresh decoder, then {@code end()}. */
  static List<StreamEvent> decode(List<SseFrame> frames) {
    StreamDecoder decoder = new OpenAiChatStreamDecoder();
    List<StreamEvent> events = new ArrayList<>();
    frames.forEach(f -> decoder.decode(f, events::add));
    decoder.end(events::add);
    return events;
  }
}
