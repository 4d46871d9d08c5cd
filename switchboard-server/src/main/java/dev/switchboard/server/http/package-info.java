/**
 * The HTTP layer: the route table on one screen ({@link dev.switchboard.server.http.Routes}), the
 * verticle that serves it, client-key extraction, and errors rendered in the caller's format.
 * Never imports a provider.
 */
package dev.switchboard.server.http;
