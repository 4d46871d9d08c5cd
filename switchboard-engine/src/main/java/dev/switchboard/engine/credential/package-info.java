/**
 * Credentials (secrets sent upstream), the pools that hold them per provider, the selection
 * strategies (round-robin, weighted, fill-first, random) over (target, credential) pairs, the gate
 * that says which candidates may be used now, and the per-credential upstream rpm/rpd windows.
 */
package dev.switchboard.engine.credential;
