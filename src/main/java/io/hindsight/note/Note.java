package io.hindsight.note;

import java.time.Instant;

/**
 * A member's reflection pinned to a moment of a recording.
 *
 * @param visibility {@link #PRIVATE} (its author only) or {@link #PAIR} (both members)
 * @param forNextTime its author wants to bring it up in the next session
 */
public record Note(
    String id,
    String recordingId,
    String authorId,
    String author,
    double atSeconds,
    String text,
    String visibility,
    Instant createdAt,
    boolean forNextTime) {

  public static final String PRIVATE = "private";
  public static final String PAIR = "pair";
  public static final int MAX_TEXT = 2000;
}
