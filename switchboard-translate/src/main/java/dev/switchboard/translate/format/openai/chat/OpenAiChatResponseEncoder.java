package dev.switchboard.translate.format.openai.chat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ChatResponse;
import dev.switchboard.translate.format.ResponseEncoder;

/**
 * Encodes a canonical answer as a {@code chat.completion} body with every field openai-java 4.x
 * requires present ({@code object}, {@code created}, {@code logprobs: null},
 * {@code message.refusal: null}, {@code usage} with its details objects; wire-formats.md §2.2).
 * Thinking goes to {@code reasoning_content} (plus signatures for replay), never to {@code content}.
 */
public final class OpenAiChatResponseEncoder implements ResponseEncoder {

  @Override
  public ObjectNode encode(ChatResponse response) {
    ObjectNode body = Json.object();
    body.put("id", ChatIds.completionId(response.id()));
    body.put("object", "chat.completion");
    body.put("created", ChatIds.created(response.created()));
    body.put("model", response.model() == null ? "" : response.model());
    ObjectNode choice = body.putArray("choices").addObject();
    choice.put("index", 0);
    ObjectNode message = choice.putObject("message");
    message.put("role", "assistant");
    AssistantEncoder.encode(response.content(), message, SignatureReplay.WITH_SIGNATURES);
    message.putNull("refusal");
    message.putArray("annotations");
    choice.putNull("logprobs");
    choice.put("finish_reason",
        FinishReasonMapping.encode(response.finishReason(), response.hasToolCalls()));
    body.set("usage", UsageMapping.encode(response.usage()));
    return body;
  }
}
