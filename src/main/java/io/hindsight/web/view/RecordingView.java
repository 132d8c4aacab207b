package io.hindsight.web.view;

import java.util.List;

/**
 * One recording: its head, and the player with the transcript once it is ready.
 *
 * @param meta date, length and whose consent, e.g. "2 Dec 2026 · 1 min 6 s · consent of A and B"
 * @param player null until the recording is ready, or while consent is withdrawn
 * @param paused why the recording cannot be played now, or null
 * @param speakers talk time per speaker; null without a player or speaker labels
 */
public record RecordingView(
    Frame frame,
    String id,
    String title,
    String meta,
    RecordingStatus status,
    Player player,
    String paused,
    SpeakersView speakers) {

  /**
   * @param duration the transcript's length in seconds, as a query value
   */
  public record Player(boolean video, String duration, List<Line> lines) {}

  /**
   * One segment of the transcript; times are seconds as query values, {@code clock} as read.
   *
   * @param speaker null when the speakers are not known
   */
  public record Line(String start, String end, String clock, String speaker, List<Spoken> words) {}

  /**
   * @param low the recognizer was unsure of this word
   */
  public record Spoken(String at, String text, boolean low) {}
}
