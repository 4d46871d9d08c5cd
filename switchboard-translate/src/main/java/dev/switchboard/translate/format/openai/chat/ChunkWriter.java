package dev.switchboard.translate.format.openai.chat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.Usage;
import dev.switchboard.translate.sse.SseWriter;

/**
 * Writes {@code chat.completion.chunk} SSE frames of one stream, all with the same {@code id},
 * {@code created} and {@code model} (wire-formats.md §2.3): {@code data:} lines only, no
 * {@code event:} lines.
 */
final class ChunkWriter {

  private final String id;
  private final String model;
  private final long created;

  ChunkWriter(String id, String model, long created) {
    this.id = ChatIds.completionId(id);
    this.model = model == null ? "" : model;
    this.created = ChatIds.created(created);
  }

  /** A chunk with one choice carrying {@code delta} and {@code finishReason} (may be null). */
  void choice(ObjectNode delta, String finishReason, StringBuilder out) {
    ObjectNode chunk = header();
    ObjectNode choice = chunk.putArray("choices").addObject();
    choice.put("index", 0);
    choice.set("delta", delta);
    choice.putNull("logprobs");
    choice.put("finish_reason", finishReason);
    SseWriter.write(out, null, Json.write(chunk));
  }

  /** The {@code include_usage} chunk: empty {@code choices} and the final usage. */
  void usage(Usage usage, StringBuilder out) {
    ObjectNode chunk = header();
    chunk.putArray("choices");
    chunk.set("usage", UsageMapping.encode(usage));
    SseWriter.write(out, null, Json.write(chunk));
  }

  private ObjectNode header() {
    ObjectNode chunk = Json.object();
    chunk.put("id", id);
    chunk.put("object", "chat.completion.chunk");
    chunk.put("created", created);
    chunk.put("model", model);
    return chunk;
  }
}
