package dev.switchboard.engine.config;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Replaces {@code ${VAR}} and {@code ${VAR:-default}} in a config value from the environment, as a
 * shell does ({@code :-} also applies when the variable is set but empty); <code>$${</code> writes
 * a literal <code>${</code>. A {@code $} not followed by a brace is kept as is, so bcrypt hashes
 * need no escaping. Errors are thrown as {@link IllegalArgumentException} whose message is the sentence
 * fragment shown to the user.
 */
final class EnvInterpolator {

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final Map<String, String> environment;

  EnvInterpolator(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  String interpolate(String text) {
    if (text.indexOf('$') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      if (text.startsWith("$${", i)) {
        out.append("${");
        i += 3;
      } else if (text.startsWith("${", i)) {
        int end = text.indexOf('}', i + 2);
        if (end < 0) {
          throw new IllegalArgumentException("'${' is not closed with '}' (write $${ for a literal ${)");
        }
        out.append(resolve(text.substring(i + 2, end)));
        i = end + 1;
      } else {
        out.append(text.charAt(i));
        i++;
      }
    }
    return out.toString();
  }

  private String resolve(String reference) {
    int split = reference.indexOf(":-");
    String name = split < 0 ? reference : reference.substring(0, split);
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("'${" + reference + "}' is not a valid variable reference;"
          + " write ${NAME} or ${NAME:-default}");
    }
    String value = environment.get(name);
    if (split >= 0) {
      return value == null || value.isEmpty() ? reference.substring(split + 2) : value;
    }
    if (value == null) {
      throw new IllegalArgumentException("environment variable " + name + " is not set");
    }
    return value;
  }
}
