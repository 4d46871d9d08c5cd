package dev.switchboard.engine.credential;

import dev.switchboard.engine.route.Target;

/** A (target, credential) pair: one possible attempt. */
public record Candidate(Target target, Credential credential) {

  /** Identity of the pair for strategy state and "already tried" checks. */
  public String key() {
    return credential.label() + "/" + target.upstreamModel();
  }
}
