package dev.switchboard.engine.access;

import java.security.SecureRandom;

/**
 * New client keys and key ids from {@link SecureRandom}: a key is {@code sk-sb-} plus 40 base62
 * characters (about 238 bits), an id is {@code key_} plus 16 base62 characters.
 */
public final class KeyGenerator {

  public static final String KEY_PREFIX = "sk-sb-";
  /** How much of a key is kept in clear to recognise it by: {@code sk-sb-} and four characters. */
  public static final int SHOWN_PREFIX = KEY_PREFIX.length() + 4;

  private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final int KEY_CHARS = 40;
  private static final int ID_CHARS = 16;

  private final SecureRandom random;

  public KeyGenerator(SecureRandom random) {
    this.random = random;
  }

  public String newKey() {
    return KEY_PREFIX + base62(KEY_CHARS);
  }

  public String newId() {
    return "key_" + base62(ID_CHARS);
  }

  private String base62(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(BASE62.charAt(random.nextInt(BASE62.length())));
    }
    return sb.toString();
  }
}
