package io.hindsight.cli;

import io.hindsight.Hindsight;
import io.hindsight.HindsightException;
import io.hindsight.bench.LongRecording;
import io.hindsight.bench.RecallBenchmark;
import java.nio.file.Files;
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

  @Option(
      names = "--sample",
      paramLabel = "FILE",
      description = "The recording (default: sample-media/mentoring-session.mp4).")
  Path sample;

  @Option(
      names = "--reference",
      paramLabel = "TXT",
      description = "What was said in it (default: reference.txt beside the sample).")
  Path reference;

  @Option(
      names = "--no-variants",
      description = "Only the recording as given: no noise, speeds or other voices.")
  boolean noVariants;

  @Option(names = "--model", paramLabel = "DIR")
  Path model;

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
    Path file = sample(sample);
    Path text = reference(file, reference);
    Path target = dir != null ? dir : Files.createTempDirectory("hindsight-bench-recall");
    try (Hindsight app = bench.main.open(model, null)) {
      new RecallBenchmark(app)
          .run(
              file,
              Files.readString(text),
              !noVariants,
              target,
              reuseTranscripts,
              spec.commandLine().getOut());
    } finally {
      if (dir == null) {
        LongRecording.deleteTree(target);
      }
    }
    return Main.OK;
  }

  /** The given recording, else the bundled sample. */
  static Path sample(Path given) {
    Path file = Demo.findSample(given);
    if (file == null) {
      throw HindsightException.badInput("no sample recording found: give --sample FILE");
    }
    return file;
  }

  /** The given reference text, else reference.txt beside the recording. */
  static Path reference(Path recording, Path given) {
    Path text = given != null ? given : recording.resolveSibling("reference.txt");
    if (!Files.isRegularFile(text)) {
      throw HindsightException.badInput("no reference text " + text + ": give --reference TXT");
    }
    return text;
  }
}
