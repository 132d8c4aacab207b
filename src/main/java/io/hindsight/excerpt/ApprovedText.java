package io.hindsight.excerpt;

import io.hindsight.recording.Library;
import io.hindsight.transcribe.Transcript;
import io.hindsight.transcribe.Word;
import java.time.Instant;

/**
 * A recording's transcript as it read at a moment, so that a published excerpt keeps the words both
 * members approved whatever is corrected later, while a draft takes every correction.
 */
public interface ApprovedText {

  Transcript asOf(String recordingId, Instant moment);

  /** The words of the excerpt's recording it shows: as approved once published, else the latest. */
  default java.util.List<Word> words(Excerpt excerpt, Library library) {
    Instant approved =
        excerpt.approvals().stream()
            .map(Excerpt.Approval::approvedAt)
            .max(Instant::compareTo)
            .orElse(excerpt.publishedAt());
    return excerpt.status() == Excerpt.Status.DRAFT || approved == null
        ? library.transcript(excerpt.recordingId()).words()
        : asOf(excerpt.recordingId(), approved).words();
  }
}
