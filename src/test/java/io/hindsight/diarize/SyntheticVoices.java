package io.hindsight.diarize;

import io.hindsight.transcribe.SpeakerVector;
import java.util.Random;

/**
 * Speaker vectors with the statistics measured on real voices: each voice is a random direction in
 * 128 dimensions, each utterance that direction plus independent noise, scaled so that two
 * utterances of one voice have a cosine of about {@code within} and of two voices about 0.
 */
final class SyntheticVoices {

  static final int DIM = 128;

  private final Random random;
  private final float[][] voices;
  private final double noise;

  SyntheticVoices(int count, double within, long seed) {
    random = new Random(seed);
    voices = new float[count][];
    for (int v = 0; v < count; v++) {
      voices[v] = gaussian(1.0);
    }
    // cos ≈ 1 / (1 + σ²) for a unit-variance direction plus noise of variance σ² per dimension.
    noise = Math.sqrt(1 / within - 1);
  }

  SpeakerVector utterance(int voice, double start, double seconds) {
    float[] v = gaussian(noise);
    for (int d = 0; d < DIM; d++) {
      v[d] += voices[voice][d];
    }
    return new SpeakerVector(start, start + seconds, (int) (seconds * 100), v);
  }

  private float[] gaussian(double sigma) {
    float[] v = new float[DIM];
    for (int d = 0; d < DIM; d++) {
      v[d] = (float) (random.nextGaussian() * sigma);
    }
    return v;
  }
}
