package io.hindsight.web.view;

import java.util.List;

/** Pairs, people and the status of recordings, for administrators; no content. */
public record AdminView(
    Frame frame, List<PairRow> pairs, List<UserRow> users, List<RecordingRow> recordings) {

  /**
   * @param members e.g. "Ann (mentor), Ben (mentee)"
   */
  public record PairRow(String pair, String members, String agreement, int recordings) {}

  /**
   * @param pair the pair, or "—"
   */
  public record UserRow(String username, String name, String role, String pair) {}

  public record RecordingRow(
      String id, String pair, String title, String date, String length, String status) {}
}
