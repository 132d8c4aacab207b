package io.hindsight.diarize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpeakerCountTest {

  /** A conversation of {@code people} with utterances of 1-8 s in random turns. */
  private static int estimate(int people, double within, int utterances, long seed) {
    SyntheticVoices voices = new SyntheticVoices(people, within, seed);
    Random random = new Random(seed);
    float[][] units = new float[utterances][];
    double[] seconds = new double[utterances];
    for (int i = 0; i < utterances; i++) {
      seconds[i] = 1 + random.nextDouble() * 7;
      units[i] = Vectors.unit(voices.utterance(i % people, i * 10, seconds[i]).vector());
    }
    return SpeakerCount.estimate(Dendrogram.of(units, seconds));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6})
  void findsHowManyPeopleSpeak(int people) {
    for (long seed = 1; seed <= 3; seed++) {
      assertEquals(people, estimate(people, 0.4, 20 * people, seed), "seed " + seed);
    }
  }

  @Test
  void oneVoiceWithNoisyVectorsIsStillOnePerson() {
    assertEquals(1, estimate(1, 0.25, 80, 11));
  }

  @Test
  void neverEstimatesMoreThanSix() {
    assertEquals(6, estimate(8, 0.5, 160, 5));
  }

  @Test
  void aLoneOddUtteranceIsNotAPerson() {
    SyntheticVoices voices = new SyntheticVoices(2, 0.4, 3);
    int n = 41;
    float[][] units = new float[n][];
    double[] seconds = new double[n];
    for (int i = 0; i < 40; i++) {
      seconds[i] = 3;
      units[i] = Vectors.unit(voices.utterance(0, i * 4, 3).vector());
    }
    seconds[40] = 1;
    units[40] = Vectors.unit(voices.utterance(1, 200, 1).vector());
    assertEquals(1, SpeakerCount.estimate(Dendrogram.of(units, seconds)));
  }
}
