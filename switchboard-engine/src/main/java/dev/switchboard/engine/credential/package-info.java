/**
 * Credentials (secrets sent upstream), the pools that hold them per provider, and the selection
 * strategies (round-robin, weighted, fill-first, random) over (target, credential) pairs.
 */
package dev.switchboard.engine.credential;
