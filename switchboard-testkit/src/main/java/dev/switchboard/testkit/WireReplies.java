package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Default answers of the fake upstream, in each provider's exact wire format: OpenAI Chat
 * Completions ({@code …/chat/completions}), streamed when the request says {@code "stream": true}.
 * The answer text is {@link #TEXT}; the model is echoed from the request.
 */
public final class WireReplies {

  public static final String TEXT = "Hello from the fake upstream.";

  private WireReplies() {}

  public static Reply answer(RecordedRequest req) {
    JsonNode body = req.json();
    String model = body != null && body.hasNonNull("model") ? body.get("model").asText() : "unknown";
    boolean stream = body != null && body.path("stream").asBoolean(false);
    if (req.path().endsWith("/chat/completions")) {
      return stream ? Reply.sse(openAiChatStream(model)) : Reply.json(200, openAiChat(model));
    }
    return Reply.json(404, "{\"error\":{\"message\":\"fake upstream has no route " + req.path()
        + "\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":null}}");
  }

  public static String openAiChat(String model) {
    return """
        {"id":"chatcmpl-fake1","object":"chat.completion","created":1700000000,"model":"%s",
         "choices":[{"index":0,"message":{"role":"assistant","content":"%s","refusal":null,"annotations":[]},
           "logprobs":null,"finish_reason":"stop"}],
         "usage":{"prompt_tokens":12,"completion_tokens":7,"total_tokens":19,
           "prompt_tokens_details":{"cached_tokens":0,"audio_tokens":0},
           "completion_tokens_details":{"reasoning_tokens":0,"audio_tokens":0,
             "accepted_prediction_tokens":0,"rejected_prediction_tokens":0}},
         "service_tier":"default","system_fingerprint":"fp_fake"}
        """.formatted(model, TEXT);
  }

  public static List<String> openAiChatStream(String model) {
    String head = "{\"id\":\"chatcmpl-fake1\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\""
        + model + "\",\"system_fingerprint\":\"fp_fake\",\"choices\":";
    return List.of(
        "data: " + head + "[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"logprobs\":null,\"finish_reason\":null}]}\n\n",
        "data: " + head + "[{\"index\":0,\"delta\":{\"content\":\"Hello from \"},\"logprobs\":null,\"finish_reason\":null}]}\n\n",
        "data: " + head + "[{\"index\":0,\"delta\":{\"content\":\"the fake upstream.\"},\"logprobs\":null,\"finish_reason\":null}]}\n\n",
        "data: " + head + "[{\"index\":0,\"delta\":{},\"logprobs\":null,\"finish_reason\":\"stop\"}]}\n\n",
        "data: " + head + "[],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":7,\"total_tokens\":19}}\n\n",
        "data: [DONE]\n\n");
  }
}
