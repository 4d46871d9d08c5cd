package dev.switchboard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.translate.Json;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code switchboard keys ...}: client keys through a running gateway's admin API (create, list,
 * show, disable, enable, delete, usage). Tables by default, the gateway's JSON with {@code --json}.
 * Exit 1 when the gateway cannot be reached or refuses, 2 on a usage error.
 */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "Manage client keys on a running gateway.")
final class KeysCommand implements Runnable {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a key; its secret is shown once.")
  int create(@Mixin AdminConnection conn,
      @Option(names = "--name", required = true, description = "Name of the key.") String name,
      @Option(names = "--rpm", description = "Requests per minute.") Integer rpm,
      @Option(names = "--rpd", description = "Requests per day.") Integer rpd,
      @Option(names = "--tpm", description = "Tokens per minute.") Integer tpm,
      @Option(names = "--budget", description = "Budget in USD per period.") BigDecimal budget,
      @Option(names = "--period", description = "Budget period: day, week or month (default month).") String period,
      @Option(names = "--models", split = ",", description = "Model names or globs the key may use.") List<String> models) {
    if (period != null && budget == null) {
      throw new UsageProblem("--period needs --budget");
    }
    ObjectNode body = Json.object().put("name", name);
    body.put("rpm", rpm).put("rpd", rpd).put("tpm", tpm).put("budget_usd", budget).put("budget_period", period);
    ArrayNode m = body.putArray("models");
    (models == null ? List.<String>of() : models).forEach(m::add);
    JsonNode key = conn.client().post("/admin/keys", body);
    if (conn.json) {
      return print(key);
    }
    out().print(details(key));
    out().println();
    out().println("key: " + KeyTable.field(key, "key"));
    out().println("Store this key now: it is not shown again.");
    return 0;
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List keys with their usage.")
  int list(@Mixin AdminConnection conn) {
    JsonNode all = conn.client().get("/admin/keys");
    if (conn.json) {
      return print(all);
    }
    KeyTable t = new KeyTable("ID", "NAME", "PREFIX", "STATE", "SOURCE", "LIMITS", "MODELS", "REQUESTS", "COST_USD",
        "LAST_USED");
    for (JsonNode k : all.get("data")) {
      JsonNode u = k.path("usage");
      t.row(k.get("id").asText(), k.get("name").asText(), KeyTable.field(k, "prefix"), state(k),
          KeyTable.field(k, "source"), limits(k), KeyTable.field(k, "models"), KeyTable.field(u, "requests"),
          KeyTable.field(u, "cost_usd"), KeyTable.field(k, "last_used_at"));
    }
    out().print(t);
    return 0;
  }

  @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one key.")
  int show(@Mixin AdminConnection conn, @Parameters(paramLabel = "ID") String id) {
    JsonNode key = conn.client().get("/admin/keys/" + id);
    return conn.json ? print(key) : printText(details(key));
  }

  @Command(name = "disable", mixinStandardHelpOptions = true, description = "Disable a key (403 from the next request).")
  int disable(@Mixin AdminConnection conn, @Parameters(paramLabel = "ID") String id) {
    JsonNode key = conn.client().post("/admin/keys/" + id + "/disable", null);
    return conn.json ? print(key) : printText(id + " disabled" + System.lineSeparator());
  }

  @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enable a key again.")
  int enable(@Mixin AdminConnection conn, @Parameters(paramLabel = "ID") String id) {
    JsonNode key = conn.client().post("/admin/keys/" + id + "/enable", null);
    return conn.json ? print(key) : printText(id + " enabled" + System.lineSeparator());
  }

  @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a key (401 from the next request).")
  int delete(@Mixin AdminConnection conn, @Parameters(paramLabel = "ID") String id) {
    JsonNode answer = conn.client().delete("/admin/keys/" + id);
    return conn.json ? print(answer) : printText(id + " deleted" + System.lineSeparator());
  }

  @Command(name = "usage", mixinStandardHelpOptions = true, description = "A key's usage: totals, by model, by day.")
  int usage(@Mixin AdminConnection conn, @Parameters(paramLabel = "ID") String id) {
    JsonNode u = conn.client().get("/admin/keys/" + id + "/usage");
    if (conn.json) {
      return print(u);
    }
    KeyTable t = new KeyTable("", "REQUESTS", "FAILURES", "INPUT", "OUTPUT", "CACHED", "COST_USD", "UNPRICED");
    totalsRow(t, "total", u.get("totals"));
    u.get("by_model").forEach(r -> totalsRow(t, "model " + r.get("model").asText(), r));
    u.get("by_day").forEach(r -> totalsRow(t, "day " + r.get("day").asText(), r));
    return printText(t.toString());
  }

  private static void totalsRow(KeyTable t, String label, JsonNode r) {
    t.row(label, KeyTable.field(r, "requests"), KeyTable.field(r, "failures"), KeyTable.field(r, "input_tokens"),
        KeyTable.field(r, "output_tokens"), KeyTable.field(r, "cached_tokens"), KeyTable.field(r, "cost_usd"),
        KeyTable.field(r, "unpriced_requests"));
  }

  private static String details(JsonNode k) {
    KeyTable t = new KeyTable("FIELD", "VALUE");
    for (String f : new String[] {"id", "name", "prefix", "source", "rpm", "rpd", "tpm", "budget_usd",
        "budget_period", "models", "created_at", "last_used_at"}) {
      t.row(f, KeyTable.field(k, f));
    }
    t.row("state", state(k));
    return t.toString();
  }

  private static String state(JsonNode k) {
    return k.path("enabled").asBoolean(true) ? "enabled" : "disabled";
  }

  private static String limits(JsonNode k) {
    List<String> parts = new ArrayList<>();
    for (String f : new String[] {"rpm", "rpd", "tpm"}) {
      if (!KeyTable.field(k, f).equals("-")) {
        parts.add(f + " " + KeyTable.field(k, f));
      }
    }
    if (!KeyTable.field(k, "budget_usd").equals("-")) {
      parts.add("$" + KeyTable.field(k, "budget_usd") + "/" + KeyTable.field(k, "budget_period"));
    }
    return parts.isEmpty() ? "none" : String.join(" ", parts);
  }

  private int print(JsonNode node) {
    return printText(Json.write(node) + System.lineSeparator());
  }

  private int printText(String text) {
    out().print(text);
    out().flush();
    return 0;
  }

  private PrintWriter out() {
    return spec.commandLine().getOut();
  }
}
