package dev.switchboard.server.matrix;

/**
 * One official SDK as a matrix client: sends an {@link Ask} through the gateway and reports what it
 * saw, and judges an exception the SDK raised for an upstream error.
 */
interface SdkClient extends AutoCloseable {

  Seen send(Ask ask) throws Exception;

  /** Asserts that {@code thrown} is the SDK's own error for {@code status}'s class and keeps the message. */
  void assertUpstreamError(Throwable thrown, int status, String message);

  @Override
  void close();

  /**
   * The statuses a client may see for an upstream error: the same, except that Anthropic's 529
   * (overloaded) may become 503 for clients whose format has no 529 (wire-formats.md §10.3).
   */
  static Integer[] statusesFor(int upstreamStatus) {
    return upstreamStatus == 529 ? new Integer[] {529, 503} : new Integer[] {upstreamStatus};
  }
}
