package dev.switchboard.engine.config;

/** Which OpenAI API an {@code openai} or {@code openai-compatible} provider is spoken to with. */
public enum WireApi {
  CHAT,
  RESPONSES
}
