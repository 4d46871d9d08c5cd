/**
 * Store ports: what the engine persists (client keys, usage records and rollups, the request log,
 * counters that must survive a restart). Implementations live in {@code store.sql}; every call is
 * blocking and runs off the event loop (a worker or the store's own thread).
 */
package dev.switchboard.engine.store;
