package dev.switchboard.server.http.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.engine.store.LogCursor;
import dev.switchboard.engine.store.LogQuery;
import dev.switchboard.engine.usage.UsageRecord;
import dev.switchboard.translate.Json;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * {@code GET /admin/logs?limit=&before=&key=&model=&status=}: the request log, newest first.
 * {@code limit} is 1 to {@value #MAX_LIMIT} (default {@value #DEFAULT_LIMIT}); the answer's
 * {@code next_before} is the {@code before} of the next page (keyset paging, so page 1,000 costs
 * what page 1 does). {@code status} is {@code ok}, {@code error}, an error kind or an HTTP status.
 */
final class LogsHandler {

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 1000;

  private final AdminServices services;

  LogsHandler(AdminServices services) {
    this.services = services;
  }

  void logs(RoutingContext ctx) {
    LogQuery q;
    try {
      q = query(ctx.request());
    } catch (IllegalArgumentException e) {
      AdminReplies.badRequest(ctx, e.getMessage(), null);
      return;
    }
    LogQuery oneMore = new LogQuery(q.limit() + 1, q.before(), q.keyId(), q.model(), q.status());
    AdminReplies.blocking(services, () -> services.usage().logs(oneMore)).onSuccess(records -> {
      boolean more = records.size() > q.limit();
      List<UsageRecord> page = more ? records.subList(0, q.limit()) : records;
      ObjectNode root = Json.object().put("object", "list");
      ArrayNode data = root.putArray("data");
      page.forEach(r -> data.add(AdminJson.record(r)));
      UsageRecord last = page.isEmpty() ? null : page.get(page.size() - 1);
      root.put("has_more", more)
          .put("next_before", more ? new LogCursor(last.time().toEpochMilli(), last.requestId()).text() : null);
      AdminReplies.json(ctx, 200, root);
    }).onFailure(e -> AdminReplies.failure(ctx, e));
  }

  private static LogQuery query(HttpServerRequest req) {
    int limit = DEFAULT_LIMIT;
    String limitText = req.getParam("limit");
    if (limitText != null && !limitText.isBlank()) {
      try {
        limit = Integer.parseInt(limitText.strip());
      } catch (NumberFormatException e) {
        limit = -1;
      }
      if (limit < 1 || limit > MAX_LIMIT) {
        throw new IllegalArgumentException("'limit' must be a whole number from 1 to " + MAX_LIMIT);
      }
    }
    LogCursor before = null;
    String beforeText = blankToNull(req.getParam("before"));
    if (beforeText != null) {
      before = LogCursor.parse(beforeText);
      if (before == null) {
        throw new IllegalArgumentException("'before' must be the next_before of a previous page, "
            + "or epoch milliseconds");
      }
    }
    return new LogQuery(limit, before, blankToNull(req.getParam("key")), blankToNull(req.getParam("model")),
        blankToNull(req.getParam("status")));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
