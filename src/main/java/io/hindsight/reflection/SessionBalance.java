package io.hindsight.reflection;

import java.time.LocalDate;
import java.util.List;

/**
 * Who spoke how much in one session, and who asked what: a mirror, never a grade.
 *
 * @param labelled whether the recording says who spoke; without labels the one entry is everyone
 * @param reading the numbers in one plain sentence
 */
public record SessionBalance(
    String recordingId,
    String title,
    LocalDate recordedAt,
    boolean labelled,
    List<Speaker> speakers,
    String reading) {

  /**
   * @param share of the session's speaking time, 0..1
   * @param longestStretchSeconds the longest they spoke without the other taking a turn
   */
  public record Speaker(
      String name, double seconds, double share, double longestStretchSeconds, int questions) {}
}
