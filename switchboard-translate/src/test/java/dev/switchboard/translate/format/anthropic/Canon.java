package dev.switchboard.translate.format.anthropic;

import dev.switchboard.translate.canonical.ChatRequest;
import dev.switchboard.translate.canonical.Message;
import dev.switchboard.translate.canonical.Part;
import dev.switchboard.translate.canonical.Role;
import dev.switchboard.translate.canonical.Sampling;
import java.util.List;

/** Short builders for canonical test values. */
final class Canon {

  private Canon() {}

  static ChatRequest request(Message... messages) {
    return new ChatRequest("m", List.of(messages), null, null, null, null, null, null, null, null,
        null);
  }

  static ChatRequest request(Sampling sampling, Message... messages) {
    return new ChatRequest("m", List.of(messages), null, null, null, sampling, null, null, null,
        null, null);
  }

  static Message user(String text) {
    return Message.text(Role.USER, text);
  }

  static Message msg(Role role, Part... parts) {
    return new Message(role, List.of(parts));
  }

  static Sampling maxTokens(Integer max) {
    return new Sampling(null, null, null, max, null, null, null, null);
  }
}
