package dev.switchboard.engine.exchange;

/**
 * A client channel that remembers whether the client left, and lets each attempt in turn install
 * its own close handler (the HTTP layer keeps one handler per response). A handler installed after
 * the client left runs at once, so a late attempt still cancels its upstream call.
 */
final class WatchedChannel implements ClientChannel {

  private final ClientChannel inner;
  private Runnable onClose = () -> { };
  private boolean left;

  WatchedChannel(ClientChannel inner) {
    this.inner = inner;
    inner.closeHandler(this::closed);
  }

  boolean left() {
    return left;
  }

  private void closed() {
    left = true;
    onClose.run();
  }

  @Override
  public void commit() {
    inner.commit();
  }

  @Override
  public void write(String text) {
    inner.write(text);
  }

  @Override
  public boolean writeQueueFull() {
    return inner.writeQueueFull();
  }

  @Override
  public void drainHandler(Runnable onDrain) {
    inner.drainHandler(onDrain);
  }

  @Override
  public void closeHandler(Runnable handler) {
    this.onClose = handler;
    if (left) {
      handler.run();
    }
  }

  @Override
  public void end() {
    inner.end();
  }
}
