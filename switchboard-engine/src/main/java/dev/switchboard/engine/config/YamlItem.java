package dev.switchboard.engine.config;

import org.yaml.snakeyaml.nodes.Node;

/** One element of a YAML list with its field path ({@code providers[2]}), for binders to descend into. */
record YamlItem(Node node, String path) {}
