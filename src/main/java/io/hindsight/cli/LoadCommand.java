package io.hindsight.cli;

import io.hindsight.Hindsight;
import io.hindsight.HindsightConfig;
import io.hindsight.HindsightException;
import io.hindsight.bench.LoadBenchmark;
import io.hindsight.pair.Passwords;
import io.hindsight.recording.Recording;
import io.hindsight.transcribe.Transcriber;
import io.hindsight.web.WebApp;
import io.hindsight.web.WebConfig;
import io.javalin.Javalin;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench load}: a server of its own, in this process, on loopback only, with the demo pair
 * and the sample ready; then {@link LoadBenchmark}.
 */
@Command(
    name = "load",
    description =
        "Serve the demo on 127.0.0.1 and load it from many signed-in clients: searches, pages,"
            + " media ranges, notes, logins and a few uploads; checks it stays sound.")
final class LoadCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--clients",
      defaultValue = "32",
      paramLabel = "N",
      description = "Clients at once (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(
      names = "--seconds",
      defaultValue = "30",
      paramLabel = "N",
      description = "How long the load lasts (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(
      names = "--uploads",
      defaultValue = "2",
      paramLabel = "N",
      description = "Uploads of the sample in the middle of the run (default: ${DEFAULT-VALUE}).")
  int uploads;

  @Option(
      names = "--sample",
      paramLabel = "FILE",
      description = "The recording (default: sample-media/mentoring-session.mp4).")
  Path sample;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = "The server's data folder (default: a temporary folder, removed after).")
  Path dir;

  @Override
  public Integer call() throws Exception {
    if (clients < 1 || clients > 512 || seconds < 1 || seconds > 3600 || uploads < 0) {
      throw HindsightException.badInput(
          "--clients must be 1 to 512, --seconds 1 to 3600 and --uploads at least 0");
    }
    Path file = Demo.findSample(sample);
    if (file == null) {
      throw HindsightException.badInput("no sample recording found: give --sample FILE");
    }
    var out = spec.commandLine().getOut();
    try (BenchFolder folder = BenchFolder.of(dir, "load");
        Hindsight app =
            new Hindsight(
                new HindsightConfig(
                    folder.path(),
                    null,
                    Transcriber.defaultThreads(),
                    1,
                    Passwords.PRODUCTION_COST))) {
      Javalin web = WebApp.create(app.webServices(), WebConfig.defaults(folder.path()));
      try {
        web.start("127.0.0.1", 0);
        app.jobs().start();
        Demo.Seeded seeded = new Demo(app, file).seed();
        String sampleId = awaitSample(app);
        List<LoadBenchmark.Login> members =
            seeded.logins().stream()
                .filter(l -> !l.role().equals("admin"))
                .map(l -> new LoadBenchmark.Login(l.username(), l.password()))
                .toList();
        URI base = URI.create("http://127.0.0.1:" + web.port() + "/");
        boolean ok =
            new LoadBenchmark(app, base, members, file, sampleId)
                .run(new LoadBenchmark.Plan(clients, Duration.ofSeconds(seconds), uploads), out);
        return ok ? Main.OK : Main.FAILURE;
      } finally {
        web.stop();
      }
    }
  }

  private static String awaitSample(Hindsight app) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (System.nanoTime() < deadline) {
      for (Recording r : app.library().list(Demo.PAIR)) {
        if (r.status() == Recording.Status.READY) {
          return r.id();
        }
        if (r.status() == Recording.Status.FAILED) {
          throw new HindsightException(
              HindsightException.Kind.INTERNAL, "the sample failed: " + r.error());
        }
      }
      Thread.sleep(250);
    }
    throw new HindsightException(HindsightException.Kind.INTERNAL, "the sample never got ready");
  }
}
