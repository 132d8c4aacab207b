package io.hindsight.recording;

import io.hindsight.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The recordings table. Every method is one statement or one transaction. */
public final class RecordingRepository {

  private static final String COLUMNS =
      "id, pair_id, title, recorded_at, created_at, status, error, media_files, media_type,"
          + " has_video, duration_seconds, consent_names, consent_at, consent_scope";

  private final Database db;

  public RecordingRepository(Database db) {
    this.db = db;
  }

  public Database database() {
    return db;
  }

  /** Inserts the recording, creating its pair on first use, within {@code c}'s transaction. */
  public void insert(Connection c, Recording r) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO pairs(id, created_at) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
      s.setString(1, r.pair());
      s.setString(2, r.createdAt().toString());
      s.executeUpdate();
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO recordings(" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      s.setString(1, r.id());
      s.setString(2, r.pair());
      s.setString(3, r.title());
      s.setString(4, r.recordedAt() == null ? null : r.recordedAt().toString());
      s.setString(5, r.createdAt().toString());
      s.setString(6, r.status().label());
      s.setString(7, r.error());
      s.setString(8, String.join(",", r.mediaFiles()));
      s.setString(9, r.mediaType());
      s.setInt(10, r.hasVideo() ? 1 : 0);
      if (r.durationSeconds() == null) {
        s.setNull(11, Types.REAL);
      } else {
        s.setDouble(11, r.durationSeconds());
      }
      s.setString(12, String.join("\n", r.consentNames()));
      s.setString(13, r.consentAt().toString());
      s.setString(14, r.consentScope());
      s.executeUpdate();
    }
  }

  /** Records who uploaded the recording, under which agreement version. */
  public void setUploader(Connection c, String id, String userId, int agreementVersion)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE recordings SET uploaded_by = ?, agreement_version = ? WHERE id = ?")) {
      s.setString(1, userId);
      s.setInt(2, agreementVersion);
      s.setString(3, id);
      s.executeUpdate();
    }
  }

  public void updateStatus(String id, Recording.Status status, String error) {
    db.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("UPDATE recordings SET status = ?, error = ? WHERE id = ?")) {
            s.setString(1, status.label());
            s.setString(2, error);
            s.setString(3, id);
            return s.executeUpdate();
          }
        });
  }

  public void delete(Connection c, String id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("DELETE FROM recordings WHERE id = ?")) {
      s.setString(1, id);
      s.executeUpdate();
    }
  }

  public Optional<Recording> find(String id) {
    return db.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("SELECT " + COLUMNS + " FROM recordings WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
              return rs.next() ? Optional.of(read(rs)) : Optional.<Recording>empty();
            }
          }
        });
  }

  /** Newest first; {@code pair} null lists every pair's. */
  public List<Recording> list(String pair) {
    return db.inTransaction(
        c -> {
          String sql =
              "SELECT "
                  + COLUMNS
                  + " FROM recordings"
                  + (pair == null ? "" : " WHERE pair_id = ?")
                  + " ORDER BY COALESCE(recorded_at, substr(created_at, 1, 10)) DESC, created_at DESC";
          try (PreparedStatement s = c.prepareStatement(sql)) {
            if (pair != null) {
              s.setString(1, pair);
            }
            try (ResultSet rs = s.executeQuery()) {
              List<Recording> all = new ArrayList<>();
              while (rs.next()) {
                all.add(read(rs));
              }
              return all;
            }
          }
        });
  }

  private static Recording read(ResultSet rs) throws SQLException {
    String recordedAt = rs.getString("recorded_at");
    double duration = rs.getDouble("duration_seconds");
    Double durationSeconds = rs.wasNull() ? null : duration;
    return new Recording(
        rs.getString("id"),
        rs.getString("pair_id"),
        rs.getString("title"),
        recordedAt == null ? null : LocalDate.parse(recordedAt),
        Instant.parse(rs.getString("created_at")),
        Recording.Status.parse(rs.getString("status")),
        rs.getString("error"),
        Arrays.asList(rs.getString("media_files").split(",")),
        rs.getString("media_type"),
        rs.getInt("has_video") != 0,
        durationSeconds,
        Arrays.asList(rs.getString("consent_names").split("\n")),
        Instant.parse(rs.getString("consent_at")),
        rs.getString("consent_scope"));
  }
}
