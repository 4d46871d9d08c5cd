package dev.switchboard.engine.store.sql;

import dev.switchboard.engine.store.Grouping;
import dev.switchboard.engine.store.LogCursor;
import dev.switchboard.engine.store.LogQuery;
import dev.switchboard.engine.store.UsageQuery;
import dev.switchboard.engine.store.UsageRow;
import dev.switchboard.engine.store.UsageTotals;
import dev.switchboard.engine.usage.NanoUsd;
import dev.switchboard.engine.usage.UsageRecord;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The admin API's reads. Aggregates come from {@code usage_hourly} (a few rows per hour, whatever
 * the traffic), the request log from {@code usage_records} by keyset paging on (time, request id),
 * so neither slows down as records accumulate.
 */
final class UsageReads {

  private static final String SUMS = "SUM(requests), SUM(failures), SUM(input_tokens), SUM(output_tokens), "
      + "SUM(cached_tokens), SUM(reasoning_tokens), SUM(cost_nano_usd), SUM(unpriced_requests)";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

  private final SqlRunner sql;

  UsageReads(SqlRunner sql) {
    this.sql = sql;
  }

  List<UsageRow> usage(UsageQuery q) {
    String bucket = switch (q.groupBy()) {
      case DAY -> "hour_start - (hour_start % 86400)";
      case HOUR -> "hour_start";
      case MODEL -> "model";
      case KEY -> "key_id";
      case PROVIDER -> "provider";
    };
    boolean byTime = q.groupBy() == Grouping.DAY || q.groupBy() == Grouping.HOUR;
    String text = "SELECT " + bucket + " AS bucket, " + SUMS + " FROM usage_hourly WHERE hour_start >= ? "
        + "AND hour_start < ?" + (q.keyId() == null ? "" : " AND key_id = ?") + " GROUP BY " + bucket
        + (byTime ? " ORDER BY bucket" : " ORDER BY SUM(requests) DESC, bucket");
    return sql.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(text)) {
        ps.setLong(1, q.from().truncatedTo(ChronoUnit.HOURS).getEpochSecond());
        ps.setLong(2, q.to().getEpochSecond());
        if (q.keyId() != null) {
          ps.setString(3, q.keyId());
        }
        try (ResultSet rs = ps.executeQuery()) {
          List<UsageRow> out = new ArrayList<>();
          while (rs.next()) {
            out.add(new UsageRow(label(q.groupBy(), rs), totals(rs, 2)));
          }
          return out;
        }
      }
    });
  }

  Map<String, UsageTotals> totalsByKey() {
    return sql.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT key_id, " + SUMS + " FROM usage_hourly GROUP BY key_id");
          ResultSet rs = ps.executeQuery()) {
        Map<String, UsageTotals> out = new LinkedHashMap<>();
        while (rs.next()) {
          out.put(rs.getString(1), totals(rs, 2));
        }
        return out;
      }
    });
  }

  List<UsageRecord> logs(LogQuery q) {
    List<Object> args = new ArrayList<>();
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (q.keyId() != null) {
      where.append(" AND key_id = ?");
      args.add(q.keyId());
    }
    if (q.model() != null) {
      where.append(" AND requested_model = ?");
      args.add(q.model());
    }
    status(q.status(), where, args);
    LogCursor before = q.before();
    if (before != null) {
      where.append(" AND (ts_ms < ? OR (ts_ms = ? AND request_id < ?))");
      args.add(before.epochMillis());
      args.add(before.epochMillis());
      args.add(before.requestId());
    }
    String text = "SELECT " + UsageColumns.LIST + " FROM usage_records" + where
        + " ORDER BY ts_ms DESC, request_id DESC LIMIT " + q.limit();
    return sql.read(c -> {
      try (PreparedStatement ps = c.prepareStatement(text)) {
        for (int i = 0; i < args.size(); i++) {
          ps.setObject(i + 1, args.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          List<UsageRecord> out = new ArrayList<>(q.limit());
          while (rs.next()) {
            out.add(UsageColumns.read(rs));
          }
          return out;
        }
      }
    });
  }

  private static void status(String status, StringBuilder where, List<Object> args) {
    if (status == null) {
      return;
    }
    if (status.equals("error")) {
      where.append(" AND status <> ?");
      args.add(UsageRecord.OK);
    } else if (status.chars().allMatch(Character::isDigit) && !status.isEmpty() && status.length() < 4) {
      where.append(" AND http_status = ?");
      args.add(Integer.parseInt(status));
    } else {
      where.append(" AND status = ?");
      args.add(status);
    }
  }

  private static String label(Grouping g, ResultSet rs) throws SQLException {
    return switch (g) {
      case DAY -> DAY.format(Instant.ofEpochSecond(rs.getLong(1)));
      case HOUR -> Instant.ofEpochSecond(rs.getLong(1)).toString();
      default -> rs.getString(1);
    };
  }

  private static UsageTotals totals(ResultSet rs, int first) throws SQLException {
    long unpriced = rs.getLong(first + 7);
    long requests = rs.getLong(first);
    boolean anyPriced = requests > unpriced;
    return new UsageTotals(requests, rs.getLong(first + 1), rs.getLong(first + 2), rs.getLong(first + 3),
        rs.getLong(first + 4), rs.getLong(first + 5), anyPriced ? NanoUsd.usd(rs.getLong(first + 6)) : null, unpriced);
  }
}
