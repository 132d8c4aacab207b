package io.hindsight.media;

/**
 * Measures a stretch of 16-bit PCM for the leak tests: its level, and how much of its energy is one
 * pure tone. A bleep reads as nearly all tone; a bleep with speech under it does not.
 */
public final class ToneMeter {

  /**
   * @param rmsDbfs level relative to full scale; -120 for digital silence
   * @param toneShare the tone's part of the energy, 0..1; 0 for silence
   */
  public record Reading(double rmsDbfs, double toneShare) {}

  /**
   * The tone share a clean bleep must reach. Speech 26 dB below the tone, faint under it but still
   * there, already brings the share down to about 0.9975.
   */
  public static final double CLEAN_TONE_SHARE = 0.999;

  private ToneMeter() {}

  /**
   * Measures samples {@code from} (inclusive) to {@code to} (exclusive), shortened to a whole
   * number of the tone's periods so the tone falls exactly on the Goertzel bin.
   */
  public static Reading measure(short[] pcm, int sampleRate, int from, int to, double toneHz) {
    double period = sampleRate / toneHz;
    int n = (int) (Math.floor((to - from) / period) * period);
    if (n <= 0) {
      throw new IllegalArgumentException("too short to measure: " + (to - from) + " samples");
    }
    double coefficient = 2 * Math.cos(2 * Math.PI * toneHz / sampleRate);
    double s1 = 0;
    double s2 = 0;
    double energy = 0;
    for (int i = from; i < from + n; i++) {
      double x = pcm[i] / 32768.0;
      energy += x * x;
      double s0 = x + coefficient * s1 - s2;
      s2 = s1;
      s1 = s0;
    }
    double meanSquare = energy / n;
    if (meanSquare == 0) {
      return new Reading(-120, 0);
    }
    double binPower = s1 * s1 + s2 * s2 - coefficient * s1 * s2;
    // A sinusoid of amplitude A gives |X| = A n / 2, and its mean square is A^2 / 2.
    double toneMeanSquare = 2 * binPower / ((double) n * n);
    return new Reading(10 * Math.log10(meanSquare), Math.min(1, toneMeanSquare / meanSquare));
  }
}
