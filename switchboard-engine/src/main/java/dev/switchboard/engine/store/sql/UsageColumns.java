package dev.switchboard.engine.store.sql;

import dev.switchboard.engine.usage.NanoUsd;
import dev.switchboard.engine.usage.UsageRecord;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** A usage record as a row of {@code usage_records}, both ways. */
final class UsageColumns {

  static final String LIST = "request_id, ts_ms, key_id, inbound_format, requested_model, provider, "
      + "credential_index, upstream_model, attempts, status, http_status, stream, input_tokens, output_tokens, "
      + "cached_tokens, reasoning_tokens, estimated, cost_nano_usd, first_byte_ms, total_ms";
  static final String INSERT = "INSERT INTO usage_records (" + LIST
      + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private UsageColumns() {}

  static void bind(PreparedStatement ps, UsageRecord r) throws SQLException {
    ps.setString(1, r.requestId());
    ps.setLong(2, r.time().toEpochMilli());
    Params.setText(ps, 3, r.keyId());
    Params.setText(ps, 4, r.request().inboundFormat());
    Params.setText(ps, 5, r.request().requestedModel());
    Params.setText(ps, 6, r.served().providerId());
    Params.setInt(ps, 7, r.served().credentialIndex());
    Params.setText(ps, 8, r.served().upstreamModel());
    ps.setInt(9, r.served().attempts());
    ps.setString(10, r.result().status());
    ps.setInt(11, r.result().httpStatus());
    ps.setBoolean(12, r.request().delivery() == UsageRecord.Delivery.STREAM);
    ps.setLong(13, r.tokens().input());
    ps.setLong(14, r.tokens().output());
    ps.setLong(15, r.tokens().cached());
    ps.setLong(16, r.tokens().reasoning());
    ps.setBoolean(17, r.tokens().source() == UsageRecord.TokenSource.ESTIMATED);
    Params.setLong(ps, 18, NanoUsd.ofNullable(r.costUsd()));
    Params.setLong(ps, 19, r.latency().firstByteMs());
    ps.setLong(20, r.latency().totalMs());
  }

  static UsageRecord read(ResultSet rs) throws SQLException {
    Long cost = Params.getLong(rs, "cost_nano_usd");
    return new UsageRecord(
        rs.getString("request_id"),
        Instant.ofEpochMilli(rs.getLong("ts_ms")),
        rs.getString("key_id"),
        new UsageRecord.Request(rs.getString("inbound_format"), rs.getString("requested_model"),
            rs.getBoolean("stream") ? UsageRecord.Delivery.STREAM : UsageRecord.Delivery.COMPLETE),
        new UsageRecord.Served(rs.getString("provider"), Params.getInt(rs, "credential_index"),
            rs.getString("upstream_model"), rs.getInt("attempts")),
        new UsageRecord.Result(rs.getString("status"), rs.getInt("http_status")),
        new UsageRecord.Tokens(rs.getLong("input_tokens"), rs.getLong("output_tokens"), rs.getLong("cached_tokens"),
            rs.getLong("reasoning_tokens"), rs.getBoolean("estimated") ? UsageRecord.TokenSource.ESTIMATED
                : UsageRecord.TokenSource.UPSTREAM),
        cost == null ? null : NanoUsd.usd(cost),
        new UsageRecord.Latency(Params.getLong(rs, "first_byte_ms"), rs.getLong("total_ms")));
  }
}
