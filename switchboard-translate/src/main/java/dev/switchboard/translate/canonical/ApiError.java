package dev.switchboard.translate.canonical;

/**
 * An error in canonical form: the HTTP status to answer with, its kind, and a message. Every
 * format's error encoder renders it in that format's shape; error decoders read upstream bodies
 * into it.
 */
public record ApiError(int status, ErrorType type, String message, String param, String code) {

  public ApiError(int status, ErrorType type, String message) {
    this(status, type, message, null, null);
  }

  public static ApiError invalidRequest(String message) {
    return new ApiError(400, ErrorType.INVALID_REQUEST, message);
  }

  public static ApiError notFound(String message) {
    return new ApiError(404, ErrorType.NOT_FOUND, message);
  }

  public static ApiError server(String message) {
    return new ApiError(500, ErrorType.SERVER, message);
  }
}
