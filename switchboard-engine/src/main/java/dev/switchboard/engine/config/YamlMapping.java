package dev.switchboard.engine.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping read as one config section. Each getter names a key, which makes it a known key
 * of the section; {@link #finish()} then reports every other key as unknown, with a "did you
 * mean" hint. Getters return the default (or null) when the key is absent, YAML null or an empty
 * string, and also after reporting a wrong value, so binding goes on and collects every problem.
 * YAML anchors and merge keys ({@code <<: *base}) work, so providers can share settings.
 */
final class YamlMapping {

  private final BindContext context;
  private final Node node;
  private final String path;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
  private final Set<String> known = new LinkedHashSet<>();

  private YamlMapping(BindContext context, Node node, String path) {
    this.context = context;
    this.node = node;
    this.path = path;
  }

  /** The mapping at {@code node}; an absent or null node is an empty mapping, any other a problem. */
  static YamlMapping of(BindContext context, Node node, String path) {
    YamlMapping mapping = new YamlMapping(context, node, path);
    if (node instanceof MappingNode map) {
      mapping.index(map);
    } else if (node != null && !isNull(node)) {
      context.report(node, path, "expected a mapping of keys to values, got " + describe(node));
    }
    return mapping;
  }

  static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
  }

  BindContext context() {
    return context;
  }

  String path() {
    return path;
  }

  /** Reports a problem with the section as a whole, at its first line. */
  void report(String message) {
    context.report(node, path, message);
  }

  /** True when the section was written (even empty), false when absent. */
  boolean present() {
    return node instanceof MappingNode;
  }

  /** The keys as written, in file order; for free-form maps such as {@code headers}. */
  List<String> keys() {
    return List.copyOf(entries.keySet());
  }

  String child(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** The value node of {@code key}, or null; marks the key as known. */
  Node node(String key) {
    known.add(key);
    NodeTuple tuple = entries.get(key);
    return tuple == null ? null : tuple.getValueNode();
  }

  YamlValue value(String key) {
    return scalar(context, node(key), child(key));
  }

  /** The interpolated, non-empty scalar at {@code node}, or null (reporting a non-scalar). */
  static YamlValue scalar(BindContext context, Node node, String path) {
    if (node == null || isNull(node)) {
      return null;
    }
    if (!(node instanceof ScalarNode scalar)) {
      context.report(node, path, "expected a single value, got " + describe(node));
      return null;
    }
    String text = context.interpolate(scalar, path);
    return text == null || text.isEmpty() ? null : new YamlValue(context, node, path, text);
  }

  /** The value of a key that must be present and non-empty; null after reporting it missing. */
  YamlValue require(String key) {
    Node value = node(key);
    if (value == null) {
      context.report(node, child(key), "required field is missing");
      return null;
    }
    if (isNull(value)) {
      context.report(value, child(key), "required field is empty");
      return null;
    }
    if (!(value instanceof ScalarNode scalar)) {
      context.report(value, child(key), "expected a single value, got " + describe(value));
      return null;
    }
    String text = context.interpolate(scalar, child(key));
    if (text != null && text.isEmpty()) {
      context.report(value, child(key), "required field is empty");
    }
    return text == null || text.isEmpty() ? null : new YamlValue(context, value, child(key), text);
  }

  String string(String key) {
    YamlValue v = value(key);
    return v == null ? null : v.text();
  }

  String string(String key, String fallback) {
    String s = string(key);
    return s == null ? fallback : s;
  }

  int integer(String key, int fallback, int min, int max) {
    Integer i = optionalInteger(key, min, max);
    return i == null ? fallback : i;
  }

  Integer optionalInteger(String key, int min, int max) {
    YamlValue v = value(key);
    return v == null ? null : v.toInt(min, max);
  }

  Duration duration(String key, Duration fallback) {
    YamlValue v = value(key);
    Duration d = v == null ? null : v.toDuration();
    return d == null ? fallback : d;
  }

  long size(String key, long fallback) {
    YamlValue v = value(key);
    Long size = v == null ? null : v.toSize();
    return size == null ? fallback : size;
  }

  boolean bool(String key, boolean fallback) {
    YamlValue v = value(key);
    Boolean b = v == null ? null : v.toBool();
    return b == null ? fallback : b;
  }

  double fraction(String key, double fallback) {
    YamlValue v = value(key);
    Double d = v == null ? null : v.toFraction();
    return d == null ? fallback : d;
  }

  BigDecimal decimal(String key) {
    YamlValue v = value(key);
    return v == null ? null : v.toNonNegativeDecimal();
  }

  <E extends Enum<E>> E choice(String key, E fallback) {
    E e = optionalChoice(key, fallback.getDeclaringClass());
    return e == null ? fallback : e;
  }

  <E extends Enum<E>> E optionalChoice(String key, Class<E> type) {
    YamlValue v = value(key);
    return v == null ? null : v.toChoice(type);
  }

  String httpUrl(String key) {
    YamlValue v = value(key);
    return v == null ? null : v.toHttpUrl();
  }

  YamlMapping mapping(String key) {
    return of(context, node(key), child(key));
  }

  /** The elements of a list, or null when absent; anything but a list is reported. */
  List<YamlItem> list(String key) {
    Node value = node(key);
    if (value == null || isNull(value)) {
      return null;
    }
    if (!(value instanceof SequenceNode sequence)) {
      context.report(value, child(key), "expected a list, got " + describe(value));
      return List.of();
    }
    List<YamlItem> items = new ArrayList<>();
    List<Node> nodes = sequence.getValue();
    for (int i = 0; i < nodes.size(); i++) {
      items.add(new YamlItem(nodes.get(i), child(key) + "[" + i + "]"));
    }
    return items;
  }

  /** A list of strings, or null when absent; empty entries are dropped. */
  List<String> strings(String key) {
    List<YamlItem> items = list(key);
    if (items == null) {
      return null;
    }
    List<String> values = new ArrayList<>();
    for (YamlItem item : items) {
      YamlValue v = scalar(context, item.node(), item.path());
      if (v != null) {
        values.add(v.text());
      }
    }
    return values;
  }

  /**
   * The one of several accepted spellings of a key that is written ({@code budget_usd} or
   * {@code budget-usd}), else the first; all become known, and writing two is reported.
   */
  String spelling(String... names) {
    String found = null;
    for (String name : names) {
      known.add(name);
      if (entries.containsKey(name)) {
        if (found != null) {
          context.report(entries.get(name).getKeyNode(), path,
              "'" + found + "' and '" + name + "' are the same field; give only one");
        }
        found = found == null ? name : found;
      }
    }
    return found == null ? names[0] : found;
  }

  /** Reports every key no getter asked for. */
  void finish() {
    for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
      if (!known.contains(entry.getKey())) {
        String hint = DidYouMean.closest(entry.getKey(), known)
            .map(s -> "(did you mean '" + s + "'?)")
            .orElse("(known keys: " + String.join(", ", known) + ")");
        context.report(entry.getValue().getKeyNode(), path, "unknown key '" + entry.getKey() + "' " + hint);
      }
    }
  }

  private void index(MappingNode map) {
    for (NodeTuple tuple : map.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (keyNode.getTag().equals(Tag.MERGE)) {
        continue;
      }
      if (!(keyNode instanceof ScalarNode scalarKey)) {
        context.report(keyNode, path, "a key must be a plain name, got " + describe(keyNode));
        continue;
      }
      NodeTuple first = entries.putIfAbsent(scalarKey.getValue(), tuple);
      if (first != null) {
        int line = first.getKeyNode().getStartMark().getLine() + 1;
        context.report(keyNode, path, "duplicate key '" + scalarKey.getValue() + "' (first given on line " + line + ")");
      }
    }
    for (NodeTuple tuple : YamlMerge.mergedInto(map, context, path)) {
      entries.putIfAbsent(((ScalarNode) tuple.getKeyNode()).getValue(), tuple);
    }
  }

  static String describe(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    return "'" + ((ScalarNode) node).getValue() + "'";
  }
}
