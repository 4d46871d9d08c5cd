package dev.switchboard.bench.upstream;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a mock stream is paced: {@code chunks} content chunks, {@code intervalMs} apart (the first
 * at once). Chosen per request by the headers {@code x-mock-chunks} and {@code x-mock-interval-ms}
 * or, because a gateway does not forward unknown headers upstream, by the model name: a model
 * ending in {@code -c50-i20} asks for 50 chunks 20 ms apart. Headers win over the model name.
 */
record StreamShape(int chunks, long intervalMs) {

  static final String CHUNKS_HEADER = "x-mock-chunks";
  static final String INTERVAL_HEADER = "x-mock-interval-ms";
  static final StreamShape DEFAULT = new StreamShape(50, 20);

  private static final Pattern IN_MODEL = Pattern.compile("-c(\\d{1,5})-i(\\d{1,6})$");
  private static final int MAX_CHUNKS = 10_000;

  StreamShape {
    chunks = Math.max(1, Math.min(MAX_CHUNKS, chunks));
    intervalMs = Math.max(0, intervalMs);
  }

  static StreamShape parse(String chunksHeader, String intervalHeader, String model) {
    StreamShape base = fromModel(model);
    return new StreamShape((int) number(chunksHeader, base.chunks), number(intervalHeader, base.intervalMs));
  }

  /** A header's number, or {@code fallback} when the header is absent or not a number. */
  private static long number(String header, long fallback) {
    if (header == null) {
      return fallback;
    }
    try {
      return Long.parseLong(header.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private static StreamShape fromModel(String model) {
    Matcher m = model == null ? null : IN_MODEL.matcher(model);
    if (m == null || !m.find()) {
      return DEFAULT;
    }
    return new StreamShape(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2)));
  }
}
