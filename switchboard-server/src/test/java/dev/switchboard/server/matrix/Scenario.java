package dev.switchboard.server.matrix;

/** What one matrix case exercises. */
enum Scenario {
  TEXT("text"),
  TOOL_ROUND_TRIP("tool round trip"),
  IMAGE("image"),
  REASONING("reasoning"),
  UPSTREAM_ERROR("upstream error");

  private final String label;

  Scenario(String label) {
    this.label = label;
  }

  @Override
  public String toString() {
    return label;
  }
}
