package dev.switchboard.engine.pricing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The models the gateway knows prices and limits for, by provider (models.dev's provider ids:
 * {@code openai}, {@code anthropic}, {@code google}, …). A bare model name (no provider) belongs to
 * one entry, chosen once at load:
 *
 * <ol>
 *   <li>the first provider of {@code firstParty} (the labs' own APIs, in a fixed order) that has it;
 *   <li>else, among the providers with a price for it, the only one, or the first by name when all
 *       of them charge the same;
 *   <li>else, when none has a price, the first by name (for its limits only).
 * </ol>
 *
 * A name whose resellers charge different prices has no owner: it is found only with a provider.
 */
public final class ModelCatalog {

  private final Map<String, Map<String, CatalogModel>> byProvider;
  private final Map<String, CatalogModel> bare;

  public ModelCatalog(List<CatalogModel> models, List<String> firstParty) {
    Map<String, Map<String, CatalogModel>> providers = new LinkedHashMap<>();
    Map<String, List<CatalogModel>> byId = new HashMap<>();
    for (CatalogModel m : models) {
      providers.computeIfAbsent(m.provider(), p -> new LinkedHashMap<>()).put(m.id(), m);
      byId.computeIfAbsent(m.id(), i -> new ArrayList<>()).add(m);
    }
    this.byProvider = providers;
    Map<String, CatalogModel> owners = new HashMap<>();
    byId.forEach((id, candidates) -> owner(candidates, firstParty).ifPresent(m -> owners.put(id, m)));
    this.bare = owners;
  }

  /** The catalog built into the jar (generated from models.dev), loaded once. */
  public static ModelCatalog builtIn() {
    return BuiltIn.INSTANCE;
  }

  /** The model {@code id} of {@code provider}. */
  public Optional<CatalogModel> find(String provider, String id) {
    Map<String, CatalogModel> models = byProvider.get(provider);
    return models == null ? Optional.empty() : Optional.ofNullable(models.get(id));
  }

  /** The owner of a bare model name (see the class comment). */
  public Optional<CatalogModel> findBare(String id) {
    return Optional.ofNullable(bare.get(id));
  }

  public boolean hasProvider(String provider) {
    return byProvider.containsKey(provider);
  }

  /** Every model, grouped by provider in catalog order. */
  public List<CatalogModel> models() {
    List<CatalogModel> out = new ArrayList<>();
    byProvider.values().forEach(m -> out.addAll(m.values()));
    return Collections.unmodifiableList(out);
  }

  public int size() {
    return byProvider.values().stream().mapToInt(Map::size).sum();
  }

  private static Optional<CatalogModel> owner(List<CatalogModel> candidates, List<String> firstParty) {
    for (String provider : firstParty) {
      for (CatalogModel m : candidates) {
        if (m.provider().equals(provider)) {
          return Optional.of(m);
        }
      }
    }
    List<CatalogModel> sorted = candidates.stream()
        .sorted((a, b) -> a.provider().compareTo(b.provider())).toList();
    List<CatalogModel> priced = sorted.stream().filter(CatalogModel::priced).toList();
    if (priced.isEmpty()) {
      return Optional.of(sorted.get(0));
    }
    boolean samePrice = priced.stream().allMatch(m -> Objects.equals(m.price(), priced.get(0).price()));
    return samePrice ? Optional.of(priced.get(0)) : Optional.empty();
  }

  private static final class BuiltIn {
    static final ModelCatalog INSTANCE = ModelCatalogReader.readResource("/catalog/models-dev.json");
  }
}
