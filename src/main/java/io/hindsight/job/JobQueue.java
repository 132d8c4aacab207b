package io.hindsight.job;

import io.hindsight.Plural;
import io.hindsight.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A persistent queue of background jobs, one per recording, run by a fixed number of worker threads
 * (one by default: recognition already uses every core).
 *
 * <p>The jobs table is the queue, so jobs survive a restart: {@link #start()} puts back the jobs
 * that were running when the process stopped, and they run again from the start. A job that keeps
 * being interrupted (it crashes the process, say) fails after {@link #MAX_ATTEMPTS}.
 *
 * <p>Progress is kept in memory only: it is worth nothing after a restart, when the job starts
 * over.
 */
public final class JobQueue implements Jobs {

  public static final int MAX_ATTEMPTS = 3;
  // A stopped job gives up within a second; committing one finishes within a few.
  private static final long STOP_SECONDS = 60;
  private static final Logger LOG = LoggerFactory.getLogger(JobQueue.class);

  /** The work of one job. Throwing fails it; being interrupted leaves it to be resumed. */
  @FunctionalInterface
  public interface Work {
    void run(String recordingId, ProgressListener progress) throws Exception;
  }

  /** The states of the jobs table. */
  public enum State {
    QUEUED,
    RUNNING,
    DONE,
    FAILED;

    String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final Database db;
  private final int workers;
  private final Work work;
  private final Map<String, Progress> progress = new ConcurrentHashMap<>();
  private final Map<String, CommitGate> running = new ConcurrentHashMap<>();
  private final Object wakeUp = new Object();
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean stopped;

  public JobQueue(Database db, int workers, Work work) {
    // No workers: jobs wait in the table for a process that has some ('serve --workers 0').
    if (workers < 0) {
      throw io.hindsight.HindsightException.badInput(
          "the job queue cannot have fewer than 0 workers");
    }
    this.db = db;
    this.workers = workers;
    this.work = work;
  }

  /** Resumes interrupted jobs and starts the workers. */
  @Override
  public synchronized void start() {
    if (!threads.isEmpty()) {
      return;
    }
    int resumed =
        db.inTransaction(
            c -> {
              try (PreparedStatement s =
                  c.prepareStatement("UPDATE jobs SET state = 'queued' WHERE state = 'running'")) {
                return s.executeUpdate();
              }
            });
    if (resumed > 0) {
      LOG.info("Resuming {}", Plural.count(resumed, "interrupted job"));
    }
    for (int i = 0; i < workers; i++) {
      Thread t = new Thread(this::workLoop, "job-worker-" + i);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
  }

  /** Queues a job for the recording within the caller's transaction; {@link #wake()} after it. */
  @Override
  public void enqueue(Connection c, String recordingId) throws SQLException {
    String now = Instant.now().toString();
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO jobs(recording_id, state, attempts, created_at, updated_at)"
                + " VALUES (?, 'queued', 0, ?, ?) ON CONFLICT(recording_id)"
                + " DO UPDATE SET state = 'queued', attempts = 0, updated_at = excluded.updated_at,"
                + " error = NULL")) {
      s.setString(1, recordingId);
      s.setString(2, now);
      s.setString(3, now);
      s.executeUpdate();
    }
    progress.put(recordingId, new Progress(Progress.Stage.QUEUED, 0, -1));
  }

  /** Tells idle workers that a job was queued. */
  @Override
  public void wake() {
    synchronized (wakeUp) {
      wakeUp.notifyAll();
    }
  }

  /** The live progress of a queued or running job; empty when there is none. */
  @Override
  public Optional<Progress> progress(String recordingId) {
    return Optional.ofNullable(progress.get(recordingId));
  }

  /** How many jobs wait or run. */
  @Override
  public int pending() {
    return db.inTransaction(
        c -> {
          try (PreparedStatement s =
                  c.prepareStatement(
                      "SELECT count(*) FROM jobs WHERE state IN ('queued', 'running')");
              ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
          }
        });
  }

  /** Stops the recording's job if it runs (its recording is being deleted). */
  @Override
  public void cancel(String recordingId) {
    CommitGate job = running.get(recordingId);
    if (job != null) {
      job.requestStop();
    }
    progress.remove(recordingId);
  }

  private void workLoop() {
    while (!stopped) {
      String id;
      try {
        id = claim();
      } catch (RuntimeException e) {
        LOG.error("Could not read the job queue", e);
        id = null;
      }
      if (id == null) {
        synchronized (wakeUp) {
          if (stopped) {
            return;
          }
          try {
            // The timed wait also picks up jobs queued by a wake-up that came while busy.
            wakeUp.wait(TimeUnit.SECONDS.toMillis(2));
          } catch (InterruptedException e) {
            return;
          }
        }
        continue;
      }
      runOne(id);
      Thread.interrupted(); // a cancel must not leak into the next job
    }
  }

  private void runOne(String id) {
    CommitGate gate = new CommitGate();
    running.put(id, gate);
    progress.putIfAbsent(id, new Progress(Progress.Stage.QUEUED, 0, -1));
    try {
      // close() sets stopped before it looks at the running jobs: one of the two sees the other.
      if (stopped) {
        throw new CommitGate.StoppedException();
      }
      work.run(id, gate.watch(p -> progress.put(id, p)));
      finish(id, State.DONE, null);
    } catch (Exception e) {
      if (stopped) {
        requeue(id);
        LOG.info("Job for recording {} stopped by shutdown; it resumes on the next start", id);
        return;
      }
      LOG.warn("Job for recording {} failed: {}", id, e.getMessage());
      finish(id, State.FAILED, String.valueOf(e.getMessage()));
    } finally {
      running.remove(id);
      progress.remove(id);
    }
  }

  /** Takes the oldest queued job, failing those already tried too often. */
  private String claim() {
    return db.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE jobs SET state = 'failed', error = 'interrupted too often'"
                      + " WHERE state = 'queued' AND attempts >= "
                      + MAX_ATTEMPTS)) {
            s.executeUpdate();
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE jobs SET state = 'running', attempts = attempts + 1, updated_at = ?"
                      + " WHERE recording_id = (SELECT recording_id FROM jobs WHERE state = 'queued'"
                      + " ORDER BY created_at LIMIT 1) RETURNING recording_id")) {
            s.setString(1, Instant.now().toString());
            try (ResultSet rs = s.executeQuery()) {
              return rs.next() ? rs.getString(1) : null;
            }
          }
        });
  }

  /** Puts a job stopped by shutdown back in the queue; a clean stop is not a failed attempt. */
  private void requeue(String id) {
    db.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE jobs SET state = 'queued',"
                      + " attempts = CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END,"
                      + " updated_at = ? WHERE recording_id = ? AND state = 'running'")) {
            s.setString(1, Instant.now().toString());
            s.setString(2, id);
            return s.executeUpdate();
          }
        });
  }

  private void finish(String id, State state, String error) {
    db.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "UPDATE jobs SET state = ?, error = ?, updated_at = ? WHERE recording_id = ?")) {
            s.setString(1, state.label());
            s.setString(2, error);
            s.setString(3, Instant.now().toString());
            s.setString(4, id);
            return s.executeUpdate();
          }
        });
  }

  /**
   * Stops the workers and waits for them: a running job drops its work and goes back to the queue,
   * unless it is already committing, which it then finishes. Whoever frees what the jobs use (the
   * speech model) checks {@link #workersStopped()} first.
   */
  @Override
  public synchronized void close() {
    stopped = true;
    running.values().forEach(CommitGate::requestStop);
    wake();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STOP_SECONDS);
    for (Thread t : threads) {
      try {
        t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    threads.removeIf(t -> !t.isAlive());
    if (!threads.isEmpty()) {
      LOG.warn(
          "{} did not stop within {} s", Plural.count(threads.size(), "job worker"), STOP_SECONDS);
    }
  }

  @Override
  public boolean runsHere() {
    return workers > 0;
  }

  /** True when no worker thread runs any more (never started, or all stopped). */
  @Override
  public synchronized boolean workersStopped() {
    return threads.stream().noneMatch(Thread::isAlive);
  }
}
