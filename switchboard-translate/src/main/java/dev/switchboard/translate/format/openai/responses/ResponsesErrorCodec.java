package dev.switchboard.translate.format.openai.responses;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ErrorType;
import dev.switchboard.translate.format.ErrorCodec;

/**
 * OpenAI error bodies {@code {"error":{"message","type","param","code"}}} with all four keys
 * present (wire-formats.md §10.1), the shape Responses shares with Chat, plus the mapping between
 * OpenAI {@code code}/{@code type} strings and canonical {@link ErrorType}s that the stream codecs
 * also use for {@code error} events and failed responses.
 */
public final class ResponsesErrorCodec implements ErrorCodec {

  @Override
  public ObjectNode encode(ApiError error) {
    ObjectNode body = Json.object();
    ObjectNode e = body.putObject("error");
    e.put("message", error.message() == null ? "" : error.message());
    e.put("type", wireType(error.type()));
    e.put("param", error.param());
    e.put("code", wireCode(error));
    return body;
  }

  @Override
  public ApiError decode(int status, JsonNode body) {
    JsonNode e = body == null ? null : body.get("error");
    if (e != null && e.isTextual()) {
      return new ApiError(status, ErrorType.fromStatus(status), e.textValue());
    }
    if (e == null || !e.isObject()) {
      return new ApiError(status, ErrorType.fromStatus(status), "upstream returned HTTP " + status);
    }
    String message = WireReader.str(e, "message");
    String code = scalar(e.get("code"));
    String type = WireReader.str(e, "type");
    ErrorType kind = known(code);
    if (kind == null) {
      kind = "insufficient_quota".equals(type) ? ErrorType.QUOTA_EXHAUSTED : ErrorType.fromStatus(status);
    }
    return new ApiError(status, kind,
        message != null ? message : "upstream returned HTTP " + status, scalar(e.get("param")), code);
  }

  /** An error reported by code only (stream {@code error} events, failed responses). */
  static ApiError fromCode(String code, String message) {
    ErrorType kind = known(code);
    ErrorType type = kind != null ? kind : ErrorType.SERVER;
    return new ApiError(type.defaultStatus(), type, message, null, code);
  }

  static String wireType(ErrorType type) {
    return switch (type) {
      case INVALID_REQUEST, AUTHENTICATION, NOT_FOUND, REQUEST_TOO_LARGE -> "invalid_request_error";
      case BILLING, QUOTA_EXHAUSTED -> "insufficient_quota";
      case PERMISSION -> "permission_error";
      case RATE_LIMIT -> "rate_limit_error";
      case SERVER, BAD_GATEWAY, OVERLOADED, TIMEOUT -> "server_error";
    };
  }

  /** The error's own code, else the conventional OpenAI code for its type (null when none). */
  static String wireCode(ApiError error) {
    if (error.code() != null) {
      return error.code();
    }
    return switch (error.type()) {
      case AUTHENTICATION -> "invalid_api_key";
      case BILLING, QUOTA_EXHAUSTED -> "insufficient_quota";
      case RATE_LIMIT -> "rate_limit_exceeded";
      case SERVER, BAD_GATEWAY -> "server_error";
      case OVERLOADED -> "server_is_overloaded";
      case TIMEOUT -> "timeout";
      default -> null;
    };
  }

  private static ErrorType known(String code) {
    if (code == null) {
      return null;
    }
    return switch (code) {
      case "rate_limit_exceeded", "rate_limit_error" -> ErrorType.RATE_LIMIT;
      case "insufficient_quota" -> ErrorType.QUOTA_EXHAUSTED;
      case "invalid_api_key", "authentication_error" -> ErrorType.AUTHENTICATION;
      case "permission_error" -> ErrorType.PERMISSION;
      case "model_not_found" -> ErrorType.NOT_FOUND;
      case "server_error", "internal_error" -> ErrorType.SERVER;
      case "server_is_overloaded", "overloaded_error" -> ErrorType.OVERLOADED;
      case "invalid_request_error", "invalid_prompt", "context_length_exceeded",
          "invalid_image", "invalid_value" -> ErrorType.INVALID_REQUEST;
      default -> null;
    };
  }

  private static String scalar(JsonNode v) {
    return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
  }
}
