package io.hindsight.cli;

import io.hindsight.Hindsight;
import io.hindsight.HindsightConfig;
import io.hindsight.HindsightException;
import io.hindsight.bench.ScaleBenchmark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "scale",
    description = {
      "On PostgreSQL (--database, a scratch database): jobs per minute with one worker",
      "process and with two, how long a killed worker's job waits for another, and the",
      "job table's claim rate under 16 claimers, and how long after a worker made a",
      "recording ready a serving node finds it (the search outbox's lag)."
    })
final class ScaleCommand implements Callable<Integer> {

  @ParentCommand BenchCommand bench;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--jobs",
      defaultValue = "4",
      paramLabel = "N",
      description = "Uploads per throughput run (default: ${DEFAULT-VALUE}).")
  int jobs;

  @Option(
      names = "--threads",
      defaultValue = "1",
      paramLabel = "N",
      description = "Recognition threads of each worker (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(
      names = "--claim-jobs",
      defaultValue = "2000",
      paramLabel = "N",
      description = "No-op jobs for the claim rate (default: ${DEFAULT-VALUE}).")
  int claimJobs;

  @Option(
      names = "--lag-recordings",
      defaultValue = "7",
      paramLabel = "N",
      description = "Recordings whose search outbox lag is measured (default: ${DEFAULT-VALUE}).")
  int lagRecordings;

  @Option(names = "--lag-only", description = "Measure only the search outbox's lag.")
  boolean lagOnly;

  @Option(
      names = "--sample",
      paramLabel = "FILE",
      description = "The recording (default: sample-media/mentoring-session.mp4).")
  Path sample;

  @Override
  public Integer call() throws Exception {
    String url = bench.main.databaseUrl();
    if (url == null) {
      throw HindsightException.badInput(
          "bench scale runs on PostgreSQL: give --database jdbc:postgresql://host/db?user=... of a"
              + " scratch database (it adds a pair and recordings)");
    }
    if (jobs < 1 || threads < 1 || claimJobs < 1 || lagRecordings < 1) {
      throw HindsightException.badInput(
          "--jobs, --threads, --claim-jobs and --lag-recordings must be at least 1");
    }
    Path media = Demo.findSample(sample);
    Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    if (!Files.isRegularFile(jar)) {
      throw HindsightException.badInput(
          "bench scale starts workers from the jar: run it with java -jar");
    }
    Path work = Files.createTempDirectory("hindsight-bench-scale");
    // This process only queues, as 'serve --workers 0' does: the workers are separate processes.
    HindsightConfig config = new HindsightConfig(work.resolve("data"), null, 1, 0, 4, url);
    try (Hindsight app = new Hindsight(config)) {
      new ScaleBenchmark(app, url, work)
          .run(
              new ScaleBenchmark.Plan(jar, media, jobs, threads, claimJobs, lagRecordings, lagOnly),
              spec.commandLine().getOut());
    } finally {
      try (var files = Files.walk(work)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
    return Main.OK;
  }
}
