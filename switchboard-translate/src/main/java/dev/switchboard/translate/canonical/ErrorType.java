package dev.switchboard.translate.canonical;

/**
 * The kind of an error, independent of format. Each format encoder maps a kind to its own type
 * string (OpenAI {@code invalid_request_error}, Anthropic {@code overloaded_error}, Gemini
 * {@code RESOURCE_EXHAUSTED}, ...).
 */
public enum ErrorType {
  INVALID_REQUEST(400),
  AUTHENTICATION(401),
  BILLING(402),
  PERMISSION(403),
  NOT_FOUND(404),
  REQUEST_TOO_LARGE(413),
  RATE_LIMIT(429),
  QUOTA_EXHAUSTED(429),
  SERVER(500),
  BAD_GATEWAY(502),
  OVERLOADED(503),
  TIMEOUT(504);

  private final int defaultStatus;

  ErrorType(int defaultStatus) {
    this.defaultStatus = defaultStatus;
  }

  public int defaultStatus() {
    return defaultStatus;
  }

  /** The type an HTTP status most likely means, for upstream errors without a readable body. */
  public static ErrorType fromStatus(int status) {
    return switch (status) {
      case 400, 422 -> INVALID_REQUEST;
      case 401 -> AUTHENTICATION;
      case 402 -> BILLING;
      case 403 -> PERMISSION;
      case 404 -> NOT_FOUND;
      case 413 -> REQUEST_TOO_LARGE;
      case 429 -> RATE_LIMIT;
      case 502 -> BAD_GATEWAY;
      case 503, 529 -> OVERLOADED;
      case 408, 504 -> TIMEOUT;
      default -> status >= 500 ? SERVER : INVALID_REQUEST;
    };
  }
}
