/**
 * Provider types: one folder per type (openai, openaicompat, anthropic, gemini, mock) and one line
 * per type in {@link dev.switchboard.engine.provider.ProviderRegistry}. An HTTP provider says which
 * format it speaks, where to send a request and how to authenticate it; the mock answers in
 * process through the canonical model. Providers never import each other.
 */
package dev.switchboard.engine.provider;
