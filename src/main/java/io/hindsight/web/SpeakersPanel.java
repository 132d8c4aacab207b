package io.hindsight.web;

import io.hindsight.reflection.SessionBalance;
import io.hindsight.voice.VoicePrints;
import io.hindsight.web.view.SpeakersView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Talk time per speaker for the recording page, from the session's talk balance (the time each
 * speaker's words last, pauses counting for nobody), with how sure a name given by voice is.
 */
final class SpeakersPanel {

  private SpeakersPanel() {}

  /** Null when the recording does not say who spoke. */
  static SpeakersView of(
      SessionBalance balance, List<VoicePrints.Guess> guesses, List<String> members) {
    if (!balance.labelled()) {
      return null;
    }
    List<SpeakersView.Talk> talk = new ArrayList<>();
    balance.speakers().stream()
        .sorted(Comparator.comparingDouble(SessionBalance.Speaker::seconds).reversed())
        .forEach(
            s ->
                talk.add(
                    new SpeakersView.Talk(
                        s.name(),
                        Format.duration(s.seconds()),
                        (int) Math.round(100 * s.share()),
                        guess(s.name(), guesses))));
    return new SpeakersView(balance.recordingId(), talk, members);
  }

  private static String guess(String name, List<VoicePrints.Guess> guesses) {
    for (VoicePrints.Guess g : guesses) {
      if (g.label().equals(name)) {
        return String.format(
            Locale.ROOT,
            "Named by voice (%d%% match%s)",
            Math.round(100 * g.similarity()),
            g.similarity() >= 0.7 ? ", likely right" : ", please check");
      }
    }
    return null;
  }
}
