package dev.switchboard.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.Translators;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.format.Format;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Loads the benchmark fixtures from this module's {@code bench/} resources. Request bodies are
 * re-serialised compactly, as SDKs send them, so the parser sees wire-sized input (about 2.3 KB:
 * a system prompt, nine turns, two tools and a parallel tool round trip).
 */
public final class Fixtures {

  private Fixtures() {}

  /** The request body a client of {@code format} sends, as compact JSON bytes. */
  public static byte[] requestBytes(Format format) {
    try {
      return Json.writeBytes(Json.parse(resource(requestName(format))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The decoded form of {@link #requestBytes}, as the gateway holds it while a stream runs. */
  public static ChatRequest request(Format format) {
    try {
      ObjectNode body = (ObjectNode) Json.parse(requestBytes(format));
      return Translators.codecs(format).requestDecoder().decode(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The frames that open an upstream stream of {@code format}, before the first benchmarked chunk. */
  public static byte[] streamOpening(Format format) {
    return resource(streamName(format) + "-stream-open.sse");
  }

  /** One text delta frame of an upstream stream of {@code format}, byte-exact as the provider sends it. */
  public static byte[] streamDelta(Format format) {
    return resource(streamName(format) + "-stream-delta.sse");
  }

  /** The routing config (20 providers) as YAML text. */
  public static String routingConfig() {
    return new String(resource("routing-config.yaml"), StandardCharsets.UTF_8);
  }

  private static String requestName(Format format) {
    return switch (format) {
      case OPENAI_CHAT -> "chat-request.json";
      case OPENAI_RESPONSES -> "responses-request.json";
      case ANTHROPIC_MESSAGES -> "anthropic-request.json";
      case GEMINI -> throw new IllegalArgumentException("no Gemini client fixture: Gemini is benchmarked as an upstream");
    };
  }

  private static String streamName(Format format) {
    return switch (format) {
      case OPENAI_CHAT -> "chat";
      case ANTHROPIC_MESSAGES -> "anthropic";
      case GEMINI -> "gemini";
      case OPENAI_RESPONSES -> throw new IllegalArgumentException("no Responses upstream stream fixture");
    };
  }

  private static byte[] resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/bench/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing benchmark fixture bench/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
