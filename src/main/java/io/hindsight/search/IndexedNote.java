package io.hindsight.search;

import java.time.LocalDate;

/**
 * What the index needs to find a note and filter it to whoever may see it.
 *
 * @param visibility "private" (its author only) or "pair" (both members)
 * @param kind "note", or "follow-up" for a promise on the pair's checklist (always "pair")
 */
public record IndexedNote(
    String noteId,
    String recordingId,
    String pair,
    String title,
    LocalDate recordedAt,
    double atSeconds,
    String text,
    String authorId,
    String authorName,
    String visibility,
    String kind) {

  public static final String NOTE = "note";
  public static final String FOLLOW_UP = "follow-up";
  public static final String PAIR_VISIBILITY = "pair";

  /** A member's note. */
  public IndexedNote(
      String noteId,
      String recordingId,
      String pair,
      String title,
      LocalDate recordedAt,
      double atSeconds,
      String text,
      String authorId,
      String authorName,
      String visibility) {
    this(
        noteId,
        recordingId,
        pair,
        title,
        recordedAt,
        atSeconds,
        text,
        authorId,
        authorName,
        visibility,
        NOTE);
  }
}
