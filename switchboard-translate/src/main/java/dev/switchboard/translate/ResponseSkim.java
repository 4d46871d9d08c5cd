package dev.switchboard.translate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Set;

/**
 * Reads a JSON object's top-level fields named in a set and skips the rest without building them:
 * an answer passed through unchanged needs its usage, not a tree of its whole body. The body is
 * still read to its end, so malformed JSON is refused as {@link Json#parse} would refuse it.
 */
public final class ResponseSkim {

  private ResponseSkim() {}

  /**
   * An object holding only the named top-level fields of {@code body}.
   *
   * @throws IOException when the body is not JSON or not an object
   */
  public static ObjectNode of(byte[] body, Set<String> fields) throws IOException {
    try (JsonParser p = Json.MAPPER.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("not a JSON object");
      }
      ObjectNode out = Json.object();
      String name;
      while ((name = p.nextFieldName()) != null) {
        p.nextToken();
        if (fields.contains(name)) {
          JsonNode value = p.readValueAsTree();
          out.set(name, value == null ? Json.NODES.nullNode() : value);
        } else {
          p.skipChildren();
        }
      }
      if (p.currentToken() != JsonToken.END_OBJECT) {
        throw new IOException("truncated JSON object");
      }
      if (p.nextToken() != null) {
        throw new IOException("trailing content after the JSON object");
      }
      return out;
    }
  }
}
