package io.hindsight.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.db.Database;
import io.hindsight.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class JobQueueTest {

  @Parameter TestDatabase database;

  @TempDir Path dir;

  private Database opened;

  @AfterEach
  void closeDatabase() {
    if (opened != null) {
      opened.close();
    }
  }

  private Database database() {
    Database db = database.open(dir);
    opened = db;
    db.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO pairs(id, created_at) VALUES ('p', '2025-01-01T00:00:00Z')"
                      + " ON CONFLICT DO NOTHING")) {
            s.executeUpdate();
          }
          for (String id : List.of("a", "b", "c")) {
            try (PreparedStatement s =
                c.prepareStatement(
                    "INSERT INTO recordings(id, pair_id, title, created_at, status, media_files,"
                        + " media_type, has_video, consent_names, consent_at, consent_scope)"
                        + " VALUES (?, 'p', 't', '2025-01-01T00:00:00Z', 'queued', 'media-0',"
                        + " 'video/mp4', 1, 'A', '2025-01-01T00:00:00Z', 'record')"
                        + " ON CONFLICT DO NOTHING")) {
              s.setString(1, id);
              s.executeUpdate();
            }
          }
          return null;
        });
    return db;
  }

  private static void enqueue(Database db, JobQueue queue, String... ids) {
    db.inTransaction(
        c -> {
          for (String id : ids) {
            queue.enqueue(c, id);
          }
          return null;
        });
    queue.wake();
  }

  @Test
  void runsJobsInOrderAndReportsProgress() throws Exception {
    Database db = database();
    List<String> ran = new CopyOnWriteArrayList<>();
    CountDownLatch done = new CountDownLatch(2);
    try (JobQueue queue =
        new JobQueue(
            db,
            1,
            (id, progress) -> {
              progress.onProgress(new Progress(Progress.Stage.TRANSCRIBE, 0.5, 3));
              ran.add(id);
              done.countDown();
            })) {
      enqueue(db, queue, "a", "b");
      assertEquals(Progress.Stage.QUEUED, queue.progress("a").orElseThrow().stage());
      queue.start();
      assertTrue(done.await(10, TimeUnit.SECONDS));
      assertEquals(List.of("a", "b"), ran);
      waitUntil(() -> queue.pending() == 0);
      assertTrue(queue.progress("a").isEmpty(), "finished jobs have no live progress");
    }
  }

  @Test
  void queuedAndInterruptedJobsResumeAfterARestart() throws Exception {
    Database db = database();
    CountDownLatch started = new CountDownLatch(1);
    JobQueue first =
        new JobQueue(
            db,
            1,
            (id, progress) -> {
              started.countDown();
              Thread.sleep(60_000); // interrupted by the shutdown below
            });
    enqueue(db, first, "a", "b");
    first.start();
    assertTrue(started.await(10, TimeUnit.SECONDS));
    first.close();
    assertEquals(2, first.pending(), "the running job and the queued one are both kept");

    List<String> resumed = new CopyOnWriteArrayList<>();
    try (JobQueue second = new JobQueue(db, 1, (id, progress) -> resumed.add(id))) {
      second.start();
      waitUntil(() -> resumed.size() == 2);
      assertEquals(List.of("a", "b"), resumed);
    }
  }

  @Test
  void aFailingJobIsMarkedFailedAndTheNextOneRuns() throws Exception {
    Database db = database();
    List<String> ran = new CopyOnWriteArrayList<>();
    try (JobQueue queue =
        new JobQueue(
            db,
            1,
            (id, progress) -> {
              ran.add(id);
              if (id.equals("a")) {
                throw new IllegalStateException("broken");
              }
            })) {
      enqueue(db, queue, "a", "c");
      queue.start();
      waitUntil(() -> ran.size() == 2 && queue.pending() == 0);
    }
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out");
      }
      Thread.sleep(20);
    }
  }
}
