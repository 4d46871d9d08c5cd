package dev.switchboard.translate.format.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ErrorType;
import dev.switchboard.translate.format.ErrorCodec;

/**
 * Gemini error bodies {@code {"error":{"code","message","status"}}} (wire-formats.md §10): RPC
 * status names to canonical error types and back. {@code details} (QuotaFailure, RetryInfo) are
 * read only to spot an invalid API key; the canonical error has no retry field.
 */
final class GeminiErrorCodec implements ErrorCodec {

  @Override
  public ObjectNode encode(ApiError error) {
    ObjectNode inner = Json.object();
    inner.put("code", wireCode(error));
    inner.put("message", error.message() == null ? "" : error.message());
    inner.put("status", rpcStatus(error.type()));
    ObjectNode body = Json.object();
    body.set("error", inner);
    return body;
  }

  @Override
  public ApiError decode(int status, JsonNode body) {
    JsonNode error = errorObject(body);
    if (error == null) {
      int s = status > 0 ? status : 502;
      return new ApiError(s, ErrorType.fromStatus(s), "upstream error (HTTP " + s + ")");
    }
    JsonNode codeNode = error.get("code");
    int code = codeNode != null && codeNode.canConvertToInt() ? codeNode.asInt() : 0;
    int httpStatus = status > 0 ? status : code > 0 ? code : 500;
    JsonNode statusNode = error.get("status");
    String rpc = statusNode != null && statusNode.isTextual() ? statusNode.asText() : null;
    JsonNode messageNode = error.get("message");
    String message = messageNode != null && messageNode.isTextual()
        ? messageNode.asText() : "upstream error (HTTP " + httpStatus + ")";
    ErrorType type = invalidApiKey(error) ? ErrorType.AUTHENTICATION : type(rpc, httpStatus);
    return new ApiError(httpStatus, type, message, null, rpc);
  }

  /** The {@code error} object of a body, also inside the one-element array a non-SSE stream uses. */
  static JsonNode errorObject(JsonNode body) {
    JsonNode root = body;
    if (root != null && root.isArray() && root.size() > 0) {
      root = root.get(0);
    }
    JsonNode error = root == null ? null : root.get("error");
    return error != null && error.isObject() ? error : null;
  }

  static ErrorType type(String rpc, int httpStatus) {
    if (rpc == null) {
      return ErrorType.fromStatus(httpStatus);
    }
    return switch (rpc) {
      case "INVALID_ARGUMENT", "OUT_OF_RANGE" -> ErrorType.INVALID_REQUEST;
      // Billing not enabled or region not supported: tied to the credential (GEM-DOC-ERR).
      case "FAILED_PRECONDITION" -> ErrorType.BILLING;
      case "UNAUTHENTICATED" -> ErrorType.AUTHENTICATION;
      case "PERMISSION_DENIED" -> ErrorType.PERMISSION;
      case "NOT_FOUND" -> ErrorType.NOT_FOUND;
      case "RESOURCE_EXHAUSTED" -> ErrorType.RATE_LIMIT;
      case "INTERNAL", "UNKNOWN", "DATA_LOSS" -> ErrorType.SERVER;
      case "UNAVAILABLE" -> ErrorType.OVERLOADED;
      case "DEADLINE_EXCEEDED", "CANCELLED" -> ErrorType.TIMEOUT;
      default -> ErrorType.fromStatus(httpStatus);
    };
  }

  static String rpcStatus(ErrorType type) {
    if (type == null) {
      return "INTERNAL";
    }
    return switch (type) {
      case INVALID_REQUEST, REQUEST_TOO_LARGE -> "INVALID_ARGUMENT";
      case AUTHENTICATION -> "UNAUTHENTICATED";
      case BILLING -> "FAILED_PRECONDITION";
      case PERMISSION -> "PERMISSION_DENIED";
      case NOT_FOUND -> "NOT_FOUND";
      case RATE_LIMIT, QUOTA_EXHAUSTED -> "RESOURCE_EXHAUSTED";
      case SERVER -> "INTERNAL";
      case BAD_GATEWAY, OVERLOADED -> "UNAVAILABLE";
      case TIMEOUT -> "DEADLINE_EXCEEDED";
    };
  }

  /** Anthropic's 529 has no Gemini equivalent: Gemini clients see 503 (wire-formats.md §10.3). */
  private static int wireCode(ApiError error) {
    int status = error.status() > 0 ? error.status()
        : error.type() == null ? 500 : error.type().defaultStatus();
    return status == 529 ? 503 : status;
  }

  /** Google answers a bad key with 400 INVALID_ARGUMENT and an ErrorInfo reason API_KEY_INVALID. */
  private static boolean invalidApiKey(JsonNode error) {
    JsonNode details = error.get("details");
    if (details == null || !details.isArray()) {
      return false;
    }
    for (JsonNode d : details) {
      JsonNode reason = d == null ? null : d.get("reason");
      if (reason != null && "API_KEY_INVALID".equals(reason.asText())) {
        return true;
      }
    }
    return false;
  }
}
