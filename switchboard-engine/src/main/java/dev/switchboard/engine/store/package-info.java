/**
 * Store ports: what the engine persists (client keys, usage records which double as the request
 * log, hourly rollups, counters that must survive a restart) and the records they speak in.
 * Implementations live in {@code store.sql}; every call is blocking and runs off the event loop
 * (the usage writer's thread, the store jobs' thread or a worker executor).
 */
package dev.switchboard.engine.store;
