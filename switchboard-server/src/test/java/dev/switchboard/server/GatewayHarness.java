package dev.switchboard.server;

import dev.switchboard.engine.config.ConfigLoader;
import dev.switchboard.engine.config.SwitchboardConfig;
import dev.switchboard.engine.provider.ProviderRegistry;
import dev.switchboard.server.app.SwitchboardServer;
import dev.switchboard.testkit.FakeUpstream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The real server on a free loopback port, configured from YAML in which {@code ${UPSTREAM}}
 * stands for the fake upstream's base URL ({@code http://127.0.0.1:PORT}), plus a raw HTTP client.
 * Without a {@code server:} section the server listens on 127.0.0.1 port 0 (a free port); without a
 * {@code store:} section it uses a throwaway store ({@code sqlite::memory:}).
 */
public final class GatewayHarness implements AutoCloseable {

  public final FakeUpstream upstream;
  public final SwitchboardServer server;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private GatewayHarness(FakeUpstream upstream, SwitchboardServer server) {
    this.upstream = upstream;
    this.server = server;
  }

  public static GatewayHarness start(String yaml) throws Exception {
    FakeUpstream fake = FakeUpstream.start();
    try {
      SwitchboardConfig cfg = config(yaml, fake);
      return new GatewayHarness(fake, SwitchboardServer.start(cfg));
    } catch (Exception e) {
      fake.close();
      throw e;
    }
  }

  public static SwitchboardConfig config(String yaml, FakeUpstream fake) {
    String text = yaml.replace("${UPSTREAM}", "http://127.0.0.1:" + fake.port());
    text = text.contains("server:") ? text : "server: { host: 127.0.0.1, port: 0 }\n" + text;
    text = text.contains("store:") ? text : "store: { url: \"sqlite::memory:\" }\n" + text;
    return new ConfigLoader(ProviderRegistry.builtIns().names()).parse(text, Path.of("test.yaml"), Map.of());
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  public HttpResponse<String> post(String path, String body, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(20))
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> delete(String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(20)).DELETE();
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(20)).GET();
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() throws Exception {
    server.close();
    upstream.close();
  }
}
