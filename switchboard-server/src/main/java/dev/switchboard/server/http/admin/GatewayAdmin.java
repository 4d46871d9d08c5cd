package dev.switchboard.server.http.admin;

import dev.switchboard.engine.exchange.GatewayState;
import java.util.function.Supplier;

/** What the gateway-state admin endpoints read: the live state, and the config reload. */
public record GatewayAdmin(Supplier<GatewayState> state, ConfigReload reload) {}
