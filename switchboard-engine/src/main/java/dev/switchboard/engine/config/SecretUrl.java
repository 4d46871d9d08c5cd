package dev.switchboard.engine.config;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Hides the secrets a URL may carry, for logs, errors and the effective-config view: the password
 * of {@code user:password@} (all of the user info for {@code redis://secret@host}, where it is the
 * password), and query parameters whose names look secret ({@code ?password=}, {@code ?key=},
 * {@code ?access_token=}). Everything else is kept so the URL still says where it points.
 */
public final class SecretUrl {

  public static final String REDACTED = "<redacted>";

  private static final Pattern SECRET_NAME =
      Pattern.compile(".*(pass|pwd|secret|token|key|auth|sig|credential|cookie|session).*");

  private SecretUrl() {}

  public static String redact(String url) {
    if (url == null) {
      return null;
    }
    int schemeEnd = url.indexOf("://");
    if (schemeEnd < 0) {
      return url;
    }
    int authorityStart = schemeEnd + 3;
    int authorityEnd = firstOf(url, authorityStart, "/?#");
    String authority = url.substring(authorityStart, authorityEnd);
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      String userInfo = authority.substring(0, at);
      int colon = userInfo.indexOf(':');
      boolean redis = url.substring(0, schemeEnd).toLowerCase(Locale.ROOT).startsWith("redis");
      String shown = colon >= 0 ? userInfo.substring(0, colon + 1) + REDACTED : redis ? REDACTED : userInfo;
      authority = shown + authority.substring(at);
    }
    return url.substring(0, authorityStart) + authority + redactQuery(url.substring(authorityEnd));
  }

  /** True for a header or parameter name that usually carries a secret ({@code Authorization}, {@code x-api-key}). */
  public static boolean looksSecret(String name) {
    return SECRET_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches();
  }

  private static String redactQuery(String rest) {
    int query = rest.indexOf('?');
    if (query < 0) {
      return rest;
    }
    int fragment = rest.indexOf('#', query);
    String params = fragment < 0 ? rest.substring(query + 1) : rest.substring(query + 1, fragment);
    StringBuilder out = new StringBuilder(rest.substring(0, query + 1));
    String[] pairs = params.split("&", -1);
    for (int i = 0; i < pairs.length; i++) {
      int eq = pairs[i].indexOf('=');
      boolean secret = eq > 0 && looksSecret(pairs[i].substring(0, eq));
      out.append(i > 0 ? "&" : "").append(secret ? pairs[i].substring(0, eq + 1) + REDACTED : pairs[i]);
    }
    return fragment < 0 ? out.toString() : out.append(rest.substring(fragment)).toString();
  }

  private static int firstOf(String text, int from, String stops) {
    for (int i = from; i < text.length(); i++) {
      if (stops.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return text.length();
  }
}
