package io.hindsight.job;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transcription jobs held by db-scheduler in PostgreSQL's {@code scheduled_tasks} table, one task
 * instance per recording. Any number of processes share the table: the library claims a job for one
 * of them at a time ({@code SELECT ... FOR UPDATE SKIP LOCKED}), keeps its heartbeat, and gives the
 * job of a process that stopped beating to another ({@link SchedulerTiming}). A process with no
 * threads (a server with {@code --workers 0}) only queues jobs and reads their progress.
 */
public final class ScheduledJobs implements Jobs {

  private static final Logger LOG = LoggerFactory.getLogger(ScheduledJobs.class);

  private final DataSource source;
  private final AutoCloseable ownedSource;
  private final int threads;
  private final JobQueue.Work work;
  private final SchedulerTiming timing;
  private final JobTables tables;
  private final String name =
      hostName() + "-" + ProcessHandle.current().pid() + "-" + Long.toHexString(System.nanoTime());
  private final Map<String, ScheduledRun> running = new ConcurrentHashMap<>();
  private Scheduler scheduler;
  private volatile boolean stopped;

  /**
   * @param source connections to the PostgreSQL database with the job tables, for claims,
   *     heartbeats and progress; a running job holds none
   * @param threads jobs run at once in this process; 0 only queues and reads progress
   */
  public ScheduledJobs(DataSource source, int threads, JobQueue.Work work, SchedulerTiming timing) {
    this(source, null, threads, work, timing);
  }

  private ScheduledJobs(
      DataSource source,
      AutoCloseable ownedSource,
      int threads,
      JobQueue.Work work,
      SchedulerTiming timing) {
    if (threads < 0) {
      throw io.hindsight.HindsightException.badInput("workers cannot be fewer than 0");
    }
    this.source = source;
    this.ownedSource = ownedSource;
    this.threads = threads;
    this.work = work;
    this.timing = timing;
    this.tables = new JobTables(source);
  }

  /**
   * Jobs in the PostgreSQL database at {@code url}, with a small pool of connections of their own:
   * a claim, a heartbeat or a progress report is one short statement.
   */
  public static ScheduledJobs open(
      String url, int threads, JobQueue.Work work, SchedulerTiming timing) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("hindsight-jobs");
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(threads + 2);
    config.setMinimumIdle(1);
    HikariDataSource pool = new HikariDataSource(config);
    return new ScheduledJobs(pool, pool, threads, work, timing);
  }

  /** The name this process's claims carry in {@code scheduled_tasks.picked_by}. */
  public String name() {
    return name;
  }

  @Override
  public synchronized void start() {
    if (threads == 0 || scheduler != null || stopped) {
      return;
    }
    OneTimeTask<Void> task =
        Tasks.oneTime(JobTables.TASK)
            // Only a stop or a lost claim throws (failures mark the recording failed and return):
            // put the job back at once for whoever is running. As a success, so that it does not
            // count towards the attempts that fail it: only dying does (ReviveOrFail).
            .onFailure(
                (complete, ops) ->
                    ops.reschedule(
                        ExecutionComplete.success(
                            complete.getExecution(),
                            complete.getTimeDone(),
                            complete.getTimeDone()),
                        Instant.now()))
            .onDeadExecution(new ReviveOrFail(tables))
            .execute((instance, context) -> run(instance.getId()));
    scheduler =
        Scheduler.create(source, task)
            .threads(threads)
            .schedulerName(new SchedulerName.Fixed(name))
            .heartbeatInterval(timing.heartbeat())
            .missedHeartbeatsLimit(timing.missedHeartbeats())
            .pollingInterval(timing.poll())
            // Claims with SKIP LOCKED, at most one job per free thread: no worker hoards jobs.
            .pollUsingLockAndFetch(0.5, 1.0)
            // A stopped job gives up within a second; committing one finishes within a few.
            .shutdownMaxWait(Duration.ofSeconds(60))
            .build();
    scheduler.start();
  }

  @Override
  public void enqueue(Connection c, String recordingId) throws SQLException {
    // Inside the caller's transaction: the recording and its job are stored together or not at all.
    JobTables.insertTask(c, recordingId);
    JobTables.saveProgress(c, recordingId, new Progress(Progress.Stage.QUEUED, 0, -1));
  }

  @Override
  public void wake() {
    Scheduler s = scheduler;
    if (s != null) {
      s.triggerCheckForDueExecutions();
    }
  }

  @Override
  public Optional<Progress> progress(String recordingId) {
    try {
      return tables.progress(recordingId);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public int pending() {
    try {
      return tables.pending();
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  @Override
  public void cancel(String recordingId) {
    ScheduledRun run = running.get(recordingId);
    if (run != null) {
      run.gate().requestStop();
    }
    // A job nobody runs yet just goes; one that runs elsewhere finds its recording gone.
    try {
      tables.deleteUnclaimed(recordingId);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private void run(String id) {
    ScheduledRun run = new ScheduledRun(id, name, tables);
    running.put(id, run);
    boolean again = false;
    try {
      if (stopped) {
        throw new CommitGate.StoppedException();
      }
      LOG.info("Job for recording {} started", id);
      work.run(id, run.listener());
      LOG.info("Job for recording {} done", id);
    } catch (Exception e) {
      if (stopped || run.lost()) {
        again = true;
        LOG.info("Job for recording {} stopped before storing anything; it runs again", id);
        throw new IllegalStateException("stopped before storing anything", e);
      }
      // The pipeline has marked the recording failed, with the reason: the job is over.
      LOG.warn("Job for recording {} failed: {}", id, e.getMessage());
    } finally {
      running.remove(id);
      run.finished(again);
    }
  }

  @Override
  public synchronized void close() {
    stopped = true;
    running.values().forEach(r -> r.gate().requestStop());
    if (scheduler != null) {
      scheduler.stop();
    }
    if (ownedSource != null && workersStopped()) {
      try {
        ownedSource.close();
      } catch (Exception e) {
        LOG.debug("Closing the job connections: {}", e.getMessage());
      }
    }
  }

  @Override
  public synchronized boolean workersStopped() {
    return scheduler == null || (stopped && running.isEmpty());
  }

  private static io.hindsight.HindsightException failed(SQLException e) {
    return new io.hindsight.HindsightException(
        io.hindsight.HindsightException.Kind.INTERNAL,
        "the job tables failed: " + e.getMessage(),
        e);
  }

  private static String hostName() {
    try {
      return java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.net.UnknownHostException e) {
      return "worker";
    }
  }
}
