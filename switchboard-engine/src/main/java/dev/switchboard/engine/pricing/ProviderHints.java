package dev.switchboard.engine.pricing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The catalog provider ids to try first when pricing a request a configured provider served: the
 * provider's own id (users often name it after the vendor: {@code openai}, {@code groq}), then the
 * catalog id of its type ({@code gemini} is models.dev's {@code google}).
 */
public final class ProviderHints {

  private static final Map<String, String> BY_TYPE = Map.of(
      "openai", "openai",
      "anthropic", "anthropic",
      "gemini", "google");

  private ProviderHints() {}

  /** Hints for {@link PriceBook#find(String, List)}; either argument may be null. */
  public static List<String> of(String providerId, String providerType) {
    List<String> out = new ArrayList<>(2);
    if (providerId != null && !providerId.isEmpty()) {
      out.add(providerId);
    }
    String byType = providerType == null ? null : BY_TYPE.get(providerType);
    if (byType != null && !out.contains(byType)) {
      out.add(byType);
    }
    return List.copyOf(out);
  }
}
