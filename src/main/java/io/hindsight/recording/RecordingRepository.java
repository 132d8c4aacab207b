package io.hindsight.recording;

import io.hindsight.db.Database;
import io.hindsight.db.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
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

  /** Inserts the recording, creating its pair on first use. */
  public void insert(Recording r) {
    db.execute(c -> insert(c, r));
  }

  /**
   * Inserts the recording with who uploaded it under which agreement version (none when {@code
   * agreementVersion} is 0, as for the command line), and {@code alsoInTheSameTransaction} (queuing
   * its job), all or nothing.
   */
  public void insert(
      Recording r,
      String userId,
      int agreementVersion,
      Database.SqlAction alsoInTheSameTransaction) {
    db.execute(
        c -> {
          insert(c, r);
          if (agreementVersion > 0) {
            Sql.update(
                c,
                "UPDATE recordings SET uploaded_by = ?, agreement_version = ? WHERE id = ?",
                userId,
                agreementVersion,
                r.id());
          }
          alsoInTheSameTransaction.run(c);
        });
  }

  private static void insert(Connection c, Recording r) throws SQLException {
    Sql.update(
        c,
        "INSERT INTO pairs(id, created_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
        r.pair(),
        r.createdAt());
    Sql.update(
        c,
        "INSERT INTO recordings(" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        r.id(),
        r.pair(),
        r.title(),
        r.recordedAt(),
        r.createdAt(),
        r.status().label(),
        r.error(),
        String.join(",", r.mediaFiles()),
        r.mediaType(),
        r.hasVideo(),
        r.durationSeconds(),
        String.join("\n", r.consentNames()),
        r.consentAt(),
        r.consentScope());
  }

  /**
   * Stores the speaker of each track of a queued upload, for its job, in the insert's {@code c}.
   */
  static void saveTrackSpeakers(Connection c, String id, List<String> speakers)
      throws SQLException {
    for (int i = 0; i < speakers.size(); i++) {
      Sql.update(
          c,
          "INSERT INTO recording_tracks(recording_id, position, speaker) VALUES (?,?,?)",
          id,
          i,
          speakers.get(i));
    }
  }

  /** The speakers given for a recording's tracks, in order; empty to take them from the media. */
  public List<String> trackSpeakers(String id) {
    return db.query(
        "SELECT speaker FROM recording_tracks WHERE recording_id = ? ORDER BY position",
        rs -> rs.getString(1),
        id);
  }

  public void updateStatus(String id, Recording.Status status, String error) {
    db.update(
        "UPDATE recordings SET status = ?, error = ? WHERE id = ?", status.label(), error, id);
  }

  /**
   * Marks a recording ready with {@code alsoInTheSameTransaction} (its search outbox entry), unless
   * it was deleted meanwhile. Returns whether it was.
   */
  public boolean markReady(String id, Database.SqlAction alsoInTheSameTransaction) {
    return db.inTransaction(
        c -> {
          int changed =
              Sql.update(
                  c,
                  "UPDATE recordings SET status = ?, error = NULL WHERE id = ?",
                  Recording.Status.READY.label(),
                  id);
          if (changed == 1) {
            alsoInTheSameTransaction.run(c);
          }
          return changed == 1;
        });
  }

  /**
   * Deletes the recording's row (the database cascades to its notes and job) with {@code
   * alsoInTheSameTransaction} (its search outbox entry), and then empties the database's
   * write-ahead log, so the deleted title and notes are left in no file.
   */
  public void delete(String id, Database.SqlAction alsoInTheSameTransaction) {
    db.execute(
        c -> {
          Sql.update(c, "DELETE FROM recordings WHERE id = ?", id);
          alsoInTheSameTransaction.run(c);
        });
    db.checkpoint();
  }

  public Optional<Recording> find(String id) {
    return db.queryOne(
        "SELECT " + COLUMNS + " FROM recordings WHERE id = ?", RecordingRepository::read, id);
  }

  /** Newest first; {@code pair} null lists every pair's. */
  public List<Recording> list(String pair) {
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM recordings"
            + (pair == null ? "" : " WHERE pair_id = ?")
            + " ORDER BY COALESCE(recorded_at, substr(created_at, 1, 10)) DESC, created_at DESC";
    return pair == null
        ? db.query(sql, RecordingRepository::read)
        : db.query(sql, RecordingRepository::read, pair);
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
