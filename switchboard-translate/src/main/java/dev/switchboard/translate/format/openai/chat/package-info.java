/**
 * The OpenAI Chat Completions format ({@code POST /v1/chat/completions}): request, response and
 * stream codecs, errors, and the de-facto extensions other gateways use on this format
 * ({@code reasoning_content}, OpenRouter's {@code reasoning}, LiteLLM's {@code thinking_blocks},
 * Gemini's {@code extra_content.google.thought_signature}). See wire-formats.md §2.
 */
package dev.switchboard.translate.format.openai.chat;
