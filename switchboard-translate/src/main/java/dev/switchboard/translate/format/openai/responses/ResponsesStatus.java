package dev.switchboard.translate.format.openai.responses;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.translate.canonical.FinishReason;

/**
 * Responses has no finish reason (wire-formats.md §3.2, §7): a length or content-filter stop is
 * {@code status:"incomplete"} with {@code incomplete_details.reason} {@code max_output_tokens} or
 * {@code content_filter}; everything else is {@code completed}, tool calls being signalled by
 * {@code function_call} items.
 */
final class ResponsesStatus {

  private ResponsesStatus() {}

  static String status(FinishReason reason) {
    return incompleteReason(reason) == null ? "completed" : "incomplete";
  }

  /** The {@code incomplete_details.reason}, or null for a completed response. */
  static String incompleteReason(FinishReason reason) {
    if (reason == FinishReason.LENGTH) {
      return "max_output_tokens";
    }
    return reason == FinishReason.CONTENT_FILTER ? "content_filter" : null;
  }

  /** The canonical finish reason of a finished response. */
  static FinishReason finishReason(String status, JsonNode incompleteDetails, boolean toolCalls) {
    if ("incomplete".equals(status)) {
      String why = WireReader.str(incompleteDetails, "reason");
      return "content_filter".equals(why) ? FinishReason.CONTENT_FILTER : FinishReason.LENGTH;
    }
    return toolCalls ? FinishReason.TOOL_CALLS : FinishReason.STOP;
  }
}
