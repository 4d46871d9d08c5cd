package dev.switchboard.translate.canonical;

import com.fasterxml.jackson.databind.JsonNode;

/** The shape of the answer: free text, any JSON object, or JSON matching a schema. */
public sealed interface ResponseFormat {

  record Text() implements ResponseFormat {}

  record JsonObject() implements ResponseFormat {}

  record JsonSchema(String name, String description, JsonNode schema, Boolean strict) implements ResponseFormat {}
}
