package dev.switchboard.engine.store;

import java.util.List;
import java.util.Optional;

/** Persists the client keys created through the admin API. Blocking: call from a worker thread. */
public interface ClientKeyStore {

  /** Every stored key, oldest first. */
  List<StoredKey> all();

  Optional<StoredKey> find(String id);

  void insert(StoredKey key);

  /** Sets the key's state; false when no key has this id. */
  boolean updateState(String id, KeyState state);

  /** Deletes the key; false when no key has this id. Its usage records stay. */
  boolean delete(String id);
}
