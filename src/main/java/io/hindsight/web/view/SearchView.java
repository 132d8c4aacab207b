package io.hindsight.web.view;

import java.util.List;

/**
 * The search form as sent, and what it found.
 *
 * @param results null when nothing was asked, or when the query was bad
 * @param error why the query could not run, as a sentence; or null
 */
public record SearchView(
    Frame frame,
    String q,
    String from,
    String to,
    List<Speaker> speakers,
    Results results,
    String error) {

  public record Speaker(String name, boolean selected) {}

  /**
   * @param heading e.g. "3 matches in 2 recordings"
   * @param note how the query was read when not as typed, e.g. "Searched the words; quotes were
   *     unbalanced"; or null
   */
  public record Results(long total, String heading, List<Group> groups, String note) {}

  /**
   * @param date the session's day, e.g. "14 Mar 2026"; null when not known
   */
  public record Group(String recordingId, String title, List<Hit> hits, String date) {}

  /**
   * @param href the recording at the hit's moment
   * @param note the badge of a note, e.g. "Note by Ann · private"; null for a transcript hit
   * @param snippet HTML from the searcher: escaped text with {@code <mark>} around matches
   * @param match how a hit not found as written was found, e.g. "sounds like"; null when exact
   */
  public record Hit(
      String href, String clock, String note, String speaker, String snippet, String match) {}
}
