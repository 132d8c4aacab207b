package io.hindsight.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Statements within a transaction a repository already holds: bind the arguments, map the rows.
 * Instants and dates are stored as their ISO-8601 text, booleans as 1 or 0.
 */
public final class Sql {

  private Sql() {}

  public static <T> List<T> query(
      Connection c, String sql, Database.RowMapper<T> mapper, Object... args) throws SQLException {
    try (PreparedStatement s = prepare(c, sql, args);
        ResultSet rs = s.executeQuery()) {
      List<T> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(mapper.map(rs));
      }
      return rows;
    }
  }

  public static <T> Optional<T> queryOne(
      Connection c, String sql, Database.RowMapper<T> mapper, Object... args) throws SQLException {
    try (PreparedStatement s = prepare(c, sql, args);
        ResultSet rs = s.executeQuery()) {
      return rs.next() ? Optional.of(mapper.map(rs)) : Optional.empty();
    }
  }

  /** Runs one INSERT, UPDATE or DELETE; returns the rows it changed. */
  public static int update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement s = prepare(c, sql, args)) {
      return s.executeUpdate();
    }
  }

  /** An ISO-8601 instant column that may be null. */
  public static Instant instant(ResultSet row, String column) throws SQLException {
    String text = row.getString(column);
    return text == null ? null : Instant.parse(text);
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... args)
      throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    try {
      for (int i = 0; i < args.length; i++) {
        bind(s, i + 1, args[i]);
      }
      return s;
    } catch (SQLException | RuntimeException e) {
      s.close();
      throw e;
    }
  }

  private static void bind(PreparedStatement s, int i, Object value) throws SQLException {
    if (value == null) {
      s.setNull(i, Types.NULL);
    } else if (value instanceof String text) {
      s.setString(i, text);
    } else if (value instanceof Integer n) {
      s.setInt(i, n);
    } else if (value instanceof Long n) {
      s.setLong(i, n);
    } else if (value instanceof Double n) {
      s.setDouble(i, n);
    } else if (value instanceof Boolean b) {
      s.setInt(i, b ? 1 : 0);
    } else if (value instanceof byte[] bytes) {
      s.setBytes(i, bytes);
    } else if (value instanceof Instant || value instanceof LocalDate) {
      s.setString(i, value.toString());
    } else {
      throw new IllegalArgumentException("cannot store a " + value.getClass().getSimpleName());
    }
  }
}
