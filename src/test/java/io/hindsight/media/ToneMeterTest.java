package io.hindsight.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The meter the leak tests rely on must tell a clean bleep from a bleep with speech under it. */
class ToneMeterTest {

  private static final int RATE = 16_000;

  @Test
  void pureToneIsAllTone() {
    ToneMeter.Reading r = ToneMeter.measure(signal(0.25, 0), RATE, 100, 7_000, 1000);
    assertTrue(r.toneShare() > ToneMeter.CLEAN_TONE_SHARE, r.toString());
    assertEquals(20 * Math.log10(0.25 / Math.sqrt(2)), r.rmsDbfs(), 0.05);
  }

  @Test
  void toneOverSpeechLikeNoiseIsNot() {
    // Noise 26 dB below the tone stands for faint speech left under a bleep.
    ToneMeter.Reading r = ToneMeter.measure(signal(0.25, 0.00886), RATE, 0, 8_000, 1000);
    assertTrue(r.toneShare() < ToneMeter.CLEAN_TONE_SHARE, r.toString());
    ToneMeter.Reading loud = ToneMeter.measure(signal(0.25, 0.18), RATE, 0, 8_000, 1000);
    assertTrue(loud.toneShare() < 0.6, loud.toString());
  }

  @Test
  void silenceHasNoLevel() {
    ToneMeter.Reading r = ToneMeter.measure(new short[4_000], RATE, 0, 4_000, 1000);
    assertEquals(-120, r.rmsDbfs());
    assertEquals(0, r.toneShare());
  }

  /** A 1 kHz tone of amplitude {@code tone} plus white noise of RMS {@code noise}. */
  private static short[] signal(double tone, double noise) {
    Random random = new Random(7);
    short[] pcm = new short[RATE];
    for (int i = 0; i < pcm.length; i++) {
      double x = tone * Math.sin(2 * Math.PI * 1000 * i / RATE) + noise * random.nextGaussian();
      pcm[i] = (short) Math.round(Math.max(-1, Math.min(1, x)) * 32767);
    }
    return pcm;
  }
}
