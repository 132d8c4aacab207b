package io.hindsight.note;

import io.hindsight.HindsightException;
import io.hindsight.Ids;
import io.hindsight.db.Database;
import io.hindsight.pair.User;
import io.hindsight.recording.Recording;
import io.hindsight.search.IndexedNote;
import io.hindsight.search.NoteChanges;
import io.hindsight.search.TranscriptIndex;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Reflection notes. A note is kept in the database and indexed beside the transcript, with its
 * visibility, so one search finds both and shows each person only the notes they may see. Notes go
 * with their recording: deleting it cascades in the database and in the index.
 */
public final class Notes {

  private final NoteRepository repository;
  private final NoteChanges changes;

  public Notes(Database db, NoteChanges changes) {
    this.repository = new NoteRepository(db);
    this.changes = changes;
  }

  /** Adds {@code author}'s note to a recording their pair owns (the caller checked that). */
  public Note add(
      User author,
      Recording recording,
      double atSeconds,
      String text,
      String visibility,
      boolean forNextTime) {
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
            Instant.now(),
            forNextTime);
    repository.insert(note);
    changes.changed(recording.id(), recording.pair());
    return note;
  }

  /** The recording's notes that {@code viewer} may see: their own and their partner's shared. */
  public List<Note> visibleTo(User viewer, String recordingId) {
    return repository.visibleTo(viewer.id(), recordingId);
  }

  /** The notes {@code viewer} may see that are marked to bring up next time, pair-wide. */
  public List<Note> forNextTime(User viewer) {
    return repository.forNextTime(viewer.id(), viewer.pair());
  }

  /** Marks a note for next time, or not; only its author may. */
  public void markForNextTime(User viewer, String recordingId, String noteId, boolean value) {
    if (!repository.setForNextTime(viewer.id(), recordingId, noteId, value)) {
      throw HindsightException.notFound("no note of yours with id '" + noteId + "'");
    }
  }

  /** Deletes a note; only its author may. Another person's note answers 404, as if absent. */
  public void delete(User viewer, String recordingId, String noteId) {
    if (!repository.delete(viewer.id(), recordingId, noteId)) {
      throw HindsightException.notFound("no note of yours with id '" + noteId + "'");
    }
    changes.changed(recordingId, viewer.pair());
  }

  /** Adds the recording's notes to {@code into}, which applies an outbox entry. */
  public void reindex(TranscriptIndex into, Recording recording) {
    for (Note note : repository.ofRecording(recording.id())) {
      into.addNote(indexed(note, recording));
    }
  }

  /** Adds every note to a rebuilt index; {@code recordings} looks up each note's recording. */
  public void reindex(TranscriptIndex into, Function<String, Recording> recordings) {
    List<Note> all = repository.all();
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
}
