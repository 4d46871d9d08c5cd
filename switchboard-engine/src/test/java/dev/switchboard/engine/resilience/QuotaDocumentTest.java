package dev.switchboard.engine.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.translate.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuotaDocumentTest {

  @Test
  void severalAccountsTakeTheLargestFractionPerModel() {
    String doc = """
        {"status":"ok","accounts":[
          {"email":"a","models":{"claude-sonnet-4-5":{"remainingFraction":0.0},"gemini-2.5-pro":0.5}},
          {"email":"b","models":[{"name":"claude-sonnet-4-5","remainingFraction":0.8},
                                 {"model":"gpt-4o","quotaInfo":{"remainingFraction":1.7}}]}]}
        """;
    assertThat(QuotaDocument.parse(Json.parseOrNull(doc)))
        .isEqualTo(Map.of("claude-sonnet-4-5", 0.8, "gemini-2.5-pro", 0.5, "gpt-4o", 1.0));
  }

  @Test
  void aSingleAccountAtTheRootAndJunk() {
    assertThat(QuotaDocument.parse(Json.parseOrNull("{\"models\":{\"m\":{\"remaining_fraction\":0.03},\"x\":\"?\"}}")))
        .isEqualTo(Map.of("m", 0.03));
    assertThat(QuotaDocument.parse(Json.parseOrNull("[1,2]"))).isEmpty();
    assertThat(QuotaDocument.parse(null)).isEmpty();
  }
}
