package io.hindsight.cli;

import io.hindsight.Hindsight;
import io.hindsight.bench.DecoderBenchmark;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code bench decoder}: the word error rate and CPU time of each decoder setting. */
@Command(
    name = "decoder",
    description =
        "Transcribe recordings with a known text (the sample, with noise, faster, slower, and"
            + " other voices) with a grid of decoder settings; report each one's word error rate"
            + " and CPU time.")
final class DecoderCommand implements java.util.concurrent.Callable<Integer> {
  @ParentCommand BenchCommand bench;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @picocli.CommandLine.Mixin KnownTextOptions known;

  @Option(
      names = "--setting",
      paramLabel = "OPTIONS",
      description = {
        "Measure these Kaldi options (e.g. \"--beam=9 --max-active=2000\") against the model's",
        "own, instead of the built-in grid; repeatable."
      })
  List<String> settings = new ArrayList<>();

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = "Where to make the audio (default: a temporary folder, removed after).")
  Path dir;

  @Override
  public Integer call() throws Exception {
    Path file = known.recording();
    String text = known.text(file);
    try (BenchFolder target = BenchFolder.of(dir, "decoder");
        Hindsight app = bench.main.open(known.model, null)) {
      new DecoderBenchmark(app)
          .run(file, text, known.variants(), grid(), target.path(), spec.commandLine().getOut());
    }
    return Main.OK;
  }

  private List<DecoderBenchmark.Setting> grid() {
    if (settings.isEmpty()) {
      return DecoderBenchmark.GRID;
    }
    List<DecoderBenchmark.Setting> grid = new ArrayList<>();
    grid.add(DecoderBenchmark.GRID.get(0));
    for (String s : settings) {
      List<String> options = Arrays.asList(s.strip().split("\\s+"));
      for (String option : options) {
        if (!option.matches("--[a-z.-]+=[0-9.]+")) {
          throw io.hindsight.HindsightException.badInput(
              "--setting takes Kaldi options like --beam=9, not " + option);
        }
      }
      grid.add(new DecoderBenchmark.Setting(String.join(" ", options), options));
    }
    return grid;
  }
}
