package io.hindsight.diarize;

/**
 * Smooths labels over time: a Viterbi pass over the utterances, in order, where each utterance
 * votes for the voice it is most similar to and every change of speaker costs {@link #CHANGE_COST}.
 * A short utterance's vector is noisier, so its vote counts less: fully from {@link
 * #RELIABLE_SECONDS} up. A long, clear utterance therefore keeps its own label, while a brief
 * ambiguous one follows its neighbours.
 */
final class Resegmenter {

  /** The similarity margin one reliable utterance must have to change speaker and change back. */
  static final double CHANGE_COST = 0.05;

  /** The window length at which the speaker model's similarities were measured. */
  static final double RELIABLE_SECONDS = 2.0;

  private Resegmenter() {}

  /**
   * @param similarity each utterance's similarity to each voice
   * @param seconds each utterance's length
   * @return each utterance's voice
   */
  static int[] smooth(double[][] similarity, double[] seconds) {
    int n = similarity.length;
    if (n == 0) {
      return new int[0];
    }
    int k = similarity[0].length;
    double[] score = new double[k];
    int[][] from = new int[n][k];
    for (int i = 0; i < n; i++) {
      double weight = Math.min(1, seconds[i] / RELIABLE_SECONDS);
      double[] next = new double[k];
      for (int c = 0; c < k; c++) {
        int bestFrom = c;
        double best = i == 0 ? 0 : score[c];
        for (int p = 0; i > 0 && p < k; p++) {
          if (p != c && score[p] - CHANGE_COST > best) {
            best = score[p] - CHANGE_COST;
            bestFrom = p;
          }
        }
        from[i][c] = bestFrom;
        next[c] = best + weight * similarity[i][c];
      }
      score = next;
    }
    int[] path = new int[n];
    int last = 0;
    for (int c = 1; c < k; c++) {
      if (score[c] > score[last]) {
        last = c;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      path[i] = last;
      last = from[i][last];
    }
    return path;
  }
}
