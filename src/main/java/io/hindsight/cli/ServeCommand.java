package io.hindsight.cli;

import io.hindsight.Hindsight;
import io.hindsight.HindsightConfig;
import io.hindsight.HindsightException;
import io.hindsight.transcribe.SpeakerModelFolder;
import io.hindsight.transcribe.Transcriber;
import io.hindsight.web.WebApp;
import io.hindsight.web.WebConfig;
import io.javalin.Javalin;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "serve",
    description = {
      "Serve the web app. Uploads are transcribed by a background job queue that survives",
      "restarts; recordings past their pair's retention are deleted daily."
    })
final class ServeCommand implements java.util.concurrent.Callable<Integer> {

  @ParentCommand Main main;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "7070",
      paramLabel = "N",
      description = "The port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      paramLabel = "ADDRESS",
      description =
          "The address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
  String host;

  @Option(
      names = "--demo",
      description =
          "Create a demo pair (and an admin), print their passwords, and add the sample recording.")
  boolean demo;

  @Option(
      names = "--sample",
      paramLabel = "FILE",
      description =
          "The demo's recording (default: sample-media/mentoring-session.mp4 here or beside the jar).")
  Path sample;

  @Option(
      names = "--max-upload-mb",
      defaultValue = "4096",
      paramLabel = "MB",
      description = "The largest upload accepted (default: ${DEFAULT-VALUE} MB).")
  long maxUploadMb;

  @Option(
      names = "--workers",
      defaultValue = "1",
      paramLabel = "N",
      description =
          "Recordings processed at once (default: ${DEFAULT-VALUE}; 0 leaves them to"
              + " 'hindsight worker' processes on the same --database).")
  int workers;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Recognition threads per recording (default: the number of cores).")
  Integer threads;

  @Option(
      names = "--model",
      paramLabel = "DIR",
      description = "A Vosk model folder (default: $HINDSIGHT_MODEL, else the bundled model).")
  Path model;

  @picocli.CommandLine.Mixin DecoderOption decoder;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description =
          "This server's own search index (default: DATA/index). Each server on a shared data"
              + " folder needs its own; it is fed from the database's search outbox.")
  Path index;

  @Option(
      names = "--speaker-model",
      paramLabel = "DIR",
      description =
          "The Vosk speaker model that labels uploads with one mixed track (default:"
              + " $HINDSIGHT_SPEAKER_MODEL, else the one the build fetched).")
  Path speakerModel;

  @Option(
      names = "--secure-cookies",
      description = "Mark the session cookie Secure even on plain http (behind a TLS proxy).")
  boolean secureCookies;

  @Option(
      names = "--trusted-proxy",
      paramLabel = "ADDR",
      description =
          "The IP address of the reverse proxy in front, whose X-Forwarded-For names the client"
              + " (default: trust none; sign-in limits then count the proxy as one address).")
  String trustedProxy;

  @Override
  public Integer call() throws InterruptedException {
    long start = System.nanoTime();
    if (workers < 0) {
      throw HindsightException.badInput("--workers must be 0 or more");
    }
    if (maxUploadMb < 1) {
      throw HindsightException.badInput("--max-upload-mb must be at least 1");
    }
    // A wrong --speaker-model is refused before anything starts; none at all serves unlabelled.
    java.util.Optional<Path> speakers = SpeakerModelFolder.find(speakerModel);
    Hindsight app =
        new Hindsight(
            new HindsightConfig(
                main.dataDir(),
                model,
                threads != null ? threads : Transcriber.defaultThreads(),
                workers,
                io.hindsight.pair.Passwords.PRODUCTION_COST,
                main.databaseUrl(),
                decoder.resolve()));
    if (index != null) {
      app.useOwnIndex(index);
    }
    WebConfig config =
        new WebConfig(
            UploadSpool.of(main.dataDir(), index != null ? index : main.dataDir().resolve("index")),
            maxUploadMb * 1024 * 1024,
            secureCookies,
            trustedProxy);
    UploadSpool.clearAbandoned(config.uploadDir());
    // Opening the search index and the database each take a while: do them side by side. A
    // failure here is thrown again, to be reported, when the services ask for the index.
    Thread indexOpener =
        new Thread(
            () -> {
              try {
                app.index();
              } catch (RuntimeException e) {
                // reported on the main thread
              }
            },
            "open-index");
    indexOpener.setDaemon(true);
    indexOpener.start();
    Javalin web = WebApp.create(app.webServices(), config);
    ScheduledExecutorService daily =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "retention-sweep");
              t.setDaemon(true);
              return t;
            });
    CountDownLatch stopped = new CountDownLatch(1);
    java.util.concurrent.atomic.AtomicBoolean serving =
        new java.util.concurrent.atomic.AtomicBoolean();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  daily.shutdownNow();
                  web.stop();
                  app.close();
                  stopped.countDown();
                  if (serving.get()) {
                    // Ctrl+C or SIGTERM asked a running server to stop, and it stopped cleanly
                    // (jobs requeued, nothing half-written): that is success, not a signal death.
                    spec.commandLine().getOut().println("Hindsight stopped.");
                    spec.commandLine().getOut().flush();
                    System.err.flush();
                    Runtime.getRuntime().halt(Main.OK);
                  }
                },
                "shutdown"));
    web.start(host, port);
    // Uploads with one mixed track get speaker labels whenever the speaker model is there.
    speakers.ifPresentOrElse(
        app::diarizeUploads,
        () ->
            System.err.println(
                "hindsight: no speaker model, so uploads with one mixed track get no speaker"
                    + " labels: build on a machine with npm, pass --speaker-model DIR or set"
                    + " HINDSIGHT_SPEAKER_MODEL"));
    app.jobs().start();
    app.followOutbox();
    daily.scheduleAtFixedRate(
        app.retentionSweep(), 1, TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
    PrintWriter out = spec.commandLine().getOut();
    if (demo) {
      Demo.Seeded seeded = new Demo(app, Demo.findSample(sample)).seed();
      out.println(
          "Demo pair '" + Demo.PAIR + "' (sign in with either member; the admin sees /admin):");
      for (Demo.Login login : seeded.logins()) {
        out.printf(
            "  %-8s %-14s password: %s%n",
            login.username(), "(" + login.role() + ")", login.password());
      }
      out.println(seeded.sampleNote());
    }
    String shown = host.equals("0.0.0.0") ? "localhost" : host;
    out.printf(
        Locale.ROOT,
        "Hindsight is ready at http://%s:%d (started in %.1f s). Press Ctrl+C to stop.%n",
        shown,
        web.port(),
        (System.nanoTime() - start) / 1e9);
    out.flush();
    // Only now: finding ffmpeg and loading the model would compete with start-up for the CPU.
    app.warmUpInBackground();
    serving.set(true);
    stopped.await();
    return Main.OK;
  }
}
