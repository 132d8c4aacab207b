package io.hindsight.reflection;

import io.hindsight.HindsightException;
import io.hindsight.Ids;
import io.hindsight.db.Database;
import io.hindsight.editing.SpeakersRenamed;
import io.hindsight.pair.Agreement;
import io.hindsight.pair.Agreements;
import io.hindsight.pair.User;
import io.hindsight.recording.Library;
import io.hindsight.recording.Recording;
import io.hindsight.search.IndexedNote;
import io.hindsight.search.NoteChanges;
import io.hindsight.search.TranscriptIndex;
import java.util.List;
import java.util.Set;

/**
 * The pair's follow-ups. The rules read a recording the first time its follow-ups are wanted, once,
 * and only while the agreement lets the pair read transcripts: after a withdrawal, what was found
 * stays (as notes do) but nothing new is read. Follow-ups go with their recording: the database
 * cascades the delete, and the index drops every document of a deleted recording. They are
 * searchable like notes shared with the pair ({@code "kind": "follow-up"}) until dismissed.
 */
public final class FollowUps {

  private final FollowUpRepository repository;
  private final Library library;
  private final Agreements agreements;
  private final NoteChanges changes;

  public FollowUps(Database db, Library library, Agreements agreements, NoteChanges changes) {
    this.repository = new FollowUpRepository(db);
    this.library = library;
    this.agreements = agreements;
    this.changes = changes;
  }

  /** The recording's follow-ups (its pair was checked by the caller), found now if not yet. */
  public List<FollowUp> ofRecording(Recording recording) {
    if (!repository.scanned(recording.id())) {
      scan(recording, agreements.of(recording.pair()));
    }
    return repository.ofRecording(recording.id());
  }

  /** Every follow-up of the pair, open or not, in the sessions' order. */
  public List<FollowUp> ofPair(String pair) {
    Agreement agreement = agreements.of(pair);
    Set<String> scanned = repository.scannedOf(pair);
    for (Recording recording : library.list(pair)) {
      if (!scanned.contains(recording.id())) {
        scan(recording, agreement);
      }
    }
    return repository.ofPair(pair);
  }

  /** Adds a member's own follow-up at a moment of a recording their pair owns. */
  public FollowUp add(User by, Recording recording, Double atSeconds, String text, String owner) {
    String body = checkedText(text);
    double end =
        recording.durationSeconds() == null ? Double.MAX_VALUE : recording.durationSeconds();
    if (atSeconds == null || !(atSeconds >= 0) || atSeconds > end + 1) {
      throw HindsightException.badInput("atSeconds must be a moment within the recording");
    }
    String who = owner == null || owner.isBlank() ? by.name() : owner.strip();
    if (who.length() > FollowUp.MAX_OWNER) {
      throw HindsightException.badInput(
          "owner is too long (" + FollowUp.MAX_OWNER + " characters at most)");
    }
    String id = Ids.newId();
    repository.insert(id, recording.id(), recording.pair(), atSeconds, body, who, by.id());
    FollowUp added = get(by, id);
    changes.changed(recording.id(), recording.pair());
    return added;
  }

  /**
   * Changes a follow-up of the member's pair: its words, ticked or not, dismissed or not. Another
   * pair's follow-up answers as a missing one does.
   */
  public FollowUp update(User by, String id, String text, Boolean done, Boolean dismissed) {
    FollowUp current = get(by, id);
    if (text == null && done == null && dismissed == null) {
      throw HindsightException.badInput("say what to change: text, done or dismissed");
    }
    if (text != null) {
      repository.setText(current.id(), checkedText(text));
    }
    if (done != null && done != (current.doneAt() != null)) {
      repository.setDone(current.id(), done ? by.id() : null);
    }
    if (dismissed != null && dismissed != (current.dismissedAt() != null)) {
      repository.setDismissed(current.id(), dismissed ? by.id() : null);
    }
    FollowUp updated = get(by, id);
    if (text != null || (current.dismissedAt() == null) != (updated.dismissedAt() == null)) {
      changes.changed(updated.recordingId(), by.pair());
    }
    return updated;
  }

  /** A promise said by "Speaker 1" is Sarah's once the pair names the speaker. */
  public void speakersRenamed(SpeakersRenamed renamed) {
    String recordingId = renamed.recording().id();
    renamed.names().forEach((from, to) -> repository.renameOwner(recordingId, from, to));
    changes.changed(recordingId, renamed.recording().pair());
  }

  /** Adds the recording's follow-ups that are not dismissed to {@code into}. */
  public void reindex(TranscriptIndex into, Recording recording) {
    for (FollowUp f : repository.ofRecording(recording.id())) {
      if (f.dismissedAt() == null) {
        into.addNote(indexed(f, recording));
      }
    }
  }

  /** Adds every follow-up that is not dismissed to a rebuilt index. */
  public void reindex(TranscriptIndex into) {
    for (FollowUp f : repository.all()) {
      if (f.dismissedAt() == null) {
        into.addNote(indexed(f, library.get(f.recordingId())));
      }
    }
  }

  public FollowUp get(User viewer, String id) {
    return repository
        .find(viewer.pair(), id)
        .orElseThrow(() -> HindsightException.notFound("no follow-up with id '" + id + "'"));
  }

  /** Reads a recording the rules have not read yet, if it is ready and may be read. */
  private void scan(Recording recording, Agreement agreement) {
    if (recording.status() != Recording.Status.READY || !agreement.allows(Agreement.Use.PLAYBACK)) {
      return;
    }
    List<Commitment.Found> found = Commitment.in(library.transcript(recording.id()));
    if (repository.saveScan(recording.id(), recording.pair(), found)) {
      changes.changed(recording.id(), recording.pair());
    }
  }

  private static IndexedNote indexed(FollowUp f, Recording recording) {
    return new IndexedNote(
        f.id(),
        recording.id(),
        recording.pair(),
        recording.title(),
        recording.recordedAt(),
        f.atSeconds(),
        f.text(),
        null,
        f.owner(),
        IndexedNote.PAIR_VISIBILITY,
        IndexedNote.FOLLOW_UP);
  }

  private static String checkedText(String text) {
    String body = text == null ? "" : text.strip();
    if (body.isEmpty()) {
      throw HindsightException.badInput("the follow-up is empty: say what was promised");
    }
    if (body.length() > FollowUp.MAX_TEXT) {
      throw HindsightException.badInput(
          "the follow-up is too long (" + FollowUp.MAX_TEXT + " characters at most)");
    }
    return body;
  }
}
