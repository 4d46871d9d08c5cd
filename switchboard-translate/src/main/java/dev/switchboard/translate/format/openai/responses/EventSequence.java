package dev.switchboard.translate.format.openai.responses;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.sse.SseWriter;

/**
 * Numbers and writes the events of one Responses stream: every event is an {@code event: <type>}
 * line plus a {@code data:} JSON with the same {@code type} and a {@code sequence_number} rising
 * from 0 (wire-formats.md §3.3). Events must be written in the order they were begun.
 */
final class EventSequence {

  private long next;

  /** A new event payload of {@code type} carrying the next sequence number. */
  ObjectNode begin(String type) {
    ObjectNode o = Json.object();
    o.put("type", type).put("sequence_number", next++);
    return o;
  }

  void write(ObjectNode event, StringBuilder out) {
    SseWriter.write(out, event.get("type").asText(), Json.write(event));
  }
}
