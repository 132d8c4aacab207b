package io.hindsight.web;

import io.hindsight.pair.Engagement;
import io.hindsight.pair.Terms;
import java.util.ArrayList;
import java.util.List;

/** What a proposed version changes, term by term: "retention: keep forever → 90 days". */
final class TermChanges {

  private TermChanges() {}

  /** Empty when nothing was signed before or nothing changed. */
  static List<String> between(Terms before, Terms after) {
    List<String> changes = new ArrayList<>();
    if (before == null || after == null) {
      return changes;
    }
    flag(changes, "record and transcribe", before.record(), after.record());
    flag(changes, "searchable transcripts", before.searchable(), after.searchable());
    flag(changes, "sharing excerpts", before.shareExcerpts(), after.shareExcerpts());
    if (before.retentionDays() != after.retentionDays()) {
      changes.add(
          "retention: "
              + retention(before.retentionDays())
              + " → "
              + retention(after.retentionDays()));
    }
    Engagement was = before.engagement();
    Engagement now = after.engagement();
    rule(changes, "meeting cadence", cadence(was.cadenceDays()), cadence(now.cadenceDays()));
    rule(changes, "preferred media", was.media(), now.media());
    rule(changes, "expected reply time", was.replyTime(), now.replyTime());
    rule(changes, "time limits", was.timeLimits(), now.timeLimits());
    return changes;
  }

  private static void rule(List<String> changes, String term, String before, String after) {
    if (!java.util.Objects.equals(before, after)) {
      changes.add(term + ": " + none(before) + " → " + none(after));
    }
  }

  private static String none(String value) {
    return value == null ? "none" : value;
  }

  private static String cadence(Integer days) {
    return days == null ? null : Engagement.every(days);
  }

  private static void flag(List<String> changes, String term, boolean before, boolean after) {
    if (before != after) {
      changes.add(
          term
              + ": "
              + (before ? "allowed" : "not allowed")
              + " → "
              + (after ? "allowed" : "not allowed"));
    }
  }

  private static String retention(int days) {
    return days == 0 ? "keep forever" : days == 1 ? "1 day" : days + " days";
  }
}
