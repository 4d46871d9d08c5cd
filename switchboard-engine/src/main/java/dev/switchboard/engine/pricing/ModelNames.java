package dev.switchboard.engine.pricing;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The normalized form of a model name for the last lookup step: lower case, without a trailing
 * date or {@code -latest} ({@code claude-3-5-sonnet-20241022}, {@code gpt-4o-2024-08-06},
 * {@code claude-3-5-sonnet@20241022} on Vertex, {@code claude-3-7-sonnet-latest}).
 */
final class ModelNames {

  private static final Pattern DATE_SUFFIX =
      Pattern.compile("(-\\d{4}-\\d{2}-\\d{2}|-\\d{8}|@\\d{8}|-latest)$");

  private ModelNames() {}

  static String normalize(String model) {
    String lower = model.toLowerCase(Locale.ROOT);
    return DATE_SUFFIX.matcher(lower).replaceFirst("");
  }
}
