package dev.switchboard.engine.limit;

/**
 * The sliding windows the limiters keep, each a ring of sub-buckets. A minute window is 60 buckets
 * of one second; a day window is 1440 buckets of one minute. The window covers the current bucket
 * and the ones before it, so a count leaves the window between {@code span - granularity} and
 * {@code span} after it was made (at most one second early for RPM and TPM, one minute for RPD):
 * no interval of that length ever holds more than the limit.
 */
public enum WindowKind {
  RPM("rpm", 60, 1),
  TPM("tpm", 60, 1),
  RPD("rpd", 86_400, 60);

  private final String suffix;
  private final long spanSeconds;
  private final long granularitySeconds;

  WindowKind(String suffix, long spanSeconds, long granularitySeconds) {
    this.suffix = suffix;
    this.spanSeconds = spanSeconds;
    this.granularitySeconds = granularitySeconds;
  }

  /** The last segment of a counter name of this kind, e.g. {@code key:abc:rpm}. */
  public String suffix() {
    return suffix;
  }

  public long spanSeconds() {
    return spanSeconds;
  }

  public long granularitySeconds() {
    return granularitySeconds;
  }

  int buckets() {
    return (int) (spanSeconds / granularitySeconds);
  }

  /** The kind a counter name ends with, or null when it is not a window counter. */
  public static WindowKind ofCounter(String counter) {
    int colon = counter.lastIndexOf(':');
    String last = colon < 0 ? counter : counter.substring(colon + 1);
    for (WindowKind k : values()) {
      if (k.suffix.equals(last)) {
        return k;
      }
    }
    return null;
  }
}
