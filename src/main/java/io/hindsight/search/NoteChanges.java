package io.hindsight.search;

import java.util.function.Supplier;

/**
 * How notes and follow-ups reach every serving node's index: a change to one appends a {@link
 * OutboxEntry.Kind#NOTES} entry for its recording, and each node rebuilds that recording's notes
 * from the database when it applies it. The entry is appended once the change has committed; a
 * crash in between leaves the change out of the indexes until the next {@code reindex}.
 */
public final class NoteChanges {

  private final SearchOutbox outbox;
  private final Supplier<TranscriptIndex> local;

  /**
   * @param local this process's own index, opened first so that it applies the entry before the
   *     change's caller answers
   */
  public NoteChanges(SearchOutbox outbox, Supplier<TranscriptIndex> local) {
    this.outbox = outbox;
    this.local = local;
  }

  /** The notes or follow-ups of {@code recordingId} changed, and the change has committed. */
  public void changed(String recordingId, String pair) {
    local.get();
    outbox.append(recordingId, pair, OutboxEntry.Kind.NOTES);
    outbox.appended();
  }
}
