package dev.switchboard.engine.access;

import dev.switchboard.engine.store.StoredKey;

/** A freshly created client key: the stored row and the full key, which is shown only this once. */
public record IssuedKey(StoredKey key, String secret) {

  @Override
  public String toString() {
    return "IssuedKey[id=" + key.id() + ", secret=<redacted>]";
  }
}
