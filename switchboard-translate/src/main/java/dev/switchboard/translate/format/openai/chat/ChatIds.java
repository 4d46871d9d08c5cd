package dev.switchboard.translate.format.openai.chat;

import java.util.UUID;

/** Completion ids and timestamps for answers whose upstream gave none. */
final class ChatIds {

  private ChatIds() {}

  static String completionId(String id) {
    if (id != null && !id.isEmpty()) {
      return id;
    }
    return "chatcmpl-" + UUID.randomUUID().toString().replace("-", "");
  }

  static long created(long created) {
    return created > 0 ? created : System.currentTimeMillis() / 1000;
  }
}
