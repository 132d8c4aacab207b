package io.hindsight.diarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DendrogramTest {

  private static float[] unit(double... xs) {
    float[] v = new float[xs.length];
    for (int i = 0; i < xs.length; i++) {
      v[i] = (float) xs[i];
    }
    return Vectors.unit(v);
  }

  @Test
  void joinsTheMostAlikeFirstAndCutsIntoTheGroupsAsked() {
    float[][] units = {
      unit(1, 0.1, 0), unit(0, 1, 0.1), unit(1, 0, 0.1), unit(0.1, 1, 0), unit(0, 0.1, 1)
    };
    Dendrogram tree = Dendrogram.of(units, new double[] {1, 1, 1, 1, 1});

    int[] two = tree.cut(3);
    assertEquals(two[0], two[2]);
    assertEquals(two[1], two[3]);
    assertTrue(two[0] != two[1] && two[4] != two[0] && two[4] != two[1]);
    int[] one = tree.cut(1);
    assertEquals(
        java.util.Set.of(0),
        java.util.Arrays.stream(one).boxed().collect(java.util.stream.Collectors.toSet()));
    assertEquals(5, tree.cut(5).length);
    assertEquals(5, java.util.Arrays.stream(tree.cut(5)).distinct().count());
  }

  @Test
  void cutInTwoItSeparatesTwoNoisyVoices() {
    SyntheticVoices voices = new SyntheticVoices(2, 0.4, 7);
    int n = 40;
    float[][] units = new float[n][];
    double[] seconds = new double[n];
    for (int i = 0; i < n; i++) {
      units[i] = Vectors.unit(voices.utterance(i % 2, i * 3, 2.5).vector());
      seconds[i] = 2.5;
    }
    int[] labels = Dendrogram.of(units, seconds).cut(2);

    for (int i = 0; i < n; i++) {
      assertEquals(labels[i % 2], labels[i], "utterance " + i);
    }
    assertTrue(labels[0] != labels[1]);
  }
}
