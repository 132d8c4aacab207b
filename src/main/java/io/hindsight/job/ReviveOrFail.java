package io.hindsight.job;

import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.Execution;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens to the job of a worker that stopped sending heartbeats: it is revived for another
 * worker, unless this was the {@link JobQueue#MAX_ATTEMPTS}th attempt in a row to die on it. A
 * recording that kills every worker that takes it (media that crashes the decoder, say) is then
 * marked failed, rather than revived forever. db-scheduler counts each revival in {@code
 * consecutive_failures}; a clean stop puts the job back without counting (see {@link
 * ScheduledJobs}), as the SQLite queue does.
 */
final class ReviveOrFail implements DeadExecutionHandler<Void> {

  private static final Logger LOG = LoggerFactory.getLogger(ReviveOrFail.class);

  private final JobTables tables;
  private final DeadExecutionHandler<Void> revive = new ReviveDeadExecution<>();

  ReviveOrFail(JobTables tables) {
    this.tables = tables;
  }

  @Override
  public void deadExecution(ExecutionComplete complete, ExecutionOperations<Void> ops) {
    Execution dead = complete.getExecution();
    int attempts = dead.consecutiveFailures + 1;
    if (attempts < JobQueue.MAX_ATTEMPTS) {
      revive.deadExecution(complete, ops);
      return;
    }
    String id = dead.taskInstance.getId();
    LOG.warn("Job for recording {} failed: its worker died {} times in a row", id, attempts);
    try {
      tables.fail(
          id, "processing stopped " + attempts + " times in a row (the worker died each time)");
    } catch (SQLException e) {
      // Left as it is, it is found dead and handled again at the next check.
      throw new IllegalStateException("could not mark recording " + id + " failed", e);
    }
    ops.remove();
  }
}
