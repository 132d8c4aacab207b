package io.hindsight.job;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CommitGateTest {

  private static Progress at(Progress.Stage stage) {
    return new Progress(stage, 0.5, -1);
  }

  @Test
  void aStopBeforeTheCommitInterruptsTheWorker() {
    CommitGate gate = new CommitGate();
    gate.watch(ProgressListener.NONE).onProgress(at(Progress.Stage.TRANSCRIBE));
    assertTrue(gate.requestStop());
    assertTrue(Thread.interrupted(), "the worker (this thread) was interrupted");
    assertTrue(gate.stopRequested());
  }

  @Test
  void aCommitThatBeganIsLeftToFinish() {
    CommitGate gate = new CommitGate();
    ProgressListener watched = gate.watch(ProgressListener.NONE);
    watched.onProgress(at(Progress.Stage.INDEX));
    assertFalse(gate.requestStop());
    assertFalse(Thread.interrupted(), "no interrupt reaches the index writer");
    watched.onProgress(at(Progress.Stage.DONE));
  }

  @Test
  void aStopThatCameJustBeforeTheCommitPreventsIt() {
    CommitGate gate = new CommitGate();
    ProgressListener watched = gate.watch(ProgressListener.NONE);
    gate.requestStop();
    Thread.interrupted(); // as if swallowed on the way
    assertThrows(
        CommitGate.StoppedException.class, () -> watched.onProgress(at(Progress.Stage.INDEX)));
    assertTrue(Thread.interrupted(), "the interrupt is set again");
  }
}
