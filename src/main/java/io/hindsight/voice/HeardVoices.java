package io.hindsight.voice;

import io.hindsight.transcribe.SpeakerVector;
import io.hindsight.transcribe.Word;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The voice of each speaker label in one recording, from the vectors of its utterances. */
final class HeardVoices {

  private HeardVoices() {}

  /** The voice of each per-person track, from its own vectors. */
  static Map<String, Voice> ofTracks(Map<String, List<SpeakerVector>> byTrack) {
    Map<String, Voice> byLabel = new LinkedHashMap<>();
    byTrack.forEach(
        (label, vectors) -> {
          for (SpeakerVector v : vectors) {
            if (v.vector() != null && v.vector().length > 0) {
              byLabel.merge(label, voice(v), Voice::plus);
            }
          }
        });
    return byLabel;
  }

  private static Voice voice(SpeakerVector v) {
    return new Voice(Voice.unit(v.vector()), Math.max(0.1, v.seconds()));
  }

  /**
   * Each utterance counts for the label most of its words carry; utterances with no labelled word
   * (noise, a cough) count for nobody.
   *
   * @param words in time order
   * @param voices in time order
   */
  static Map<String, Voice> of(List<Word> words, List<SpeakerVector> voices) {
    Map<String, Voice> byLabel = new LinkedHashMap<>();
    int first = 0;
    for (SpeakerVector v : voices) {
      while (first < words.size() && words.get(first).end() < v.start() - 1e-6) {
        first++;
      }
      Map<String, Integer> counts = new HashMap<>();
      for (int i = first; i < words.size() && words.get(i).start() <= v.end() + 1e-6; i++) {
        if (words.get(i).speaker() != null) {
          counts.merge(words.get(i).speaker(), 1, Integer::sum);
        }
      }
      String label =
          counts.entrySet().stream()
              .max(Map.Entry.comparingByValue())
              .map(Map.Entry::getKey)
              .orElse(null);
      if (label == null || v.vector() == null || v.vector().length == 0) {
        continue;
      }
      byLabel.merge(label, voice(v), Voice::plus);
    }
    return byLabel;
  }
}
