package dev.switchboard.engine.provider.anthropic;

import dev.switchboard.engine.config.ProviderConfig;
import dev.switchboard.engine.credential.Credential;
import dev.switchboard.engine.provider.HttpProviderBase;
import dev.switchboard.translate.format.Format;
import java.util.Map;

/**
 * Anthropic's Messages API: {@code POST {base}/v1/messages} with {@code x-api-key} and
 * {@code anthropic-version} (the client's own version and betas are kept when it speaks Anthropic).
 */
final class AnthropicProvider extends HttpProviderBase {

  /** The API version sent when the client did not name one (docs.anthropic.com, "Versions"). */
  static final String DEFAULT_VERSION = "2023-06-01";


  AnthropicProvider(ProviderConfig config, String baseUrl) {
    super(config, baseUrl, new AnthropicFailureClassifier());
  }

  @Override
  public Format format() {
    return Format.ANTHROPIC_MESSAGES;
  }

  @Override
  public String url(String upstreamModel, Mode mode) {
    return baseUrl() + "/v1/messages";
  }

  @Override
  public void authorize(Map<String, String> headers, Credential credential, Map<String, String> clientHeaders) {
    if (credential.secret() != null && !credential.secret().isEmpty()) {
      headers.put("x-api-key", credential.secret());
    }
    headers.put("anthropic-version", clientHeaders.getOrDefault("anthropic-version", DEFAULT_VERSION));
    String beta = clientHeaders.get("anthropic-beta");
    if (beta != null) {
      headers.put("anthropic-beta", beta);
    }
  }
}
