package dev.switchboard.server.http.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.engine.config.ProviderConfig;
import dev.switchboard.engine.exchange.GatewayState;
import dev.switchboard.engine.pricing.CatalogModel;
import dev.switchboard.engine.pricing.ModelPrice;
import dev.switchboard.engine.pricing.PriceBook;
import dev.switchboard.engine.pricing.PriceMatch;
import dev.switchboard.engine.pricing.ProviderHints;
import dev.switchboard.engine.route.ListedModel;
import dev.switchboard.engine.route.Target;
import dev.switchboard.translate.Json;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /admin/models}: every model name clients can ask for, with the targets that serve it,
 * the price each target is billed at (USD per 1M tokens; {@code null} when unpriced) and the
 * limits the built-in catalog knows.
 */
final class ModelsView {

  private ModelsView() {}

  static ObjectNode of(GatewayState state) {
    PriceBook prices = state.costs().prices();
    ArrayNode data = Json.array();
    for (ListedModel m : state.routes().listedModels()) {
      ObjectNode o = data.addObject().put("id", m.name());
      ArrayNode targets = o.putArray("targets");
      for (Target t : state.routes().group(m.name()).targets()) {
        ProviderConfig p = state.config().provider(t.providerId());
        List<String> hints = p == null ? List.of() : ProviderHints.of(p.id(), p.type());
        ObjectNode to = targets.addObject().put("provider", t.providerId()).put("upstream_model", t.upstreamModel())
            .put("priority", t.priority());
        Optional<PriceMatch> price = prices.find(t.upstreamModel(), hints);
        to.set("price", price.isPresent() ? price(price.get()) : Json.NODES.nullNode());
        limits(to, prices, t.upstreamModel(), hints);
      }
    }
    ObjectNode body = Json.object();
    body.set("data", data);
    return body;
  }

  private static ObjectNode price(PriceMatch match) {
    ModelPrice p = match.price();
    ObjectNode o = Json.object().put("source", match.source().name().toLowerCase(java.util.Locale.ROOT))
        .put("key", match.key());
    put(o, "input", p.input());
    put(o, "output", p.output());
    put(o, "cache_read", p.cacheRead());
    put(o, "cache_write", p.cacheWrite());
    put(o, "reasoning", p.reasoning());
    ArrayNode tiers = o.putArray("tiers");
    p.tiers().forEach(t -> {
      ObjectNode to = tiers.addObject().put("above_input_tokens", t.aboveInputTokens());
      put(to, "input", t.input());
      put(to, "output", t.output());
    });
    return o;
  }

  private static void limits(ObjectNode o, PriceBook prices, String model, List<String> hints) {
    Optional<CatalogModel> c = Optional.empty();
    for (String h : hints) {
      c = prices.catalog().find(h, model);
      if (c.isPresent()) {
        break;
      }
    }
    if (c.isEmpty()) {
      c = prices.catalog().findBare(model);
    }
    c.ifPresent(cm -> {
      ObjectNode l = o.putObject("limits");
      if (cm.limits().context() != null) {
        l.put("context", cm.limits().context());
      }
      if (cm.limits().output() != null) {
        l.put("output", cm.limits().output());
      }
      ArrayNode caps = o.putArray("capabilities");
      cm.capabilities().stream().sorted().forEach(caps::add);
    });
  }

  private static void put(ObjectNode o, String field, BigDecimal value) {
    if (value == null) {
      o.putNull(field);
    } else {
      o.put(field, value);
    }
  }
}
