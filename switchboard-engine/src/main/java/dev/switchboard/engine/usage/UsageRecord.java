package dev.switchboard.engine.usage;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One client request, as INTERFACE.md §5 lists it: who asked for what, what served it, how it
 * ended, the tokens it used and what it cost. {@code costUsd} is null when the model has no
 * price (never a silent 0). The request log is made of these records.
 */
public record UsageRecord(
    String requestId,
    Instant time,
    String keyId,
    Request request,
    Served served,
    Result result,
    Tokens tokens,
    BigDecimal costUsd,
    Latency latency) {

  /** The status of a request that succeeded; failures carry their error kind instead. */
  public static final String OK = "ok";

  /** What the client sent: its format (e.g. {@code openai_chat}), the model it named, streamed or not. */
  public record Request(String inboundFormat, String requestedModel, Delivery delivery) {}

  /** What served it: provider, credential index and upstream model (null when none was reached). */
  public record Served(String providerId, Integer credentialIndex, String upstreamModel, int attempts) {}

  /** How it ended: {@link #OK} or an error kind (e.g. {@code rate_limited}), and the HTTP status. */
  public record Result(String status, int httpStatus) {

    public boolean ok() {
      return OK.equals(status);
    }
  }

  /** Token counts; {@code source} says whether the upstream reported them or they were estimated. */
  public record Tokens(long input, long output, long cached, long reasoning, TokenSource source) {

    public static final Tokens NONE = new Tokens(0, 0, 0, 0, TokenSource.UPSTREAM);
  }

  /** Milliseconds to the first byte sent to the client (null: none was sent) and in total. */
  public record Latency(Long firstByteMs, long totalMs) {}

  /** Whether the answer was streamed. */
  public enum Delivery {
    COMPLETE,
    STREAM
  }

  /** Where token counts came from. */
  public enum TokenSource {
    UPSTREAM,
    ESTIMATED
  }
}
