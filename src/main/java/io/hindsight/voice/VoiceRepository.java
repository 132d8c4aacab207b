package io.hindsight.voice;

import io.hindsight.db.Database;
import io.hindsight.db.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The SQL of voice prints and of the voices heard in each recording. */
final class VoiceRepository {

  /** A voice heard in one recording under {@code label}. */
  record Heard(String label, Voice voice, Double similarity, String taughtUserId) {}

  /** A member's print, without the vector. */
  record PrintInfo(String userId, double seconds, Instant updatedAt) {}

  private final Database db;

  VoiceRepository(Database db) {
    this.db = db;
  }

  Map<String, Voice> prints(Connection c, String pair) throws SQLException {
    Map<String, Voice> prints = new HashMap<>();
    for (Map.Entry<String, Voice> e :
        Sql.query(
            c,
            "SELECT user_id, vector, seconds FROM voice_prints WHERE pair_id = ?",
            rs -> Map.entry(rs.getString(1), Voice.of(rs.getBytes(2), rs.getDouble(3))),
            pair)) {
      prints.put(e.getKey(), e.getValue());
    }
    return prints;
  }

  Map<String, Voice> prints(String pair) {
    return db.read(c -> prints(c, pair));
  }

  List<PrintInfo> printInfos(String pair) {
    return db.query(
        "SELECT user_id, seconds, updated_at FROM voice_prints WHERE pair_id = ? ORDER BY user_id",
        rs -> new PrintInfo(rs.getString(1), rs.getDouble(2), Sql.instant(rs, "updated_at")),
        pair);
  }

  void savePrint(Connection c, String userId, String pair, Voice voice) throws SQLException {
    if (voice == null) {
      Sql.update(c, "DELETE FROM voice_prints WHERE user_id = ?", userId);
      return;
    }
    Sql.update(
        c,
        "INSERT INTO voice_prints(user_id, pair_id, vector, seconds, updated_at) VALUES (?,?,?,?,?)"
            + " ON CONFLICT(user_id) DO UPDATE SET pair_id = excluded.pair_id,"
            + " vector = excluded.vector, seconds = excluded.seconds,"
            + " updated_at = excluded.updated_at",
        userId,
        pair,
        voice.bytes(),
        voice.seconds(),
        Instant.now());
  }

  List<Heard> heard(Connection c, String recordingId) throws SQLException {
    return Sql.query(
        c,
        "SELECT label, vector, seconds, similarity, taught_user_id FROM recording_voices"
            + " WHERE recording_id = ? ORDER BY label",
        rs -> {
          double similarity = rs.getDouble(4);
          Double guessed = rs.wasNull() ? null : similarity;
          return new Heard(
              rs.getString(1), Voice.of(rs.getBytes(2), rs.getDouble(3)), guessed, rs.getString(5));
        },
        recordingId);
  }

  List<Heard> heard(String recordingId) {
    return db.read(c -> heard(c, recordingId));
  }

  /** Replaces what is stored of one recording's voices. */
  void saveHeard(Connection c, String recordingId, String pair, List<Heard> voices)
      throws SQLException {
    Sql.update(c, "DELETE FROM recording_voices WHERE recording_id = ?", recordingId);
    for (Heard h : voices) {
      Sql.update(
          c,
          "INSERT INTO recording_voices(recording_id, pair_id, label, vector, seconds, similarity,"
              + " taught_user_id) VALUES (?,?,?,?,?,?,?)",
          recordingId,
          pair,
          h.label(),
          h.voice().bytes(),
          h.voice().seconds(),
          h.similarity(),
          h.taughtUserId());
    }
  }

  /** Deletes every voice print and heard voice of the pair; returns how many rows went. */
  int forgetPair(String pair) {
    return db.inTransaction(
        c ->
            Sql.update(c, "DELETE FROM voice_prints WHERE pair_id = ?", pair)
                + Sql.update(c, "DELETE FROM recording_voices WHERE pair_id = ?", pair));
  }

  /** Deletes a member's print and the voices of the pair's recordings that bear their name. */
  int forgetMember(String userId, String pair, String name) {
    return db.inTransaction(
        c ->
            Sql.update(c, "DELETE FROM voice_prints WHERE user_id = ?", userId)
                + Sql.update(
                    c,
                    "DELETE FROM recording_voices WHERE (pair_id = ? AND label = ?)"
                        + " OR taught_user_id = ?",
                    pair,
                    name,
                    userId));
  }

  <T> T inTransaction(Database.SqlWork<T> work) {
    return db.inTransaction(work);
  }
}
