package dev.switchboard.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.Translators;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.format.Format;
import java.io.IOException;

/**
 * One request translation as the gateway pays it, from the client's body bytes to the upstream's
 * body bytes: parse, decode to canonical (always done, also on the identity path, for routing),
 * rewrite the model, encode in the upstream's format (or copy on the identity path) and serialise.
 * Mirrors {@code ExchangeRunner.serve} and {@code HttpAttempt.run}, without the I/O.
 */
public record RequestPath(Format inbound, Format upstream, String upstreamModel) {

  public byte[] translate(byte[] clientBody) throws IOException {
    ObjectNode body = (ObjectNode) Json.parse(clientBody);
    ChatRequest request = Translators.codecs(inbound).requestDecoder().decode(body).withModel(upstreamModel);
    return Json.writeBytes(Translators.between(inbound, upstream).upstreamRequest(body, request));
  }
}
