package dev.switchboard.server.matrix;

/** The inbound side of a case: which official SDK (and so which format) the client uses. */
enum ClientKind {
  OPENAI_CHAT("openai-chat-client", false),
  OPENAI_RESPONSES("openai-responses-client", false),
  ANTHROPIC("anthropic-client", true),
  GEMINI("gemini-client", true);

  private final String label;
  private final boolean asksBudget;

  ClientKind(String label, boolean asksBudget) {
    this.label = label;
    this.asksBudget = asksBudget;
  }

  /** Whether the format asks for reasoning with a token budget (else with an effort level). */
  boolean asksBudget() {
    return asksBudget;
  }

  @Override
  public String toString() {
    return label;
  }
}
