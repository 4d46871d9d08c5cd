package dev.switchboard.engine.config;

import java.nio.file.Path;

/**
 * One thing wrong with a configuration file: where it is (file, 1-based line and column, 0 when
 * unknown), which field ({@code providers[0].credentials[1]}, empty for the file as a whole) and a
 * sentence saying what is wrong. {@link #toString()} is the form shown to users:
 * {@code switchboard.yaml:12: providers[0].credentials[1]: unknown key 'weigth' (did you mean 'weight'?)}.
 */
public record ConfigProblem(Path file, int line, int column, String path, String message) {

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(String.valueOf(file));
    if (line > 0) {
      text.append(':').append(line);
    }
    text.append(": ");
    if (path != null && !path.isEmpty()) {
      text.append(path).append(": ");
    }
    return text.append(message).toString();
  }
}
