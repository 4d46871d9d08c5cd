package dev.switchboard.engine.resilience;

import java.util.List;

/** A provider's credentials as status pages show them. */
public record ProviderStatus(String providerId, List<CredentialStatus> credentials) {

  public ProviderStatus {
    credentials = List.copyOf(credentials);
  }
}
