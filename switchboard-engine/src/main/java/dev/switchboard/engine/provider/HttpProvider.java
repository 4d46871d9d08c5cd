package dev.switchboard.engine.provider;

import dev.switchboard.engine.credential.Credential;
import dev.switchboard.translate.format.Format;
import java.util.Map;

/**
 * A provider reached over HTTP: the format it speaks, its endpoint URLs, its authentication, and
 * (as a {@link FailureClassifier}) what its failed answers mean.
 */
public interface HttpProvider extends Provider, FailureClassifier {

  /** The wire format requests are encoded in for this provider. */
  Format format();

  /** The absolute URL of the generation endpoint for {@code upstreamModel}. */
  String url(String upstreamModel, Mode mode);

  /**
   * Adds authentication and required protocol headers for {@code credential} to {@code headers}.
   * {@code clientHeaders} are the client's request headers (lower-case names), from which a
   * provider may copy protocol headers of its own format (e.g. {@code anthropic-beta}).
   */
  void authorize(Map<String, String> headers, Credential credential, Map<String, String> clientHeaders);

  /** Streamed or complete generation. */
  enum Mode {
    COMPLETE,
    STREAM
  }
}
