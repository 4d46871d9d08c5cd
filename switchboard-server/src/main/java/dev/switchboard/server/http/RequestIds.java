package dev.switchboard.server.http;

import java.util.concurrent.ThreadLocalRandom;

/** Request ids: {@code req_} plus 24 random base62 characters. */
public final class RequestIds {

  private static final char[] ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();

  private RequestIds() {}

  public static String next() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    char[] out = new char[28];
    out[0] = 'r';
    out[1] = 'e';
    out[2] = 'q';
    out[3] = '_';
    for (int i = 4; i < out.length; i++) {
      out[i] = ALPHABET[r.nextInt(ALPHABET.length)];
    }
    return new String(out);
  }
}
