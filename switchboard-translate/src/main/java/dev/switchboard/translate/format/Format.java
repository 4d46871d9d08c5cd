package dev.switchboard.translate.format;

/** A wire dialect spoken by clients and providers. */
public enum Format {
  OPENAI_CHAT,
  OPENAI_RESPONSES,
  ANTHROPIC_MESSAGES,
  GEMINI
}
