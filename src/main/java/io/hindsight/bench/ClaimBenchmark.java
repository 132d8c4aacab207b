package io.hindsight.bench;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How fast the job table hands out jobs when many workers claim at once: {@code claimers}
 * db-scheduler instances, each claiming one job at a time as a {@code hindsight worker} does (SKIP
 * LOCKED, one thread), drain {@code jobs} no-op jobs. What is measured is the table's cost per
 * claim and completion, without any transcription.
 */
public final class ClaimBenchmark {

  /** What one run found; {@code duplicates} counts jobs that ran more than once. */
  public record Result(int jobs, int claimers, Duration elapsed, int duplicates) {
    public double claimsPerSecond() {
      return jobs / (elapsed.toNanos() / 1e9);
    }
  }

  private static final String TASK = "bench-claim";

  private ClaimBenchmark() {}

  /** Runs on the database at {@code url}, which has Hindsight's schema (its scheduled_tasks). */
  public static Result run(String url, int jobs, int claimers) throws InterruptedException {
    HikariConfig config = new HikariConfig();
    config.setPoolName("bench-claim");
    config.setJdbcUrl(url);
    // One connection per claimer for its claims and completions, as each worker has its own.
    config.setMaximumPoolSize(claimers * 2 + 2);
    try (HikariDataSource pool = new HikariDataSource(config)) {
      CountDownLatch done = new CountDownLatch(jobs);
      int[] runs = new int[jobs];
      AtomicInteger duplicates = new AtomicInteger();
      OneTimeTask<Void> task =
          Tasks.oneTime(TASK)
              .execute(
                  (instance, context) -> {
                    int i = Integer.parseInt(instance.getId());
                    synchronized (runs) {
                      if (++runs[i] > 1) {
                        duplicates.incrementAndGet();
                      }
                    }
                    done.countDown();
                  });
      // The jobs are queued before any claimer starts, so all of them are due at once.
      SchedulerClient client = SchedulerClient.Builder.create(pool, task).build();
      List<TaskInstance<?>> instances = new ArrayList<>();
      for (int i = 0; i < jobs; i++) {
        instances.add(task.instance(Integer.toString(i)));
      }
      client.scheduleBatch(instances, Instant.now());
      List<Scheduler> schedulers = new ArrayList<>();
      for (int i = 0; i < claimers; i++) {
        schedulers.add(
            Scheduler.create(pool, task)
                .threads(1)
                .schedulerName(new SchedulerName.Fixed("bench-claimer-" + i))
                .pollingInterval(Duration.ofMillis(200))
                .pollUsingLockAndFetch(0.5, 1.0)
                .build());
      }
      long start = System.nanoTime();
      schedulers.forEach(Scheduler::start);
      boolean finished = done.await(10, TimeUnit.MINUTES);
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      schedulers.forEach(Scheduler::stop);
      if (!finished) {
        throw new IllegalStateException(
            "the claimers ran " + (jobs - done.getCount()) + " of " + jobs + " jobs in 10 minutes");
      }
      return new Result(jobs, claimers, elapsed, duplicates.get());
    }
  }
}
