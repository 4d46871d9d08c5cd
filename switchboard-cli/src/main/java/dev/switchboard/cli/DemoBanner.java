package dev.switchboard.cli;

/** What {@code switchboard demo} prints: the URL, the key, and one curl command per format. */
final class DemoBanner {

  private DemoBanner() {}

  static String text(String url, String key) {
    return """

        Switchboard demo is running at %1$s
        Client key: %2$s
        Models: demo-fast, demo-smart, demo-fallback (its first provider fails half of the time;
                add -H "x-debug: true" and watch x-debug-provider / x-debug-attempts)

        OpenAI format:
          curl -s %1$s/v1/chat/completions -H "Authorization: Bearer %2$s" -H "Content-Type: application/json" -d '{"model":"demo-fast","messages":[{"role":"user","content":"Hello!"}]}'

        Anthropic format:
          curl -s %1$s/v1/messages -H "x-api-key: %2$s" -H "anthropic-version: 2023-06-01" -H "Content-Type: application/json" -d '{"model":"demo-smart","max_tokens":256,"messages":[{"role":"user","content":"Hello!"}]}'

        Gemini format (streamed, through the fallback pair):
          curl -sN "%1$s/v1beta/models/demo-fallback:streamGenerateContent?alt=sse" -H "x-goog-api-key: %2$s" -H "x-debug: true" -D - -H "Content-Type: application/json" -d '{"contents":[{"role":"user","parts":[{"text":"Hello!"}]}]}'

        Press Ctrl-C to stop.
        """.formatted(url, key);
  }
}
