package io.hindsight.cli;

import io.hindsight.Hindsight;
import io.hindsight.HindsightConfig;
import io.hindsight.HindsightException;
import io.hindsight.bench.UploadBenchmark;
import io.hindsight.pair.Role;
import io.hindsight.pair.Terms;
import io.hindsight.pair.User;
import io.hindsight.transcribe.SpeakerModelFolder;
import io.hindsight.transcribe.TrackPlanner;
import io.hindsight.transcribe.Transcriber;
import io.hindsight.web.WebApp;
import io.hindsight.web.WebConfig;
import io.javalin.Javalin;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bench upload}: a server of its own on loopback, set up as {@code serve} sets up the demo
 * (a pair of two members under a signed agreement, uploads diarized when the speaker model is
 * here), and one upload of FILE at a limited rate; see {@link UploadBenchmark}.
 */
@Command(
    name = "upload",
    description =
        "Upload FILE at a limited rate to a server of its own on 127.0.0.1; report the time from"
            + " the last byte and from the first byte until the recording is searchable.")
final class UploadBenchCommand implements Callable<Integer> {

  private static final String PASSWORD = "bench-upload-password";

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE")
  Path file;

  @Option(
      names = "--rate",
      required = true,
      paramLabel = "MBPS",
      description = "The upload's rate in megabytes per second (0.05 for 50 kB/s).")
  double rate;

  @Option(
      names = "--no-baseline",
      description = "Skip transcribing FILE from disk afterwards (the wait without streaming).")
  boolean noBaseline;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = "The server's data folder (default: a temporary folder, removed after).")
  Path dir;

  @Override
  public Integer call() throws Exception {
    if (!(rate > 0) || rate > 10_000) {
      throw HindsightException.badInput("--rate must be above 0 and at most 10000 (MB/s)");
    }
    if (!Files.isRegularFile(file)) {
      throw HindsightException.badInput("no such file: " + file);
    }
    var out = spec.commandLine().getOut();
    try (BenchFolder folder = BenchFolder.of(dir, "upload");
        Hindsight app =
            new Hindsight(
                new HindsightConfig(folder.path(), null, Transcriber.defaultThreads(), 1, 4))) {
      for (Role role : new Role[] {Role.MENTOR, Role.MENTEE}) {
        String name = role.name().toLowerCase(Locale.ROOT);
        User user = app.accounts().add(name, name, "bench", role, PASSWORD.toCharArray());
        app.agreements().sign(user, Terms.PROPOSED);
      }
      SpeakerModelFolder.find(null).ifPresent(app::diarizeUploads);
      app.preloadSpeech();
      Javalin web =
          WebApp.create(app.webServices(), WebConfig.defaults(folder.path())).start("127.0.0.1", 0);
      try {
        app.jobs().start();
        out.printf(
            Locale.ROOT,
            "Uploading %s at %.3f MB/s to 127.0.0.1:%d%n",
            file.getFileName(),
            rate,
            web.port());
        out.flush();
        UploadBenchmark.Result r =
            new UploadBenchmark(
                    URI.create("http://127.0.0.1:" + web.port() + "/"),
                    "mentor",
                    PASSWORD,
                    app.transcriber(),
                    new TrackPlanner(app.media()))
                .run(file, rate * 1e6, !noBaseline, out);
        report(r, out);
      } finally {
        web.stop();
      }
    }
    return Main.OK;
  }

  private void report(UploadBenchmark.Result r, java.io.PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%,d bytes, %.0f s of audio, uploaded in %.1f s (%.1f s of audio per second);"
            + " %.0f s of audio transcribed before the last byte%n",
        r.bytes(),
        r.audioSeconds(),
        r.uploadSeconds(),
        r.audioSeconds() / r.uploadSeconds(),
        r.heardAtLastByte());
    out.printf(Locale.ROOT, "last byte to searchable:  %6.1f s%n", r.lastByteToSearchable());
    out.printf(Locale.ROOT, "first byte to searchable: %6.1f s%n", r.firstByteToSearchable());
    if (!Double.isNaN(r.fromDiskSeconds())) {
      out.printf(
          Locale.ROOT,
          "the same file transcribed from disk: %.1f s (the wait after the last byte without"
              + " streaming)%n",
          r.fromDiskSeconds());
    }
  }
}
