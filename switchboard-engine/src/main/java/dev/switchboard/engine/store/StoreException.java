package dev.switchboard.engine.store;

/** The store could not do what was asked (database unreachable, SQL error); the message says what. */
public final class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
