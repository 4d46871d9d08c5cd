package dev.switchboard.engine.provider;

import dev.switchboard.engine.resilience.FailureKind;

/**
 * OpenAI's failures (wire-formats.md §10.2): a 429 whose type or code is {@code insufficient_quota}
 * is an exhausted quota, not a transient limit (langchain-ai/langchainjs#1929); other 429s are rate
 * limits. {@code x-should-retry: false} marks an error the upstream knows is permanent.
 */
public final class OpenAiFailureClassifier implements FailureClassifier {

  @Override
  public FailureKind classify(UpstreamAnswer answer) {
    if (answer.status() == 429) {
      boolean quota = answer.decoded() != null
          && ("insufficient_quota".equals(answer.decoded().code())
          || FailureKind.of(answer.decoded().type()) == FailureKind.QUOTA_EXHAUSTED);
      return quota || answer.rawBody().contains("\"insufficient_quota\"")
          ? FailureKind.QUOTA_EXHAUSTED : FailureKind.RATE_LIMITED;
    }
    FailureKind kind = FailureClassifier.byStatus(answer);
    if ((kind == FailureKind.SERVER || kind == FailureKind.OVERLOADED)
        && "false".equalsIgnoreCase(answer.header("x-should-retry"))) {
      // OpenAI and Anthropic SDKs honour x-should-retry first (_base_client.py _should_retry)
      return FailureKind.INVALID_REQUEST;
    }
    return kind;
  }
}
