/** One thin handler per inbound endpoint; the shared work lives in {@code ExchangeRunner}. */
package dev.switchboard.server.http.inbound;
