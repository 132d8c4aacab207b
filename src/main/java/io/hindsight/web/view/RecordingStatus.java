package io.hindsight.web.view;

/**
 * Where a recording is: its status label (queued, processing, ready, failed) and, while it is
 * processed, the stage and percent; {@code error} is the sentence to show when it failed.
 */
public record RecordingStatus(String label, String error, int percent, String stage) {

  public boolean ready() {
    return "ready".equals(label);
  }

  public boolean failed() {
    return "failed".equals(label);
  }
}
