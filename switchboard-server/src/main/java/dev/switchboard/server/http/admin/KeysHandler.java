package dev.switchboard.server.http.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.engine.access.IssuedKey;
import dev.switchboard.engine.access.KeyChange;
import dev.switchboard.engine.access.KeySource;
import dev.switchboard.engine.access.ListedKey;
import dev.switchboard.engine.store.Grouping;
import dev.switchboard.engine.store.KeyState;
import dev.switchboard.engine.store.UsageQuery;
import dev.switchboard.engine.store.UsageRow;
import dev.switchboard.engine.store.UsageTotals;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ErrorType;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /admin/keys}: create (201, the full key shown only in this answer), list and show (with
 * usage totals), disable, enable and delete. Changes reach the in-memory key directory before the
 * answer, so they apply from the next request. Config keys are listed but read-only (400).
 */
final class KeysHandler {

  private final AdminServices services;

  KeysHandler(AdminServices services) {
    this.services = services;
  }

  void create(RoutingContext ctx) {
    JsonNode body;
    try {
      Buffer raw = ctx.body().buffer();
      body = raw == null || raw.length() == 0 ? null : Json.parse(raw.getBytes());
    } catch (IOException e) {
      AdminReplies.badRequest(ctx, "the body is not valid JSON", null);
      return;
    }
    JsonNode parsed = body;
    AdminReplies.blocking(services, () -> services.keys().create(KeySpecReader.read(parsed)))
        .onSuccess(issued -> AdminReplies.json(ctx, 201, created(issued)))
        .onFailure(e -> AdminReplies.failure(ctx, e));
  }

  void list(RoutingContext ctx) {
    AdminReplies.blocking(services, () -> {
      List<ListedKey> keys = services.keys().list();
      Map<String, UsageTotals> usage = services.usage().totalsByKey();
      ObjectNode root = Json.object().put("object", "list");
      ArrayNode data = root.putArray("data");
      keys.forEach(k -> data.add(AdminJson.key(k, usage.getOrDefault(k.key().id(), UsageTotals.ZERO))));
      return root;
    }).onSuccess(root -> AdminReplies.json(ctx, 200, root)).onFailure(e -> AdminReplies.failure(ctx, e));
  }

  void show(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    AdminReplies.blocking(services, () -> services.keys().find(id).map(k -> AdminJson.key(k, totals(id))))
        .onSuccess(found -> reply(ctx, id, found)).onFailure(e -> AdminReplies.failure(ctx, e));
  }

  void setState(RoutingContext ctx, KeyState state) {
    String id = ctx.pathParam("id");
    AdminReplies.blocking(services, () -> {
      KeyChange change = services.keys().setState(id, state);
      return change == KeyChange.DONE
          ? services.keys().find(id).map(k -> AdminJson.key(k, totals(id))) : refused(change);
    }).onSuccess(found -> reply(ctx, id, found)).onFailure(e -> AdminReplies.failure(ctx, e));
  }

  void delete(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    AdminReplies.blocking(services, () -> {
      KeyChange change = services.keys().delete(id);
      return change == KeyChange.DONE
          ? Optional.of(Json.object().put("id", id).put("object", "client_key").put("deleted", true))
          : refused(change);
    }).onSuccess(found -> reply(ctx, id, found)).onFailure(e -> AdminReplies.failure(ctx, e));
  }

  private UsageTotals totals(String id) {
    List<UsageRow> rows = services.usage().usage(new UsageQuery(Grouping.KEY, Instant.EPOCH,
        Instant.now().plusSeconds(3600), id));
    return rows.isEmpty() ? UsageTotals.ZERO : rows.get(0).totals();
  }

  private static ObjectNode created(IssuedKey issued) {
    ObjectNode o = AdminJson.key(new ListedKey(issued.key(), KeySource.API), null);
    o.put("key", issued.secret());
    return o;
  }

  private static Optional<ObjectNode> refused(KeyChange change) {
    if (change == KeyChange.READ_ONLY) {
      throw new IllegalArgumentException("this key comes from the config file's client-keys and is read-only "
          + "through the API; change or remove it in the config");
    }
    return Optional.empty();
  }

  private static void reply(RoutingContext ctx, String id, Optional<ObjectNode> found) {
    if (found.isPresent()) {
      AdminReplies.json(ctx, 200, found.get());
    } else {
      AdminReplies.error(ctx, new ApiError(404, ErrorType.NOT_FOUND, "no client key with id '" + id + "'", "id",
          "key_not_found"));
    }
  }
}
