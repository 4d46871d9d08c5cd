package dev.switchboard.translate.format;

import dev.switchboard.translate.canonical.ApiError;

/** A request or response that cannot be decoded or expressed; carries the error to answer with. */
public final class TranslationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient ApiError error;

  public TranslationException(ApiError error) {
    super(error.message(), null, false, false);
    this.error = error;
  }

  public static TranslationException invalid(String message) {
    return new TranslationException(ApiError.invalidRequest(message));
  }

  public ApiError error() {
    return error;
  }
}
