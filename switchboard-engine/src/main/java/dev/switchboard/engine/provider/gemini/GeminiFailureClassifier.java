package dev.switchboard.engine.provider.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.engine.provider.FailureClassifier;
import dev.switchboard.engine.provider.UpstreamAnswer;
import dev.switchboard.engine.resilience.FailureKind;
import dev.switchboard.engine.upstream.GoDuration;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.switchboard.translate.Json;
import java.time.Duration;
import java.util.Optional;

/**
 * Gemini's failures (ai.google.dev "Troubleshooting"): 429 {@code RESOURCE_EXHAUSTED} is a rate
 * limit, even when its message speaks of quota; the wait is {@code google.rpc.RetryInfo.retryDelay}
 * in the body's {@code details} (Gemini sends no rate-limit headers). An invalid API key comes back
 * as 400 {@code INVALID_ARGUMENT} with reason {@code API_KEY_INVALID}: that is an auth failure.
 */
final class GeminiFailureClassifier implements FailureClassifier {

  @Override
  public FailureKind classify(UpstreamAnswer answer) {
    String status = rpcStatus(answer);
    if (answer.status() == 429 || "RESOURCE_EXHAUSTED".equals(status)) {
      return FailureKind.RATE_LIMITED;
    }
    if (answer.status() == 400 && answer.rawBody().contains("API_KEY_INVALID")) {
      return FailureKind.AUTH;
    }
    if (answer.status() == 400 && "FAILED_PRECONDITION".equals(status)) {
      // billing not enabled or region not served for this key's project: another credential may work
      return FailureKind.AUTH;
    }
    return FailureClassifier.byStatus(answer);
  }

  @Override
  public Optional<Duration> retryAfter(UpstreamAnswer answer) {
    JsonNode details = error(answer).path("details");
    for (JsonNode d : details) {
      if (d.path("@type").asText("").endsWith("google.rpc.RetryInfo")) {
        Optional<Duration> delay = GoDuration.parse(d.path("retryDelay").asText(null));
        if (delay.isPresent()) {
          return delay;
        }
      }
    }
    return FailureClassifier.super.retryAfter(answer);
  }

  private static String rpcStatus(UpstreamAnswer answer) {
    return error(answer).path("status").asText("");
  }

  private static JsonNode error(UpstreamAnswer answer) {
    JsonNode root = Json.parseOrNull(answer.rawBody());
    if (root != null && root.isArray() && !root.isEmpty()) {
      root = root.get(0);
    }
    return root == null ? MissingNode.getInstance() : root.path("error");
  }
}
