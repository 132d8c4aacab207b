package io.hindsight.note;

import io.hindsight.db.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** The notes table. A note's rows go with its recording's: the database cascades the delete. */
final class NoteRepository {

  private static final String SELECT =
      "SELECT n.id, n.recording_id, n.author_id, u.name, n.at_seconds, n.text, n.visibility,"
          + " n.created_at, n.for_next_time FROM notes n JOIN users u ON u.id = n.author_id ";

  private final Database db;

  NoteRepository(Database db) {
    this.db = db;
  }

  void insert(Note note) {
    db.update(
        "INSERT INTO notes(id, recording_id, author_id, at_seconds, text, visibility, created_at,"
            + " for_next_time) VALUES (?,?,?,?,?,?,?,?)",
        note.id(),
        note.recordingId(),
        note.authorId(),
        note.atSeconds(),
        note.text(),
        note.visibility(),
        note.createdAt(),
        note.forNextTime());
  }

  /**
   * The notes to bring up next time that {@code viewerId} may see, across the pair's recordings,
   * with each recording's title and date.
   */
  List<Note> forNextTime(String viewerId, String pair) {
    return db.query(
        SELECT
            + "JOIN recordings r ON r.id = n.recording_id WHERE r.pair_id = ? AND n.for_next_time = 1"
            + " AND (n.author_id = ? OR n.visibility = 'pair')"
            + " ORDER BY r.recorded_at, r.created_at, n.at_seconds",
        NoteRepository::read,
        pair,
        viewerId);
  }

  /** Marks or unmarks the author's note for next time; false if there is none. */
  boolean setForNextTime(String authorId, String recordingId, String noteId, boolean value) {
    return db.update(
            "UPDATE notes SET for_next_time = ? WHERE id = ? AND recording_id = ? AND author_id = ?",
            value,
            noteId,
            recordingId,
            authorId)
        > 0;
  }

  /** The recording's notes by {@code viewerId} and the ones shared with the pair, by time. */
  List<Note> visibleTo(String viewerId, String recordingId) {
    return db.query(
        SELECT
            + "WHERE n.recording_id = ? AND (n.author_id = ? OR n.visibility = 'pair')"
            + " ORDER BY n.at_seconds, n.created_at",
        NoteRepository::read,
        recordingId,
        viewerId);
  }

  /** Deletes the author's note of that recording; false if there is none. */
  boolean delete(String authorId, String recordingId, String noteId) {
    int deleted =
        db.update(
            "DELETE FROM notes WHERE id = ? AND recording_id = ? AND author_id = ?",
            noteId,
            recordingId,
            authorId);
    if (deleted > 0) {
      db.checkpoint();
    }
    return deleted > 0;
  }

  List<Note> ofRecording(String recordingId) {
    return db.query(SELECT + "WHERE n.recording_id = ?", NoteRepository::read, recordingId);
  }

  List<Note> all() {
    return db.query(SELECT + "ORDER BY n.recording_id", NoteRepository::read);
  }

  private static Note read(ResultSet rs) throws SQLException {
    return new Note(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getDouble(5),
        rs.getString(6),
        rs.getString(7),
        Instant.parse(rs.getString(8)),
        rs.getInt(9) == 1);
  }
}
