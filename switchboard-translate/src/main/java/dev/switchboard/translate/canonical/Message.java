package dev.switchboard.translate.canonical;

import java.util.List;

/** One turn of the conversation: a role and its ordered parts. */
public record Message(Role role, List<Part> parts) {

  public Message {
    parts = parts == null ? List.of() : List.copyOf(parts);
  }

  public static Message text(Role role, String text) {
    return new Message(role, List.of(new Part.Text(text)));
  }

  /** The concatenated text parts, for formats that only take a string. */
  public String joinedText() {
    StringBuilder sb = new StringBuilder();
    for (Part p : parts) {
      if (p instanceof Part.Text t) {
        sb.append(t.text());
      }
    }
    return sb.toString();
  }
}
