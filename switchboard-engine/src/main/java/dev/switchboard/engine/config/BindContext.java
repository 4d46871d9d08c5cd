package dev.switchboard.engine.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The state of one load: the file named in problems, the folder relative paths resolve against,
 * the environment for interpolation, the known provider types, and the problems found so far.
 * Binding never stops at the first problem; the loader throws them all at the end.
 */
final class BindContext {

  private final Path file;
  private final Path folder;
  private final EnvInterpolator interpolator;
  private final Set<String> providerTypes;
  private final List<ConfigProblem> problems = new ArrayList<>();

  BindContext(Path file, Map<String, String> environment, Set<String> providerTypes) {
    this.file = file;
    Path parent = file.toAbsolutePath().normalize().getParent();
    this.folder = parent == null ? Path.of("").toAbsolutePath() : parent;
    this.interpolator = new EnvInterpolator(environment);
    this.providerTypes = Set.copyOf(providerTypes);
  }

  Path file() {
    return file;
  }

  Set<String> providerTypes() {
    return providerTypes;
  }

  /** A path from the config, resolved against the config file's folder when relative. */
  Path resolve(String path) {
    return folder.resolve(path).normalize();
  }

  void report(Node node, String path, String message) {
    Mark mark = node == null ? null : node.getStartMark();
    int line = mark == null ? 0 : mark.getLine() + 1;
    int column = mark == null ? 0 : mark.getColumn() + 1;
    problems.add(new ConfigProblem(file, line, column, path, message));
  }

  void report(ConfigProblem problem) {
    problems.add(problem);
  }

  /** The scalar's text with {@code ${VAR}} replaced; null (and a problem reported) when that fails. */
  String interpolate(ScalarNode node, String path) {
    try {
      return interpolator.interpolate(node.getValue());
    } catch (IllegalArgumentException e) {
      report(node, path, e.getMessage());
      return null;
    }
  }

  List<ConfigProblem> problems() {
    return List.copyOf(problems);
  }
}
