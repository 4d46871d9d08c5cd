package dev.switchboard.engine.upstream;

import dev.switchboard.engine.provider.UpstreamFailure;
import dev.switchboard.engine.resilience.FailureKind;
import dev.switchboard.translate.canonical.ApiError;
import dev.switchboard.translate.canonical.ErrorType;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;

/**
 * Reads a whole upstream body (handed over paused) up to a size: a body that grows past it resets
 * the request and fails the attempt, so an upstream that sends gigabytes cannot fill the heap.
 */
public final class BoundedBody {

  /** A complete answer: generous for base64 images and long outputs. */
  public static final int MAX_ANSWER = 64 * 1024 * 1024;
  /** An error answer: only its message is read. */
  public static final int MAX_ERROR = 1024 * 1024;

  private BoundedBody() {}

  /** The body of {@code resp}, or an {@link UpstreamFailure} (a server failure) once it passes {@code max} bytes. */
  public static Future<Buffer> read(HttpClientResponse resp, HttpClientRequest request, int max) {
    return read(resp, request, max, false);
  }

  /**
   * The first {@code max} bytes of {@code resp}'s body (the rest is not read: the request is reset).
   * For error answers, whose status matters and whose message is short.
   */
  public static Future<Buffer> head(HttpClientResponse resp, HttpClientRequest request, int max) {
    return read(resp, request, max, true);
  }

  private static Future<Buffer> read(HttpClientResponse resp, HttpClientRequest request, int max, boolean truncate) {
    Promise<Buffer> promise = Promise.promise();
    String length = resp.getHeader("content-length");
    if (!truncate && length != null && !length.isEmpty() && length.length() < 19
        && length.chars().allMatch(Character::isDigit) && Long.parseLong(length) > max) {
      tooLarge(promise, request, max);
      return promise.future();
    }
    Buffer body = Buffer.buffer();
    resp.handler(chunk -> {
      if (promise.future().isComplete()) {
        return;
      }
      if (body.length() + chunk.length() > max) {
        if (!truncate) {
          tooLarge(promise, request, max);
          return;
        }
        body.appendBuffer(chunk, 0, max - body.length());
        promise.tryComplete(body);
        if (request != null) {
          request.reset();
        }
        return;
      }
      body.appendBuffer(chunk);
    });
    resp.endHandler(v -> promise.tryComplete(body));
    resp.exceptionHandler(promise::tryFail);
    resp.resume();
    return promise.future();
  }

  private static void tooLarge(Promise<Buffer> promise, HttpClientRequest request, int max) {
    if (promise.tryFail(new UpstreamFailure(new ApiError(502, ErrorType.BAD_GATEWAY,
        "upstream answer is larger than " + (max / 1024) + " KiB"), FailureKind.SERVER))) {
      if (request != null) {
        request.reset();
      }
    }
  }
}
