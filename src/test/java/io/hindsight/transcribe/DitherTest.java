package io.hindsight.transcribe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DitherTest {

  @Test
  void theNoiseHasKaldisStrength() {
    int n = 1_000_000;
    double sum = 0;
    double squares = 0;
    for (long i = 0; i < n; i++) {
      double x = Dither.noise(i);
      sum += x;
      squares += x * x;
    }
    double mean = sum / n;
    assertEquals(0, mean, 0.01);
    assertEquals(1, Math.sqrt(squares / n - mean * mean), 0.01);
  }

  @Test
  void aSampleGetsTheSameNoiseWhicheverChunkItIsIn() {
    byte[] pcm = new byte[2000];
    for (int i = 0; i < pcm.length; i += 2) {
      short s = (short) (Math.sin(i / 40.0) * 8000);
      pcm[i] = (byte) s;
      pcm[i + 1] = (byte) (s >> 8);
    }
    float[] whole = new float[1000];
    assertEquals(1000, Dither.apply(pcm, pcm.length, 5000, whole));

    float[] tail = new float[600];
    byte[] tailBytes = Arrays.copyOfRange(pcm, 800, 2000);
    assertEquals(600, Dither.apply(tailBytes, tailBytes.length, 5400, tail));
    assertArrayEquals(Arrays.copyOfRange(whole, 400, 1000), tail);
  }

  @Test
  void theSamplesAreKeptAndOnlyNudged() {
    byte[] pcm = {0x10, 0x27, (byte) 0xf0, (byte) 0xd8, 0, 0}; // 10000, -10000, 0
    float[] out = new float[3];
    Dither.apply(pcm, pcm.length, 0, out);
    assertEquals(10000, out[0], 5);
    assertEquals(-10000, out[1], 5);
    assertNotEquals(0f, out[2], "digital silence gets a little noise");
  }
}
