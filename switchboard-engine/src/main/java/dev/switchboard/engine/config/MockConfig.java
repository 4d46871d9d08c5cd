package dev.switchboard.engine.config;

import java.time.Duration;

/**
 * {@code mock:} options of a mock provider: {@code latency} before a complete answer and before
 * each stream chunk, the number of stream {@code chunks} the text is split into, the {@code text},
 * and the fraction of requests ({@code failRate}) that fail with {@code failStatus}.
 */
public record MockConfig(Duration latency, int chunks, String text, double failRate, int failStatus) {

  public static final MockConfig DEFAULT = new MockConfig(Duration.ofMillis(20), 16, "Hello from the mock.", 0.0, 503);
}
