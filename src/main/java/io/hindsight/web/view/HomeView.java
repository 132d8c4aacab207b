package io.hindsight.web.view;

import java.util.List;

/**
 * The pair's recordings.
 *
 * @param banner why uploads are paused, or null while the agreement allows recording
 * @param balance talk share and questions over the sessions, or null before any is transcribed
 * @param nextSession when the next session is due, in words, or null without an agreed cadence
 */
public record HomeView(
    Frame frame, String banner, List<Card> cards, BalanceChart balance, String nextSession) {

  /**
   * @param meta date, length and kind, e.g. "2 Dec 2026 · 1 min 6 s · video"
   * @param date the session's date as YYYY-MM-DD, for sorting
   * @param preview the first words of the transcript, or null before it is ready
   */
  public record Card(
      String id, String title, String meta, String date, String preview, RecordingStatus status) {}
}
