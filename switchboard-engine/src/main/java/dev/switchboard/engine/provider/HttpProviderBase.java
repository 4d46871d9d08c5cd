package dev.switchboard.engine.provider;

import dev.switchboard.engine.config.ProviderConfig;
import dev.switchboard.engine.resilience.FailureKind;
import java.time.Duration;
import java.util.Optional;

/**
 * What every HTTP provider type shares: its config, its base URL without trailing slashes, and
 * the classifier that reads its failures. A type adds its format, endpoint paths and auth headers.
 */
public abstract class HttpProviderBase implements HttpProvider {

  private final ProviderConfig config;
  private final String baseUrl;
  private final FailureClassifier failures;

  protected HttpProviderBase(ProviderConfig config, String baseUrl, FailureClassifier failures) {
    this.config = config;
    this.baseUrl = BaseUrls.trimSlash(baseUrl);
    this.failures = failures;
  }

  @Override
  public final ProviderConfig config() {
    return config;
  }

  /** The base URL without trailing slashes, to append endpoint paths to. */
  protected final String baseUrl() {
    return baseUrl;
  }

  @Override
  public final FailureKind classify(UpstreamAnswer answer) {
    return failures.classify(answer);
  }

  @Override
  public final Optional<Duration> retryAfter(UpstreamAnswer answer) {
    return failures.retryAfter(answer);
  }
}
