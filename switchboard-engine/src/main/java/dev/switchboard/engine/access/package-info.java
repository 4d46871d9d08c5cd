/**
 * Who is calling: client keys (issued by us through {@link dev.switchboard.engine.access.KeyRegistry},
 * or listed in the config) resolved to a {@link dev.switchboard.engine.access.Caller} from the
 * in-memory {@link dev.switchboard.engine.access.ClientKeyDirectory}, by the SHA-256 hash of the
 * presented key. Never a store read per request.
 */
package dev.switchboard.engine.access;
