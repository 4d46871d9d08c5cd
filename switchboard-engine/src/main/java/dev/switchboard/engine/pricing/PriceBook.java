package dev.switchboard.engine.pricing;

import dev.switchboard.engine.config.PriceOverride;
import dev.switchboard.engine.config.PricingConfig;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the price of a model. Lookup order:
 *
 * <ol>
 *   <li>{@code pricing.overrides}: the name as given, then {@code hint/name} for each provider hint;
 *   <li>the catalog under each provider hint ({@code hint/name}: the provider that served the
 *       request knows its own price best);
 *   <li>the catalog by the exact name (a bare name's owner, see {@link ModelCatalog});
 *   <li>a provider-qualified name {@code provider/model} (e.g. {@code anthropic/claude-sonnet-4-5});
 *   <li>the normalized name ({@link ModelNames}: lower case, date or {@code -latest} suffix
 *       stripped) through steps 2–4; as bare names are unambiguous by construction, a stripped name
 *       is used only when it is.
 * </ol>
 *
 * Only catalog entries that carry a price count. An override's missing rates are taken from the
 * catalog entry the same name finds; its tiers are kept only when the override sets neither input
 * nor output. An override left without input or output is no price. Immutable: build a new one when
 * the config changes.
 */
public final class PriceBook {

  private final ModelCatalog catalog;
  private final PricingConfig pricing;
  /**
   * Answers already found, by hints and model: a book never changes (a reload builds a new one), and
   * the lookup (normalising the name, trying each hint, merging overrides) runs for every request.
   * Bounded: cleared when it holds {@value #MAX_CACHED} names, so made-up model names cannot grow it.
   */
  private final ConcurrentHashMap<String, Optional<PriceMatch>> found = new ConcurrentHashMap<>();
  private static final int MAX_CACHED = 4096;

  public PriceBook(ModelCatalog catalog, PricingConfig pricing) {
    this.catalog = catalog;
    this.pricing = pricing == null ? PricingConfig.NONE : pricing;
  }

  /** The built-in catalog with the config's overrides. */
  public static PriceBook builtIn(PricingConfig pricing) {
    return new PriceBook(ModelCatalog.builtIn(), pricing);
  }

  public ModelCatalog catalog() {
    return catalog;
  }

  /** The price of a model by name alone. */
  public Optional<PriceMatch> find(String model) {
    return find(model, List.of());
  }

  /**
   * The price of a model; {@code providerHints} are catalog provider ids to try first (the serving
   * provider's id, then its type's usual id, e.g. {@code openai}, {@code anthropic}, {@code google}).
   */
  public Optional<PriceMatch> find(String model, List<String> providerHints) {
    if (model == null || model.isEmpty()) {
      return Optional.empty();
    }
    List<String> hints = providerHints == null ? List.of() : providerHints;
    String key = hints.isEmpty() ? model : String.join("\u0000", hints) + "\u0001" + model;
    Optional<PriceMatch> cached = found.get(key);
    if (cached != null) {
      return cached;
    }
    if (found.size() >= MAX_CACHED) {
      found.clear();
    }
    Optional<PriceMatch> answer = uncached(model, hints);
    found.put(key, answer);
    return answer;
  }

  private Optional<PriceMatch> uncached(String model, List<String> hints) {
    Optional<PriceMatch> catalogMatch = fromCatalog(model, hints);
    Optional<PriceMatch> override = fromOverrides(model, hints, catalogMatch);
    return override.isPresent() ? override : catalogMatch;
  }

  private Optional<PriceMatch> fromOverrides(String model, List<String> hints, Optional<PriceMatch> base) {
    List<String> keys = new ArrayList<>();
    keys.add(model);
    hints.forEach(h -> keys.add(h + "/" + model));
    for (String key : keys) {
      PriceOverride o = pricing.overrides().get(key);
      if (o != null) {
        ModelPrice merged = merge(o, base.map(PriceMatch::price).orElse(null));
        return merged == null ? Optional.empty() : Optional.of(new PriceMatch(key, merged, PriceSource.OVERRIDE));
      }
    }
    return Optional.empty();
  }

  private Optional<PriceMatch> fromCatalog(String model, List<String> hints) {
    Optional<PriceMatch> found = lookup(model, hints);
    if (found.isPresent()) {
      return found;
    }
    String normalized = ModelNames.normalize(model);
    return normalized.equals(model) ? Optional.empty() : lookup(normalized, hints);
  }

  private Optional<PriceMatch> lookup(String name, List<String> hints) {
    for (String hint : hints) {
      Optional<PriceMatch> m = priced(catalog.find(hint, name));
      if (m.isPresent()) {
        return m;
      }
    }
    Optional<PriceMatch> exact = priced(catalog.findBare(name));
    if (exact.isPresent()) {
      return exact;
    }
    int slash = name.indexOf('/');
    if (slash > 0 && slash < name.length() - 1) {
      return priced(catalog.find(name.substring(0, slash), name.substring(slash + 1)));
    }
    return Optional.empty();
  }

  private static Optional<PriceMatch> priced(Optional<CatalogModel> model) {
    return model.filter(CatalogModel::priced)
        .map(m -> new PriceMatch(m.qualifiedId(), m.price(), PriceSource.CATALOG));
  }

  private static ModelPrice merge(PriceOverride o, ModelPrice base) {
    BigDecimal input = first(o.input(), base == null ? null : base.input());
    BigDecimal output = first(o.output(), base == null ? null : base.output());
    if (input == null || output == null) {
      return null;
    }
    boolean flat = o.input() != null || o.output() != null || base == null;
    return new ModelPrice(input, output,
        first(o.cacheRead(), base == null ? null : base.cacheRead()),
        first(o.cacheWrite(), base == null ? null : base.cacheWrite()),
        first(o.reasoning(), base == null ? null : base.reasoning()),
        flat ? List.of() : base.tiers());
  }

  private static BigDecimal first(BigDecimal a, BigDecimal b) {
    return a != null ? a : b;
  }
}
