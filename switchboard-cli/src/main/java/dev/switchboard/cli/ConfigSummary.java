package dev.switchboard.cli;

import dev.switchboard.engine.config.CredentialConfig;
import dev.switchboard.engine.config.ModelConfig;
import dev.switchboard.engine.config.ProviderConfig;
import dev.switchboard.engine.config.SwitchboardConfig;
import dev.switchboard.engine.route.ListedModel;
import dev.switchboard.engine.route.RouteResolver;
import dev.switchboard.engine.route.Target;
import dev.switchboard.engine.route.TargetGroup;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The human-readable view of a resolved config that {@code config check} prints. Never shows a secret. */
final class ConfigSummary {

  private ConfigSummary() {}

  static String of(SwitchboardConfig cfg) {
    StringBuilder out = new StringBuilder();
    out.append("Server: ").append(cfg.server().host()).append(':').append(cfg.server().port())
        .append(cfg.server().tls() == null ? "" : " (TLS)").append('\n');
    out.append("Client keys in config: ").append(cfg.clientKeys().size())
        .append(cfg.clientKeys().isEmpty() ? " (create keys through the admin API, or every request gets 401)" : "")
        .append('\n');
    out.append("Routing strategy: ").append(cfg.routing().strategy().name().toLowerCase().replace('_', '-')).append("\n\n");
    out.append("Providers:\n");
    for (ProviderConfig p : cfg.providers()) {
      out.append(provider(p));
    }
    out.append("\nRoutes:\n");
    RouteResolver routes = new RouteResolver(cfg.providers(), cfg.routing().fallbacks());
    for (ListedModel m : routes.listedModels()) {
      out.append("  ").append(m.name()).append(" -> ").append(targets(routes.group(m.name()))).append('\n');
    }
    List<String> passthrough = cfg.providers().stream().filter(ProviderConfig::passthrough).map(ProviderConfig::id).toList();
    if (!passthrough.isEmpty()) {
      out.append("  any other model -> ").append(String.join(", ", passthrough)).append(" (passthrough)\n");
    }
    for (Map.Entry<String, List<String>> f : cfg.routing().fallbacks().entrySet()) {
      out.append("  fallback: ").append(f.getKey()).append(" then ").append(String.join(", ", f.getValue())).append('\n');
    }
    return out.toString();
  }

  private static String provider(ProviderConfig p) {
    long enabled = p.credentials().stream().filter(c -> !c.disabled()).count();
    String models = p.passthrough() ? "any model" : p.models().stream().map(ConfigSummary::model)
        .collect(Collectors.joining(", "));
    StringBuilder s = new StringBuilder("  ").append(p.id()).append(" [").append(p.type());
    if (p.wireApi() != null && (p.type().startsWith("openai"))) {
      s.append(", ").append(p.wireApi().name().toLowerCase());
    }
    s.append("] priority ").append(p.priority());
    if (p.baseUrl() != null) {
      s.append(", ").append(p.baseUrl());
    }
    if (p.prefix() != null && !p.prefix().isBlank()) {
      s.append(", prefix ").append(p.prefix());
    }
    s.append("\n    credentials: ").append(enabled).append(" enabled");
    long disabled = p.credentials().stream().filter(CredentialConfig::disabled).count();
    if (disabled > 0) {
      s.append(", ").append(disabled).append(" disabled");
    }
    s.append("\n    models: ").append(models).append('\n');
    if (!p.excludedModels().isEmpty()) {
      s.append("    excluded: ").append(String.join(", ", p.excludedModels())).append('\n');
    }
    return s.toString();
  }

  private static String model(ModelConfig m) {
    String s = m.name();
    if (m.alias() != null && !m.alias().isBlank()) {
      s += " (alias " + m.alias() + ")";
    }
    if (m.upstream() != null && !m.upstream().isBlank() && !m.upstream().equals(m.name())) {
      s += " -> " + m.upstream();
    }
    return s;
  }

  private static String targets(TargetGroup g) {
    return g.targets().stream().map((Target t) -> t.providerId() + "/" + t.upstreamModel()
        + (t.priority() != 0 ? " (priority " + t.priority() + ")" : "")).collect(Collectors.joining(", "));
  }
}
