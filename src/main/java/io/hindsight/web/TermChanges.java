package io.hindsight.web;

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
    flag(changes, "remember our voices", before.rememberVoices(), after.rememberVoices());
    if (before.retentionDays() != after.retentionDays()) {
      changes.add(
          "retention: "
              + retention(before.retentionDays())
              + " → "
              + retention(after.retentionDays()));
    }
    return changes;
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
