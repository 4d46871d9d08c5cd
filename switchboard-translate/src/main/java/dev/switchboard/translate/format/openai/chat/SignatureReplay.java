package dev.switchboard.translate.format.openai.chat;

/**
 * Whether an encoded assistant turn carries provider signatures. Toward clients it does (so they
 * can replay them to the provider that made them, wire-formats.md §6.1 #6); toward an upstream
 * OpenAI-compatible server it does not (never send one vendor's signature to another).
 */
enum SignatureReplay {
  /** Thinking as {@code reasoning_content} text only; no signatures. */
  TEXT_ONLY,
  /** Also Anthropic {@code thinking_blocks} and Gemini {@code extra_content} thought signatures. */
  WITH_SIGNATURES
}
