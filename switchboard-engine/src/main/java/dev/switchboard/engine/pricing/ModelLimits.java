package dev.switchboard.engine.pricing;

/** A model's token limits from the catalog; null when unknown. */
public record ModelLimits(Integer context, Integer input, Integer output) {

  public static final ModelLimits UNKNOWN = new ModelLimits(null, null, null);
}
