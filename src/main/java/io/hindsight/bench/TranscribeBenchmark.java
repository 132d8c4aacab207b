package io.hindsight.bench;

import io.hindsight.Hindsight;
import io.hindsight.job.ProgressListener;
import io.hindsight.job.ProgressTracker;
import io.hindsight.transcribe.Decoder;
import io.hindsight.transcribe.ModelFolder;
import io.hindsight.transcribe.SinglePassTranscriber;
import io.hindsight.transcribe.SpeechModel;
import io.hindsight.transcribe.TrackPlanner;
import io.hindsight.transcribe.Transcriber;
import io.hindsight.transcribe.Transcript;
import io.hindsight.transcribe.VoskSpeechModel;
import io.hindsight.transcribe.Word;
import io.hindsight.transcribe.WordErrorRate;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Runs the chunked pipeline and the plain loop (one recognizer over the whole file, as Vosk's own
 * examples do) on the same file in one process, with the model already loaded, and compares them.
 * The plain loop keeps the model's own decoder settings ({@link Decoder#ACCURATE}), so the ratio
 * shows what the pipeline and the chosen decoder save together.
 */
public final class TranscribeBenchmark {

  /** One side of the comparison. */
  public record Run(
      String name,
      double wallSeconds,
      double cpuSeconds,
      long peakHeapBytes,
      long peakRssBytes,
      Double wordErrorRate) {}

  private final Hindsight app;

  public TranscribeBenchmark(Hindsight app) {
    this.app = app;
  }

  public void run(Path file, List<String> reference, boolean includePlain, PrintWriter out) {
    TrackPlanner.Plan plan = new TrackPlanner(app.media()).plan(List.of(file), List.of(), false);
    double audio = plan.durationSeconds();
    long loadStart = System.nanoTime();
    app.speech();
    Decoder decoder = app.config().decoder();
    SpeechModel plainModel =
        !includePlain || decoder == Decoder.ACCURATE
            ? null
            : VoskSpeechModel.load(
                ModelFolder.resolve(app.config().model()), Decoder.ACCURATE.options());
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    try {
      run(plan, audio, loadSeconds, decoder, plainModel, reference, includePlain, out);
    } finally {
      if (plainModel != null) {
        plainModel.close();
      }
    }
  }

  private void run(
      TrackPlanner.Plan plan,
      double audio,
      double loadSeconds,
      Decoder decoder,
      SpeechModel plainModel,
      List<String> reference,
      boolean includePlain,
      PrintWriter out) {
    Path file = plan.tracks().get(0).file();
    int threads = app.config().threads();
    out.printf(Locale.ROOT, "file:            %s%n", file.getFileName());
    out.printf(Locale.ROOT, "audio seconds:   %.1f%n", audio);
    out.printf(Locale.ROOT, "model load:      %.2f s (not counted below)%n", loadSeconds);
    out.printf(
        Locale.ROOT,
        "cores:           %d, pipeline threads: %d%n",
        Runtime.getRuntime().availableProcessors(),
        threads);
    out.printf(Locale.ROOT, "decoder:         %s%n", decoder.describe());
    if (includePlain) {
      out.printf(Locale.ROOT, "plain decoder:   %s%n", Decoder.ACCURATE.describe());
    }
    out.flush();

    Run plain = null;
    if (includePlain) {
      plain =
          measure(
              "plain loop",
              reference,
              () ->
                  new SinglePassTranscriber(
                          app.media(), plainModel != null ? plainModel : app.speech())
                      .transcribe(plan));
      print(out, plain, audio);
    }
    Run pipeline =
        measure(
            "pipeline",
            reference,
            () ->
                new Transcriber(app.media(), app.speech(), threads)
                    .transcribe(plan, new ProgressTracker(ProgressListener.NONE)));
    print(out, pipeline, audio);
    if (plain != null) {
      out.printf(
          Locale.ROOT,
          "ratio:           %.3f (pipeline wall / plain loop wall; target <= 0.40)%n",
          pipeline.wallSeconds() / plain.wallSeconds());
      out.printf(
          Locale.ROOT,
          "CPU ratio:       %.3f (pipeline CPU / plain loop CPU; steadier on a loaded machine)%n",
          pipeline.cpuSeconds() / plain.cpuSeconds());
      if (plain.wordErrorRate() != null) {
        out.printf(
            Locale.ROOT,
            "WER difference:  %+.2f points (pipeline - plain loop; target <= +0.5)%n",
            (pipeline.wordErrorRate() - plain.wordErrorRate()) * 100);
      }
    }
    out.flush();
  }

  private static Run measure(
      String name, List<String> reference, java.util.function.Supplier<Transcript> work) {
    PeakMemory.reset();
    long start = System.nanoTime();
    long cpuStart = processCpuNanos();
    Transcript transcript = work.get();
    double wall = (System.nanoTime() - start) / 1e9;
    double cpu = (processCpuNanos() - cpuStart) / 1e9;
    Double wer =
        reference == null
            ? null
            : WordErrorRate.of(reference, transcript.words().stream().map(Word::word).toList());
    return new Run(name, wall, cpu, PeakMemory.heapBytes(), PeakMemory.residentBytes(), wer);
  }

  /** CPU time of the whole process, ffmpeg excluded: shows the work done, whatever the load. */
  static long processCpuNanos() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
  }

  private static void print(PrintWriter out, Run run, double audio) {
    out.printf(
        Locale.ROOT,
        "%-12s wall %.2f s, cpu %.2f s, real-time factor %.4f, peak heap %s, peak RSS %s%s%n",
        run.name() + ":",
        run.wallSeconds(),
        run.cpuSeconds(),
        run.wallSeconds() / audio,
        PeakMemory.mb(run.peakHeapBytes()),
        PeakMemory.mb(run.peakRssBytes()),
        run.wordErrorRate() == null
            ? ""
            : String.format(Locale.ROOT, ", WER %.2f %%", run.wordErrorRate() * 100));
    out.flush();
  }
}
