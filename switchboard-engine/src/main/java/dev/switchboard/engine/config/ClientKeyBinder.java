package dev.switchboard.engine.config;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds {@code client-keys}, the static keys callers use. Entries accept the admin API's names
 * ({@code budget_usd}, {@code budget_period}) as well as kebab case; a budget without a period
 * resets monthly. The same key twice is an error that does not print the key.
 */
final class ClientKeyBinder {

  private static final int MAX = Integer.MAX_VALUE;

  private ClientKeyBinder() {}

  static List<ClientKeyConfig> bind(YamlMapping root) {
    List<YamlItem> items = root.list("client-keys");
    List<ClientKeyConfig> keys = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (YamlItem item : items == null ? List.<YamlItem>of() : items) {
      YamlMapping m = YamlMapping.of(root.context(), item.node(), item.path());
      if (m.present()) {
        keys.add(clientKey(m, seen));
      } else if (YamlMapping.isNull(item.node())) {
        root.context().report(item.node(), item.path(), "empty list entry; a client key needs a key");
      }
    }
    return keys;
  }

  private static ClientKeyConfig clientKey(YamlMapping m, Map<String, String> seen) {
    YamlValue key = m.require("key");
    if (key != null) {
      String first = seen.putIfAbsent(key.text(), m.path());
      if (first != null) {
        key.report("the same key is already given by " + first);
      }
    }
    String name = m.string("name");
    Integer rpm = m.optionalInteger("rpm", 0, MAX);
    Integer rpd = m.optionalInteger("rpd", 0, MAX);
    Integer tpm = m.optionalInteger("tpm", 0, MAX);
    BigDecimal budget = m.decimal(m.spelling("budget_usd", "budget-usd"));
    BudgetPeriod period = m.optionalChoice(m.spelling("budget_period", "budget-period"), BudgetPeriod.class);
    if (budget != null && period == null) {
      period = BudgetPeriod.MONTH;
    }
    ClientKeyConfig config = new ClientKeyConfig(
        key == null ? null : key.text(), name, rpm, rpd, tpm, budget, period, m.strings("models"));
    m.finish();
    return config;
  }
}
