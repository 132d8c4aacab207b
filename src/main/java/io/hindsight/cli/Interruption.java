package io.hindsight.cli;

import io.hindsight.job.CommitGate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl+C during a command that stores something: the JVM's exit waits until the command has rolled
 * back (or finished its commit) and freed the speech model, instead of exiting under threads still
 * decoding, which aborts the process in Kaldi and can leave half a recording behind.
 */
final class Interruption {

  /** What a shell reports for a command ended by SIGINT. */
  static final int EXIT_CODE = 130;

  // Dropping a chunk takes well under a second; a commit a few. Never hang the exit for good.
  private static final long WAIT_SECONDS = 60;

  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook;

  private Interruption(CommitGate gate) {
    this.hook =
        new Thread(
            () -> {
              gate.requestStop();
              try {
                finished.await(WAIT_SECONDS, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "stop-on-signal");
  }

  static Interruption stopOnSignal(CommitGate gate) {
    Interruption interruption = new Interruption(gate);
    Runtime.getRuntime().addShutdownHook(interruption.hook);
    return interruption;
  }

  /** The command is done, successfully or not: the exit may proceed. */
  void finished() {
    finished.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is already exiting: the hook is running and now returns.
    }
  }
}
