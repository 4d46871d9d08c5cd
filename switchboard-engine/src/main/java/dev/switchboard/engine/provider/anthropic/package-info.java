/** The {@code anthropic} provider type: Anthropic's Messages API with x-api-key and anthropic-version. */
package dev.switchboard.engine.provider.anthropic;
