package dev.switchboard.engine.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * YAML merge keys ({@code <<: *base}, or {@code <<: [*a, *b]}), which SnakeYAML's composer leaves
 * unresolved: lists the entries a mapping takes from its merges, in precedence order (a merged
 * mapping's own keys before its nested merges, earlier merges before later ones). Keys written in
 * the mapping itself win over all of them; that is the caller's first-wins insertion. A merge that
 * reaches a mapping already being merged (an anchor merged into itself) is reported, not followed.
 */
final class YamlMerge {

  private final BindContext context;
  private final String path;
  private final Set<Node> visiting = Collections.newSetFromMap(new IdentityHashMap<>());

  private YamlMerge(BindContext context, String path) {
    this.context = context;
    this.path = path;
  }

  static List<NodeTuple> mergedInto(MappingNode map, BindContext context, String path) {
    List<NodeTuple> merged = new ArrayList<>();
    new YamlMerge(context, path).mergesOf(map, merged);
    return merged;
  }

  private void mergesOf(MappingNode map, List<NodeTuple> into) {
    visiting.add(map);
    for (NodeTuple tuple : map.getValue()) {
      if (tuple.getKeyNode().getTag().equals(Tag.MERGE)) {
        collect(tuple.getValueNode(), into);
      }
    }
    visiting.remove(map);
  }

  private void collect(Node value, List<NodeTuple> into) {
    if (visiting.contains(value)) {
      context.report(value, path, "'<<' merges a mapping into itself");
    } else if (value instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode && !tuple.getKeyNode().getTag().equals(Tag.MERGE)) {
          into.add(tuple);
        }
      }
      mergesOf(mapping, into);
    } else if (value instanceof SequenceNode sequence) {
      sequence.getValue().forEach(node -> collect(node, into));
    } else {
      context.report(value, path, "'<<' must be followed by a mapping or a list of mappings, got "
          + YamlMapping.describe(value));
    }
  }
}
