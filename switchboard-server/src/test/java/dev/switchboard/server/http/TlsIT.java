package dev.switchboard.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.engine.config.ConfigLoader;
import dev.switchboard.engine.provider.ProviderRegistry;
import dev.switchboard.server.app.SwitchboardServer;
import io.vertx.core.net.SelfSignedCertificate;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

/** {@code server.tls}: the gateway serves HTTPS with the configured PEM certificate and key. */
class TlsIT {

  @Test
  void servesHttpsWithTheConfiguredCertificate() throws Exception {
    SelfSignedCertificate cert = SelfSignedCertificate.create("localhost");
    String yaml = """
        server: { host: 127.0.0.1, port: 0, tls: { cert: "%s", key: "%s" } }
        client-keys: [ { key: sk-ok, name: ok } ]
        providers: [ { id: local, type: mock, models: [ { name: m } ] } ]
        """.formatted(cert.certificatePath(), cert.privateKeyPath());
    var config = new ConfigLoader(ProviderRegistry.builtIns().names()).parse(yaml, Path.of("tls.yaml"), Map.of());
    try (SwitchboardServer server = SwitchboardServer.start(config)) {
      SSLContext ssl = SSLContext.getInstance("TLS");
      ssl.init(null, new TrustManager[] {new TrustingManager()}, null);
      HttpClient http = HttpClient.newBuilder().sslContext(ssl).build();
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("https://localhost:" + server.port() + "/v1/chat/completions"))
          .header("Authorization", "Bearer sk-ok")
          .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).contains("chat.completion");
      assertThat(r.sslSession()).isPresent();
    } finally {
      cert.delete();
    }
  }

  /** Trusts the test's self-signed certificate. */
  private static final class TrustingManager implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
