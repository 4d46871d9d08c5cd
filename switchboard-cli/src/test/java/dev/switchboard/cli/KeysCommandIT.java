package dev.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.app.SwitchboardServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code switchboard keys ...} against a real gateway: tables, JSON and exit codes. */
class KeysCommandIT {

  private static final String ADMIN = "cli-admin-key";
  private static SwitchboardServer server;

  /** Exit code, stdout and stderr of one command line. */
  record Run(int code, String out, String err) {}

  @BeforeAll
  static void start() throws Exception {
    server = SwitchboardServer.start(ConfigFiles.loader().parse("""
        server: { host: 127.0.0.1, port: 0 }
        store: { url: "sqlite::memory:" }
        admin: { key: %s }
        providers: [ { id: local, type: mock } ]
        """.formatted(ADMIN), Path.of("keys-it.yaml"), Map.of()));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SwitchboardCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  private static String[] keys(String... args) {
    String[] all = new String[args.length + 5];
    all[0] = "keys";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--url";
    all[args.length + 2] = "http://127.0.0.1:" + server.port();
    all[args.length + 3] = "--admin-key";
    all[args.length + 4] = ADMIN;
    return all;
  }

  @Test
  void createListShowDisableEnableUsageDelete() {
    Run created = run(keys("create", "--name", "ci-bot", "--rpm", "60", "--budget", "25", "--period", "week",
        "--models", "gpt-*,claude-*"));
    assertThat(created.code()).as(created.err()).isZero();
    Matcher m = Pattern.compile("key: (sk-sb-\\w+)").matcher(created.out());
    assertThat(m.find()).as(created.out()).isTrue();
    assertThat(created.out()).contains("not shown again").contains("gpt-*,claude-*").contains("week");
    String id = Pattern.compile("id\\s+(key_\\w+)").matcher(created.out()).results().findFirst().orElseThrow().group(1);

    Run list = run(keys("list"));
    assertThat(list.code()).isZero();
    assertThat(list.out()).contains("ID").contains(id).contains("ci-bot").contains("rpm 60 $25/week")
        .doesNotContain(m.group(1));

    assertThat(run(keys("disable", id)).out()).contains(id + " disabled");
    assertThat(run(keys("show", id)).out()).contains("disabled");
    assertThat(run(keys("enable", id)).out()).contains(id + " enabled");
    Run usage = run(keys("usage", id));
    assertThat(usage.code()).isZero();
    assertThat(usage.out()).contains("REQUESTS").contains("total");
    Run json = run(keys("show", id, "--json"));
    assertThat(json.out()).contains("\"id\":\"" + id + "\"");
    assertThat(run(keys("delete", id)).out()).contains(id + " deleted");

    Run gone = run(keys("show", id));
    assertThat(gone.code()).isEqualTo(1);
    assertThat(gone.err()).contains("HTTP 404").contains("no client key");
  }

  @Test
  void usageErrorsExit2AndRuntimeFailuresExit1() {
    assertThat(run("keys", "create", "--url", "http://127.0.0.1:1").code()).as("missing --name").isEqualTo(2);
    Run noKey = run("keys", "list", "--url", "http://127.0.0.1:" + server.port(), "--admin-key", "");
    assertThat(noKey.code()).isEqualTo(2);
    assertThat(noKey.err()).contains("SWITCHBOARD_ADMIN_KEY");
    assertThat(run(keys("create", "--name", "x", "--period", "day")).code()).isEqualTo(2);

    Run wrong = run("keys", "list", "--url", "http://127.0.0.1:" + server.port(), "--admin-key", "nope");
    assertThat(wrong.code()).isEqualTo(1);
    assertThat(wrong.err()).contains("HTTP 401").contains("invalid admin key");
    Run down = run("keys", "list", "--url", "http://127.0.0.1:1", "--admin-key", ADMIN);
    assertThat(down.code()).isEqualTo(1);
    assertThat(down.err()).contains("cannot reach the gateway");
  }
}
