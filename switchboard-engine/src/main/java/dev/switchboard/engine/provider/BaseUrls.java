package dev.switchboard.engine.provider;

/** Small rules for provider base URLs. */
public final class BaseUrls {

  private BaseUrls() {}

  /** The URL without trailing slashes, so paths can be appended. */
  public static String trimSlash(String url) {
    String u = url;
    while (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    return u;
  }

  /** The configured base URL, or the type's default when none is set. */
  public static String orDefault(String configured, String fallback) {
    return configured == null || configured.isBlank() ? fallback : configured;
  }
}
