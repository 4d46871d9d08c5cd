package dev.switchboard.engine.config;

import java.time.Duration;

/**
 * {@code mock:} options of a mock provider: latency before the answer (and between stream chunks
 * spread over it), number of stream chunks, the text, and the fraction of requests that fail with
 * {@code failStatus}.
 */
public record MockConfig(Duration latency, int chunks, String text, double failRate, int failStatus) {

  public static final MockConfig DEFAULT = new MockConfig(Duration.ofMillis(20), 16, "Hello from the mock.", 0.0, 503);
}
