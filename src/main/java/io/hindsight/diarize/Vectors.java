package io.hindsight.diarize;

/** Cosine arithmetic on speaker vectors. */
final class Vectors {

  private Vectors() {}

  /** The vector scaled to length 1, so that a dot product is a cosine similarity. */
  static float[] unit(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    float[] u = new float[v.length];
    if (norm == 0) {
      return u;
    }
    double scale = 1 / Math.sqrt(norm);
    for (int i = 0; i < v.length; i++) {
      u[i] = (float) (v[i] * scale);
    }
    return u;
  }

  /** The vectors less their weighted mean, each scaled back to length 1. */
  static float[][] centred(float[][] units, double[] weights) {
    int dim = units.length == 0 ? 0 : units[0].length;
    double[] mean = new double[dim];
    double total = 0;
    for (int i = 0; i < units.length; i++) {
      for (int d = 0; d < dim; d++) {
        mean[d] += weights[i] * units[i][d];
      }
      total += weights[i];
    }
    float[][] out = new float[units.length][dim];
    for (int i = 0; i < units.length; i++) {
      for (int d = 0; d < dim; d++) {
        out[i][d] = (float) (units[i][d] - mean[d] / total);
      }
      out[i] = unit(out[i]);
    }
    return out;
  }

  static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  /**
   * The unit-length weighted mean direction of each cluster.
   *
   * @param labels each vector's cluster, 0..k-1
   */
  static float[][] centroids(float[][] units, double[] weights, int[] labels, int k) {
    int dim = units.length == 0 ? 0 : units[0].length;
    float[][] sums = new float[k][dim];
    for (int i = 0; i < units.length; i++) {
      for (int d = 0; d < dim; d++) {
        sums[labels[i]][d] += (float) (weights[i] * units[i][d]);
      }
    }
    for (int c = 0; c < k; c++) {
      sums[c] = unit(sums[c]);
    }
    return sums;
  }

  /** Each vector's similarity to each centroid. */
  static double[][] similarities(float[][] units, float[][] centroids) {
    double[][] s = new double[units.length][centroids.length];
    for (int i = 0; i < units.length; i++) {
      for (int c = 0; c < centroids.length; c++) {
        s[i][c] = dot(units[i], centroids[c]);
      }
    }
    return s;
  }

  /**
   * Moves each vector to its nearest cluster centre until none moves (k-means on the cosine), from
   * the clusters given; it settles in a few rounds.
   *
   * @return each vector's cluster, 0..k-1
   */
  static int[] refine(float[][] units, double[] weights, int[] labels, int k, int rounds) {
    int[] current = labels;
    for (int round = 0; round < rounds; round++) {
      int[] moved = nearest(similarities(units, centroids(units, weights, current, k)));
      if (java.util.Arrays.equals(moved, current)) {
        break;
      }
      current = moved;
    }
    return current;
  }

  /** Each row's best column. */
  static int[] nearest(double[][] similarity) {
    int[] labels = new int[similarity.length];
    for (int i = 0; i < similarity.length; i++) {
      for (int c = 1; c < similarity[i].length; c++) {
        if (similarity[i][c] > similarity[i][labels[i]]) {
          labels[i] = c;
        }
      }
    }
    return labels;
  }
}
