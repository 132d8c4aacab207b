package io.hindsight.testing;

import io.hindsight.media.MediaTools;
import io.hindsight.transcribe.Heard;
import io.hindsight.transcribe.SpeakerVector;
import io.hindsight.transcribe.SpeechModel;
import io.hindsight.transcribe.SpeechRecognizer;
import io.hindsight.transcribe.Word;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Vosk's stand-in for tests of speaker labels: one word a second and a speaker vector with each,
 * from two voices taking turns of {@link #TURN} seconds. The first voice says "alpha" and the
 * second "bravo", so a test can tell who was labelled right; their vectors are two directions with
 * a little noise, as far apart as real voices' x-vectors.
 */
public final class TwoVoices implements SpeechModel {

  public static final int TURN = 3;

  /** Which voice is heard at {@code second} of the track: 0 for alpha, 1 for bravo. */
  public static int voiceAt(double second) {
    return ((int) Math.floor(second) / TURN) % 2;
  }

  @Override
  public SpeechRecognizer newRecognizer() {
    return new SpeechRecognizer() {
      @Override
      public List<Word> recognize(InputStream pcm, long firstSample) throws IOException {
        return hear(pcm, firstSample).words();
      }

      @Override
      public Heard hear(InputStream pcm, long firstSample) throws IOException {
        double seconds = pcm.readAllBytes().length / (double) MediaTools.PCM_BYTES_PER_SECOND;
        double offset = firstSample / (double) MediaTools.PCM_SAMPLE_RATE;
        List<Word> words = new ArrayList<>();
        List<SpeakerVector> voices = new ArrayList<>();
        for (int i = 0; i + 0.8 <= seconds; i++) {
          int voice = voiceAt(offset + i + 0.4);
          words.add(new Word(voice == 0 ? "alpha" : "bravo", i, i + 0.8, 0.95, null));
          voices.add(new SpeakerVector(i, i + 0.8, 80, vector(voice, (long) (offset + i))));
        }
        return new Heard(words, voices);
      }

      @Override
      public void close() {}
    };
  }

  private static float[] vector(int voice, long seed) {
    Random random = new Random(seed);
    float[] v = new float[128];
    for (int d = 0; d < v.length; d++) {
      v[d] = (float) (random.nextGaussian() * 0.05);
    }
    v[voice] += 1;
    v[2] += 0.5f; // what every voice shares: the line, the room
    return v;
  }

  @Override
  public void close() {}
}
