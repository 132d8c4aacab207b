package io.hindsight.job;

/**
 * Stops a worker thread only while stopping is safe: before its work reaches the {@link
 * Progress.Stage#INDEX} stage, where it commits. Until then an interrupt makes the transcriber drop
 * its chunks and throw, and nothing is kept; from then on the work runs to its end, because an
 * interrupt would close the index writer's file channels in the middle of a commit.
 */
public final class CommitGate {

  private final Thread worker;
  private boolean committing;
  private boolean stopRequested;

  /** A gate for the calling thread. */
  public CommitGate() {
    this(Thread.currentThread());
  }

  CommitGate(Thread worker) {
    this.worker = worker;
  }

  /** {@code listener}, behind this gate: reaching the commit stage closes the gate. */
  public ProgressListener watch(ProgressListener listener) {
    return progress -> {
      if (progress.stage().compareTo(Progress.Stage.INDEX) >= 0) {
        enterCommit();
      }
      listener.onProgress(progress);
    };
  }

  private synchronized void enterCommit() {
    if (committing) {
      return;
    }
    if (stopRequested) {
      // Asked to stop after the transcript was made but before the commit began: stop here.
      Thread.currentThread().interrupt();
      throw new StoppedException();
    }
    committing = true;
  }

  /**
   * Asks the worker to stop: interrupts it unless it is committing.
   *
   * @return true if it was interrupted, false if it is finishing its commit
   */
  public synchronized boolean requestStop() {
    stopRequested = true;
    if (!committing) {
      worker.interrupt();
    }
    return !committing;
  }

  public synchronized boolean stopRequested() {
    return stopRequested;
  }

  /** Thrown on the worker when it was asked to stop just before committing. */
  public static final class StoppedException extends RuntimeException {
    StoppedException() {
      super("stopped before storing anything", null, false, false);
    }
  }
}
