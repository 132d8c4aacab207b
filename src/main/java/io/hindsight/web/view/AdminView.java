package io.hindsight.web.view;

import java.util.List;

/**
 * Pairs, people and the status of recordings, for administrators; no content and no titles.
 *
 * @param pairNames the pairs a new member may join, for the add form's suggestions
 */
public record AdminView(
    Frame frame,
    List<PairRow> pairs,
    List<UserRow> users,
    List<RecordingRow> recordings,
    List<String> pairNames) {

  /**
   * @param members e.g. "Ann (mentor), Ben (mentee)", or "Ann (mentor); needs a mentee"
   * @param agreement the status label, for the badge's class
   * @param agreementText the status in words, e.g. "in force"
   * @param recordings e.g. "3 recordings: 2 ready, 1 processing"
   */
  public record PairRow(
      String pair, String members, String agreement, String agreementText, String recordings) {}

  /**
   * @param pair the pair, or "—"
   * @param state active, disabled or removed
   * @param self the administrator looking, who cannot disable or remove themselves here
   */
  public record UserRow(
      String username, String name, String role, String pair, String state, boolean self) {

    public boolean removed() {
      return "removed".equals(state);
    }

    public boolean disabled() {
      return "disabled".equals(state);
    }
  }

  public record RecordingRow(String id, String pair, String date, String length, String status) {}
}
