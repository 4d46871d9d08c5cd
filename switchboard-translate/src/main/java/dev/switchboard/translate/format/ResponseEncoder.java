package dev.switchboard.translate.format;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.canonical.ChatResponse;

/** Turns a canonical answer into a complete response body of one format. */
public interface ResponseEncoder {

  ObjectNode encode(ChatResponse response);
}
