package dev.switchboard.cli;

/** The gateway could not be reached or refused an admin call: exit code 1. */
final class AdminCallFailed extends RuntimeException {

  private static final long serialVersionUID = 1L;

  AdminCallFailed(String message) {
    super(message, null, false, false);
  }
}
