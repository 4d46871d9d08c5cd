package dev.switchboard.engine.route;

/**
 * A provider and the model name to send it: what one attempt goes to. {@code requestedModel} is the
 * name the client used for this part of the plan (the original model or a fallback).
 */
public record Target(String providerId, String upstreamModel, String requestedModel, int priority) {}
