package dev.switchboard.engine.resilience;

/**
 * One attempt as it happened: where it went, the HTTP status it got (0 when none), and the failure
 * kind (null on success). Used for {@code x-debug-attempts}, final error messages and usage records.
 */
public record AttemptRecord(String providerId, int credentialIndex, String upstreamModel, int status,
                            FailureKind failure) {

  public String describe() {
    String where = providerId + "#" + credentialIndex + " (" + upstreamModel + ")";
    if (failure == null) {
      return where + ": ok";
    }
    return where + ": " + (status > 0 ? status + " " : "") + failure.name().toLowerCase(java.util.Locale.ROOT);
  }
}
