package io.hindsight.search;

import java.time.Instant;

/**
 * One change to a recording's search documents, as the outbox holds it.
 *
 * @param position the entry's place in the outbox: entries apply in this order
 */
public record OutboxEntry(
    long position, String recordingId, String pair, Kind kind, Instant createdAt) {

  /** What the entry asks of every index. */
  public enum Kind {
    /** Rebuild the recording's documents from its stored transcript (ready, or edited). */
    INDEX,
    /**
     * Rebuild the recording's notes and follow-ups from the database (one was added or changed).
     */
    NOTES,
    /** Remove every document of the recording. */
    DELETE;

    String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Kind of(String label) {
      return valueOf(label.toUpperCase(java.util.Locale.ROOT));
    }
  }
}
