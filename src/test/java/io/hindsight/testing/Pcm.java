package io.hindsight.testing;

import io.hindsight.media.MediaTools;
import java.io.ByteArrayOutputStream;

/** Builds 16 kHz mono 16-bit PCM out of tones and silences, for tests of the audio seams. */
public final class Pcm {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  public static Pcm builder() {
    return new Pcm();
  }

  public Pcm silence(double seconds) {
    return samples(seconds, i -> 0);
  }

  /** A sine tone loud enough to count as speech for an energy-based detector. */
  public Pcm tone(double seconds, double hz) {
    return samples(
        seconds, i -> (int) (8000 * Math.sin(2 * Math.PI * hz * i / MediaTools.PCM_SAMPLE_RATE)));
  }

  /** A quiet hum: not silence, but far below speech. */
  public Pcm hum(double seconds) {
    return samples(
        seconds, i -> (int) (60 * Math.sin(2 * Math.PI * 50 * i / MediaTools.PCM_SAMPLE_RATE)));
  }

  private Pcm samples(double seconds, java.util.function.IntUnaryOperator sample) {
    int count = (int) Math.round(seconds * MediaTools.PCM_SAMPLE_RATE);
    for (int i = 0; i < count; i++) {
      int s = sample.applyAsInt(i);
      out.write(s & 0xff);
      out.write((s >> 8) & 0xff);
    }
    return this;
  }

  public byte[] bytes() {
    return out.toByteArray();
  }
}
