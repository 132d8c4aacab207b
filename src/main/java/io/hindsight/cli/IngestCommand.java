package io.hindsight.cli;

import io.hindsight.Hindsight;
import io.hindsight.HindsightException;
import io.hindsight.job.CommitGate;
import io.hindsight.recording.Consent;
import io.hindsight.recording.IngestRequest;
import io.hindsight.recording.Recording;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "ingest",
    description = {
      "Store a consented recording, transcribe it and make it searchable.",
      "FILE '-' reads one recording from standard input, transcribed while it arrives when its"
          + " container streams (webm, mkv, ogg, wav, mp3, mp4 with its index first).",
      "Prints the new recording's id as the last line."
    })
final class IngestCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--pair",
      required = true,
      paramLabel = "PAIR",
      description = "The mentoring pair it belongs to.")
  String pair;

  @Option(
      names = "--consent",
      paramLabel = "NAME[,NAME...]",
      description = "Who agreed to this recording being kept and transcribed. Required.")
  String consent;

  @Option(names = "--title", paramLabel = "TEXT", description = "A title (default: the file name).")
  String title;

  @Option(
      names = "--recorded-at",
      paramLabel = "YYYY-MM-DD",
      description = "When the session took place (default: today).")
  String recordedAt;

  @Mixin TrackOptions tracks;
  @Mixin DiarizeOptions diarize;
  @Mixin DecoderOption decoder;

  @Override
  public Integer call() {
    // Consent is checked before anything else is touched, so a refusal stores nothing.
    List<String> names = consent == null ? List.of() : Arrays.asList(consent.split(","));
    Consent consented = Consent.named(names);
    boolean stdin = tracks.files.equals(List.of(Path.of("-")));
    CommitGate gate = new CommitGate();
    Interruption interruption = Interruption.stopOnSignal(gate);
    try (Hindsight app = main.open(tracks.model, tracks.threads, decoder.resolve());
        StandardInput input = stdin ? new StandardInput(app, pair) : null;
        ProgressDisplay progress =
            ProgressDisplay.forStderr("ingest", spec.commandLine().getErr())) {
      app.preloadSpeech();
      diarize.prepareToStore(app);
      if (input != null) {
        input.read(System.in, spec.commandLine().getErr());
      }
      IngestRequest request =
          new IngestRequest(
              input != null ? List.of(input.asInput()) : IngestRequest.Input.files(tracks.files),
              pair,
              title,
              parseDate(recordedAt),
              consented,
              tracks.speakers,
              tracks.splitChannels,
              diarize.request());
      Recording recording =
          app.pipeline()
              .ingest(request, gate.watch(progress), input == null ? null : input.upload());
      progress.close();
      var out = spec.commandLine().getOut();
      out.printf(
          "Ingested '%s' for pair %s (%.0f s, consent: %s)%n",
          recording.title(),
          recording.pair(),
          recording.durationSeconds(),
          String.join(", ", recording.consentNames()));
      out.println(recording.id());
    } catch (RuntimeException e) {
      if (gate.stopRequested()) {
        spec.commandLine().getErr().println("hindsight: interrupted: nothing was stored");
        return Interruption.EXIT_CODE;
      }
      throw e;
    } finally {
      interruption.finished();
    }
    return Main.OK;
  }

  static LocalDate parseDate(String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw HindsightException.badInput("'" + value + "' is not a date: use YYYY-MM-DD");
    }
  }
}
