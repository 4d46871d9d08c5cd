package dev.switchboard.server.http.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.engine.store.Grouping;
import dev.switchboard.engine.store.UsageQuery;
import dev.switchboard.engine.store.UsageRow;
import dev.switchboard.engine.store.UsageTotals;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ErrorType;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code GET /admin/usage?group_by=day|hour|model|key|provider&from=&to=&key=} (default: by day over
 * the last 30 days) and {@code GET /admin/keys/{id}/usage?from=&to=} (totals, {@code by_model} and
 * {@code by_day}; default: everything retention kept). Both read the hourly rollups, so {@code from}
 * counts from the start of its hour.
 */
final class UsageHandler {

  private static final Duration DEFAULT_WINDOW = Duration.ofDays(30);

  private final AdminServices services;

  UsageHandler(AdminServices services) {
    this.services = services;
  }

  void usage(RoutingContext ctx) {
    String groupText = Optional.ofNullable(ctx.request().getParam("group_by")).orElse("day");
    Grouping group = Grouping.parse(groupText);
    if (group == null) {
      AdminReplies.badRequest(ctx, "'group_by' must be one of day, hour, model, key, provider", "group_by");
      return;
    }
    UsageQuery q;
    try {
      Instant to = TimeParams.to(ctx.request().getParam("to"), nextHour());
      q = new UsageQuery(group, TimeParams.from(ctx.request().getParam("from"), to.minus(DEFAULT_WINDOW)), to,
          blankToNull(ctx.request().getParam("key")));
    } catch (IllegalArgumentException e) {
      AdminReplies.badRequest(ctx, e.getMessage(), null);
      return;
    }
    AdminReplies.blocking(services, () -> services.usage().usage(q)).onSuccess(rows -> {
      ObjectNode root = window(Json.object().put("object", "list"), q)
          .put("group_by", group.name().toLowerCase(Locale.ROOT));
      ArrayNode data = root.putArray("data");
      rows.forEach(r -> data.add(AdminJson.totals(Json.object().put("bucket", r.bucket()), r.totals())));
      AdminReplies.json(ctx, 200, root);
    }).onFailure(e -> AdminReplies.failure(ctx, e));
  }

  void keyUsage(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    Instant from;
    Instant to;
    try {
      to = TimeParams.to(ctx.request().getParam("to"), nextHour());
      from = TimeParams.from(ctx.request().getParam("from"), Instant.EPOCH);
    } catch (IllegalArgumentException e) {
      AdminReplies.badRequest(ctx, e.getMessage(), null);
      return;
    }
    AdminReplies.blocking(services, () -> services.keys().find(id).map(k -> {
      ObjectNode root = window(Json.object().put("key_id", id), new UsageQuery(Grouping.KEY, from, to, id));
      List<UsageRow> total = services.usage().usage(new UsageQuery(Grouping.KEY, from, to, id));
      AdminJson.totals(root.putObject("totals"), total.isEmpty() ? UsageTotals.ZERO : total.get(0).totals());
      rows(root.putArray("by_model"), "model", services.usage().usage(new UsageQuery(Grouping.MODEL, from, to, id)));
      rows(root.putArray("by_day"), "day", services.usage().usage(new UsageQuery(Grouping.DAY, from, to, id)));
      return root;
    })).onSuccess(found -> {
      if (found.isPresent()) {
        AdminReplies.json(ctx, 200, found.get());
      } else {
        AdminReplies.error(ctx, new ApiError(404, ErrorType.NOT_FOUND, "no client key with id '" + id + "'", "id",
            "key_not_found"));
      }
    }).onFailure(e -> AdminReplies.failure(ctx, e));
  }

  private static void rows(ArrayNode into, String label, List<UsageRow> rows) {
    rows.forEach(r -> into.add(AdminJson.totals(Json.object().put(label, r.bucket()), r.totals())));
  }

  private static ObjectNode window(ObjectNode o, UsageQuery q) {
    return o.put("from", AdminJson.time(q.from())).put("to", AdminJson.time(q.to()));
  }

  private static Instant nextHour() {
    return Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
