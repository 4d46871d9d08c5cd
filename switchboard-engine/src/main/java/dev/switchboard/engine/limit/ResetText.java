package dev.switchboard.engine.limit;

/**
 * Formats a reset time as OpenAI's {@code x-ratelimit-reset-*} headers do (Go duration text:
 * {@code 0s}, {@code 59s}, {@code 6m0s}, {@code 1h2m3s}; wire-formats.md §11).
 */
final class ResetText {

  private ResetText() {}

  static String of(long seconds) {
    long s = Math.max(0, seconds);
    long h = s / 3600;
    long m = (s % 3600) / 60;
    long rest = s % 60;
    if (h > 0) {
      return h + "h" + m + "m" + rest + "s";
    }
    if (m > 0) {
      return m + "m" + rest + "s";
    }
    return rest + "s";
  }
}
