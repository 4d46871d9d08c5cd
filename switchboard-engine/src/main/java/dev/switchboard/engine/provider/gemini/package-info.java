/** The {@code gemini} provider type: the Gemini API v1beta with x-goog-api-key. */
package dev.switchboard.engine.provider.gemini;
