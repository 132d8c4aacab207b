package io.hindsight.job;

import io.hindsight.job.Progress.Stage;
import java.util.EnumMap;
import java.util.Map;

/**
 * Turns per-stage fractions into one overall fraction that only moves forward, so every consumer
 * (progress bar, web page, job table) sees the same monotonic number ending at exactly 1.0.
 */
public final class ProgressTracker {

  // Share of the whole job's wall time each stage takes on typical recordings: recognition
  // dominates, probing and indexing are near instant.
  private static final Map<Stage, double[]> SPANS = new EnumMap<>(Stage.class);

  static {
    SPANS.put(Stage.QUEUED, new double[] {0.0, 0.0});
    SPANS.put(Stage.PROBE, new double[] {0.0, 0.02});
    SPANS.put(Stage.EXTRACT, new double[] {0.02, 0.05});
    SPANS.put(Stage.TRANSCRIBE, new double[] {0.05, 0.97});
    SPANS.put(Stage.INDEX, new double[] {0.97, 1.0});
    SPANS.put(Stage.DONE, new double[] {1.0, 1.0});
  }

  private final ProgressListener listener;
  private final long startNanos = System.nanoTime();
  private double reported = -1;
  private Stage stage = Stage.QUEUED;

  public ProgressTracker(ProgressListener listener) {
    this.listener = listener;
  }

  /** Reports that {@code stage} is {@code stageFraction} (0..1) done. */
  public synchronized void update(Stage stage, double stageFraction) {
    double[] span = SPANS.get(stage);
    double clamped = Math.max(0, Math.min(1, stageFraction));
    double overall = stage == Stage.DONE ? 1.0 : span[0] + (span[1] - span[0]) * clamped;
    if (overall < reported || (overall == reported && stage == this.stage)) {
      return;
    }
    if (overall >= 1.0 && stage != Stage.DONE) {
      overall = Math.nextDown(1.0);
    }
    reported = overall;
    this.stage = stage;
    listener.onProgress(new Progress(stage, overall, secondsLeft(overall)));
  }

  public void done() {
    update(Stage.DONE, 1.0);
  }

  private double secondsLeft(double overall) {
    if (overall >= 1.0) {
      return 0;
    }
    if (overall < 0.08) {
      return -1;
    }
    double elapsed = (System.nanoTime() - startNanos) / 1e9;
    return elapsed / overall * (1 - overall);
  }
}
