package dev.switchboard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Plain-text tables for the {@code keys} commands: aligned columns, "-" for empty values. */
final class KeyTable {

  private final List<String[]> rows = new ArrayList<>();

  KeyTable(String... header) {
    rows.add(header);
  }

  KeyTable row(String... cells) {
    rows.add(cells);
    return this;
  }

  @Override
  public String toString() {
    int[] widths = new int[rows.get(0).length];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        widths[i] = Math.max(widths[i], text(r[i]).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        String cell = text(r[i]);
        sb.append(cell);
        if (i < r.length - 1) {
          sb.append(" ".repeat(widths[i] - cell.length() + 2));
        }
      }
      sb.append(System.lineSeparator());
    }
    return sb.toString();
  }

  /** A field of {@code node} as text: "-" when absent or null, arrays joined with commas. */
  static String field(JsonNode node, String name) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull() || v.isMissingNode()) {
      return "-";
    }
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      v.forEach(e -> parts.add(e.asText()));
      return parts.isEmpty() ? "any" : String.join(",", parts);
    }
    return v.asText();
  }

  private static String text(String s) {
    return s == null || s.isEmpty() ? "-" : s;
  }
}
