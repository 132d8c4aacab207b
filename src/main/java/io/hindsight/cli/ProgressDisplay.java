package io.hindsight.cli;

import io.hindsight.job.Progress;
import io.hindsight.job.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows pipeline progress on stderr, keeping stdout for results: a live bar on a terminal, plain
 * lines (one per stage and per 10 %) when stderr goes to a file or a pipe.
 */
final class ProgressDisplay implements ProgressListener, AutoCloseable {

  private final String task;
  private final PrintWriter err;
  private final ProgressBar bar;
  private Progress.Stage lastStage;
  private int lastDecile = -1;

  private ProgressDisplay(String task, PrintWriter err, boolean terminal) {
    this.task = task;
    this.err = err;
    this.bar =
        terminal
            ? new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(1000)
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .hideEta()
                .build()
            : null;
  }

  static ProgressDisplay forStderr(String task, PrintWriter err) {
    return new ProgressDisplay(task, err, System.console() != null);
  }

  @Override
  public synchronized void onProgress(Progress p) {
    if (bar != null) {
      bar.stepTo(Math.round(p.fraction() * 1000));
      bar.setExtraMessage(p.stage().label() + timeLeft(p));
      return;
    }
    int decile = p.percent() / 10;
    if (p.stage() != lastStage || decile != lastDecile) {
      err.printf(Locale.ROOT, "%s: %s %d%%%s%n", task, p.stage().label(), p.percent(), timeLeft(p));
      err.flush();
      lastStage = p.stage();
      lastDecile = decile;
    }
  }

  private static String timeLeft(Progress p) {
    return p.secondsLeft() > 0
        ? String.format(Locale.ROOT, " (about %.0f s left)", p.secondsLeft())
        : "";
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
