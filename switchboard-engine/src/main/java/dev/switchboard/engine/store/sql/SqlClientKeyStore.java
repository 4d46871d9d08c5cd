package dev.switchboard.engine.store.sql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.switchboard.engine.config.BudgetPeriod;
import dev.switchboard.engine.store.ClientKeyStore;
import dev.switchboard.engine.store.KeyLimits;
import dev.switchboard.engine.store.KeyState;
import dev.switchboard.engine.store.StoredKey;
import dev.switchboard.engine.usage.NanoUsd;
import dev.switchboard.translate.Json;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Client keys in {@code client_keys}; model globs are a JSON array of strings. */
final class SqlClientKeyStore implements ClientKeyStore {

  private static final String COLUMNS = "id, name, key_hash, prefix, enabled, rpm, rpd, tpm, budget_nano_usd, "
      + "budget_period, models, created_at, last_used_at";
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private final SqlRunner sql;

  SqlClientKeyStore(SqlRunner sql) {
    this.sql = sql;
  }

  @Override
  public List<StoredKey> all() {
    return sql.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM client_keys ORDER BY created_at, id");
          ResultSet rs = ps.executeQuery()) {
        List<StoredKey> out = new ArrayList<>();
        while (rs.next()) {
          out.add(row(rs));
        }
        return out;
      }
    });
  }

  @Override
  public Optional<StoredKey> find(String id) {
    return sql.read(c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM client_keys WHERE id = ?")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(row(rs)) : Optional.empty();
        }
      }
    });
  }

  @Override
  public void insert(StoredKey k) {
    sql.transaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO client_keys (" + COLUMNS
          + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        ps.setString(1, k.id());
        ps.setString(2, k.name());
        ps.setString(3, k.keyHash());
        ps.setString(4, k.prefix());
        ps.setBoolean(5, k.state() == KeyState.ENABLED);
        Params.setInt(ps, 6, k.limits().rpm());
        Params.setInt(ps, 7, k.limits().rpd());
        Params.setInt(ps, 8, k.limits().tpm());
        Params.setLong(ps, 9, NanoUsd.ofNullable(k.limits().budgetUsd()));
        Params.setText(ps, 10, k.limits().budgetPeriod() == null ? null : k.limits().budgetPeriod().name());
        ps.setString(11, writeModels(k.models()));
        ps.setLong(12, k.createdAt().toEpochMilli());
        Params.setLong(ps, 13, Params.millis(k.lastUsedAt()));
        return ps.executeUpdate();
      }
    });
  }

  @Override
  public boolean updateState(String id, KeyState state) {
    return sql.transaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE client_keys SET enabled = ? WHERE id = ?")) {
        ps.setBoolean(1, state == KeyState.ENABLED);
        ps.setString(2, id);
        return ps.executeUpdate() > 0;
      }
    });
  }

  @Override
  public boolean delete(String id) {
    return sql.transaction(c -> {
      try (PreparedStatement ps = c.prepareStatement("DELETE FROM client_keys WHERE id = ?")) {
        ps.setString(1, id);
        return ps.executeUpdate() > 0;
      }
    });
  }

  private static StoredKey row(ResultSet rs) throws SQLException {
    Long budget = Params.getLong(rs, "budget_nano_usd");
    String period = rs.getString("budget_period");
    KeyLimits limits = new KeyLimits(Params.getInt(rs, "rpm"), Params.getInt(rs, "rpd"), Params.getInt(rs, "tpm"),
        budget == null ? null : NanoUsd.usd(budget), period == null ? null : BudgetPeriod.valueOf(period));
    return new StoredKey(rs.getString("id"), rs.getString("name"), rs.getString("key_hash"), rs.getString("prefix"),
        rs.getBoolean("enabled") ? KeyState.ENABLED : KeyState.DISABLED, limits, readModels(rs.getString("models")),
        Params.getInstant(rs, "created_at"), Params.getInstant(rs, "last_used_at"));
  }

  private static String writeModels(List<String> models) {
    try {
      return Json.MAPPER.writeValueAsString(models);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a list of strings always serialises", e);
    }
  }

  private static List<String> readModels(String json) throws SQLException {
    try {
      return Json.MAPPER.readValue(json, STRINGS);
    } catch (JsonProcessingException e) {
      throw new SQLException("client_keys.models is not a JSON array of strings: " + e.getOriginalMessage(), e);
    }
  }
}
