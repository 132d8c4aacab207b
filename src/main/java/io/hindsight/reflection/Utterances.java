package io.hindsight.reflection;

import io.hindsight.transcribe.Transcript;
import io.hindsight.transcribe.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Cuts a transcript into utterances: a new one starts when the speaker changes or after a pause.
 * The recognizer's segments are cut for captions, by length, so a question can start mid-segment;
 * pauses are where people end a thought.
 */
final class Utterances {

  /** Longer than the breath between words of one sentence, shorter than a turn's end. */
  static final double PAUSE_SECONDS = 0.7;

  private Utterances() {}

  static List<Utterance> of(Transcript transcript) {
    List<Utterance> utterances = new ArrayList<>();
    List<Word> current = new ArrayList<>();
    for (Word word : transcript.words()) {
      if (!current.isEmpty()) {
        Word last = current.get(current.size() - 1);
        boolean sameSpeaker = Objects.equals(last.speaker(), word.speaker());
        if (!sameSpeaker || word.start() - last.end() >= PAUSE_SECONDS) {
          utterances.add(utterance(current));
          current = new ArrayList<>();
        }
      }
      current.add(word);
    }
    if (!current.isEmpty()) {
      utterances.add(utterance(current));
    }
    return utterances;
  }

  private static Utterance utterance(List<Word> words) {
    StringBuilder text = new StringBuilder();
    for (Word w : words) {
      text.append(text.isEmpty() ? "" : " ").append(w.word());
    }
    return new Utterance(
        words.get(0).speaker(),
        words.get(0).start(),
        words.get(words.size() - 1).end(),
        text.toString());
  }
}
