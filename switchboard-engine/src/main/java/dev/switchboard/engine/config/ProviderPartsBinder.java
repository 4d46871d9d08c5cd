package dev.switchboard.engine.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Binds the lists and options inside one provider: {@code models} (a map {@code {name, alias,
 * upstream}} or a plain name each, names and aliases unique within the provider),
 * {@code credentials} (a key is required except for mock providers) and {@code mock}.
 */
final class ProviderPartsBinder {

  private ProviderPartsBinder() {}

  /** The models, or null when {@code models:} is omitted (the provider passes any model through). */
  static List<ModelConfig> models(YamlMapping provider) {
    List<YamlItem> items = provider.list("models");
    if (items == null) {
      return null;
    }
    BindContext context = provider.context();
    List<ModelConfig> models = new ArrayList<>();
    Map<String, String> names = new HashMap<>();
    for (YamlItem item : items) {
      ModelConfig model = model(context, item);
      if (model != null) {
        models.add(model);
        claim(context, names, model.name(), item);
        claim(context, names, model.alias(), item);
      }
    }
    return models;
  }

  static List<CredentialConfig> credentials(YamlMapping provider, boolean mock) {
    List<YamlItem> items = provider.list("credentials");
    List<CredentialConfig> credentials = new ArrayList<>();
    for (YamlItem item : items == null ? List.<YamlItem>of() : items) {
      YamlMapping m = YamlMapping.of(provider.context(), item.node(), item.path());
      if (!m.present()) {
        reportEmpty(provider.context(), item, "a credential needs a key");
        continue;
      }
      YamlValue key = mock ? m.value("key") : m.require("key");
      credentials.add(new CredentialConfig(
          key == null ? null : key.text(),
          m.integer("weight", 1, 1, Integer.MAX_VALUE),
          m.bool("disabled", false)));
      m.finish();
    }
    return credentials;
  }

  /** The mock options: the defaults for a mock provider that has none, null for other types. */
  static MockConfig mock(YamlMapping m, String type) {
    boolean mockType = "mock".equals(type);
    if (!m.present() && !mockType) {
      m.finish();
      return null;
    }
    if (m.present() && type != null && !mockType) {
      m.report("applies only to providers of type mock");
    }
    MockConfig d = MockConfig.DEFAULT;
    MockConfig mock = new MockConfig(
        m.duration("latency", d.latency()),
        m.integer("chunks", d.chunks(), 1, 100_000),
        m.string("text", d.text()),
        m.fraction("fail-rate", d.failRate()),
        m.integer("fail-status", d.failStatus(), 400, 599));
    m.finish();
    return mock;
  }

  private static ModelConfig model(BindContext context, YamlItem item) {
    if (item.node() instanceof ScalarNode && !YamlMapping.isNull(item.node())) {
      YamlValue name = YamlMapping.scalar(context, item.node(), item.path());
      return name == null ? null : new ModelConfig(name.text(), null, null);
    }
    YamlMapping m = YamlMapping.of(context, item.node(), item.path());
    if (!m.present()) {
      reportEmpty(context, item, "a model needs a name");
      return null;
    }
    YamlValue name = m.require("name");
    ModelConfig model = new ModelConfig(name == null ? null : name.text(), m.string("alias"), m.string("upstream"));
    m.finish();
    return name == null ? null : model;
  }

  private static void claim(BindContext context, Map<String, String> names, String name, YamlItem item) {
    if (name == null) {
      return;
    }
    String first = names.putIfAbsent(name, item.path());
    if (first != null && !first.equals(item.path())) {
      context.report(item.node(), item.path(), "model name '" + name + "' is already used by " + first);
    }
  }

  private static void reportEmpty(BindContext context, YamlItem item, String need) {
    if (YamlMapping.isNull(item.node())) {
      context.report(item.node(), item.path(), "empty list entry; " + need);
    }
  }
}
