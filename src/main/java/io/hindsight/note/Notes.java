package io.hindsight.note;

import io.hindsight.HindsightException;
import io.hindsight.Ids;
import io.hindsight.db.Database;
import io.hindsight.pair.User;
import io.hindsight.recording.Recording;
import io.hindsight.search.IndexedNote;
import io.hindsight.search.TranscriptIndex;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reflection notes. A note is kept in the database and indexed beside the transcript, with its
 * visibility, so one search finds both and shows each person only the notes they may see. Notes go
 * with their recording: deleting it cascades in the database and in the index.
 */
public final class Notes {

  private static final String SELECT =
      "SELECT n.id, n.recording_id, n.author_id, u.name, n.at_seconds, n.text, n.visibility,"
          + " n.created_at FROM notes n JOIN users u ON u.id = n.author_id ";

  private final Database db;
  private final Supplier<TranscriptIndex> index;

  public Notes(Database db, Supplier<TranscriptIndex> index) {
    this.db = db;
    this.index = index;
  }

  /** Adds {@code author}'s note to a recording their pair owns (the caller checked that). */
  public Note add(
      User author, Recording recording, double atSeconds, String text, String visibility) {
    String body = text == null ? "" : text.strip();
    if (body.isEmpty()) {
      throw HindsightException.badInput("the note is empty: write something");
    }
    if (body.length() > Note.MAX_TEXT) {
      throw HindsightException.badInput(
          "the note is too long (" + Note.MAX_TEXT + " characters at most)");
    }
    if (!Note.PRIVATE.equals(visibility) && !Note.PAIR.equals(visibility)) {
      throw HindsightException.badInput("visibility must be 'private' or 'pair'");
    }
    double end =
        recording.durationSeconds() == null ? Double.MAX_VALUE : recording.durationSeconds();
    if (!(atSeconds >= 0) || atSeconds > end + 1) {
      throw HindsightException.badInput("atSeconds must be a moment within the recording");
    }
    Note note =
        new Note(
            Ids.newId(),
            recording.id(),
            author.id(),
            author.name(),
            atSeconds,
            body,
            visibility,
            Instant.now());
    db.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO notes(id, recording_id, author_id, at_seconds, text, visibility,"
                      + " created_at) VALUES (?,?,?,?,?,?,?)")) {
            s.setString(1, note.id());
            s.setString(2, note.recordingId());
            s.setString(3, note.authorId());
            s.setDouble(4, note.atSeconds());
            s.setString(5, note.text());
            s.setString(6, note.visibility());
            s.setString(7, note.createdAt().toString());
            return s.executeUpdate();
          }
        });
    index.get().indexNote(indexed(note, recording));
    return note;
  }

  /** The recording's notes that {@code viewer} may see: their own and their partner's shared. */
  public List<Note> visibleTo(User viewer, String recordingId) {
    return db.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  SELECT
                      + "WHERE n.recording_id = ? AND (n.author_id = ? OR n.visibility = 'pair')"
                      + " ORDER BY n.at_seconds, n.created_at")) {
            s.setString(1, recordingId);
            s.setString(2, viewer.id());
            return read(s);
          }
        });
  }

  /** Deletes a note; only its author may. Another person's note answers 404, as if absent. */
  public void delete(User viewer, String recordingId, String noteId) {
    int deleted =
        db.inTransaction(
            c -> {
              try (PreparedStatement s =
                  c.prepareStatement(
                      "DELETE FROM notes WHERE id = ? AND recording_id = ? AND author_id = ?")) {
                s.setString(1, noteId);
                s.setString(2, recordingId);
                s.setString(3, viewer.id());
                return s.executeUpdate();
              }
            });
    if (deleted == 0) {
      throw HindsightException.notFound("no note of yours with id '" + noteId + "'");
    }
    index.get().deleteNote(noteId);
  }

  /** Adds every note to a rebuilt index; {@code recordings} looks up each note's recording. */
  public void reindex(TranscriptIndex into, Function<String, Recording> recordings) {
    List<Note> all =
        db.inTransaction(
            c -> {
              try (PreparedStatement s = c.prepareStatement(SELECT + "ORDER BY n.recording_id")) {
                return read(s);
              }
            });
    for (Note note : all) {
      into.addNote(indexed(note, recordings.apply(note.recordingId())));
    }
  }

  private static IndexedNote indexed(Note note, Recording recording) {
    return new IndexedNote(
        note.id(),
        recording.id(),
        recording.pair(),
        recording.title(),
        recording.recordedAt(),
        note.atSeconds(),
        note.text(),
        note.authorId(),
        note.author(),
        note.visibility());
  }

  private static List<Note> read(PreparedStatement s) throws SQLException {
    try (ResultSet rs = s.executeQuery()) {
      List<Note> notes = new ArrayList<>();
      while (rs.next()) {
        notes.add(
            new Note(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getDouble(5),
                rs.getString(6),
                rs.getString(7),
                Instant.parse(rs.getString(8))));
      }
      return notes;
    }
  }
}
