package io.hindsight.web;

import io.hindsight.transcribe.Transcript;
import io.hindsight.transcribe.Word;
import io.hindsight.voice.VoicePrints;
import io.hindsight.web.view.SpeakersView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Talk time per speaker, from the labelled words: each speaker's share is the time their words last
 * over the time all words last, so pauses and silence count for nobody.
 */
final class SpeakersPanel {

  private SpeakersPanel() {}

  /** Null when the transcript has no speaker labels. */
  static SpeakersView of(
      String recordingId,
      Transcript transcript,
      List<VoicePrints.Guess> guesses,
      List<String> members) {
    Map<String, Double> seconds = talkTime(transcript);
    if (seconds.isEmpty()) {
      return null;
    }
    double total = seconds.values().stream().mapToDouble(Double::doubleValue).sum();
    List<SpeakersView.Talk> talk = new ArrayList<>();
    seconds.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .forEach(
            e ->
                talk.add(
                    new SpeakersView.Talk(
                        e.getKey(),
                        Format.duration(e.getValue()),
                        (int) Math.round(total <= 0 ? 0 : 100 * e.getValue() / total),
                        guess(e.getKey(), guesses))));
    return new SpeakersView(recordingId, talk, members);
  }

  /** Seconds of speech per speaker, in order of first speech. */
  static Map<String, Double> talkTime(Transcript transcript) {
    Map<String, Double> seconds = new LinkedHashMap<>();
    for (Word w : transcript.words()) {
      if (w.speaker() != null) {
        seconds.merge(w.speaker(), Math.max(0, w.end() - w.start()), Double::sum);
      }
    }
    return seconds;
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
