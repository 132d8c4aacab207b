package io.hindsight.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.db.Database;
import io.hindsight.testing.Postgres;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Jobs on db-scheduler's table in a real PostgreSQL, with two schedulers in one JVM. */
class ScheduledJobsTest {

  private static final SchedulerTiming QUICK =
      new SchedulerTiming(Duration.ofMillis(500), 4, Duration.ofMillis(200));

  private String url;
  private Database db;

  @BeforeEach
  void database() {
    url = Postgres.newDatabase();
    db = Database.open(url);
    db.execute(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO pairs(id, created_at) VALUES ('p', '2025-01-01T00:00:00Z');"
                      + " INSERT INTO recordings(id, pair_id, title, created_at, status,"
                      + " media_files, media_type, has_video, consent_names, consent_at,"
                      + " consent_scope) VALUES ('r', 'p', 't', '2025-01-01T00:00:00Z', 'queued',"
                      + " 'media-0', 'video/mp4', 1, 'A', '2025-01-01T00:00:00Z', 'record')")) {
            s.execute();
          }
        });
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aStoppedWorkersJobGoesBackToTheQueueAndRunsToItsEndOnAnother() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    List<String> finished = new CopyOnWriteArrayList<>();
    JobQueue.Work blocks =
        (id, progress) -> {
          progress.onProgress(new Progress(Progress.Stage.TRANSCRIBE, 0.5, 10));
          started.countDown();
          Thread.sleep(60_000); // interrupted by the stop
          finished.add("first " + id);
        };
    ScheduledJobs first = ScheduledJobs.open(url, 1, blocks, QUICK);
    first.start();
    db.execute(c -> first.enqueue(c, "r"));
    first.wake();
    assertTrue(started.await(30, TimeUnit.SECONDS));
    assertEquals(Progress.Stage.TRANSCRIBE, first.progress("r").orElseThrow().stage());
    first.close();
    assertTrue(first.workersStopped());
    assertEquals(
        List.of(false),
        db.query("SELECT picked FROM scheduled_tasks", row -> row.getBoolean(1)),
        "the stopped job is queued again, not dropped");

    try (ScheduledJobs second =
        ScheduledJobs.open(url, 1, (id, progress) -> finished.add("second " + id), QUICK)) {
      second.start();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (second.pending() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertEquals(0, second.pending());
      assertEquals(List.of("second r"), finished);
      assertTrue(second.progress("r").isEmpty(), "a finished job leaves no progress row");
    }
  }

  @Test
  void aJobWhoseClaimWentToAnotherWorkerStopsBeforeStoringAnything() throws Exception {
    CountDownLatch recognizing = new CountDownLatch(1);
    CountDownLatch claimTaken = new CountDownLatch(1);
    AtomicBoolean stored = new AtomicBoolean();
    JobQueue.Work work =
        (id, progress) -> {
          progress.onProgress(new Progress(Progress.Stage.TRANSCRIBE, 0.5, 10));
          recognizing.countDown();
          claimTaken.await();
          progress.onProgress(new Progress(Progress.Stage.INDEX, 0.97, 1));
          stored.set(true);
        };
    try (ScheduledJobs paused = ScheduledJobs.open(url, 1, work, QUICK)) {
      paused.start();
      db.execute(c -> paused.enqueue(c, "r"));
      paused.wake();
      assertTrue(recognizing.await(30, TimeUnit.SECONDS));
      // What db-scheduler does when it gives a silent worker's job to another.
      db.update(
          "UPDATE scheduled_tasks SET picked_by = 'another-1-a', version = version + 1"
              + " WHERE task_instance = 'r'");
      claimTaken.countDown();
      Thread.sleep(1000);
      assertFalse(stored.get(), "the job went on to store its result");
      assertEquals(
          "another-1-a",
          db.queryOne("SELECT picked_by FROM scheduled_tasks", row -> row.getString(1))
              .orElseThrow(),
          "the other worker's claim is left alone");
    }
  }

  @Test
  void aJobWhoseWorkersKeepDyingIsFailedRatherThanRevivedForever() throws Exception {
    List<String> ran = new CopyOnWriteArrayList<>();
    deadWorkerHolds(JobQueue.MAX_ATTEMPTS - 1); // two died on it before, a third just now
    try (ScheduledJobs alive = ScheduledJobs.open(url, 1, (id, p) -> ran.add(id), QUICK)) {
      alive.start();
      String status = awaitStatus("failed");
      assertEquals("failed", status);
      assertEquals(List.of(), ran, "not revived a third time");
      assertEquals(0, alive.pending());
      assertTrue(alive.progress("r").isEmpty());
      assertTrue(
          db.queryOne("SELECT error FROM recordings", row -> row.getString(1))
              .orElseThrow()
              .contains("3 times in a row"));
    }
  }

  @Test
  void aDeadWorkersJobIsRevivedWhileItHasAttemptsLeft() throws Exception {
    List<String> ran = new CopyOnWriteArrayList<>();
    deadWorkerHolds(JobQueue.MAX_ATTEMPTS - 2);
    try (ScheduledJobs alive = ScheduledJobs.open(url, 1, (id, p) -> ran.add(id), QUICK)) {
      alive.start();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (ran.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertEquals(List.of("r"), ran);
      assertEquals("queued", awaitStatus("queued"), "the fake work leaves the status as it was");
    }
  }

  /** The job, claimed by a worker that stopped sending heartbeats an hour ago. */
  private void deadWorkerHolds(int diedBefore) throws Exception {
    db.execute(c -> JobTables.insertTask(c, "r"));
    db.update(
        "UPDATE scheduled_tasks SET picked = true, picked_by = 'dead-1-a',"
            + " last_heartbeat = now() - interval '1 hour', consecutive_failures = "
            + diedBefore
            + " WHERE task_instance = 'r'");
  }

  private String awaitStatus(String wanted) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    String status = null;
    while (System.nanoTime() < deadline) {
      status = db.queryOne("SELECT status FROM recordings", row -> row.getString(1)).orElseThrow();
      if (status.equals(wanted)) {
        return status;
      }
      Thread.sleep(100);
    }
    return status;
  }
}
