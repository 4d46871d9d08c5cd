package dev.switchboard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.translate.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A small client of the gateway's admin API over {@code java.net.http}: sends the admin key as a
 * bearer token and returns the JSON answer, or fails with one sentence (the gateway's own error
 * message when it gave one).
 */
final class AdminClient {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final String base;
  private final String adminKey;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  AdminClient(String url, String adminKey) {
    this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    this.adminKey = adminKey;
  }

  JsonNode get(String path) {
    return send(request(path).GET());
  }

  JsonNode post(String path, JsonNode body) {
    return send(request(path).header("content-type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : Json.write(body))));
  }

  JsonNode delete(String path) {
    return send(request(path).DELETE());
  }

  private HttpRequest.Builder request(String path) {
    try {
      return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
          .header("authorization", "Bearer " + adminKey);
    } catch (IllegalArgumentException e) {
      throw new UsageProblem("--url is not a valid URL: " + base);
    }
  }

  private JsonNode send(HttpRequest.Builder b) {
    HttpRequest req = b.build();
    HttpResponse<String> resp;
    try {
      resp = http.send(req, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AdminCallFailed("cannot reach the gateway at " + base + " (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); is it running? set --url or SWITCHBOARD_URL");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AdminCallFailed("interrupted");
    }
    JsonNode body = Json.parseOrNull(resp.body());
    if (resp.statusCode() / 100 != 2) {
      String message = body == null ? null : body.at("/error/message").asText(null);
      throw new AdminCallFailed(req.method() + " " + req.uri().getPath() + " failed with HTTP " + resp.statusCode()
          + (message == null ? "" : ": " + message));
    }
    if (body == null) {
      throw new AdminCallFailed(req.uri() + " did not answer JSON; is --url a Switchboard gateway?");
    }
    return body;
  }
}
