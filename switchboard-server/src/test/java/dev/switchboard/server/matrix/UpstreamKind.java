package dev.switchboard.server.matrix;

import dev.switchboard.translate.format.Format;

/**
 * The upstream side of a case: a provider kind configured in {@link MatrixIT#YAML} with its own
 * model name and credential, and the error status its fake answers with (a 4xx for complete
 * requests, a 5xx for streams, so both classes are covered for every kind).
 */
enum UpstreamKind {
  CHAT("chat", "m-chat", Format.OPENAI_CHAT, 429, 500),
  RESPONSES("responses", "m-responses", Format.OPENAI_RESPONSES, 400, 503),
  ANTHROPIC("anthropic", "m-anthropic", Format.ANTHROPIC_MESSAGES, 400, 529),
  GEMINI("gemini", "m-gemini", Format.GEMINI, 429, 503);

  private final String label;
  private final String model;
  private final Format format;
  private final int completeError;
  private final int streamError;

  UpstreamKind(String label, String model, Format format, int completeError, int streamError) {
    this.label = label;
    this.model = model;
    this.format = format;
    this.completeError = completeError;
    this.streamError = streamError;
  }

  String model() {
    return model;
  }

  Format format() {
    return format;
  }

  /** The credential configured for this kind's provider. */
  String credential() {
    return "up-" + label;
  }

  int errorStatus(Delivery delivery) {
    return delivery.streamed() ? streamError : completeError;
  }

  @Override
  public String toString() {
    return label + " upstream";
  }
}
