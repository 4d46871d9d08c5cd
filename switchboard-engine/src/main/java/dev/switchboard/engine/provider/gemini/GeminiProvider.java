package dev.switchboard.engine.provider.gemini;

import dev.switchboard.engine.config.ProviderConfig;
import dev.switchboard.engine.credential.Credential;
import dev.switchboard.engine.provider.HttpProviderBase;
import dev.switchboard.translate.format.Format;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The Gemini API: {@code POST {base}/v1beta/models/{model}:generateContent}, or
 * {@code :streamGenerateContent?alt=sse} for streams, with {@code x-goog-api-key}.
 */
final class GeminiProvider extends HttpProviderBase {


  GeminiProvider(ProviderConfig config, String baseUrl) {
    super(config, baseUrl, new GeminiFailureClassifier());
  }

  @Override
  public Format format() {
    return Format.GEMINI;
  }

  @Override
  public String url(String upstreamModel, Mode mode) {
    String model = upstreamModel.startsWith("models/") ? upstreamModel.substring(7) : upstreamModel;
    String path = baseUrl() + "/v1beta/models/" + URLEncoder.encode(model, StandardCharsets.UTF_8);
    return mode == Mode.STREAM ? path + ":streamGenerateContent?alt=sse" : path + ":generateContent";
  }

  @Override
  public void authorize(Map<String, String> headers, Credential credential, Map<String, String> clientHeaders) {
    if (credential.secret() != null && !credential.secret().isEmpty()) {
      headers.put("x-goog-api-key", credential.secret());
    }
  }
}
