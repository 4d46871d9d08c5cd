/**
 * Who is calling: client keys (issued by us) resolved to a {@link dev.switchboard.engine.access.Caller}
 * from memory, by the SHA-256 hash of the presented key. Never a store read per request.
 */
package dev.switchboard.engine.access;
