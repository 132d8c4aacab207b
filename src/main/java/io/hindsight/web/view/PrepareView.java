package io.hindsight.web.view;

import java.util.List;

/**
 * What to bring to the next session, on one printable page.
 *
 * @param last the latest session's talk balance, or null before any is transcribed
 * @param engagement the rules of engagement both signed, in words; empty when none were agreed
 * @param nextDue when the next session is due, in words, or null without a cadence
 */
public record PrepareView(
    Frame frame,
    List<Item> followUps,
    List<Item> notes,
    Balance last,
    List<String> engagement,
    String nextDue) {

  /**
   * A follow-up or a note, with where it came from.
   *
   * @param who whose promise or note it is
   * @param detail "by friday", "shared with both of you", or null
   * @param href the moment in its recording
   */
  public record Item(String text, String who, String detail, String source, String href) {}

  public record Balance(String title, String reading, List<Row> rows) {}

  public record Row(String name, String share, String longest, int questions) {}
}
