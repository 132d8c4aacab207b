package io.hindsight.cli;

import io.hindsight.Hindsight;
import io.hindsight.pair.Agreement;
import io.hindsight.transcribe.TranscriptFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "Print a recording's transcript or captions.")
final class ExportCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "RECORDING_ID")
  String recordingId;

  @Option(names = "--format", required = true, paramLabel = "txt|json|vtt|srt")
  String format;

  @Override
  public Integer call() {
    TranscriptFormat output = TranscriptFormat.parse(format);
    try (Hindsight app = main.open(null, null)) {
      // Consent withdrawn pauses reading transcripts here as on the web.
      String pair = app.library().get(recordingId).pair();
      app.agreements().require(pair, Agreement.Use.PLAYBACK);
      spec.commandLine()
          .getOut()
          .print(
              output.render(
                  app.accounts()
                      .vocabulary()
                      .readable(pair, app.library().transcript(recordingId))));
    }
    return Main.OK;
  }
}
