package io.hindsight.job;

/** Receives progress events; called from worker threads, so implementations must be thread-safe. */
@FunctionalInterface
public interface ProgressListener {

  ProgressListener NONE = progress -> {};

  void onProgress(Progress progress);
}
