package dev.switchboard.translate.format.openai.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ErrorType;
import dev.switchboard.translate.format.ErrorCodec;

/**
 * OpenAI error bodies {@code {"error":{"message","type","param","code"}}}, all four keys always
 * present (wire-formats.md §10). Types and codes follow what OpenAI really sends: a 401 is
 * {@code invalid_request_error} with code {@code invalid_api_key}, a 429 has code
 * {@code rate_limit_exceeded} or type/code {@code insufficient_quota} (the latter is permanent and
 * decodes to {@link ErrorType#QUOTA_EXHAUSTED}). OpenAI SDKs pick their exception class by HTTP
 * status, so the type string is informative only.
 */
public final class OpenAiChatErrorCodec implements ErrorCodec {

  private static final int MAX_MESSAGE = 500;

  @Override
  public ObjectNode encode(ApiError error) {
    ErrorType type = error.type() == null ? ErrorType.fromStatus(error.status()) : error.type();
    ObjectNode body = Json.object();
    ObjectNode err = body.putObject("error");
    err.put("message", error.message() == null ? "" : error.message());
    err.put("type", wireType(type));
    err.put("param", error.param());
    err.put("code", error.code() != null ? error.code() : defaultCode(type));
    return body;
  }

  private static String wireType(ErrorType type) {
    return switch (type) {
      case INVALID_REQUEST, AUTHENTICATION, REQUEST_TOO_LARGE -> "invalid_request_error";
      case BILLING, QUOTA_EXHAUSTED -> "insufficient_quota";
      case PERMISSION -> "permission_error";
      case NOT_FOUND -> "not_found_error";
      case RATE_LIMIT -> "rate_limit_error";
      case SERVER, BAD_GATEWAY, OVERLOADED, TIMEOUT -> "server_error";
    };
  }

  private static String defaultCode(ErrorType type) {
    return switch (type) {
      case AUTHENTICATION -> "invalid_api_key";
      case RATE_LIMIT -> "rate_limit_exceeded";
      case BILLING, QUOTA_EXHAUSTED -> "insufficient_quota";
      default -> null;
    };
  }

  /**
   * Reads an upstream error ({@code body} may be null, a text node holding a non-JSON body, or
   * JSON). {@code status} is the HTTP status, or 0 for an error that arrived
   * inside a 200 stream (then the type string, or a numeric {@code code} as OpenRouter sends, decides).
   */
  @Override
  public ApiError decode(int status, JsonNode body) {
    JsonNode err = body == null ? null : body.get("error");
    String message;
    String type = null;
    String code = null;
    String param = null;
    int embeddedStatus = 0;
    if (err != null && err.isObject()) {
      message = FieldReader.lenientText(err, "message");
      type = FieldReader.lenientText(err, "type");
      param = FieldReader.lenientText(err, "param");
      JsonNode c = err.get("code");
      if (c != null && c.isIntegralNumber()) {
        embeddedStatus = c.intValue();
      } else if (c != null && c.isTextual()) {
        code = c.textValue();
      }
    } else if (err != null && err.isTextual()) {
      message = err.textValue();
    } else if (body != null && body.isTextual()) {
      message = abbreviate(body.textValue().strip());
    } else {
      message = body == null ? null : firstText(body, "message", "detail");
    }
    int effective = status > 0 && status != 200 ? status
        : embeddedStatus >= 400 && embeddedStatus < 600 ? embeddedStatus : 0;
    ErrorType kind = kind(effective, type, code);
    if (message == null || message.isEmpty()) {
      message = "upstream error" + (effective > 0 ? " (HTTP " + effective + ")" : "");
    }
    return new ApiError(effective > 0 ? effective : kind.defaultStatus(), kind, message, param,
        code);
  }

  private static String abbreviate(String text) {
    return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + "...";
  }

  private static String firstText(JsonNode body, String... fields) {
    for (String f : fields) {
      String s = FieldReader.lenientText(body.isObject() ? body : null, f);
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  private static ErrorType kind(int status, String type, String code) {
    if ("insufficient_quota".equals(code) || "insufficient_quota".equals(type)
        || "billing_hard_limit_reached".equals(code)) {
      return ErrorType.QUOTA_EXHAUSTED;
    }
    if (status > 0) {
      return ErrorType.fromStatus(status);
    }
    if ("invalid_api_key".equals(code)) {
      return ErrorType.AUTHENTICATION;
    }
    if ("rate_limit_exceeded".equals(code)) {
      return ErrorType.RATE_LIMIT;
    }
    return kindOfType(type);
  }

  private static ErrorType kindOfType(String type) {
    if (type == null) {
      return ErrorType.BAD_GATEWAY;
    }
    return switch (type) {
      case "invalid_request_error" -> ErrorType.INVALID_REQUEST;
      case "authentication_error" -> ErrorType.AUTHENTICATION;
      case "permission_error" -> ErrorType.PERMISSION;
      case "not_found_error" -> ErrorType.NOT_FOUND;
      case "rate_limit_error", "tokens", "requests" -> ErrorType.RATE_LIMIT;
      case "overloaded_error" -> ErrorType.OVERLOADED;
      case "timeout_error" -> ErrorType.TIMEOUT;
      case "server_error", "api_error" -> ErrorType.SERVER;
      default -> ErrorType.BAD_GATEWAY;
    };
  }
}
