package dev.switchboard.engine.route;

import java.util.List;
import java.util.regex.Pattern;

/** A model-name glob: {@code *} matches any run of characters, {@code ?} one; case-insensitive. */
public record Glob(String text, Pattern pattern) {

  public static Glob of(String text) {
    StringBuilder re = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '*' -> re.append(".*");
        case '?' -> re.append('.');
        default -> re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return new Glob(text, Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE));
  }

  public boolean matches(String name) {
    return pattern.matcher(name).matches();
  }

  public static List<Glob> all(List<String> texts) {
    return texts.stream().map(Glob::of).toList();
  }

  public static boolean anyMatches(List<Glob> globs, String name) {
    for (Glob g : globs) {
      if (g.matches(name)) {
        return true;
      }
    }
    return false;
  }
}
