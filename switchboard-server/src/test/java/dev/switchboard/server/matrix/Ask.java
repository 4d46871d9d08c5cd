package dev.switchboard.server.matrix;

/**
 * What a client sends, independent of its SDK: the system prompt {@link #SYSTEM}, a user text, and
 * optionally the two test images, the {@link #TOOL} declaration, a reasoning request and, for the
 * second turn of a tool round trip, the earlier assistant turn with a result for each call.
 */
record Ask(String model, Delivery delivery, String user, Extras extras, Seen previous) {

  static final String SYSTEM = "You are terse.";
  static final String USER = "Say hello";
  static final String TOOL = "get_weather";
  static final String TOOL_DESCRIPTION = "Current weather for a city";
  static final String TOOL_RESULT = "light rain, 11 degrees";
  static final long MAX_TOKENS = 4096;
  /** The budget asked by formats that ask with a budget (Anthropic, Gemini). */
  static final int THINKING_BUDGET = 2048;
  /** A 1x1 transparent PNG. */
  static final String IMAGE_BASE64 =
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
  static final String IMAGE_MEDIA_TYPE = "image/png";
  static final String IMAGE_URL = "https://images.example.com/cat.png";

  /** What the request carries besides the text. */
  enum Extras {
    NONE,
    TOOLS,
    IMAGES,
    REASONING
  }

  static Ask first(String model, Delivery delivery, Extras extras) {
    return new Ask(model, delivery, USER, extras, null);
  }

  /** The second turn of a tool round trip: the same request plus the assistant turn and a result per call. */
  Ask answering(Seen turn) {
    return new Ask(model, delivery, user, extras, turn);
  }

  Ask withUser(String text) {
    return new Ask(model, delivery, text, extras, previous);
  }

  boolean tools() {
    return extras == Extras.TOOLS;
  }

  boolean images() {
    return extras == Extras.IMAGES;
  }

  boolean reasoning() {
    return extras == Extras.REASONING;
  }
}
