package io.hindsight.diarize;

import io.hindsight.transcribe.Diarization;
import java.util.ArrayList;
import java.util.List;

/**
 * Estimates how many people speak: the most clusters (up to six) the tree can be cut into such that
 * every two of them are clearly less alike to each other than each is inside. Absolute similarities
 * shift with the microphone, the room and the voices (clean synthetic voices sit near 0.8 within
 * one speaker and 0.4 across two, real ones near 0.4 and 0.03), so the test is on the gap between
 * within and across, never on a fixed similarity. Cutting one voice in two leaves halves as alike
 * to each other as inside, so that cut fails. Clusters too small to be a person (a cough, laughter,
 * crosstalk) are left out of the test; they join their nearest voice later.
 */
final class SpeakerCount {

  /**
   * Half the gap measured on real voices between the cosine within one speaker (about 0.40 on 2-s
   * windows) and across two (about 0.03).
   */
  static final double MIN_GAP = (0.40 - 0.03) / 2;

  /** A person holds at least this share of the speech, {@link #MIN_SECONDS} and two utterances. */
  static final double MIN_SHARE = 0.05;

  static final double MIN_SECONDS = 2.0;

  /** Small clusters tolerated beside the voices while cutting deeper. */
  private static final int MAX_FRAGMENTS = 20;

  private static final int REFINE_ROUNDS = 10;

  private SpeakerCount() {}

  /** The running sums of one cluster, from which its mean cosines follow. */
  private static final class Cluster {
    final double[] sum;
    double weight;
    double squares;
    int size;

    Cluster(int dim) {
      sum = new double[dim];
    }

    /**
     * The weighted mean cosine between distinct members: (|Σ wᵢuᵢ|² − Σ wᵢ²) / ((Σ wᵢ)² − Σ wᵢ²).
     */
    double within() {
      return (dot(sum, sum) - squares) / Math.max(1e-12, weight * weight - squares);
    }

    double across(Cluster other) {
      return dot(sum, other.sum) / (weight * other.weight);
    }
  }

  static int estimate(Dendrogram tree) {
    float[][] units = tree.units();
    double[] weights = tree.weights();
    int n = units.length;
    double total = java.util.Arrays.stream(weights).sum();
    int best = 1;
    for (int cut = 2; cut <= Math.min(n, Diarization.MAX_ESTIMATED + MAX_FRAGMENTS); cut++) {
      List<Cluster> voices = substantial(units, weights, tree.cut(cut), cut, total);
      if (voices.size() > Diarization.MAX_ESTIMATED) {
        break;
      }
      if (voices.size() > best && apart(voices)) {
        best = voices.size();
      }
    }
    return best;
  }

  /**
   * The tree's cut into {@code k}, settled by k-means on vectors less what all of them share (the
   * room, the line), as the voices are finally labelled: the tree's own first cut of two similar
   * voices may split off something else, where the settled halves are the voices. (Judging the
   * count itself on these settled, centred clusters was tried: it found both voices in every bench
   * diarize conversation, but three in the sample, one voice cut in three.)
   */
  private static int[] split(Dendrogram tree, float[][] centred, int k) {
    return Vectors.refine(centred, tree.weights(), tree.cut(k), k, REFINE_ROUNDS);
  }

  /**
   * As {@link #estimate(Dendrogram)}, but {@code expected} unless the audio says otherwise: more
   * when that many voices are clearly apart, one only when the speech split in two and settled
   * leaves two parts nearly as alike to each other as inside, or no second part of substance (under
   * half the gap that counts as two voices). Two real voices far exceed that even in a noisy room,
   * so a pair's session is not merged into one speaker for want of a clear gap.
   */
  static int estimate(Dendrogram tree, int expected) {
    int free = estimate(tree);
    if (free >= expected) {
      return free;
    }
    return free == 1 && plainlyOneVoice(tree) ? 1 : expected;
  }

  private static boolean plainlyOneVoice(Dendrogram tree) {
    return twoWayGap(tree) < MIN_GAP / 2;
  }

  /** The gap between the two parts of the speech split in two and settled; 0 without two. */
  private static double twoWayGap(Dendrogram tree) {
    float[][] centred = Vectors.centred(tree.units(), tree.weights());
    double total = java.util.Arrays.stream(tree.weights()).sum();
    List<Cluster> halves = substantial(centred, tree.weights(), split(tree, centred, 2), 2, total);
    return halves.size() < 2 ? 0 : gap(halves);
  }

  private static boolean apart(List<Cluster> voices) {
    return gap(voices) >= MIN_GAP;
  }

  /**
   * The smallest margin, over every two clusters, of the less coherent one's within over across.
   */
  private static double gap(List<Cluster> voices) {
    double gap = Double.MAX_VALUE;
    for (int i = 0; i < voices.size(); i++) {
      for (int j = i + 1; j < voices.size(); j++) {
        double within = Math.min(voices.get(i).within(), voices.get(j).within());
        gap = Math.min(gap, within - voices.get(i).across(voices.get(j)));
      }
    }
    return gap;
  }

  private static List<Cluster> substantial(
      float[][] units, double[] weights, int[] labels, int k, double total) {
    int dim = units[0].length;
    Cluster[] clusters = new Cluster[k];
    for (int c = 0; c < k; c++) {
      clusters[c] = new Cluster(dim);
    }
    for (int i = 0; i < units.length; i++) {
      Cluster c = clusters[labels[i]];
      for (int d = 0; d < dim; d++) {
        c.sum[d] += weights[i] * units[i][d];
      }
      c.weight += weights[i];
      c.squares += weights[i] * weights[i];
      c.size++;
    }
    List<Cluster> voices = new ArrayList<>();
    for (Cluster c : clusters) {
      if (c.size >= 2 && c.weight >= MIN_SECONDS && c.weight >= MIN_SHARE * total) {
        voices.add(c);
      }
    }
    return voices;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
