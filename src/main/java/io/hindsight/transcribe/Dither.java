package io.hindsight.transcribe;

/**
 * The faint noise added to every sample before recognition.
 *
 * <p>Kaldi dithers each analysis window itself, but draws the noise from one random sequence shared
 * by the whole process. Two recognizers on two threads then take turns on that sequence in an order
 * set by timing, and the same audio gave different words from run to run and with a different
 * number of threads. So Kaldi's own dither is switched off ({@link ModelOverlay}) and this one
 * takes its place: the same strength (a standard deviation of one 16-bit step), but drawn from the
 * sample's position in its track. A sample gets the same noise in a chunk, in the plain loop, on
 * any lane and on any thread.
 */
final class Dither {

  private static final long SEED = 0x5DEECE66DL;
  private static final float MEAN = 4 * 65535 / 2f;
  private static final float SCALE = (float) (Math.sqrt(3) / 65536.0);

  private Dither() {}

  /**
   * Converts 16-bit little-endian samples to floats with noise added.
   *
   * @param firstSample the position of {@code pcm[0]} in its track, in samples
   * @return the number of samples written to {@code into}
   */
  static int apply(byte[] pcm, int byteCount, long firstSample, float[] into) {
    int samples = byteCount / 2;
    for (int i = 0; i < samples; i++) {
      short sample = (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8));
      into[i] = sample + noise(firstSample + i);
    }
    return samples;
  }

  /**
   * Noise with mean 0 and standard deviation 1, near enough Gaussian: the sum of four uniform
   * 16-bit parts of one hash of the position.
   */
  static float noise(long position) {
    long h = mix(position ^ SEED);
    long sum = (h & 0xffff) + ((h >>> 16) & 0xffff) + ((h >>> 32) & 0xffff) + (h >>> 48);
    return (sum - MEAN) * SCALE;
  }

  /** The SplitMix64 finalizer: consecutive positions give unrelated bits. */
  private static long mix(long z) {
    z += 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
