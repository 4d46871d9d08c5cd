/**
 * The {@code openai-compatible} provider type: any server speaking OpenAI's API (Groq, vLLM,
 * OpenRouter, Ollama, ...); {@code base-url} is required, credentials are optional.
 */
package dev.switchboard.engine.provider.openaicompat;
