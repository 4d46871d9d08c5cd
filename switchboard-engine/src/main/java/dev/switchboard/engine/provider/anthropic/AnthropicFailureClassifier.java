package dev.switchboard.engine.provider.anthropic;

import dev.switchboard.engine.provider.FailureClassifier;
import dev.switchboard.engine.provider.UpstreamAnswer;
import dev.switchboard.engine.resilience.FailureKind;
import java.util.Locale;

/**
 * Anthropic's failures (docs.anthropic.com "Errors"): 529 {@code overloaded_error} is an overload,
 * 402 {@code billing_error} an exhausted quota, 413 an invalid request. Waits come from
 * {@code retry-after} and the {@code anthropic-ratelimit-*-reset} instants (the defaults).
 */
final class AnthropicFailureClassifier implements FailureClassifier {

  @Override
  public FailureKind classify(UpstreamAnswer answer) {
    if (answer.status() == 529) {
      return FailureKind.OVERLOADED;
    }
    if (answer.status() == 400 && answer.decoded() != null && answer.decoded().message() != null
        && answer.decoded().message().toLowerCase(Locale.ROOT).contains("credit balance is too low")) {
      // Anthropic reports an empty prepaid balance as a 400 invalid_request_error
      // ("Your credit balance is too low to access the Anthropic API"): the key, not the request, is at fault
      return FailureKind.QUOTA_EXHAUSTED;
    }
    return FailureClassifier.byStatus(answer);
  }
}
