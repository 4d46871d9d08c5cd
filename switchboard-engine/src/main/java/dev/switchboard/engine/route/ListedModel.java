package dev.switchboard.engine.route;

/** A model name clients can ask for, and the first provider that lists it (its owner in model lists). */
public record ListedModel(String name, String providerId) {}
