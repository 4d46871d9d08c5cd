package dev.switchboard.server.http.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads {@code from} and {@code to}: a UTC date ({@code 2026-03-01}), an instant
 * ({@code 2026-03-01T12:00:00Z}) or epoch seconds. {@code from} is inclusive; a {@code to} date
 * includes that whole day.
 */
final class TimeParams {

  private TimeParams() {}

  static Instant from(String text, Instant fallback) {
    return text == null || text.isBlank() ? fallback : parse("from", text.strip(), 0);
  }

  static Instant to(String text, Instant fallback) {
    return text == null || text.isBlank() ? fallback : parse("to", text.strip(), 1);
  }

  private static Instant parse(String name, String text, int daysAfterDate) {
    try {
      if (text.chars().allMatch(Character::isDigit)) {
        return Instant.ofEpochSecond(Long.parseLong(text));
      }
      if (text.length() == 10) {
        return LocalDate.parse(text).plusDays(daysAfterDate).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return Instant.parse(text);
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new IllegalArgumentException("'" + name + "' must be a date (2026-03-01), an instant "
          + "(2026-03-01T12:00:00Z) or epoch seconds, not '" + text + "'");
    }
  }
}
