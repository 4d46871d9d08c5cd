package dev.switchboard.translate.format.anthropic;

import dev.switchboard.translate.canonical.ErrorType;

/**
 * Anthropic error {@code type} strings and their HTTP statuses (wire-formats.md §10.2, ANT-DOC-ERR),
 * with the canonical {@link ErrorType} each one means.
 */
enum AnthropicErrorType {
  INVALID_REQUEST("invalid_request_error", 400, ErrorType.INVALID_REQUEST),
  AUTHENTICATION("authentication_error", 401, ErrorType.AUTHENTICATION),
  BILLING("billing_error", 402, ErrorType.BILLING),
  PERMISSION("permission_error", 403, ErrorType.PERMISSION),
  NOT_FOUND("not_found_error", 404, ErrorType.NOT_FOUND),
  REQUEST_TOO_LARGE("request_too_large", 413, ErrorType.REQUEST_TOO_LARGE),
  RATE_LIMIT("rate_limit_error", 429, ErrorType.RATE_LIMIT),
  API("api_error", 500, ErrorType.SERVER),
  TIMEOUT("timeout_error", 504, ErrorType.TIMEOUT),
  OVERLOADED("overloaded_error", 529, ErrorType.OVERLOADED);

  private final String wire;
  private final int status;
  private final ErrorType canonical;

  AnthropicErrorType(String wire, int status, ErrorType canonical) {
    this.wire = wire;
    this.status = status;
    this.canonical = canonical;
  }

  String wire() {
    return wire;
  }

  int status() {
    return status;
  }

  ErrorType canonical() {
    return canonical;
  }

  /** The wire type for a wire string; null when unknown. */
  static AnthropicErrorType parse(String wire) {
    for (AnthropicErrorType t : values()) {
      if (t.wire.equals(wire)) {
        return t;
      }
    }
    return null;
  }

  /**
   * The wire type for a canonical kind. An exhausted quota is reported as {@code billing_error}:
   * Anthropic SDKs retry {@code rate_limit_error}, and a spent quota does not come back by retrying.
   */
  static AnthropicErrorType of(ErrorType type) {
    if (type == null) {
      return API;
    }
    return switch (type) {
      case INVALID_REQUEST -> INVALID_REQUEST;
      case AUTHENTICATION -> AUTHENTICATION;
      case BILLING, QUOTA_EXHAUSTED -> BILLING;
      case PERMISSION -> PERMISSION;
      case NOT_FOUND -> NOT_FOUND;
      case REQUEST_TOO_LARGE -> REQUEST_TOO_LARGE;
      case RATE_LIMIT -> RATE_LIMIT;
      case SERVER, BAD_GATEWAY -> API;
      case OVERLOADED -> OVERLOADED;
      case TIMEOUT -> TIMEOUT;
    };
  }
}
