package io.hindsight.transcribe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.HindsightException;
import io.hindsight.job.ProgressListener;
import io.hindsight.job.ProgressTracker;
import io.hindsight.testing.FakeMediaTools;
import io.hindsight.testing.Pcm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interrupting a transcription (the server stopping) must never free a recognizer a lane still
 * decodes with: with Vosk that aborts the process.
 */
class TranscriberStopTest {

  @TempDir Path dir;

  /** Decodes slowly, as a native recognizer does, and notes a close that comes mid-stream. */
  private static final class SlowModel implements SpeechModel {
    final AtomicInteger busy = new AtomicInteger();
    final AtomicInteger made = new AtomicInteger();
    final AtomicInteger closed = new AtomicInteger();
    final AtomicInteger closedWhileBusy = new AtomicInteger();
    final CountDownLatch decoding = new CountDownLatch(1);

    @Override
    public SpeechRecognizer newRecognizer() {
      made.incrementAndGet();
      return new SpeechRecognizer() {
        private boolean inUse;

        @Override
        public List<Word> recognize(InputStream pcm, long firstSample) throws IOException {
          busy.incrementAndGet();
          inUse = true;
          try {
            byte[] block = new byte[6400];
            while (pcm.readNBytes(block, 0, block.length) > 0) {
              decoding.countDown();
              sleep(20);
            }
            return List.of();
          } finally {
            inUse = false;
            busy.decrementAndGet();
          }
        }

        @Override
        public void close() {
          if (inUse) {
            closedWhileBusy.incrementAndGet();
          }
          closed.incrementAndGet();
        }
      };
    }

    @Override
    public void close() {}
  }

  @Test
  void anInterruptStopsTheLanesBeforeTheirRecognizersAreFreed() throws Exception {
    Pcm pcm = Pcm.builder().silence(0.4);
    for (int i = 0; i < 40; i++) {
      pcm.tone(2.5, 300).silence(0.8);
    }
    FakeMediaTools media = new FakeMediaTools().with("talk.wav", pcm.bytes());
    Path file = Files.writeString(dir.resolve("talk.wav"), "x");
    TrackPlanner.Plan plan = new TrackPlanner(media).plan(List.of(file), List.of(), false);
    SlowModel model = new SlowModel();
    AtomicReference<RuntimeException> thrown = new AtomicReference<>();
    AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
    Thread job =
        new Thread(
            () -> {
              try {
                new Transcriber(media, model, 2)
                    .transcribe(plan, new ProgressTracker(ProgressListener.NONE));
              } catch (RuntimeException e) {
                thrown.set(e);
                stillInterrupted.set(Thread.currentThread().isInterrupted());
              }
            });
    job.start();
    assertTrue(model.decoding.await(10, TimeUnit.SECONDS));
    job.interrupt();
    job.join(TimeUnit.SECONDS.toMillis(10));

    assertTrue(!job.isAlive(), "the transcription stopped");
    assertTrue(thrown.get() instanceof HindsightException, String.valueOf(thrown.get()));
    assertTrue(thrown.get().getMessage().contains("interrupted"), thrown.get().getMessage());
    assertTrue(stillInterrupted.get(), "the interrupt is kept, so a job is resumed, not failed");
    assertEquals(0, model.busy.get(), "no lane decodes any more");
    assertEquals(0, model.closedWhileBusy.get());
    assertEquals(model.made.get(), model.closed.get(), "every recognizer is freed");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // a native decoder would not notice either
    }
  }
}
