package dev.switchboard.server.matrix;

/** Whether the client asks for a stream. */
enum Delivery {
  COMPLETE("not streamed"),
  STREAMED("streamed");

  private final String label;

  Delivery(String label) {
    this.label = label;
  }

  boolean streamed() {
    return this == STREAMED;
  }

  @Override
  public String toString() {
    return label;
  }
}
