package io.hindsight.job;

import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt at one job on a worker: it writes the job's progress to the database at most once a
 * second, and makes sure the attempt still holds the job. db-scheduler gives a job away when its
 * heartbeat stops; a worker that was only paused (not killed) finds out here and stops, before it
 * stores anything, so two workers never both finish one recording.
 */
final class ScheduledRun {

  private static final Logger LOG = LoggerFactory.getLogger(ScheduledRun.class);
  private static final long FLUSH_NANOS = 1_000_000_000L;

  private final String recordingId;
  private final String owner;
  private final JobTables tables;
  private final CommitGate gate = new CommitGate();
  private Progress.Stage flushedStage;
  private long flushedAt;
  private volatile boolean lost;

  ScheduledRun(String recordingId, String owner, JobTables tables) {
    this.recordingId = recordingId;
    this.owner = owner;
    this.tables = tables;
  }

  CommitGate gate() {
    return gate;
  }

  boolean lost() {
    return lost;
  }

  /** Progress for the pipeline: to the database, behind the commit gate and the claim check. */
  ProgressListener listener() {
    ProgressListener toDatabase =
        p -> {
          if (p.stage() == Progress.Stage.INDEX) {
            // On the job's thread, just before the transcript is indexed and marked ready.
            requireClaim();
          }
          flush(p);
        };
    return gate.watch(toDatabase);
  }

  private void requireClaim() {
    if (!holdsClaim()) {
      lost = true;
      throw new CommitGate.StoppedException();
    }
  }

  private synchronized void flush(Progress p) {
    long now = System.nanoTime();
    if (p.stage() == flushedStage && now - flushedAt < FLUSH_NANOS && p.fraction() < 1.0) {
      return;
    }
    flushedStage = p.stage();
    flushedAt = now;
    if (!holdsClaim()) {
      // Called on a recognition thread: stop the job's thread rather than throw here.
      lost = true;
      gate.requestStop();
      return;
    }
    try {
      tables.saveProgress(recordingId, p);
    } catch (SQLException e) {
      // Progress only informs the page (the recording may just have been deleted).
      LOG.debug("Could not save the progress of {}: {}", recordingId, e.getMessage());
    }
  }

  /** True while db-scheduler's row for the job still names this process as the one running it. */
  boolean holdsClaim() {
    try {
      return tables.claimedBy(recordingId).filter(owner::equals).isPresent();
    } catch (SQLException e) {
      // Unsure (the database is unreachable): keep going; the claim is checked again.
      LOG.debug("Could not check the claim on {}: {}", recordingId, e.getMessage());
      return !lost;
    }
  }

  /** The job is over here: its progress row goes, or shows it queued again if it runs again. */
  void finished(boolean runsAgain) {
    if (lost) {
      return; // the row is the new owner's now
    }
    try {
      if (runsAgain) {
        tables.saveProgress(recordingId, new Progress(Progress.Stage.QUEUED, 0, -1));
      } else {
        tables.deleteProgress(recordingId);
      }
    } catch (SQLException e) {
      LOG.debug("Could not clear the progress of {}: {}", recordingId, e.getMessage());
    }
  }
}
