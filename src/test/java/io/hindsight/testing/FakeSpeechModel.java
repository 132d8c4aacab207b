package io.hindsight.testing;

import io.hindsight.media.MediaTools;
import io.hindsight.transcribe.SpeechModel;
import io.hindsight.transcribe.SpeechRecognizer;
import io.hindsight.transcribe.Word;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Vosk's stand-in, in one of two ways. By default it hears one word per burst of sound: each run of
 * loud 10 ms frames becomes a word named after its start time in centiseconds, so tests can check
 * timing and order exactly. {@link #sentence()} makes every chunk "say" {@link #SENTENCE}, one word
 * a second, for tests that search real words.
 */
public final class FakeSpeechModel implements SpeechModel {

  public static final String[] SENTENCE = {"the", "project", "deadline", "is", "next", "friday"};

  public final AtomicInteger recognizersMade = new AtomicInteger();
  public volatile boolean closed;
  // The words every chunk says, one a second; null to hear bursts of sound instead.
  private final String[] sentence;

  public FakeSpeechModel() {
    this(null);
  }

  private FakeSpeechModel(String[] sentence) {
    this.sentence = sentence;
  }

  /** A model whose every chunk says {@link #SENTENCE}. */
  public static FakeSpeechModel sentence() {
    return saying(SENTENCE);
  }

  /** A model whose every chunk says {@code words}, one a second. */
  public static FakeSpeechModel saying(String... words) {
    return new FakeSpeechModel(words.clone());
  }

  @Override
  public SpeechRecognizer newRecognizer() {
    recognizersMade.incrementAndGet();
    return new SpeechRecognizer() {
      @Override
      public List<Word> recognize(InputStream pcm, long firstSample) throws IOException {
        byte[] audio = pcm.readAllBytes();
        return sentence != null ? say(sentence, audio) : bursts(audio);
      }

      @Override
      public void close() {}
    };
  }

  private static List<Word> say(String[] sentence, byte[] audio) {
    double seconds = audio.length / (double) MediaTools.PCM_BYTES_PER_SECOND;
    List<Word> words = new ArrayList<>();
    for (int i = 0; i < sentence.length && i + 0.8 <= seconds; i++) {
      // "friday" is a word the fake is unsure of, to show low-confidence marking.
      words.add(new Word(sentence[i], i, i + 0.8, sentence[i].equals("friday") ? 0.4 : 0.95, null));
    }
    return words;
  }

  private static List<Word> bursts(byte[] audio) {
    int frame = MediaTools.PCM_BYTES_PER_SECOND / 100;
    List<Word> words = new ArrayList<>();
    int runStart = -1;
    int frames = audio.length / frame;
    for (int f = 0; f <= frames; f++) {
      boolean loud = f < frames && peak(audio, f * frame, frame) > 1000;
      if (loud && runStart < 0) {
        runStart = f;
      } else if (!loud && runStart >= 0) {
        double start = runStart / 100.0;
        words.add(new Word("w" + runStart, start, f / 100.0, 0.9, null));
        runStart = -1;
      }
    }
    return words;
  }

  private static int peak(byte[] audio, int offset, int length) {
    int peak = 0;
    for (int i = offset; i + 1 < offset + length; i += 2) {
      peak = Math.max(peak, Math.abs((short) ((audio[i] & 0xff) | (audio[i + 1] << 8))));
    }
    return peak;
  }

  @Override
  public void close() {
    closed = true;
  }
}
