package io.hindsight.cli;

import io.hindsight.Hindsight;
import io.hindsight.HindsightException;
import io.hindsight.bench.ClipBenchmark;
import io.hindsight.bench.DiarizeBenchmark;
import io.hindsight.bench.LongRecording;
import io.hindsight.bench.SearchBenchmark;
import io.hindsight.bench.TranscribeBenchmark;
import io.hindsight.transcribe.WordErrorRate;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "bench",
    description = "Measure transcription, search and serving speed on this machine.",
    subcommands = {
      BenchCommand.Transcribe.class,
      BenchCommand.Search.class,
      BenchCommand.MakeLong.class,
      BenchCommand.Clip.class,
      LoadCommand.class,
      BenchCommand.Diarize.class,
      BenchCommand.FollowUps.class,
      RecallCommand.class,
      DecoderCommand.class,
      ScaleCommand.class,
      UploadBenchCommand.class
    })
final class BenchCommand {

  @ParentCommand Main main;

  @Command(
      name = "transcribe",
      description = "Time the pipeline against the plain single-recognizer loop on one file.")
  static final class Transcribe implements java.util.concurrent.Callable<Integer> {
    @ParentCommand BenchCommand bench;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(
        names = "--reference",
        paramLabel = "TXT",
        description = "The true transcript, for the word error rate.")
    Path reference;

    @Option(
        names = "--threads",
        paramLabel = "N",
        description = "Pipeline threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--model", paramLabel = "DIR")
    Path model;

    @picocli.CommandLine.Mixin DecoderOption decoder;

    @Option(
        names = "--no-plain",
        description = "Skip the plain loop (for memory runs on long files).")
    boolean noPlain;

    @Override
    public Integer call() throws IOException {
      List<String> words =
          reference == null ? null : WordErrorRate.words(Files.readString(reference));
      try (Hindsight app = bench.main.open(model, threads, decoder.resolve())) {
        new TranscribeBenchmark(app).run(file, words, !noPlain, spec.commandLine().getOut());
      }
      return Main.OK;
    }
  }

  @Command(
      name = "search",
      description = "Build a synthetic index of N hours of speech and time 1,000 queries.")
  static final class Search implements java.util.concurrent.Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--hours",
        defaultValue = "100",
        paramLabel = "N",
        description = "Hours of speech to index (default: ${DEFAULT-VALUE}).")
    double hours;

    @Option(names = "--queries", defaultValue = "1000", paramLabel = "N")
    int queries;

    @Option(
        names = "--dir",
        paramLabel = "DIR",
        description = "Where to build the index (default: a temporary folder, removed after).")
    Path dir;

    @Override
    public Integer call() throws Exception {
      if (hours <= 0 || queries < 1) {
        throw HindsightException.badInput("--hours and --queries must be positive");
      }
      PrintWriter out = spec.commandLine().getOut();
      try (BenchFolder target = BenchFolder.of(dir, "index")) {
        new SearchBenchmark().run(target.path(), hours, queries, out);
      }
      return Main.OK;
    }
  }

  @Command(
      name = "make-long",
      description =
          "Make a long recording (and its reference) by repeating a file, for benchmarks.")
  static final class MakeLong implements java.util.concurrent.Callable<Integer> {
    @ParentCommand BenchCommand bench;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SOURCE")
    Path source;

    @Parameters(index = "1", paramLabel = "OUT")
    Path out;

    @Option(names = "--minutes", required = true, paramLabel = "N")
    double minutes;

    @Option(
        names = "--reference",
        paramLabel = "TXT",
        description = "The source's transcript: OUT.txt gets it repeated to match.")
    Path reference;

    @Override
    public Integer call() throws Exception {
      try (Hindsight app = bench.main.open(null, null)) {
        int repeats = new LongRecording(app.media()).make(source, out, minutes, reference);
        spec.commandLine()
            .getOut()
            .printf("%s: %d copies of %s%n", out, repeats, source.getFileName());
      }
      return Main.OK;
    }
  }

  @Command(
      name = "clip",
      description =
          "Time a short clip cut from FILE: a one-shot transcribe in a new JVM, and the server's"
              + " path with the model loaded and recognizers warm.")
  static final class Clip implements java.util.concurrent.Callable<Integer> {
    @ParentCommand BenchCommand bench;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(
        names = "--at",
        defaultValue = "50",
        paramLabel = "SECONDS",
        description = "Where the clip starts; what comes before warms the server (default: 50).")
    double at;

    @Option(names = "--seconds", defaultValue = "10", paramLabel = "N")
    double seconds;

    @Option(
        names = "--runs",
        defaultValue = "3",
        paramLabel = "N",
        description = "One-shot runs, for the median (default: 3).")
    int runs;

    @Option(names = "--model", paramLabel = "DIR")
    Path model;

    @Override
    public Integer call() throws Exception {
      try (Hindsight app = bench.main.open(model, null)) {
        new ClipBenchmark(app).run(file, at, seconds, runs, model, spec.commandLine().getOut());
      }
      return Main.OK;
    }
  }

  @Command(
      name = "diarize",
      description =
          "Make two-person conversations with known turns (espeak-ng, sox), diarize them and score"
              + " the speaker labels; time diarization against plain transcription.")
  static final class Diarize implements java.util.concurrent.Callable<Integer> {
    @ParentCommand BenchCommand bench;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--conversations", defaultValue = "4", paramLabel = "N")
    int conversations;

    @Option(
        names = "--minutes",
        defaultValue = "2",
        paramLabel = "N",
        description = "Length of each conversation (default: ${DEFAULT-VALUE}).")
    double minutes;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N")
    long seed;

    @Option(
        names = "--num-speakers",
        paramLabel = "N",
        description =
            "Exactly N speakers; 0 to estimate with no prior (default: expect two unless the audio"
                + " says otherwise, as the web app does).")
    Integer numSpeakers;

    @Option(names = "--speaker-model", paramLabel = "DIR")
    Path speakerModel;

    @Option(names = "--model", paramLabel = "DIR")
    Path model;

    @Option(
        names = "--dir",
        paramLabel = "DIR",
        description =
            "Where to keep the conversations (default: a temporary folder, removed after).")
    Path dir;

    @Override
    public Integer call() throws Exception {
      if (conversations < 1 || minutes <= 0 || minutes > 60) {
        throw HindsightException.badInput(
            "--conversations must be at least 1 and --minutes 0 to 60");
      }
      try (BenchFolder target = BenchFolder.of(dir, "diarize");
          Hindsight app = bench.main.open(model, null)) {
        new DiarizeBenchmark(app)
            .run(
                target.path(),
                conversations,
                minutes,
                seed,
                numSpeakers == null
                    ? io.hindsight.transcribe.Diarization.expecting(2)
                    : new io.hindsight.transcribe.Diarization(
                        numSpeakers == 0 ? null : numSpeakers, List.of()),
                speakerModel,
                spec.commandLine().getOut());
      }
      return Main.OK;
    }
  }

  @Command(
      name = "follow-ups",
      description =
          "Score the promise rules on labelled utterances: precision, recall and due times.")
  static final class FollowUps implements java.util.concurrent.Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--file",
        paramLabel = "TSV",
        description = "Your own set: 1 or 0, a tab, the utterance[, a tab, the due time said].")
    Path file;

    @Override
    public Integer call() throws IOException {
      new io.hindsight.reflection.FollowUpBenchmark().run(file, spec.commandLine().getOut());
      return Main.OK;
    }
  }
}
