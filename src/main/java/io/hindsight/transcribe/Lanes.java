package io.hindsight.transcribe;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Serial queues, one per recognizer, sharing the worker threads. Work submitted to a lane runs
 * after the lane's previous work, on whichever worker is free.
 */
final class Lanes implements AutoCloseable {

  // A lane that is told to stop gives up within one block of audio; this bounds a stuck one.
  private static final long STOP_TIMEOUT_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Lanes.class);

  /** Work for one recognizer. */
  @FunctionalInterface
  interface RecognizerWork {
    Heard apply(SpeechRecognizer recognizer) throws IOException;
  }

  private final SpeechModel model;
  private final ExecutorService workers;
  private final SpeechRecognizer[] recognizers = new SpeechRecognizer[Transcriber.LANES];
  private final CompletableFuture<?>[] tails = new CompletableFuture<?>[Transcriber.LANES];
  private final double[] assignedSeconds = new double[Transcriber.LANES];
  private final java.util.concurrent.atomic.AtomicBoolean stopping =
      new java.util.concurrent.atomic.AtomicBoolean();

  Lanes(SpeechModel model, ExecutorService workers) {
    this.model = model;
    this.workers = workers;
    java.util.Arrays.fill(tails, CompletableFuture.completedFuture(null));
  }

  /**
   * Gives the chunk to the lane with the least audio so far: chunks vary from seconds to a minute,
   * and dealing by length keeps both lanes busy to the end. The choice depends only on the chunks'
   * lengths, never on timing.
   */
  CompletableFuture<Heard> submit(double seconds, RecognizerWork work) {
    int lane = 0;
    for (int i = 1; i < Transcriber.LANES; i++) {
      if (assignedSeconds[i] < assignedSeconds[lane]) {
        lane = i;
      }
    }
    assignedSeconds[lane] += seconds;
    int chosen = lane;
    CompletableFuture<Heard> result =
        tails[chosen].thenApplyAsync(
            previous -> {
              if (stopping.get()) {
                throw new java.util.concurrent.CancellationException("stopped");
              }
              try {
                return work.apply(recognizer(chosen));
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            },
            workers);
    tails[lane] = result;
    return result;
  }

  /** Made on first use, on the lane's worker, so start-up is not paid for lanes never used. */
  private synchronized SpeechRecognizer recognizer(int lane) throws IOException {
    checkStopping();
    if (recognizers[lane] == null) {
      recognizers[lane] = model.newRecognizer();
    }
    return recognizers[lane];
  }

  /**
   * A chunk's audio that ends early once the lanes stop: the recognizer then drops the chunk within
   * one block instead of decoding the rest of it.
   */
  InputStream untilStopped(InputStream pcm) {
    return new java.io.FilterInputStream(pcm) {
      @Override
      public int read() throws IOException {
        checkStopping();
        return super.read();
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        checkStopping();
        return super.read(b, off, len);
      }
    };
  }

  private void checkStopping() throws java.io.InterruptedIOException {
    if (stopping.get()) {
      throw new java.io.InterruptedIOException("transcription stopped");
    }
  }

  /**
   * Stops the lanes and frees their recognizers, only once no worker can touch them any more: a
   * native recognizer freed under a running decoder aborts the whole process (a Kaldi assert).
   */
  @Override
  public void close() {
    stopping.set(true);
    workers.shutdownNow();
    // Not holding this lock while waiting: a worker may be in recognizer(), which takes it.
    if (!awaitWorkers()) {
      LOG.warn("Recognition threads did not stop in time; their recognizers are left open");
      return;
    }
    synchronized (this) {
      for (SpeechRecognizer r : recognizers) {
        if (r != null) {
          r.close();
        }
      }
    }
  }

  /** Waits for the workers even when interrupted, keeping the interrupt for the caller. */
  private boolean awaitWorkers() {
    boolean interrupted = false;
    long deadline = System.nanoTime() + STOP_TIMEOUT_NANOS;
    try {
      while (true) {
        try {
          return workers.awaitTermination(
              Math.max(0, deadline - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
