package io.hindsight.web;

import io.hindsight.transcribe.SpeechModel;
import io.hindsight.transcribe.SpeechRecognizer;
import io.hindsight.transcribe.Word;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Vosk's stand-in: every chunk of audio "says" the same sentence, one word a second. */
final class FakeSpeech implements SpeechModel {

  static final String[] SENTENCE = {"the", "project", "deadline", "is", "next", "friday"};

  private final String[] sentence;

  FakeSpeech() {
    this(SENTENCE);
  }

  /** A fake that says {@code sentence} instead, one word a second. */
  FakeSpeech(String... sentence) {
    this.sentence = sentence.clone();
  }

  @Override
  public SpeechRecognizer newRecognizer() {
    return new SpeechRecognizer() {
      @Override
      public List<Word> recognize(InputStream pcm, long firstSample) throws IOException {
        double seconds =
            pcm.readAllBytes().length / (double) io.hindsight.media.MediaTools.PCM_BYTES_PER_SECOND;
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < sentence.length && i + 0.8 <= seconds; i++) {
          // "friday" is a word the fake is unsure of, to show low-confidence marking.
          words.add(
              new Word(sentence[i], i, i + 0.8, sentence[i].equals("friday") ? 0.4 : 0.95, null));
        }
        return words;
      }

      @Override
      public void close() {}
    };
  }

  @Override
  public void close() {}
}
