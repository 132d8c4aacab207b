package io.hindsight.reflection;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A promise made in a session, found by the rules or added by a member, on the pair's checklist
 * until someone ticks or dismisses it.
 *
 * @param owner who promised it: a speaker's label or a member's name, or null when unknown
 * @param due when it was promised for, as said ("by friday"), or null
 * @param source {@link #DETECTED} or {@link #ADDED}
 * @param createdBy the member who added it, or null for a detection
 * @param doneBy the name of who ticked it, or null while open
 */
public record FollowUp(
    String id,
    String recordingId,
    String recordingTitle,
    LocalDate recordedAt,
    double atSeconds,
    String text,
    String owner,
    String due,
    String source,
    String createdBy,
    Instant createdAt,
    Instant doneAt,
    String doneBy,
    Instant dismissedAt,
    String dismissedBy) {

  public static final String DETECTED = "detected";
  public static final String ADDED = "added";
  public static final int MAX_TEXT = 500;
  public static final int MAX_OWNER = 80;

  public boolean open() {
    return doneAt == null && dismissedAt == null;
  }
}
