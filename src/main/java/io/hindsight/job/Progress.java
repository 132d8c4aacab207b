package io.hindsight.job;

/**
 * How far a recording's processing has come.
 *
 * @param stage what runs now
 * @param fraction of the whole job, 0..1, never decreasing, 1.0 exactly when done
 * @param secondsLeft an estimate, or -1 while there is none
 */
public record Progress(Stage stage, double fraction, double secondsLeft) {

  /** The stages in the order a job goes through them. */
  public enum Stage {
    QUEUED,
    PROBE,
    EXTRACT,
    TRANSCRIBE,
    INDEX,
    DONE;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public int percent() {
    return (int) Math.floor(fraction * 100);
  }
}
