package dev.switchboard.translate.format.openai.responses;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Ids of Responses objects: {@code resp_…} responses, {@code msg_…} messages, {@code rs_…}
 * reasoning items and {@code fc_…} function-call items. A function call's item id differs from its
 * {@code call_id}, which is what results link to (wire-formats.md §6.1 item 3).
 */
final class ResponsesIds {

  private static final Pattern ILLEGAL = Pattern.compile("[^A-Za-z0-9_]");

  private ResponsesIds() {}

  /** The response id: kept when it already is one, else derived from the upstream id. */
  static String response(String upstreamId) {
    if (upstreamId != null && upstreamId.startsWith("resp_") && upstreamId.length() > 5) {
      return upstreamId;
    }
    return "resp_" + clean(upstreamId);
  }

  /** The part after {@code resp_}, used to derive item ids. */
  static String base(String responseId) {
    return responseId.substring(responseId.indexOf('_') + 1);
  }

  static String message(String base, int outputIndex) {
    return "msg_" + base + "_" + outputIndex;
  }

  static String reasoning(String base, int outputIndex) {
    return "rs_" + base + "_" + outputIndex;
  }

  static String functionCall(String callId) {
    return "fc_" + clean(callId);
  }

  /** Letters, digits and underscores of {@code id}, or a random hex id when none remain. */
  private static String clean(String id) {
    String s = id == null ? "" : ILLEGAL.matcher(id).replaceAll("");
    return s.isEmpty() ? UUID.randomUUID().toString().replace("-", "") : s;
  }
}
