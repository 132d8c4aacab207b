package io.hindsight.bench;

import io.hindsight.Hindsight;
import io.hindsight.db.Database;
import io.hindsight.pair.Role;
import io.hindsight.pair.Terms;
import io.hindsight.pair.User;
import io.hindsight.recording.Consent;
import io.hindsight.recording.IngestRequest;
import io.hindsight.recording.Recording;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code bench scale}: transcription past one machine, on PostgreSQL. Jobs per minute with one
 * worker process and with two; how long the job of a worker killed with -9 waits until another
 * takes it; how fast the job table hands out jobs to 16 claimers at once; and how long after a
 * worker made a recording ready a serving node finds it (the search outbox's lag).
 *
 * <p>{@code app} is open on the PostgreSQL database with no job threads of its own: it only queues
 * uploads, as a {@code serve --workers 0} does, and the workers are processes of the jar. For the
 * lag it also follows the outbox with its own index, as {@code serve} does.
 */
public final class ScaleBenchmark {

  /**
   * @param jobs uploads per throughput run
   * @param threads recognition threads of each worker
   * @param claimJobs no-op jobs drained by the 16 claimers
   * @param lagRecordings recordings whose lag is measured
   * @param lagOnly measure only the lag
   */
  public record Plan(
      Path jar,
      Path sample,
      int jobs,
      int threads,
      int claimJobs,
      int lagRecordings,
      boolean lagOnly) {}

  /** Jobs per minute with this many workers. */
  public record Throughput(int workers, int jobs, Duration elapsed) {
    public double perMinute() {
      return jobs / (elapsed.toNanos() / 60e9);
    }
  }

  /** A killed worker's job: from the kill until the other claimed it, and until it was ready. */
  public record Takeover(Duration claimedAfter, Duration readyAfter, Duration longest) {}

  private static final String PAIR = "scale";
  private static final int CLAIMERS = 16;

  private final Hindsight app;
  private final String url;
  private final Path work;
  private User uploader;
  private int uploads;

  public ScaleBenchmark(Hindsight app, String url, Path work) {
    this.app = app;
    this.url = url;
    this.work = work;
  }

  public void run(Plan plan, PrintWriter out) throws Exception {
    out.printf(
        Locale.ROOT,
        "scale: %d uploads of %s per run, workers with %d recognition thread(s), %d cores%n",
        plan.lagOnly() ? plan.lagRecordings() + 1 : plan.jobs(),
        plan.sample().getFileName(),
        plan.threads(),
        Runtime.getRuntime().availableProcessors());
    out.flush();
    seedPair();
    if (!plan.lagOnly()) {
      jobsAndClaims(plan, out);
    }
    OutboxLagBenchmark.Result lag = lag(plan);
    out.printf(
        Locale.ROOT,
        "scale: search outbox: a recording a worker made ready was found on a serving node"
            + " %.3f s later (median of %d; max %.3f s; the node polls every %d ms)%n",
        lag.median().toMillis() / 1000.0,
        lag.lags().size(),
        lag.max().toMillis() / 1000.0,
        io.hindsight.search.IndexApplier.POLL_MILLIS);
    out.flush();
  }

  private void jobsAndClaims(Plan plan, PrintWriter out) throws Exception {
    Throughput one = throughput(plan, 1);
    print(out, one, one);
    Throughput two = throughput(plan, 2);
    print(out, two, one);
    Takeover takeover = takeover(plan);
    out.printf(
        Locale.ROOT,
        "scale: take-over: the job of a worker killed with -9 was claimed by the other %.1f s"
            + " later (at most %d s with these heartbeats) and ready %.1f s after the kill%n",
        takeover.claimedAfter().toMillis() / 1000.0,
        takeover.longest().toSeconds(),
        takeover.readyAfter().toMillis() / 1000.0);
    out.flush();
    ClaimBenchmark.Result claims = ClaimBenchmark.run(url, plan.claimJobs(), CLAIMERS);
    out.printf(
        Locale.ROOT,
        "scale: claim rate: %d claimers drained %d no-op jobs in %.1f s: %.0f claims/s,"
            + " %d run twice%n",
        claims.claimers(),
        claims.jobs(),
        claims.elapsed().toMillis() / 1000.0,
        claims.claimsPerSecond(),
        claims.duplicates());
    out.flush();
  }

  /**
   * Two workers make the recordings ready while this process, a serving node that did not, looks
   * for each with a word the first one says.
   */
  private OutboxLagBenchmark.Result lag(Plan plan) throws Exception {
    app.followOutbox();
    try (WorkerProcess a = worker(plan, Map.of());
        WorkerProcess b = worker(plan, Map.of())) {
      String first = queue(plan.sample());
      awaitReady(first, Duration.ofMinutes(30));
      String word = OutboxLagBenchmark.wordOf(app.library().transcript(first));
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < plan.lagRecordings(); i++) {
        ids.add(queue(plan.sample()));
      }
      return new OutboxLagBenchmark(app, PAIR).measure(ids, word, Duration.ofMinutes(30));
    }
  }

  private static void print(PrintWriter out, Throughput t, Throughput one) {
    out.printf(
        Locale.ROOT,
        "scale: %d worker(s): %d jobs in %.1f s = %.2f jobs/min (%.2fx one worker)%n",
        t.workers(),
        t.jobs(),
        t.elapsed().toMillis() / 1000.0,
        t.perMinute(),
        t.perMinute() / one.perMinute());
    out.flush();
  }

  private void seedPair() {
    char[] password = "scale benchmark password".toCharArray();
    User mentor = app.accounts().add("scale-mentor", "Mentor", PAIR, Role.MENTOR, password);
    User mentee = app.accounts().add("scale-mentee", "Mentee", PAIR, Role.MENTEE, password);
    app.agreements().sign(mentor, Terms.PROPOSED);
    app.agreements().sign(mentee, Terms.PROPOSED);
    uploader = mentor;
  }

  private Throughput throughput(Plan plan, int workers) throws Exception {
    List<WorkerProcess> started = new ArrayList<>();
    try {
      for (int i = 0; i < workers; i++) {
        started.add(worker(plan, Map.of()));
      }
      long start = System.nanoTime();
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < plan.jobs(); i++) {
        ids.add(queue(plan.sample()));
      }
      for (String id : ids) {
        awaitReady(id, Duration.ofMinutes(30));
      }
      return new Throughput(workers, plan.jobs(), Duration.ofNanos(System.nanoTime() - start));
    } finally {
      for (WorkerProcess w : started) {
        w.close();
      }
    }
  }

  private Takeover takeover(Plan plan) throws Exception {
    try (WorkerProcess a = worker(plan, Map.of());
        WorkerProcess b = worker(plan, Map.of())) {
      String id = queue(plan.sample());
      String owner = awaitRecognition(id);
      WorkerProcess victim = WorkerProcess.pidOf(owner) == a.pid() ? a : b;
      victim.kill9();
      long killed = System.nanoTime();
      Database db = app.database();
      Duration claimed = null;
      long deadline = killed + Duration.ofMinutes(5).toNanos();
      while (claimed == null && System.nanoTime() < deadline) {
        Optional<String> now = claimedBy(db, id);
        if (now.isPresent() && !now.get().equals(owner)) {
          claimed = Duration.ofNanos(System.nanoTime() - killed);
        }
        Thread.sleep(50);
      }
      if (claimed == null) {
        throw new IllegalStateException("nobody took over the killed worker's job in 5 minutes");
      }
      awaitReady(id, Duration.ofMinutes(30));
      return new Takeover(
          claimed,
          Duration.ofNanos(System.nanoTime() - killed),
          io.hindsight.job.SchedulerTiming.fromEnvironment().longestTakeover());
    }
  }

  private WorkerProcess worker(Plan plan, Map<String, String> env) throws Exception {
    return WorkerProcess.start(
        plan.jar(),
        work,
        app.config().dataDir(),
        url,
        env,
        "--threads",
        Integer.toString(plan.threads()));
  }

  private String queue(Path sample) {
    uploads++;
    return app.pipeline()
        .queue(
            new IngestRequest(
                List.of(
                    IngestRequest.Input.upload(
                        sample.getFileName().toString(), target -> Files.copy(sample, target))),
                PAIR,
                "Scale upload " + uploads,
                LocalDate.now(),
                Consent.confirmedBy(uploader.id(), true),
                List.of(),
                false))
        .id();
  }

  private String awaitRecognition(String id) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (System.nanoTime() < deadline) {
      Optional<String> owner =
          app.database()
              .queryOne(
                  "SELECT s.picked_by FROM scheduled_tasks s JOIN job_progress p"
                      + " ON p.recording_id = s.task_instance WHERE s.task_instance = ?"
                      + " AND s.picked AND p.stage = 'transcribe' AND p.fraction > 0.15",
                  row -> row.getString(1),
                  id);
      if (owner.isPresent()) {
        return owner.get();
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the job never reached recognition");
  }

  private static Optional<String> claimedBy(Database db, String id) {
    return db.queryOne(
        "SELECT picked_by FROM scheduled_tasks WHERE task_instance = ? AND picked",
        row -> row.getString(1),
        id);
  }

  private void awaitReady(String id, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      Recording r = app.library().get(id);
      if (r.status() == Recording.Status.READY) {
        return;
      }
      if (r.status() == Recording.Status.FAILED) {
        throw new IllegalStateException("recording " + id + " failed: " + r.error());
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("recording " + id + " was not ready in " + timeout);
  }
}
