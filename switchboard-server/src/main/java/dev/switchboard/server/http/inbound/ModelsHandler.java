package dev.switchboard.server.http.inbound;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.engine.exchange.Gateway;
import dev.switchboard.engine.route.ListedModel;
import dev.switchboard.server.http.CallerAuth;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.format.Format;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.List;

/**
 * {@code GET /v1/models} (OpenAI's list; Anthropic's shape when the request carries
 * {@code anthropic-version}) and {@code GET /v1beta/models} (Gemini's list): the model names and
 * aliases the config lists. Passthrough providers add no names: they serve whatever is asked.
 */
public final class ModelsHandler implements Handler<RoutingContext> {

  private final Gateway gateway;
  private final Format format;

  public ModelsHandler(Gateway gateway, Format format) {
    this.gateway = gateway;
    this.format = format;
  }

  @Override
  public void handle(RoutingContext ctx) {
    Format shape = format == Format.GEMINI ? Format.GEMINI
        : ctx.request().getHeader("anthropic-version") != null ? Format.ANTHROPIC_MESSAGES : Format.OPENAI_CHAT;
    if (CallerAuth.authenticate(ctx, shape, gateway.state().keys()) == null) {
      return;
    }
    List<ListedModel> models = gateway.state().routes().listedModels();
    ObjectNode body = switch (shape) {
      case GEMINI -> gemini(models);
      case ANTHROPIC_MESSAGES -> anthropic(models);
      default -> openai(models);
    };
    ctx.response().putHeader("content-type", "application/json").end(Buffer.buffer(Json.writeBytes(body)));
  }

  private static ObjectNode openai(List<ListedModel> models) {
    ObjectNode root = Json.object().put("object", "list");
    ArrayNode data = root.putArray("data");
    for (ListedModel m : models) {
      data.addObject().put("id", m.name()).put("object", "model").put("created", 0).put("owned_by", m.providerId());
    }
    return root;
  }

  private static ObjectNode anthropic(List<ListedModel> models) {
    ObjectNode root = Json.object();
    ArrayNode data = root.putArray("data");
    for (ListedModel m : models) {
      // anthropic-java 3.12 ModelInfo requires lifecycle and the nullable limits to be present
      data.addObject().put("type", "model").put("id", m.name()).put("display_name", m.name())
          .put("created_at", Instant.EPOCH.toString()).put("lifecycle", "active")
          .putNull("max_input_tokens").putNull("max_tokens");
    }
    root.put("has_more", false);
    if (models.isEmpty()) {
      root.putNull("first_id").putNull("last_id");
    } else {
      root.put("first_id", models.get(0).name()).put("last_id", models.get(models.size() - 1).name());
    }
    return root;
  }

  private static ObjectNode gemini(List<ListedModel> models) {
    ObjectNode root = Json.object();
    ArrayNode data = root.putArray("models");
    for (ListedModel m : models) {
      ObjectNode o = data.addObject().put("name", "models/" + m.name()).put("displayName", m.name());
      o.putArray("supportedGenerationMethods").add("generateContent").add("streamGenerateContent").add("countTokens");
    }
    return root;
  }
}
