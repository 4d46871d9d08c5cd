package dev.switchboard.engine.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code switchboard.yaml} (INTERFACE.md §2) into a validated {@link SwitchboardConfig}.
 *
 * <p>Variables for {@code ${VAR}} and {@code ${VAR:-default}} come from a {@code .env} file beside
 * the config, read first, and the real environment, which wins over {@code .env} values when both
 * set a variable (so a deployment can override a checked-in {@code .env}). The YAML is composed
 * into SnakeYAML nodes, which keep line numbers, and bound by hand, so every problem names the
 * file, line and field ({@code switchboard.yaml:9: admin.key: environment variable
 * SWITCHBOARD_ADMIN_KEY is not set}). All problems are collected and thrown together as one
 * {@link ConfigException}. Loading reads files: call it at startup or on a worker thread, never on
 * an event loop.
 */
public final class ConfigLoader {

  /** The provider types of the built-in registry. */
  public static final Set<String> DEFAULT_PROVIDER_TYPES =
      Set.of("openai", "anthropic", "gemini", "openai-compatible", "mock");

  private final Set<String> knownProviderTypes;

  public ConfigLoader() {
    this(DEFAULT_PROVIDER_TYPES);
  }

  /** A loader that accepts exactly these values of {@code providers[].type}. */
  public ConfigLoader(Set<String> knownProviderTypes) {
    this.knownProviderTypes = Set.copyOf(knownProviderTypes);
  }

  /** Loads {@code file}, with variables from its {@code .env} and the process environment. */
  public SwitchboardConfig load(Path file) {
    return load(file, System.getenv());
  }

  /**
   * Loads {@code file} with {@code environment} standing for the process environment: it wins over
   * the {@code .env} beside the file. Problems name the file as given.
   */
  public SwitchboardConfig load(Path file, Map<String, String> environment) {
    String yaml;
    try {
      yaml = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ConfigException(new ConfigProblem(file, 0, 0, "", "the config file does not exist"));
    } catch (IOException e) {
      throw new ConfigException(new ConfigProblem(file, 0, 0, "", "cannot read the config file (" + e + ")"));
    }
    Path folder = file.toAbsolutePath().normalize().getParent();
    Path dotEnv = folder == null ? Path.of(".env") : folder.resolve(".env");
    Map<String, String> variables = new HashMap<>(DotEnvFile.read(dotEnv));
    variables.putAll(environment);
    return parse(yaml, file, variables);
  }

  /**
   * Parses YAML text as if read from {@code nameForErrors}: problems name it, and relative paths
   * resolve against its folder. {@code env} is the complete set of variables ({@code .env} is not
   * read here). An empty text gives every default.
   *
   * @throws ConfigException listing every problem found
   */
  public SwitchboardConfig parse(String yaml, Path nameForErrors, Map<String, String> env) {
    BindContext context = new BindContext(nameForErrors, env, knownProviderTypes);
    Node root = compose(yaml, nameForErrors);
    SwitchboardConfig config = ConfigBinder.bind(context, root);
    if (!context.problems().isEmpty()) {
      throw new ConfigException(context.problems());
    }
    return config;
  }

  private static Node compose(String yaml, Path file) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true);
    options.setMaxAliasesForCollections(50);
    options.setNestingDepthLimit(50);
    try {
      return new Yaml(options).compose(new StringReader(yaml));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = mark == null ? 0 : mark.getLine() + 1;
      int column = mark == null ? 0 : mark.getColumn() + 1;
      String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
      String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
      throw new ConfigException(new ConfigProblem(file, line, column, "",
          "invalid YAML: " + problem + context));
    } catch (YAMLException e) {
      throw new ConfigException(new ConfigProblem(file, 0, 0, "", "invalid YAML: " + e.getMessage()));
    }
  }
}
