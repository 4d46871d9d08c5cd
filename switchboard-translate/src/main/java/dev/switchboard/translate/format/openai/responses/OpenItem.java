package dev.switchboard.translate.format.openai.responses;

/**
 * An output item the stream encoder has announced ({@code response.output_item.added}) but not
 * yet closed: its kind, ids, position and the text, summary or arguments streamed so far.
 */
final class OpenItem {

  enum Kind { MESSAGE, REASONING, FUNCTION_CALL }

  final Kind kind;
  final String id;
  final int outputIndex;
  final StringBuilder text = new StringBuilder();
  /** The call id and function name of a function call; null for other kinds. */
  String callId;
  String name;
  /** Whether the content part (message) or summary part (reasoning) was announced. */
  boolean partOpen;
  /** Encrypted reasoning of this format, replayable by the client. */
  String encrypted;

  private OpenItem(Kind kind, String id, int outputIndex) {
    this.kind = kind;
    this.id = id;
    this.outputIndex = outputIndex;
  }

  static OpenItem message(String base, int outputIndex) {
    return new OpenItem(Kind.MESSAGE, ResponsesIds.message(base, outputIndex), outputIndex);
  }

  static OpenItem reasoning(String base, int outputIndex) {
    return new OpenItem(Kind.REASONING, ResponsesIds.reasoning(base, outputIndex), outputIndex);
  }

  static OpenItem functionCall(String callId, String name, int outputIndex) {
    OpenItem item = new OpenItem(Kind.FUNCTION_CALL, ResponsesIds.functionCall(callId), outputIndex);
    item.callId = callId;
    item.name = name;
    return item;
  }

  /** The call's arguments; {@code {}} when none were streamed, so clients can parse them. */
  String arguments() {
    return text.length() == 0 ? "{}" : text.toString();
  }
}
