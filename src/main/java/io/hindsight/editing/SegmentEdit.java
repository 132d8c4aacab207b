package io.hindsight.editing;

/**
 * A member's change to one segment: its new text, or its removal.
 *
 * @param segment the segment's index in the transcript the change was made on
 * @param delete true to remove the segment and its words
 */
public record SegmentEdit(Integer segment, String text, Boolean delete) {

  public static SegmentEdit text(int segment, String text) {
    return new SegmentEdit(segment, text, null);
  }

  boolean deletes() {
    return Boolean.TRUE.equals(delete);
  }
}
