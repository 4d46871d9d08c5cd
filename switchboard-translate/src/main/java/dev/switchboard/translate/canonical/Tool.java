package dev.switchboard.translate.canonical;

import com.fasterxml.jackson.databind.JsonNode;

/** A function the model may call: name, description and a JSON Schema of its parameters. */
public record Tool(String name, String description, JsonNode parameters, Boolean strict) {}
