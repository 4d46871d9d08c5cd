package dev.switchboard.engine.provider;

import dev.switchboard.engine.resilience.FailureKind;
import dev.switchboard.engine.upstream.RetryAfter;
import java.time.Duration;
import java.util.Optional;

/**
 * What a failed upstream answer means for the attempt loop: its {@link FailureKind} and how long
 * the upstream asked us to wait. The defaults are the rules every provider shares; provider types
 * override what their API does differently.
 */
public interface FailureClassifier {

  /** The kind of failure; by default from the status, then the decoded error's type. */
  default FailureKind classify(UpstreamAnswer answer) {
    return byStatus(answer);
  }

  /** The wait the upstream asked for; by default from the standard headers. */
  default Optional<Duration> retryAfter(UpstreamAnswer answer) {
    return RetryAfter.from(answer.headers(), answer.at());
  }

  /** The shared rules: 401/403 auth, 402 quota, 429 rate limit, 408/5xx server, other 4xx invalid. */
  static FailureKind byStatus(UpstreamAnswer answer) {
    int s = answer.status();
    return switch (s) {
      case 401, 403 -> FailureKind.AUTH;
      case 402 -> FailureKind.QUOTA_EXHAUSTED;
      case 429 -> answer.decoded() != null && FailureKind.of(answer.decoded().type()) == FailureKind.QUOTA_EXHAUSTED
          ? FailureKind.QUOTA_EXHAUSTED : FailureKind.RATE_LIMITED;
      case 408, 504 -> FailureKind.TIMEOUT;
      case 529, 503 -> FailureKind.OVERLOADED;
      // an upstream 404 usually means that provider lacks the model: another target may have it
      case 404 -> FailureKind.SERVER;
      default -> s >= 500 ? FailureKind.SERVER
          : s >= 400 ? FailureKind.INVALID_REQUEST
          : answer.decoded() != null ? FailureKind.of(answer.decoded().type()) : FailureKind.SERVER;
    };
  }
}
