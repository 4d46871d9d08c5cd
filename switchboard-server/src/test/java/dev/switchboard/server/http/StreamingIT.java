package dev.switchboard.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.GatewayHarness;
import dev.switchboard.testkit.Reply;
import dev.switchboard.testkit.WireReplies;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Streams over raw sockets: incremental delivery, and a client that leaves cancels the upstream. */
class StreamingIT {

  private static GatewayHarness gw;

  @BeforeAll
  static void start() throws Exception {
    gw = GatewayHarness.start("""
        client-keys: [ { key: sk-ok, name: ok } ]
        providers:
          - id: compat
            type: openai-compatible
            base-url: ${UPSTREAM}/v1
            models: [ { name: slow } ]
            credentials: [ { key: up } ]
          - id: bulk
            type: openai-compatible
            base-url: ${UPSTREAM}/v1
            timeouts: { idle: 1s }
            models: [ { name: bulk } ]
            credentials: [ { key: up } ]
        """);
  }

  @AfterAll
  static void stop() throws Exception {
    gw.close();
  }

  private static List<String> slowFrames(int n) {
    List<String> frames = new ArrayList<>(WireReplies.openAiChatStream("slow").subList(0, 1));
    for (int i = 0; i < n; i++) {
      frames.add("data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"slow\","
          + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"tick" + i + " \"},\"finish_reason\":null}]}\n\n");
    }
    frames.addAll(WireReplies.openAiChatStream("slow").subList(3, 6));
    return frames;
  }

  private static Socket open(String body) throws Exception {
    Socket s = new Socket();
    s.setReceiveBufferSize(16 * 1024);
    s.connect(new java.net.InetSocketAddress("127.0.0.1", gw.server.port()), 5000);
    s.setSoTimeout(10_000);
    OutputStream out = s.getOutputStream();
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    out.write(("POST /v1/chat/completions HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer sk-ok\r\n"
        + "Content-Type: application/json\r\nContent-Length: " + b.length + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    out.write(b);
    out.flush();
    return s;
  }

  @Test
  void chunksArriveAsTheUpstreamSendsThem() throws Exception {
    gw.upstream.enqueue("/v1/chat/completions", new Reply.Stream(slowFrames(5), 0, 150, -1));
    List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
    long t0 = System.nanoTime();
    try (Socket s = open("{\"model\":\"slow\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}")) {
      BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
      String line;
      while ((line = in.readLine()) != null) {
        if (line.contains("tick")) {
          arrivals.add((System.nanoTime() - t0) / 1_000_000);
        }
        if (line.contains("[DONE]")) {
          break;
        }
      }
    }
    assertThat(arrivals).hasSize(5);
    assertThat(arrivals.get(4) - arrivals.get(0)).as("ticks spread over time, not buffered").isGreaterThan(400);
  }

  @Test
  void aClientThatLeavesCancelsTheUpstreamStream() throws Exception {
    int before = gw.upstream.abandonedStreams();
    gw.upstream.enqueue("/v1/chat/completions", new Reply.Stream(slowFrames(100), 0, 100, -1));
    try (Socket s = open("{\"model\":\"slow\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}")) {
      BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
      String line;
      while ((line = in.readLine()) != null && !line.contains("tick1")) {
        // read until the stream is flowing
      }
    }
    Awaitility.await().atMost(Duration.ofSeconds(5))
        .untilAsserted(() -> assertThat(gw.upstream.abandonedStreams()).isGreaterThan(before));
  }

  @Test
  void aSlowClientPausingLongerThanTheIdleTimeoutStillGetsTheWholeStream() throws Exception {
    String piece = "x".repeat(4000);
    List<String> frames = new ArrayList<>(WireReplies.openAiChatStream("bulk").subList(0, 1));
    for (int i = 0; i < 3000; i++) {
      frames.add("data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"bulk\","
          + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + piece + "\"},\"finish_reason\":null}]}\n\n");
    }
    frames.addAll(WireReplies.openAiChatStream("bulk").subList(3, 6));
    gw.upstream.enqueue("/v1/chat/completions", new Reply.Stream(frames, 0, 0, -1));
    try (Socket s = open("{\"model\":\"bulk\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}")) {
      BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
      in.readLine();
      Thread.sleep(3000);
      String line;
      String last = null;
      int chunks = 0;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("data: ")) {
          last = line;
          chunks += line.contains(piece) ? 1 : 0;
        }
        if (line.contains("[DONE]") || line.contains("\"error\"")) {
          break;
        }
      }
      assertThat(last).as("the stream ends cleanly, not with an idle-timeout error").isEqualTo("data: [DONE]");
      assertThat(chunks).isEqualTo(3000);
    }
  }
}
