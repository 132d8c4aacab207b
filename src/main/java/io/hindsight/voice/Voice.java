package io.hindsight.voice;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * One voice as the mean of unit-length speaker vectors, weighted by seconds, and how many seconds
 * of speech it is made from. Kept as a mean, not rescaled, so what a recording taught can be taken
 * back exactly.
 */
record Voice(float[] vector, double seconds) {

  /** This voice and {@code other} as one, each weighted by its seconds. */
  Voice plus(Voice other) {
    double total = seconds + other.seconds;
    float[] sum = new float[vector.length];
    for (int d = 0; d < sum.length; d++) {
      sum[d] = (float) ((vector[d] * seconds + other.vector[d] * other.seconds) / total);
    }
    return new Voice(sum, total);
  }

  /** This voice without what {@code other} taught it; null when nothing would be left. */
  Voice minus(Voice other) {
    double left = seconds - other.seconds;
    if (left < 0.5) {
      return null;
    }
    float[] rest = new float[vector.length];
    for (int d = 0; d < rest.length; d++) {
      rest[d] = (float) ((vector[d] * seconds - other.vector[d] * other.seconds) / left);
    }
    return new Voice(rest, left);
  }

  /** The cosine between the two voices. */
  double similarity(Voice other) {
    double dot = 0;
    double a = 0;
    double b = 0;
    for (int d = 0; d < Math.min(vector.length, other.vector.length); d++) {
      dot += vector[d] * other.vector[d];
      a += vector[d] * vector[d];
      b += other.vector[d] * other.vector[d];
    }
    return a == 0 || b == 0 ? 0 : dot / Math.sqrt(a * b);
  }

  byte[] bytes() {
    ByteBuffer buffer = ByteBuffer.allocate(vector.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (float x : vector) {
      buffer.putFloat(x);
    }
    return buffer.array();
  }

  static Voice of(byte[] bytes, double seconds) {
    ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    float[] vector = new float[bytes.length / 4];
    for (int d = 0; d < vector.length; d++) {
      vector[d] = buffer.getFloat();
    }
    return new Voice(vector, seconds);
  }

  static float[] unit(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    float[] u = new float[v.length];
    if (norm > 0) {
      double scale = 1 / Math.sqrt(norm);
      for (int d = 0; d < v.length; d++) {
        u[d] = (float) (v[d] * scale);
      }
    }
    return u;
  }
}
