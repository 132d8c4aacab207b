package io.hindsight.bench;

import io.hindsight.Hindsight;
import io.hindsight.HindsightException;
import io.hindsight.job.ProgressListener;
import io.hindsight.job.ProgressTracker;
import io.hindsight.transcribe.TrackPlanner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Times a short clip the two ways a user meets one: a one-shot {@code transcribe} in a new JVM
 * (start-up, model load, probe, decode and recognition all counted), and the server's path, where
 * the model is loaded and the recognizers are warm from the pair's earlier recordings. The warm-up
 * is the part of the same file before the clip: the same voices, other words, as in real use. The
 * server's figures are taken once each, since a second run on the same clip would find the
 * recognizers warmer than real use does.
 */
public final class ClipBenchmark {

  private final Hindsight app;

  public ClipBenchmark(Hindsight app) {
    this.app = app;
  }

  public void run(Path file, double at, double seconds, int runs, Path model, PrintWriter out)
      throws IOException, InterruptedException {
    if (at < 0 || seconds <= 0 || runs < 1) {
      throw HindsightException.badInput("--at must be 0 or more, --seconds and --runs positive");
    }
    double length = app.media().probe(file).durationSeconds();
    if (at + seconds > length) {
      throw HindsightException.badInput(
          String.format(
              Locale.ROOT, "%s lasts %.1f s, too short for a clip at %.1f s", file, length, at));
    }
    Path dir = Files.createTempDirectory("hindsight-bench-clip");
    try {
      Path clip = cut(file, at, seconds, dir.resolve("clip.m4a"));
      out.printf(
          Locale.ROOT,
          "clip:            %.1f s of %s from %.1f s%n",
          seconds,
          file.getFileName(),
          at);
      out.flush();

      List<Double> oneShot = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        oneShot.add(oneShotTranscribe(clip, model));
      }
      out.printf(
          Locale.ROOT,
          "one-shot CLI:    %s (new JVM: start-up, model load, probe, decode, recognize;"
              + " target <= 3 s)%n",
          summary(oneShot));
      out.flush();

      long load = System.nanoTime();
      app.speech();
      out.printf(Locale.ROOT, "server, model:   loaded in %.2f s, once at start%n", since(load));
      out.printf(Locale.ROOT, "server, cold:    %.2f s (recognizers new)%n", inServer(clip));
      out.flush();
      if (at >= 5) {
        Path before = cut(file, 0, at, dir.resolve("before.m4a"));
        double warmUp = inServer(before);
        // Once only: a recognizer that has heard this very clip would be warmer than real use.
        out.printf(
            Locale.ROOT,
            "server, warm:    %.2f s (after the %.0f s before the clip, which took %.2f s)%n",
            inServer(clip),
            at,
            warmUp);
      }
      out.flush();
    } finally {
      LongRecording.deleteTree(dir);
    }
  }

  /** Probe, decode and recognize in this JVM, through the server's warm recognizers. */
  private double inServer(Path clip) {
    long start = System.nanoTime();
    TrackPlanner.Plan plan = new TrackPlanner(app.media()).plan(List.of(clip), List.of(), false);
    app.transcriber().transcribe(plan, new ProgressTracker(ProgressListener.NONE));
    return since(start);
  }

  /** {@code hindsight transcribe CLIP} in a new JVM, as a user would run it. */
  private static double oneShotTranscribe(Path clip, Path model)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("io.hindsight.cli.Main");
    command.add("transcribe");
    command.add(clip.toString());
    if (model != null) {
      command.add("--model");
      command.add(model.toString());
    }
    long start = System.nanoTime();
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    int code = p.waitFor();
    double wall = since(start);
    if (code != 0) {
      throw new HindsightException(
          HindsightException.Kind.INTERNAL, "the one-shot transcribe failed with exit " + code);
    }
    return wall;
  }

  private Path cut(Path file, double from, double seconds, Path out)
      throws IOException, InterruptedException {
    BenchAudio.writeMonoAac(
        app.media(),
        out,
        List.of(
            "-ss",
            String.format(Locale.ROOT, "%.3f", from),
            "-t",
            String.format(Locale.ROOT, "%.3f", seconds),
            "-i",
            file.toString()));
    return out;
  }

  private static String summary(List<Double> seconds) {
    List<Double> sorted = seconds.stream().sorted().toList();
    return seconds.stream()
            .map(s -> String.format(Locale.ROOT, "%.2f s", s))
            .collect(Collectors.joining(", "))
        + String.format(Locale.ROOT, "; median %.2f s", sorted.get(sorted.size() / 2));
  }

  private static double since(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
