package io.hindsight.search;

import java.util.Optional;

/**
 * Where an {@link IndexApplier} reads what a recording's documents hold: the stored transcripts.
 */
public interface IndexSource {

  /** The recording as its stored transcript says, or empty when it is gone or not ready. */
  Optional<IndexedRecording> indexed(String recordingId);

  /** Adds the notes and follow-ups of the recording, when it is ready, to {@code into}. */
  void addNotes(String recordingId, TranscriptIndex into);

  /**
   * Empties {@code into}, adds every ready recording from its transcript and commits it as covering
   * the outbox through the position read before the first transcript. Returns how many recordings.
   */
  int rebuild(TranscriptIndex into);
}
