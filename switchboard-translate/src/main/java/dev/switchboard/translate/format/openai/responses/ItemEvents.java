package dev.switchboard.translate.format.openai.responses;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes the per-item events of a Responses stream in the order of wire-formats.md §3.3:
 * {@code output_item.added}, then {@code content_part.added} + {@code output_text.delta}s,
 * {@code reasoning_summary_part.added} + {@code reasoning_summary_text.delta}s, or
 * {@code function_call_arguments.delta}s, and on close the matching {@code .done} events and
 * {@code output_item.done}.
 */
final class ItemEvents {

  private final EventSequence seq;

  ItemEvents(EventSequence seq) {
    this.seq = seq;
  }

  void added(OpenItem item, StringBuilder out) {
    ObjectNode e = seq.begin("response.output_item.added");
    e.put("output_index", item.outputIndex);
    e.set("item", switch (item.kind) {
      case MESSAGE -> OutputItems.emptyMessage(item.id);
      case REASONING -> OutputItems.reasoning(item.id, null, null);
      case FUNCTION_CALL -> OutputItems.functionCall(item.callId, item.name, "", "in_progress");
    });
    seq.write(e, out);
  }

  void textDelta(OpenItem item, String delta, StringBuilder out) {
    openContentPart(item, out);
    ObjectNode e = itemEvent("response.output_text.delta", item).put("content_index", 0).put("delta", delta);
    e.putArray("logprobs");
    seq.write(e, out);
    item.text.append(delta);
  }

  void summaryDelta(OpenItem item, String delta, StringBuilder out) {
    if (!item.partOpen) {
      ObjectNode part = itemEvent("response.reasoning_summary_part.added", item).put("summary_index", 0);
      part.set("part", OutputItems.summaryText(""));
      seq.write(part, out);
      item.partOpen = true;
    }
    seq.write(itemEvent("response.reasoning_summary_text.delta", item).put("summary_index", 0)
        .put("delta", delta), out);
    item.text.append(delta);
  }

  void argumentsDelta(OpenItem item, String delta, StringBuilder out) {
    seq.write(itemEvent("response.function_call_arguments.delta", item).put("delta", delta), out);
    item.text.append(delta);
  }

  /** Closes {@code item} with {@code status}; returns the finished item for the final output. */
  ObjectNode done(OpenItem item, String status, StringBuilder out) {
    String text = item.text.toString();
    ObjectNode finished = switch (item.kind) {
      case MESSAGE -> closeMessage(item, text, status, out);
      case REASONING -> closeReasoning(item, text, out);
      case FUNCTION_CALL -> closeCall(item, status, out);
    };
    ObjectNode e = seq.begin("response.output_item.done");
    e.put("output_index", item.outputIndex);
    e.set("item", finished);
    seq.write(e, out);
    return finished;
  }

  private void openContentPart(OpenItem item, StringBuilder out) {
    if (!item.partOpen) {
      ObjectNode part = itemEvent("response.content_part.added", item).put("content_index", 0);
      part.set("part", OutputItems.outputText(""));
      seq.write(part, out);
      item.partOpen = true;
    }
  }

  private ObjectNode closeMessage(OpenItem item, String text, String status, StringBuilder out) {
    openContentPart(item, out);
    ObjectNode e = itemEvent("response.output_text.done", item).put("content_index", 0).put("text", text);
    e.putArray("logprobs");
    seq.write(e, out);
    ObjectNode part = itemEvent("response.content_part.done", item).put("content_index", 0);
    part.set("part", OutputItems.outputText(text));
    seq.write(part, out);
    return OutputItems.message(item.id, text, status);
  }

  private ObjectNode closeReasoning(OpenItem item, String text, StringBuilder out) {
    if (item.partOpen) {
      seq.write(itemEvent("response.reasoning_summary_text.done", item).put("summary_index", 0)
          .put("text", text), out);
      ObjectNode part = itemEvent("response.reasoning_summary_part.done", item).put("summary_index", 0);
      part.set("part", OutputItems.summaryText(text));
      seq.write(part, out);
    }
    return OutputItems.reasoning(item.id, text, item.encrypted);
  }

  private ObjectNode closeCall(OpenItem item, String status, StringBuilder out) {
    seq.write(itemEvent("response.function_call_arguments.done", item).put("name", item.name)
        .put("arguments", item.arguments()), out);
    return OutputItems.functionCall(item.callId, item.name, item.arguments(), status);
  }

  private ObjectNode itemEvent(String type, OpenItem item) {
    return seq.begin(type).put("item_id", item.id).put("output_index", item.outputIndex);
  }
}
