package io.hindsight.diarize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Agglomerative clustering of unit vectors by cosine similarity with average linkage, each vector
 * weighted by how much speech it stands for. Built with the nearest-neighbour chain algorithm:
 * O(n²) time and one n×n matrix, so a two-hour recording's few thousand utterances cluster in a
 * second. Average linkage is reducible, so the chain's merges, sorted by similarity, are exactly
 * the dendrogram's.
 */
final class Dendrogram {

  /** Clusters {@code a} and {@code b} (named by their first members) joined at this similarity. */
  record Merge(int a, int b, double similarity) {}

  private final int size;
  private final List<Merge> merges;
  private final float[][] units;
  private final double[] weights;

  private Dendrogram(int size, List<Merge> merges, float[][] units, double[] weights) {
    this.size = size;
    this.merges = merges;
    this.units = units;
    this.weights = weights;
  }

  float[][] units() {
    return units;
  }

  double[] weights() {
    return weights;
  }

  static Dendrogram of(float[][] units, double[] weights) {
    int n = units.length;
    float[][] sim = new float[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        sim[i][j] = sim[j][i] = (float) Vectors.dot(units[i], units[j]);
      }
    }
    double[] w = weights.clone();
    boolean[] active = new boolean[n];
    java.util.Arrays.fill(active, true);
    int[] chain = new int[n];
    int top = 0;
    int remaining = n;
    int nextStart = 0;
    List<Merge> merges = new ArrayList<>(Math.max(0, n - 1));
    while (remaining > 1) {
      if (top == 0) {
        while (!active[nextStart]) {
          nextStart++;
        }
        chain[top++] = nextStart;
      }
      int a = chain[top - 1];
      int previous = top >= 2 ? chain[top - 2] : -1;
      int b = -1;
      double best = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < n; k++) {
        // Ties go to the previous link, which keeps the chain from cycling.
        if (active[k] && k != a && (sim[a][k] > best || (sim[a][k] == best && k == previous))) {
          best = sim[a][k];
          b = k;
        }
      }
      if (b != previous) {
        chain[top++] = b;
        continue;
      }
      top -= 2;
      merges.add(new Merge(a, b, best));
      for (int k = 0; k < n; k++) {
        if (active[k] && k != a && k != b) {
          float joined = (float) ((w[a] * sim[a][k] + w[b] * sim[b][k]) / (w[a] + w[b]));
          sim[a][k] = sim[k][a] = joined;
        }
      }
      w[a] += w[b];
      active[b] = false;
      remaining--;
    }
    merges.sort(Comparator.comparingDouble(Merge::similarity).reversed());
    return new Dendrogram(n, merges, units, weights);
  }

  /** Each vector's cluster, 0..k-1, when the tree is cut into {@code k} clusters. */
  int[] cut(int k) {
    int[] parent = new int[size];
    for (int i = 0; i < size; i++) {
      parent[i] = i;
    }
    for (int m = 0; m < Math.max(0, size - k); m++) {
      parent[root(parent, merges.get(m).b())] = root(parent, merges.get(m).a());
    }
    int[] labels = new int[size];
    int[] ids = new int[size];
    java.util.Arrays.fill(ids, -1);
    int next = 0;
    for (int i = 0; i < size; i++) {
      int r = root(parent, i);
      if (ids[r] < 0) {
        ids[r] = next++;
      }
      labels[i] = ids[r];
    }
    return labels;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
