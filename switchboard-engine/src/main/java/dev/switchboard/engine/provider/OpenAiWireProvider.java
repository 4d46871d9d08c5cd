package dev.switchboard.engine.provider;

import dev.switchboard.engine.config.ProviderConfig;
import dev.switchboard.engine.config.WireApi;
import dev.switchboard.engine.credential.Credential;
import dev.switchboard.translate.format.Format;
import java.util.Map;

/**
 * A provider spoken to with OpenAI's API (Chat Completions or Responses, by {@code wire-api}),
 * authenticated with a bearer token. {@code base-url} includes the version path, as in OpenAI's SDKs.
 */
public class OpenAiWireProvider extends HttpProviderBase {


  public OpenAiWireProvider(ProviderConfig config, String baseUrl) {
    super(config, baseUrl, new OpenAiFailureClassifier());
  }

  @Override
  public Format format() {
    return config().wireApi() == WireApi.RESPONSES ? Format.OPENAI_RESPONSES : Format.OPENAI_CHAT;
  }

  @Override
  public String url(String upstreamModel, Mode mode) {
    return baseUrl() + (config().wireApi() == WireApi.RESPONSES ? "/responses" : "/chat/completions");
  }

  @Override
  public void authorize(Map<String, String> headers, Credential credential, Map<String, String> clientHeaders) {
    if (credential.secret() != null && !credential.secret().isEmpty()) {
      headers.put("authorization", "Bearer " + credential.secret());
    }
    String beta = clientHeaders.get("openai-beta");
    if (beta != null) {
      headers.put("openai-beta", beta);
    }
  }
}
