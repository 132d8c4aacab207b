package io.hindsight.diarize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class ResegmenterTest {

  @Test
  void aBriefAmbiguousUtteranceFollowsItsNeighbours() {
    double[][] similarity = {{0.6, 0.1}, {0.6, 0.1}, {0.30, 0.35}, {0.6, 0.1}};
    double[] seconds = {3, 3, 0.5, 3};
    assertArrayEquals(new int[] {0, 0, 0, 0}, Resegmenter.smooth(similarity, seconds));
  }

  @Test
  void aClearTurnKeepsItsOwnLabelHoweverShort() {
    double[][] similarity = {{0.6, 0.1}, {0.1, 0.7}, {0.6, 0.1}, {0.1, 0.6}, {0.1, 0.6}};
    double[] seconds = {3, 0.6, 3, 2, 4};
    assertArrayEquals(new int[] {0, 1, 0, 1, 1}, Resegmenter.smooth(similarity, seconds));
  }

  @Test
  void handlesNoUtterancesAndOneVoice() {
    assertArrayEquals(new int[0], Resegmenter.smooth(new double[0][], new double[0]));
    assertArrayEquals(
        new int[] {0, 0}, Resegmenter.smooth(new double[][] {{0.5}, {0.2}}, new double[] {1, 1}));
  }
}
