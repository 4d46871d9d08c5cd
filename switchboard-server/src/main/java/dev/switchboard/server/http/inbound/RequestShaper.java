package dev.switchboard.server.http.inbound;

import dev.switchboard.translate.canonical.ChatRequest;
import io.vertx.ext.web.RoutingContext;

/** Completes a decoded request with what its endpoint carries outside the body (Gemini: model and stream). */
@FunctionalInterface
public interface RequestShaper {

  ChatRequest shape(ChatRequest decoded, RoutingContext ctx);

  RequestShaper AS_IS = (decoded, ctx) -> decoded;
}
