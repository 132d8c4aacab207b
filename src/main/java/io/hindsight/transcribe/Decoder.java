package io.hindsight.transcribe;

import io.hindsight.HindsightException;
import java.util.List;
import java.util.Locale;

/**
 * How hard the recognizer searches: Kaldi decoder options appended to the model's own {@code
 * conf/model.conf} through {@link ModelOverlay}. The trade was measured with {@code bench decoder}
 * on varied audio (see the README's grid); the model's frame subsampling is not among the options,
 * because the small model is a chain model trained at a factor of 3 and decodes nothing else.
 */
public enum Decoder {
  /** Also a narrower beam: about half the CPU of the model's own, at 1 to 2.4 points more WER. */
  FAST(List.of("--beam=8", "--max-active=1000")),
  /**
   * A beam of 9 and half the model's 3000 active states: 0.74 times its CPU on bench decoder's
   * varied set at +0.39 points of word errors; on the two 11-minute bench transcribe recordings
   * (the sample ten times; ten other voices with noise, echo and speed changes) 0.31 to 0.36 times
   * the plain loop's wall time at -0.98 and +0.07 points against it. Max-active 1500 alone cost
   * only 0.08 points but saved too little CPU to bring 2 cores under 0.40 times the plain loop
   * (0.39 to 0.47 in runs on an idle machine).
   */
  BALANCED(List.of("--beam=9", "--max-active=1500")),
  /** The model's own settings (beam 10, max-active 3000, lattice-beam 2). */
  ACCURATE(List.of());

  /**
   * What transcription uses when nobody chose: the most CPU saved while staying within the half
   * point of word errors a default may cost against the model's own settings (see {@link #BALANCED}
   * and the README's grid).
   */
  public static final Decoder DEFAULT = BALANCED;

  /** Where the default can be changed without a command-line option. */
  public static final String ENVIRONMENT = "HINDSIGHT_DECODER";

  private final List<String> options;

  Decoder(List<String> options) {
    this.options = options;
  }

  /** The Kaldi options over the model's own; empty for {@link #ACCURATE}. */
  public List<String> options() {
    return options;
  }

  /** The name people type: fast, balanced or accurate. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The label and, if any, the options it sets. */
  public String describe() {
    return label()
        + (options.isEmpty()
            ? " (the model's own settings)"
            : " (" + String.join(" ", options) + ")");
  }

  /**
   * @throws HindsightException of kind BAD_INPUT naming the choices
   */
  public static Decoder parse(String text) {
    return parse(text, "--decoder");
  }

  private static Decoder parse(String text, String source) {
    String wanted = text == null ? "" : text.strip();
    for (Decoder d : values()) {
      if (d.label().equalsIgnoreCase(wanted)) {
        return d;
      }
    }
    throw HindsightException.badInput(
        source + " must be fast, balanced or accurate, not '" + text + "'");
  }

  /** {@code $HINDSIGHT_DECODER} when set, else {@link #DEFAULT}. */
  public static Decoder fromEnvironment() {
    String env = System.getenv(ENVIRONMENT);
    return env == null || env.isBlank() ? DEFAULT : parse(env, ENVIRONMENT);
  }
}
