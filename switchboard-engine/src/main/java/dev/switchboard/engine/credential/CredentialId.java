package dev.switchboard.engine.credential;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity of a credential across config reloads: provider id, position, and a short hash of
 * the secret. A reload that keeps a provider's credential unchanged maps it to the same id, so its
 * cooldown and counters survive; a changed secret starts fresh.
 */
public record CredentialId(String providerId, int index, String secretHash) {

  public static CredentialId of(Credential c) {
    return new CredentialId(c.providerId(), c.index(), hash(c.secret()));
  }

  /** A name for counters and logs that never shows the secret, e.g. {@code openai#0@3fa1b2c4}. */
  public String label() {
    return providerId + "#" + index + "@" + secretHash;
  }

  private static String hash(String secret) {
    if (secret == null || secret.isEmpty()) {
      return "none";
    }
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
