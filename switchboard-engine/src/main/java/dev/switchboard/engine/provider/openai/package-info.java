/** The {@code openai} provider type: api.openai.com with bearer credentials, Chat or Responses. */
package dev.switchboard.engine.provider.openai;
