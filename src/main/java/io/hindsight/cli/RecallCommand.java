package io.hindsight.cli;

import io.hindsight.Hindsight;
import io.hindsight.bench.RecallBenchmark;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code bench recall}: how much of what was said a one-word search finds. */
@Command(
    name = "recall",
    description =
        "Transcribe recordings with a known text (the sample, with noise, faster, slower, and"
            + " other voices), then measure one-word search recall and false hits.")
final class RecallCommand implements java.util.concurrent.Callable<Integer> {
  @ParentCommand BenchCommand bench;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @picocli.CommandLine.Mixin KnownTextOptions known;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = "Where to make the audio and the index (default: a temporary folder).")
  Path dir;

  @Option(
      names = "--reuse-transcripts",
      paramLabel = "DIR",
      description =
          "Keep transcripts in DIR and reuse them on the next run, when the audio, the model, the"
              + " transcription code and the settings are all the same (for tuning search).")
  Path reuseTranscripts;

  @Override
  public Integer call() throws Exception {
    Path file = known.recording();
    String text = known.text(file);
    try (BenchFolder target = BenchFolder.of(dir, "recall");
        Hindsight app = bench.main.open(known.model, null)) {
      new RecallBenchmark(app)
          .run(
              file,
              text,
              known.variants(),
              target.path(),
              reuseTranscripts,
              spec.commandLine().getOut());
    }
    return Main.OK;
  }
}
