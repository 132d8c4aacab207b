package io.hindsight.job;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Where uploads wait to be transcribed: the seam between the web app and whatever runs the jobs. On
 * SQLite it is this process's own {@link JobQueue}; on PostgreSQL it is db-scheduler's table,
 * worked by any number of {@code hindsight worker} processes ({@link ScheduledJobs}).
 */
public interface Jobs extends AutoCloseable {

  /** Starts running jobs in this process, if it has workers. */
  void start();

  /** Queues a job for the recording within the caller's transaction; {@link #wake()} after it. */
  void enqueue(Connection c, String recordingId) throws SQLException;

  /** Tells idle workers that a job was queued. */
  void wake();

  /** The live progress of a queued or running job; empty when there is none. */
  Optional<Progress> progress(String recordingId);

  /** How many jobs wait or run. */
  int pending();

  /** Stops the recording's job (its recording is being deleted). */
  void cancel(String recordingId);

  /**
   * Whether this process runs the jobs it queues, so work begun here for a job (an upload heard as
   * it arrived) reaches it; false where any worker process may take it.
   */
  default boolean runsHere() {
    return false;
  }

  /** True when no worker thread of this process runs a job any more. */
  boolean workersStopped();

  @Override
  void close();
}
