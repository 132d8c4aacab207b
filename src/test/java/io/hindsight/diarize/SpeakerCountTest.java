package io.hindsight.diarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpeakerCountTest {

  /** A conversation of {@code people} with utterances of 1-8 s in random turns. */
  private static int estimate(int people, double within, int utterances, long seed) {
    return SpeakerCount.estimate(tree(people, within, utterances, seed));
  }

  private static Dendrogram tree(int people, double within, int utterances, long seed) {
    SyntheticVoices voices = new SyntheticVoices(people, within, seed);
    Random random = new Random(seed);
    float[][] units = new float[utterances][];
    double[] seconds = new double[utterances];
    for (int i = 0; i < utterances; i++) {
      seconds[i] = 1 + random.nextDouble() * 7;
      units[i] = Vectors.unit(voices.utterance(i % people, i * 10, seconds[i]).vector());
    }
    return Dendrogram.of(units, seconds);
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

  @Test
  void expectingTwoKeepsTwoVoicesWhoseGapIsTooSmallToCountThemUnasked() {
    int unaskedOne = 0;
    for (long seed = 1; seed <= 4; seed++) {
      Dendrogram tree = tree(2, 0.13, 60, seed);
      unaskedOne += SpeakerCount.estimate(tree) == 1 ? 1 : 0;
      assertEquals(2, SpeakerCount.estimate(tree, 2), "expecting two, seed " + seed);
    }
    assertTrue(unaskedOne > 0, "voices this close are counted as one when nobody expects two");
  }

  @Test
  void expectingTwoStillHearsOneVoiceAlone() {
    for (long seed = 1; seed <= 3; seed++) {
      assertEquals(1, SpeakerCount.estimate(tree(1, 0.4, 60, seed), 2), "seed " + seed);
      assertEquals(1, SpeakerCount.estimate(tree(1, 0.25, 80, seed), 2), "noisy, seed " + seed);
    }
  }

  @Test
  void expectingTwoStillHearsAThirdVoice() {
    for (long seed = 1; seed <= 3; seed++) {
      assertEquals(3, SpeakerCount.estimate(tree(3, 0.4, 60, seed), 2), "seed " + seed);
    }
  }
}
