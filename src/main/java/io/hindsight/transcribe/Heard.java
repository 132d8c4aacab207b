package io.hindsight.transcribe;

import java.util.List;

/** The words of a stream and, when the recognizer has a speaker model, one vector per utterance. */
public record Heard(List<Word> words, List<SpeakerVector> voices) {

  public Heard {
    words = List.copyOf(words);
    voices = List.copyOf(voices);
  }

  Heard shiftedBy(double seconds, String speaker) {
    return new Heard(
        words.stream().map(w -> w.shiftedBy(seconds).spokenBy(speaker)).toList(),
        voices.stream().map(v -> v.shiftedBy(seconds)).toList());
  }
}
