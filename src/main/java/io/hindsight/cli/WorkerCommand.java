package io.hindsight.cli;

import io.hindsight.Hindsight;
import io.hindsight.HindsightConfig;
import io.hindsight.HindsightException;
import io.hindsight.job.ScheduledJobs;
import io.hindsight.job.SchedulerTiming;
import io.hindsight.transcribe.SpeakerModelFolder;
import io.hindsight.transcribe.Transcriber;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "worker",
    description = {
      "Transcribe the uploads queued in PostgreSQL (--database or $HINDSIGHT_DATABASE_URL),",
      "with their files in the data folder every node shares (--data). A killed worker's",
      "job goes to another once its heartbeats stop: $HINDSIGHT_HEARTBEAT_SECONDS (5)",
      "times $HINDSIGHT_MISSED_HEARTBEATS (6)."
    })
final class WorkerCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Recognition threads for the recording at hand (default: the number of cores).")
  Integer threads;

  @Option(
      names = "--model",
      paramLabel = "DIR",
      description = "A Vosk model folder (default: $HINDSIGHT_MODEL, else the bundled model).")
  Path model;

  @picocli.CommandLine.Mixin DecoderOption decoder;

  @Override
  public Integer call() throws InterruptedException, IOException {
    String url = main.databaseUrl();
    if (url == null) {
      throw HindsightException.badInput(
          "a worker takes its jobs from PostgreSQL: give --database jdbc:postgresql://host/db?user=..."
              + " or set HINDSIGHT_DATABASE_URL (with SQLite, 'hindsight serve' runs the jobs)");
    }
    if (threads != null && threads < 1) {
      throw HindsightException.badInput("--threads must be at least 1");
    }
    SchedulerTiming timing = SchedulerTiming.fromEnvironment();
    // One recording at a time: recognition already uses every thread it is given.
    Hindsight app =
        new Hindsight(
            new HindsightConfig(
                main.dataDir(),
                model,
                threads != null ? threads : Transcriber.defaultThreads(),
                1,
                io.hindsight.pair.Passwords.PRODUCTION_COST,
                url,
                decoder.resolve()));
    // A worker writes no index (serving nodes apply the outbox); should anything open one, it is
    // a throwaway, never the data folder's, which a serving node holds.
    Path index = Files.createTempDirectory("hindsight-worker-index");
    app.useOwnIndex(index);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.close(); // a running job stops and goes back to the queue
                  deleteQuietly(index);
                  stopped.countDown();
                },
                "shutdown"));
    SpeakerModelFolder.find(null).ifPresent(app::diarizeUploads);
    app.database();
    app.jobs().start();
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "Hindsight worker %s takes jobs from %s (a dead worker's job is taken over within %d s)."
            + " Press Ctrl+C to stop.%n",
        ((ScheduledJobs) app.jobs()).name(),
        withoutPassword(url),
        timing.longestTakeover().toSeconds());
    out.flush();
    app.warmUpInBackground();
    stopped.await();
    return Main.OK;
  }

  private static String withoutPassword(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  private static void deleteQuietly(Path dir) {
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder: the OS clears it eventually
    }
  }
}
