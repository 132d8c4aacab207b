package io.hindsight.bench;

import io.hindsight.Hindsight;
import io.hindsight.job.ProgressListener;
import io.hindsight.job.ProgressTracker;
import io.hindsight.transcribe.Decoder;
import io.hindsight.transcribe.ModelFolder;
import io.hindsight.transcribe.TrackPlanner;
import io.hindsight.transcribe.Transcriber;
import io.hindsight.transcribe.VoskSpeechModel;
import io.hindsight.transcribe.WarmRecognizers;
import io.hindsight.transcribe.Word;
import io.hindsight.transcribe.WordErrorRate;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Word error rate against CPU time for a grid of decoder settings, on the varied recordings of
 * {@code bench recall} ({@link RecallInputs}): the sample, with noise, faster, slower, in a phone
 * band, and other voices. Each setting loads the model afresh through its overlay, warms its two
 * recognizers on the first recording (not counted, as the server keeps them warm), then runs the
 * pipeline over every recording. CPU time is the whole process's, ffmpeg excluded: it shows the
 * work done whatever else loads the machine, which wall time does not.
 */
public final class DecoderBenchmark {

  /** One point of the grid: Kaldi options over the model's own. */
  public record Setting(String name, List<String> options) {
    /** Named after the levers it moves, and after the decoder it is, if one. */
    static Setting of(String levers, String... options) {
      List<String> list = List.of(options);
      for (Decoder decoder : Decoder.values()) {
        if (decoder.options().equals(list)) {
          return new Setting(levers + " = " + decoder.label(), list);
        }
      }
      return new Setting(levers, list);
    }
  }

  /** The model's own beam 10, max-active 3000, lattice-beam 2; each lever alone, then together. */
  public static final List<Setting> GRID =
      List.of(
          Setting.of("beam 10, max-active 3000"),
          Setting.of("max-active 2000", "--max-active=2000"),
          Setting.of("max-active 1500", "--max-active=1500"),
          Setting.of("max-active 1000", "--max-active=1000"),
          Setting.of("beam 9", "--beam=9"),
          Setting.of("beam 8", "--beam=8"),
          Setting.of("lattice-beam 1", "--lattice-beam=1.0"),
          Setting.of("beam 9, max-active 1500", "--beam=9", "--max-active=1500"),
          Setting.of("beam 8, max-active 1000", "--beam=8", "--max-active=1000"));

  private final Hindsight app;

  public DecoderBenchmark(Hindsight app) {
    this.app = app;
  }

  /**
   * @param grid the settings, the first being the one the others are compared with
   */
  public void run(
      Path sample,
      String reference,
      boolean variants,
      List<Setting> grid,
      Path dir,
      PrintWriter out)
      throws IOException, InterruptedException {
    List<RecallInputs.Input> inputs =
        RecallInputs.make(
            app.media(), dir, sample, reference, RecallBenchmark.otherText(), variants);
    List<TrackPlanner.Plan> plans = new ArrayList<>();
    double audio = 0;
    int words = 0;
    for (RecallInputs.Input input : inputs) {
      TrackPlanner.Plan plan =
          new TrackPlanner(app.media()).plan(List.of(input.audio()), List.of(), false);
      plans.add(plan);
      audio += plan.durationSeconds();
      words += WordErrorRate.words(input.said()).size();
    }
    out.printf(
        Locale.ROOT,
        "%d recordings, %.1f s of audio, %d reference words (one word is %.2f points)%n",
        inputs.size(),
        audio,
        words,
        100.0 / words);
    out.printf(
        Locale.ROOT,
        "%-36s %7s %8s %8s %8s  %s%n",
        "setting",
        "WER %",
        "vs first",
        "CPU s",
        "CPU x",
        "WER % per recording (" + String.join(", ", names(inputs)) + ")");
    out.flush();
    Path model = ModelFolder.resolve(app.config().model());
    Double firstWer = null;
    double firstCpu = 0;
    for (Setting setting : grid) {
      Row row = measure(model, setting, inputs, plans);
      double wer = row.errors() * 100.0 / words;
      if (firstWer == null) {
        firstWer = wer;
        firstCpu = row.cpuSeconds();
      }
      out.printf(
          Locale.ROOT,
          "%-36s %7.2f %+8.2f %8.1f %8.3f  %s%n",
          setting.name(),
          wer,
          wer - firstWer,
          row.cpuSeconds(),
          row.cpuSeconds() / firstCpu,
          row.perRecording());
      out.flush();
    }
    out.printf("options: %s%n", describe(grid));
    out.flush();
  }

  private record Row(long errors, double cpuSeconds, String perRecording) {}

  private Row measure(
      Path model, Setting setting, List<RecallInputs.Input> inputs, List<TrackPlanner.Plan> plans) {
    int threads = app.config().threads();
    try (VoskSpeechModel speech = VoskSpeechModel.load(model, setting.options());
        WarmRecognizers warm = new WarmRecognizers(speech, Transcriber.LANES)) {
      Transcriber transcriber = new Transcriber(app.media(), warm, threads);
      // Warm-up: the server keeps its recognizers, whose graph cache fills on the first minutes.
      transcriber.transcribe(plans.get(0), new ProgressTracker(ProgressListener.NONE));
      long errors = 0;
      long cpuStart = TranscribeBenchmark.processCpuNanos();
      List<String> shares = new ArrayList<>();
      for (int i = 0; i < inputs.size(); i++) {
        List<String> said = WordErrorRate.words(inputs.get(i).said());
        List<String> heard =
            transcriber
                .transcribe(plans.get(i), new ProgressTracker(ProgressListener.NONE))
                .words()
                .stream()
                .map(Word::word)
                .toList();
        double wer = WordErrorRate.of(said, heard);
        errors += Math.round(wer * said.size());
        shares.add(String.format(Locale.ROOT, "%.1f", wer * 100));
      }
      double cpu = (TranscribeBenchmark.processCpuNanos() - cpuStart) / 1e9;
      return new Row(errors, cpu, String.join(" ", shares));
    }
  }

  private static List<String> names(List<RecallInputs.Input> inputs) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      names.add((i + 1) + " " + inputs.get(i).name());
    }
    return names;
  }

  private static String describe(List<Setting> grid) {
    List<String> parts = new ArrayList<>();
    for (Setting s : grid) {
      parts.add(
          s.name()
              + " = "
              + (s.options().isEmpty() ? "the model's own" : String.join(" ", s.options())));
    }
    return String.join("; ", parts);
  }
}
