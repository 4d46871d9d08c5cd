package dev.switchboard.cli;

/** A problem with what the user gave us (arguments, config file): exit code 2. */
final class UsageProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UsageProblem(String message) {
    super(message, null, false, false);
  }
}
