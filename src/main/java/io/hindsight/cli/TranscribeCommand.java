package io.hindsight.cli;

import io.hindsight.Hindsight;
import io.hindsight.job.ProgressTracker;
import io.hindsight.transcribe.DisplayCasing;
import io.hindsight.transcribe.TrackPlanner;
import io.hindsight.transcribe.Transcript;
import io.hindsight.transcribe.TranscriptFormat;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "transcribe",
    description = "Print the transcript of a media file. Touches no library.")
final class TranscribeCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--format",
      defaultValue = "txt",
      paramLabel = "txt|json|vtt|srt",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  String format;

  @Mixin TrackOptions tracks;
  @Mixin DiarizeOptions diarize;
  @Mixin DecoderOption decoder;

  @Override
  public Integer call() {
    try (Hindsight app = main.open(tracks.model, tracks.threads, decoder.resolve());
        ProgressDisplay progress =
            ProgressDisplay.forStderr("transcribe", spec.commandLine().getErr())) {
      // The model takes longest to load; everything else starts up while it does.
      app.preloadSpeech();
      TranscriptFormat output = TranscriptFormat.parse(format);
      diarize.prepare(app);
      TrackPlanner.Plan plan =
          new TrackPlanner(app.media())
              .plan(tracks.files, tracks.speakers, tracks.splitChannels, diarize.request());
      ProgressTracker tracker = new ProgressTracker(progress);
      Transcript transcript = app.transcriber().transcribe(plan, tracker);
      tracker.done();
      // No pair here, so no members' or pair's words: the speakers' names still count as names.
      spec.commandLine()
          .getOut()
          .print(output.render(DisplayCasing.of(List.of(), List.of()).apply(transcript)));
    }
    return Main.OK;
  }
}
