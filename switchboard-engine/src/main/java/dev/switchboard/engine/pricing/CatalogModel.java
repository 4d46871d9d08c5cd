package dev.switchboard.engine.pricing;

import java.util.List;
import java.util.Set;

/**
 * One model of one provider in the built-in catalog: its price (null when the catalog has none),
 * limits, input and output modalities ({@code text}, {@code image}, {@code audio}, {@code video},
 * {@code pdf}) and capabilities ({@code tool_call}, {@code reasoning}, {@code structured_output},
 * {@code attachment}, {@code temperature}).
 */
public record CatalogModel(
    String provider,
    String id,
    String name,
    ModelPrice price,
    ModelLimits limits,
    List<String> inputModalities,
    List<String> outputModalities,
    Set<String> capabilities) {

  public CatalogModel {
    limits = limits == null ? ModelLimits.UNKNOWN : limits;
    inputModalities = inputModalities == null ? List.of() : List.copyOf(inputModalities);
    outputModalities = outputModalities == null ? List.of() : List.copyOf(outputModalities);
    capabilities = capabilities == null ? Set.of() : Set.copyOf(capabilities);
  }

  /** {@code provider/id}, e.g. {@code openai/gpt-4o}. */
  public String qualifiedId() {
    return provider + "/" + id;
  }

  public boolean priced() {
    return price != null;
  }
}
