package dev.switchboard.engine.store;

/**
 * One bucket of a windowed counter: the counter's name (e.g. {@code key:abc:rpm} or
 * {@code cred:openai#0:rpd}), the epoch second its bucket starts at, and the count in it.
 */
public record CounterBucket(String counter, long bucketStart, long count) {}
