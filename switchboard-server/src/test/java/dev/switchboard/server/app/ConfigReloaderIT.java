package dev.switchboard.server.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.engine.config.ConfigLoader;
import dev.switchboard.engine.provider.ProviderRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hot reload: a valid change applies without dropping requests in flight; an invalid one is rejected. */
class ConfigReloaderIT {

  private static final String BASE = """
      server: { host: 127.0.0.1, port: 0 }
      client-keys: [ { key: sk-ok, name: ok } ]
      providers:
        - id: slow
          type: mock
          models: [ { name: slow-model } ]
          mock: { latency: 100ms, chunks: 10, text: "one two three four five six seven eight nine ten" }
      """;
  private static final String EXTRA = """
        - id: added
          type: mock
          models: [ { name: new-model } ]
          mock: { latency: 0ms, text: "I am new." }
      """;

  @TempDir
  Path dir;

  private SwitchboardServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private HttpResponse<String> ask(String model, boolean stream) throws Exception {
    return askAsync(model, stream).get(20, TimeUnit.SECONDS);
  }

  private CompletableFuture<HttpResponse<String>> askAsync(String model, boolean stream) {
    String body = "{\"model\":\"" + model + "\",\"stream\":" + stream + ",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
    return http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/v1/chat/completions"))
        .header("Authorization", "Bearer sk-ok").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aValidChangeAppliesWithoutDroppingStreamsInFlightAndAnInvalidOneKeepsTheOldConfig() throws Exception {
    Path file = dir.resolve("switchboard.yaml");
    Files.writeString(file, BASE);
    ConfigLoader loader = new ConfigLoader(ProviderRegistry.builtIns().names());
    server = SwitchboardServer.start(loader.load(file));
    ConfigReloader reloader = new ConfigReloader(server, file, loader);
    reloader.watch(Duration.ofMillis(100));

    assertThat(ask("new-model", false).statusCode()).isEqualTo(404);
    CompletableFuture<HttpResponse<String>> inFlight = askAsync("slow-model", true);
    Thread.sleep(300);
    Files.writeString(file, BASE + EXTRA);
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> ask("new-model", false).statusCode() == 200);

    HttpResponse<String> streamed = inFlight.get(20, TimeUnit.SECONDS);
    assertThat(streamed.statusCode()).isEqualTo(200);
    assertThat(streamed.body()).contains("ten").contains("[DONE]");

    Files.writeString(file, BASE + EXTRA + "  - { id: broken, type: nonsense }\n");
    ConfigReloader.Result r = reloader.reload().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    assertThat(r.status()).isEqualTo(ConfigReloader.Result.Status.REJECTED);
    assertThat(r.message()).contains("switchboard.yaml").contains("nonsense");
    assertThat(ask("new-model", false).statusCode()).isEqualTo(200);

    Files.writeString(file, BASE + EXTRA);
    assertThat(reloader.reload().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).status())
        .isEqualTo(ConfigReloader.Result.Status.UNCHANGED);
  }
}
