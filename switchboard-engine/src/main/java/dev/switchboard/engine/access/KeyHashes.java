package dev.switchboard.engine.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of client keys: keys are stored and looked up only by their hash. */
public final class KeyHashes {

  private KeyHashes() {}

  /** One digest per thread: looking a digest up by name costs more than hashing a key. */
  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  });
  private static final HexFormat HEX = HexFormat.of();

  public static String sha256(String key) {
    MessageDigest md = SHA256.get();
    md.reset();
    return HEX.formatHex(md.digest(key.getBytes(StandardCharsets.UTF_8)));
  }
}
