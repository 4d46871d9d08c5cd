package dev.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.app.SwitchboardServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo as a user meets it: the bundled config, and the three curl commands of the banner run
 * exactly as printed (parsed from the banner text, sent with Java's HTTP client).
 */
class DemoIT {

  private static SwitchboardServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    server = SwitchboardServer.start(DemoCommand.demoConfig(0));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String base() {
    return "http://127.0.0.1:" + server.port();
  }

  /** Parses one banner curl line (URL, -H headers, -d body) and sends it. */
  private static HttpResponse<String> curl(String line) throws Exception {
    Matcher url = Pattern.compile("curl -sN? \"?(http[^\" ]+)\"?").matcher(line);
    assertThat(url.find()).as(line).isTrue();
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url.group(1)));
    Matcher h = Pattern.compile("-H \"([^:]+): ([^\"]+)\"").matcher(line);
    while (h.find()) {
      b.header(h.group(1), h.group(2));
    }
    Matcher d = Pattern.compile("-d '([^']+)'").matcher(line);
    assertThat(d.find()).isTrue();
    return HTTP.send(b.POST(HttpRequest.BodyPublishers.ofString(d.group(1))).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String bannerLine(String marker) {
    return DemoBanner.text(base(), DemoCommand.KEY).lines().filter(l -> l.contains(marker)).findFirst().orElseThrow();
  }

  @Test
  void theOpenAiCurlAnswers() throws Exception {
    HttpResponse<String> r = curl(bannerLine("/v1/chat/completions"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).contains("chat.completion").contains("demo-fast mock provider");
  }

  @Test
  void theAnthropicCurlAnswers() throws Exception {
    HttpResponse<String> r = curl(bannerLine("/v1/messages"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).contains("\"type\":\"message\"").contains("demo-smart");
  }

  /**
   * flaky-primary fails half of the time: its first failure makes steady-backup answer on a second
   * attempt. After three failures in a row its breaker opens, and steady-backup answers at once
   * (one attempt) while it cools down, so which of the two comes first is left to chance.
   */
  @Test
  void theGeminiCurlStreamsAndTheFallbackPairShowsBothProviders() throws Exception {
    boolean fellBack = false;
    for (int i = 0; i < 30 && !fellBack; i++) {
      HttpResponse<String> r = curl(bannerLine("streamGenerateContent"));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      assertThat(r.body()).startsWith("data: ").contains("\"role\":\"model\"");
      String provider = r.headers().firstValue("x-debug-provider").orElseThrow();
      String attempts = r.headers().firstValue("x-debug-attempts").orElseThrow();
      assertThat(provider).isIn("flaky-primary", "steady-backup");
      if (provider.equals("steady-backup")) {
        assertThat(r.body()).contains("fell back");
        assertThat(attempts).isIn("1", "2");
        fellBack = attempts.equals("2");
      }
    }
    assertThat(fellBack).as("steady-backup answered after flaky-primary failed (two attempts)").isTrue();
  }
}
