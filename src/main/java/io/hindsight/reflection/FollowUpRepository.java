package io.hindsight.reflection;

import io.hindsight.db.Database;
import io.hindsight.db.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The follow_ups table, and which recordings the rules have read. */
final class FollowUpRepository {

  private static final String SELECT =
      "SELECT f.id, f.recording_id, r.title, r.recorded_at, f.at_seconds, f.text, f.owner, f.due,"
          + " f.source, c.name, f.created_at, f.done_at, d.name, f.dismissed_at, x.name"
          + " FROM follow_ups f JOIN recordings r ON r.id = f.recording_id"
          + " LEFT JOIN users c ON c.id = f.created_by LEFT JOIN users d ON d.id = f.done_by"
          + " LEFT JOIN users x ON x.id = f.dismissed_by ";

  private final Database db;

  FollowUpRepository(Database db) {
    this.db = db;
  }

  boolean scanned(String recordingId) {
    return db.queryOne("SELECT 1 FROM follow_up_scans WHERE recording_id = ?", rs -> 1, recordingId)
        .isPresent();
  }

  /** The pair's recordings the rules have read. */
  Set<String> scannedOf(String pair) {
    return Set.copyOf(
        db.query(
            "SELECT s.recording_id FROM follow_up_scans s JOIN recordings r ON r.id = s.recording_id"
                + " WHERE r.pair_id = ?",
            rs -> rs.getString(1),
            pair));
  }

  /**
   * Stores what the rules found in a recording, once: if another request scanned it meanwhile,
   * nothing is added twice, and this answers false.
   */
  boolean saveScan(String recordingId, String pair, List<Commitment.Found> found) {
    return db.inTransaction(
        c -> {
          int claimed =
              Sql.update(
                  c,
                  "INSERT INTO follow_up_scans(recording_id, scanned_at) VALUES (?,?)"
                      + " ON CONFLICT DO NOTHING",
                  recordingId,
                  Instant.now());
          if (claimed == 0) {
            return false;
          }
          for (Commitment.Found f : found) {
            Sql.update(
                c,
                "INSERT INTO follow_ups(id, recording_id, pair_id, at_seconds, text, owner, due,"
                    + " source, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
                io.hindsight.Ids.newId(),
                recordingId,
                pair,
                f.atSeconds(),
                f.commitment().text(),
                f.speaker(),
                f.commitment().due(),
                FollowUp.DETECTED,
                Instant.now());
          }
          return true;
        });
  }

  List<FollowUp> all() {
    return db.query(SELECT + "ORDER BY f.recording_id", FollowUpRepository::read);
  }

  void insert(
      String id,
      String recordingId,
      String pair,
      double atSeconds,
      String text,
      String owner,
      String createdBy) {
    db.update(
        "INSERT INTO follow_ups(id, recording_id, pair_id, at_seconds, text, owner, source,"
            + " created_by, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
        id,
        recordingId,
        pair,
        atSeconds,
        text,
        owner,
        FollowUp.ADDED,
        createdBy,
        Instant.now());
  }

  Optional<FollowUp> find(String pair, String id) {
    return db.queryOne(
        SELECT + "WHERE f.id = ? AND f.pair_id = ?", FollowUpRepository::read, id, pair);
  }

  List<FollowUp> ofRecording(String recordingId) {
    return db.query(
        SELECT + "WHERE f.recording_id = ? ORDER BY f.at_seconds, f.created_at",
        FollowUpRepository::read,
        recordingId);
  }

  /** The pair's follow-ups, the sessions' order first, then the moment in each. */
  List<FollowUp> ofPair(String pair) {
    return db.query(
        SELECT + "WHERE f.pair_id = ? ORDER BY r.recorded_at, r.created_at, f.at_seconds",
        FollowUpRepository::read,
        pair);
  }

  void renameOwner(String recordingId, String from, String to) {
    db.update(
        "UPDATE follow_ups SET owner = ? WHERE recording_id = ? AND owner = ?",
        to,
        recordingId,
        from);
  }

  void setText(String id, String text) {
    db.update("UPDATE follow_ups SET text = ? WHERE id = ?", text, id);
  }

  void setDone(String id, String userId) {
    db.update(
        "UPDATE follow_ups SET done_at = ?, done_by = ? WHERE id = ?",
        userId == null ? null : Instant.now(),
        userId,
        id);
  }

  void setDismissed(String id, String userId) {
    db.update(
        "UPDATE follow_ups SET dismissed_at = ?, dismissed_by = ? WHERE id = ?",
        userId == null ? null : Instant.now(),
        userId,
        id);
  }

  private static FollowUp read(ResultSet rs) throws SQLException {
    String day = rs.getString(4);
    return new FollowUp(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        day == null ? null : LocalDate.parse(day),
        rs.getDouble(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10),
        Instant.parse(rs.getString(11)),
        instant(rs.getString(12)),
        rs.getString(13),
        instant(rs.getString(14)),
        rs.getString(15));
  }

  private static Instant instant(String value) {
    return value == null ? null : Instant.parse(value);
  }
}
