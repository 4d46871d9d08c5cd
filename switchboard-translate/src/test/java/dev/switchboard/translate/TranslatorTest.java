package dev.switchboard.translate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.format.Format;
import org.junit.jupiter.api.Test;

class TranslatorTest {

  private static ObjectNode json(String s) {
    return (ObjectNode) Json.parseOrNull(s);
  }

  @Test
  void identityRewritesOnlyTheModelAndDropsTheModelsArray() {
    ObjectNode body = json("""
        {"model":"alias","models":["alias","other"],"messages":[{"role":"user","content":"hi"}],
         "vendor_field":{"x":[1,2]},"temperature":0.2}""");
    Translator t = Translators.between(Format.OPENAI_CHAT, Format.OPENAI_CHAT);
    ChatRequest decoded = t.inbound().requestDecoder().decode(body).withModel("real-model");

    JsonNode out = t.upstreamRequest(body, decoded);

    assertThat(t.identity()).isTrue();
    assertThat(out).isEqualTo(json("""
        {"model":"real-model","messages":[{"role":"user","content":"hi"}],
         "vendor_field":{"x":[1,2]},"temperature":0.2}"""));
    assertThat(body.get("model").asText()).as("the client's body is not modified").isEqualTo("alias");
  }

  @Test
  void geminiIdentityPutsNoModelInTheBody() {
    ObjectNode body = json("{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"hi\"}]}]}");
    Translator t = Translators.between(Format.GEMINI, Format.GEMINI);
    JsonNode out = t.upstreamRequest(body, t.inbound().requestDecoder().decode(body).withModel("gemini-x"));
    assertThat(out.has("model")).isFalse();
    assertThat(out).isEqualTo(body);
  }

  @Test
  void anthropicIdentityDropsOnlyUnsignedThinkingBlocks() {
    ObjectNode body = json("""
        {"model":"c","max_tokens":100,"messages":[
          {"role":"user","content":"hi"},
          {"role":"assistant","content":[
            {"type":"thinking","thinking":"from another vendor","signature":""},
            {"type":"thinking","thinking":"signed","signature":"sig-abc"},
            {"type":"text","text":"hello"}]},
          {"role":"user","content":"more"}]}""");
    Translator t = Translators.between(Format.ANTHROPIC_MESSAGES, Format.ANTHROPIC_MESSAGES);
    JsonNode out = t.upstreamRequest(body, t.inbound().requestDecoder().decode(body).withModel("claude-x"));

    JsonNode blocks = out.get("messages").get(1).get("content");
    assertThat(blocks).hasSize(2);
    assertThat(blocks.get(0).get("signature").asText()).isEqualTo("sig-abc");
    assertThat(blocks.get(1).get("type").asText()).isEqualTo("text");
    assertThat(out.get("model").asText()).isEqualTo("claude-x");
  }

  @Test
  void differentFormatsGoThroughTheCanonicalModel() {
    ObjectNode body = json("{\"model\":\"m\",\"messages\":[{\"role\":\"system\",\"content\":\"be brief\"},"
        + "{\"role\":\"user\",\"content\":\"hi\"}]}");
    Translator t = Translators.between(Format.OPENAI_CHAT, Format.ANTHROPIC_MESSAGES);
    JsonNode out = t.upstreamRequest(body, t.inbound().requestDecoder().decode(body).withModel("claude-x"));

    assertThat(t.identity()).isFalse();
    assertThat(out.get("model").asText()).isEqualTo("claude-x");
    assertThat(out.get("system").toString()).contains("be brief");
    assertThat(out.get("messages")).hasSize(1);
    assertThat(out.get("max_tokens").asInt()).isPositive();
  }

  @Test
  void identitySendsTheClientsOwnBytesWhenNothingChanges() {
    String raw = "{ \"messages\" : [{\"role\":\"user\",\"content\":\"hi\"}], \"model\":\"gpt-x\",\"x\":1.50 }";
    byte[] bytes = raw.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    ObjectNode body = json(raw);
    Translator t = Translators.between(Format.OPENAI_CHAT, Format.OPENAI_CHAT);
    ChatRequest decoded = t.inbound().requestDecoder().decode(body);

    assertThat(t.upstreamBody(body, bytes, decoded)).as("same model: the bytes as they came").isSameAs(bytes);
    assertThat(Json.parseOrNull(new String(t.upstreamBody(body, bytes, decoded.withModel("mapped")),
        java.nio.charset.StandardCharsets.UTF_8)).get("model").asText()).isEqualTo("mapped");
    assertThat(t.upstreamBody(body, null, decoded)).as("raw bytes unknown").isNotSameAs(bytes)
        .satisfies(b -> assertThat(Json.parseOrNull(new String(b, java.nio.charset.StandardCharsets.UTF_8))).isEqualTo(body));
  }

  @Test
  void identityCopiesWhenTheBodyMustChange() {
    Translator chat = Translators.between(Format.OPENAI_CHAT, Format.OPENAI_CHAT);
    String withModels = "{\"model\":\"a\",\"models\":[\"a\",\"b\"],\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
    ObjectNode body = json(withModels);
    byte[] bytes = withModels.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] out = chat.upstreamBody(body, bytes, chat.inbound().requestDecoder().decode(body));
    assertThat(Json.parseOrNull(new String(out, java.nio.charset.StandardCharsets.UTF_8)).has("models")).isFalse();

    String unsigned = """
        {"model":"c","max_tokens":10,"messages":[{"role":"assistant","content":[
          {"type":"thinking","thinking":"t","signature":""},{"type":"text","text":"x"}]},
          {"role":"user","content":"more"}]}""";
    Translator anthropic = Translators.between(Format.ANTHROPIC_MESSAGES, Format.ANTHROPIC_MESSAGES);
    ObjectNode a = json(unsigned);
    byte[] aBytes = unsigned.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] aOut = anthropic.upstreamBody(a, aBytes, anthropic.inbound().requestDecoder().decode(a));
    assertThat(aOut).isNotSameAs(aBytes);
    assertThat(Json.parseOrNull(new String(aOut, java.nio.charset.StandardCharsets.UTF_8))
        .get("messages").get(0).get("content")).hasSize(1);
  }

  @Test
  void aRequestBodyWithADuplicatedKeyIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Json.parseRequest(
        "{\"model\":\"cheap\",\"messages\":[],\"model\":\"dear\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isInstanceOf(java.io.IOException.class).hasMessageContaining("Duplicate field 'model'");
  }
}
