package dev.switchboard.testkit;

/**
 * What the fake upstream answers, independent of the wire format: optional reasoning text, then
 * either text or one call of the tool {@code toolName} with {@link WireReplies#TOOL_ARGUMENTS}.
 * Usage is fixed: {@link WireReplies#INPUT_TOKENS} in, {@link WireReplies#OUTPUT_TOKENS} out, of
 * which {@link WireReplies#REASONING_TOKENS} are reasoning when there is reasoning.
 */
public record FakeAnswer(String model, String thinking, String text, String toolName) {

  public static FakeAnswer text(String model) {
    return new FakeAnswer(model, null, WireReplies.TEXT, null);
  }

  public boolean toolCall() {
    return toolName != null;
  }

  public boolean reasoning() {
    return thinking != null;
  }

  public int reasoningTokens() {
    return reasoning() ? WireReplies.REASONING_TOKENS : 0;
  }

  /** The text in two pieces, for streams. */
  public String[] textPieces() {
    int cut = text.length() / 2;
    return new String[] {text.substring(0, cut), text.substring(cut)};
  }

  /** The tool arguments in two pieces, for streams that send them in fragments. */
  public static String[] argumentPieces() {
    String a = WireReplies.TOOL_ARGUMENTS;
    return new String[] {a.substring(0, 5), a.substring(5)};
  }
}
