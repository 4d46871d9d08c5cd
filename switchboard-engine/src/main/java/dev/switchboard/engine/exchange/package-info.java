/**
 * A client request's way through the engine: the per-request {@link dev.switchboard.engine.exchange.Exchange},
 * the {@link dev.switchboard.engine.exchange.Gateway} that routes it and runs its attempts, and the
 * stream pump that carries an upstream stream to the client with back-pressure.
 */
package dev.switchboard.engine.exchange;
