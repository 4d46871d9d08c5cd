package dev.switchboard.engine.config;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.nodes.Node;

/**
 * One non-empty scalar of the config after interpolation, with the node it came from so that a
 * conversion that fails can report the right line. Every {@code to…} method returns null after
 * reporting a problem, so binding goes on and collects the next one.
 */
record YamlValue(BindContext context, Node node, String path, String text) {

  void report(String message) {
    context.report(node, path, message);
  }

  Integer toInt(int min, int max) {
    long value;
    try {
      value = Long.parseLong(text.strip().replace("_", ""));
    } catch (NumberFormatException e) {
      report("expected a whole number, got '" + text + "'");
      return null;
    }
    if (value < min || value > max) {
      report(value + " is out of range; " + range(min, max));
      return null;
    }
    return (int) value;
  }

  BigDecimal toNonNegativeDecimal() {
    try {
      BigDecimal value = new BigDecimal(text.strip());
      if (value.signum() >= 0) {
        return value;
      }
      report("must not be negative, got " + text);
    } catch (NumberFormatException e) {
      report("expected a number, got '" + text + "'");
    }
    return null;
  }

  Double toFraction() {
    BigDecimal value = toNonNegativeDecimal();
    if (value != null && value.compareTo(BigDecimal.ONE) > 0) {
      report("must be between 0 and 1, got " + text);
      return null;
    }
    return value == null ? null : value.doubleValue();
  }

  Duration toDuration() {
    try {
      return DurationText.parse(text);
    } catch (IllegalArgumentException e) {
      report(e.getMessage());
      return null;
    }
  }

  Long toSize() {
    try {
      return SizeText.parse(text);
    } catch (IllegalArgumentException e) {
      report(e.getMessage());
      return null;
    }
  }

  Boolean toBool() {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on" -> Boolean.TRUE;
      case "false", "no", "off" -> Boolean.FALSE;
      default -> {
        report("expected true or false, got '" + text + "'");
        yield null;
      }
    };
  }

  /** An enum constant written in kebab case: {@code round-robin} is {@code ROUND_ROBIN}. */
  <E extends Enum<E>> E toChoice(Class<E> type) {
    List<String> allowed = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      String name = kebab(constant);
      if (name.equals(text.strip())) {
        return constant;
      }
      allowed.add(name);
    }
    reportUnknown("value", allowed);
    return null;
  }

  /**
   * Reports this value as not one of {@code allowed}, listing them and the likely intended one:
   * {@code unknown value 'round_robin'; allowed values are round-robin, … (did you mean 'round-robin'?)}.
   */
  void reportUnknown(String what, List<String> allowed) {
    String hint = DidYouMean.closest(text, allowed).map(s -> " (did you mean '" + s + "'?)").orElse("");
    report("unknown " + what + " '" + text + "'; allowed values are " + String.join(", ", allowed) + hint);
  }

  /** An absolute http or https URL with a host. */
  String toHttpUrl() {
    try {
      URI uri = new URI(text.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return text.strip();
      }
    } catch (URISyntaxException e) {
      report("'" + SecretUrl.redact(text) + "' is not a valid URL (" + e.getReason() + ")");
      return null;
    }
    report("'" + SecretUrl.redact(text) + "' is not an http or https URL (e.g. https://api.example.com/v1)");
    return null;
  }

  /** This text when it starts with one of {@code prefixes}, else null after a problem naming them. */
  String toPrefixed(List<String> prefixes, String example) {
    String value = text.strip();
    for (String prefix : prefixes) {
      if (value.startsWith(prefix)) {
        return value;
      }
    }
    report("'" + SecretUrl.redact(value) + "' must start with " + String.join(" or ", prefixes)
        + " (e.g. " + example + ")");
    return null;
  }

  static String kebab(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String range(int min, int max) {
    if (max == Integer.MAX_VALUE) {
      return "it must be at least " + min;
    }
    return "it must be between " + min + " and " + max;
  }
}
