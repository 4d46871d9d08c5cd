/**
 * Relay sync: pulls groups, prices, tokens and channels from upstream new-api relay sites into a
 * target (new-api or Switchboard). Built by the relay-sync issue; the module exists now so the
 * reactor has its final shape and the layering rules cover it.
 */
package dev.switchboard.relaysync;
