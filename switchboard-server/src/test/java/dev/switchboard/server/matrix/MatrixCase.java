package dev.switchboard.server.matrix;

/** One cell of the matrix; its text is the test's display name. */
record MatrixCase(ClientKind client, UpstreamKind upstream, Delivery delivery, Scenario scenario) {

  @Override
  public String toString() {
    return client + " -> " + upstream + ", " + delivery + ", " + scenario;
  }
}
