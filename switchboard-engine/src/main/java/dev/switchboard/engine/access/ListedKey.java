package dev.switchboard.engine.access;

import dev.switchboard.engine.store.StoredKey;

/** A client key as the admin API lists it, with where it comes from. */
public record ListedKey(StoredKey key, KeySource source) {}
