package dev.switchboard.engine.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Binds {@code providers}: each entry's scalar fields, headers and timeout overrides here, its
 * models, credentials and mock options in {@link ProviderPartsBinder}. Checks that ids are present,
 * well formed and unique, and that each type is one the provider registry knows.
 */
final class ProviderBinder {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  private static final TimeoutsConfig NO_OVERRIDES = new TimeoutsConfig(null, null, null);
  private static final int UNLIMITED = -1;
  private static final int MAX = Integer.MAX_VALUE;

  private ProviderBinder() {}

  static List<ProviderConfig> bind(YamlMapping root) {
    List<YamlItem> items = root.list("providers");
    List<ProviderConfig> providers = new ArrayList<>();
    Map<String, YamlValue> ids = new HashMap<>();
    for (YamlItem item : items == null ? List.<YamlItem>of() : items) {
      YamlMapping entry = YamlMapping.of(root.context(), item.node(), item.path());
      if (entry.present()) {
        providers.add(provider(entry, ids));
      } else if (YamlMapping.isNull(item.node())) {
        root.context().report(item.node(), item.path(), "empty list entry; a provider needs at least id and type");
      }
    }
    return providers;
  }

  private static ProviderConfig provider(YamlMapping m, Map<String, YamlValue> ids) {
    YamlValue id = m.require("id");
    checkId(id, ids);
    String type = type(m.require("type"), m);
    boolean mock = "mock".equals(type);
    ProviderConfig provider = new ProviderConfig(
        id == null ? null : id.text(),
        type,
        m.httpUrl("base-url"),
        m.choice("wire-api", WireApi.CHAT),
        m.integer("priority", 0, Integer.MIN_VALUE, MAX),
        m.string("prefix"),
        m.strings("excluded-models"),
        ProviderPartsBinder.models(m),
        headers(m.mapping("headers")),
        m.httpUrl("proxy-url"),
        m.integer("rpm", UNLIMITED, UNLIMITED, MAX),
        m.integer("rpd", UNLIMITED, UNLIMITED, MAX),
        m.httpUrl("quota-url"),
        ProviderPartsBinder.credentials(m, mock),
        ProviderPartsBinder.mock(m.mapping("mock"), type),
        overrides(m.mapping("timeouts")));
    m.finish();
    return provider;
  }

  private static void checkId(YamlValue id, Map<String, YamlValue> ids) {
    if (id == null) {
      return;
    }
    if (!ID.matcher(id.text()).matches()) {
      id.report("'" + id.text() + "' is not a valid provider id; use letters, digits, '.', '_' and '-'");
      return;
    }
    YamlValue first = ids.putIfAbsent(id.text(), id);
    if (first != null) {
      int line = first.node().getStartMark().getLine() + 1;
      id.report("duplicate provider id '" + id.text() + "' (already used by "
          + first.path().replaceAll("\\.id$", "") + " on line " + line + ")");
    }
  }

  private static String type(YamlValue type, YamlMapping m) {
    if (type == null) {
      return null;
    }
    if (!m.context().providerTypes().contains(type.text())) {
      type.reportUnknown("provider type", m.context().providerTypes().stream().sorted().toList());
      return null;
    }
    return type.text();
  }

  private static Map<String, String> headers(YamlMapping m) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : m.keys()) {
      String value = m.string(name);
      if (value != null) {
        headers.put(name, value);
      }
    }
    m.finish();
    return headers;
  }

  private static TimeoutsConfig overrides(YamlMapping m) {
    if (!m.present()) {
      m.finish();
      return null;
    }
    return RoutingBinder.timeouts(m, NO_OVERRIDES);
  }
}
