package dev.switchboard.engine.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a {@code .env} file: {@code KEY=VALUE} lines, {@code #} comments (whole lines, or after a
 * space in an unquoted value), an optional {@code export } prefix, and values in double quotes
 * (with {@code \n}, {@code \t}, {@code \"}, {@code \\} escapes) or single quotes (taken literally).
 * A missing file is an empty map; a malformed line is a {@link ConfigException} naming it.
 */
final class DotEnvFile {

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");

  private DotEnvFile() {}

  static Map<String, String> read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file);
    } catch (NoSuchFileException e) {
      return Map.of();
    } catch (IOException e) {
      throw new ConfigException(new ConfigProblem(file, 0, 0, "", "cannot read the file (" + e + ")"));
    }
  }

  static Map<String, String> parse(String text, Path file) {
    Map<String, String> values = new LinkedHashMap<>();
    List<ConfigProblem> problems = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        parseLine(line, values);
      } catch (IllegalArgumentException e) {
        problems.add(new ConfigProblem(file, i + 1, 0, "", e.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return values;
  }

  private static void parseLine(String line, Map<String, String> values) {
    String body = line.startsWith("export ") ? line.substring("export ".length()).strip() : line;
    int eq = body.indexOf('=');
    if (eq < 0) {
      throw new IllegalArgumentException("expected KEY=VALUE, got '" + line + "'");
    }
    String name = body.substring(0, eq).strip();
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("'" + name + "' is not a valid variable name");
    }
    values.put(name, value(body.substring(eq + 1).strip()));
  }

  private static String value(String raw) {
    if (raw.startsWith("\"")) {
      return doubleQuoted(raw);
    }
    if (raw.startsWith("'")) {
      int close = raw.indexOf('\'', 1);
      if (close < 0) {
        throw new IllegalArgumentException("the single-quoted value is not closed");
      }
      requireOnlyComment(raw.substring(close + 1));
      return raw.substring(1, close);
    }
    int comment = raw.indexOf(" #");
    int tabComment = raw.indexOf("\t#");
    int cut = comment < 0 ? tabComment : tabComment < 0 ? comment : Math.min(comment, tabComment);
    return cut < 0 ? raw : raw.substring(0, cut).strip();
  }

  private static String doubleQuoted(String raw) {
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '"') {
        requireOnlyComment(raw.substring(i + 1));
        return out.toString();
      }
      if (c == '\\' && i + 1 < raw.length()) {
        char next = raw.charAt(++i);
        out.append(switch (next) {
          case 'n' -> '\n';
          case 't' -> '\t';
          case 'r' -> '\r';
          default -> next;
        });
      } else {
        out.append(c);
      }
    }
    throw new IllegalArgumentException("the double-quoted value is not closed");
  }

  private static void requireOnlyComment(String rest) {
    String tail = rest.strip();
    if (!tail.isEmpty() && !tail.startsWith("#")) {
      throw new IllegalArgumentException("unexpected text after the closing quote: '" + tail + "'");
    }
  }
}
