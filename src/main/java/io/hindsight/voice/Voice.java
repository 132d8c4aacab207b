package io.hindsight.voice;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * One voice as a unit-length mean of speaker vectors, and how many seconds of speech it is made
 * from (its weight when it learns more).
 */
record Voice(float[] vector, double seconds) {

  /** This voice and {@code other} as one, each weighted by its seconds. */
  Voice plus(Voice other) {
    float[] sum = new float[vector.length];
    for (int d = 0; d < sum.length; d++) {
      sum[d] = (float) (vector[d] * seconds + other.vector[d] * other.seconds);
    }
    return new Voice(unit(sum), seconds + other.seconds);
  }

  /** This voice without what {@code other} taught it; null when nothing would be left. */
  Voice minus(Voice other) {
    double left = seconds - other.seconds;
    if (left < 0.5) {
      return null;
    }
    float[] rest = new float[vector.length];
    for (int d = 0; d < rest.length; d++) {
      rest[d] = (float) (vector[d] * seconds - other.vector[d] * other.seconds);
    }
    return new Voice(unit(rest), left);
  }

  double similarity(Voice other) {
    double dot = 0;
    for (int d = 0; d < Math.min(vector.length, other.vector.length); d++) {
      dot += vector[d] * other.vector[d];
    }
    return dot;
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
