package io.hindsight.cli;

import io.hindsight.Hindsight;
import io.hindsight.HindsightException;
import io.hindsight.editing.Replacement;
import io.hindsight.editing.SegmentEdit;
import io.hindsight.pair.User;
import io.hindsight.recording.Recording;
import io.hindsight.transcribe.Transcript;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Corrects a transcript from the command line, with the same versions and rules as the web. */
@Command(
    name = "transcript",
    description = "Correct a recording's transcript: edit a segment, find and replace, undo.",
    subcommands = {
      TranscriptCommand.Edit.class,
      TranscriptCommand.Replace.class,
      TranscriptCommand.Undo.class,
    })
final class TranscriptCommand {

  @ParentCommand Main main;

  /** What every subcommand shares: the recording, who makes the change, and the report. */
  abstract static class Change implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RECORDING_ID")
    String recordingId;

    @Option(
        names = "--as",
        paramLabel = "USERNAME",
        description = "The member the history names (default: \"command line\").")
    String username;

    abstract Main main();

    abstract Transcript change(Hindsight app, User author, Recording recording, int latest);

    @Override
    public Integer call() {
      try (Hindsight app = main().open(null, null)) {
        User author =
            username == null
                ? null
                : app.accounts()
                    .byUsername(username)
                    .orElseThrow(() -> HindsightException.notFound("no user '" + username + "'"));
        Recording recording = app.library().get(recordingId);
        int latest = app.editor().current(recording).version();
        Transcript saved = change(app, author, recording, latest);
        spec.commandLine()
            .getOut()
            .println(
                "Saved version "
                    + saved.version()
                    + " of "
                    + recording.id()
                    + ": "
                    + app.editor().history(recording).get(saved.version() - 1).summary()
                    + ".");
      }
      return Main.OK;
    }
  }

  @Command(name = "edit", description = "Give one segment new text; unchanged words keep times.")
  static final class Edit extends Change {
    @ParentCommand TranscriptCommand parent;

    @Option(names = "--segment", required = true, paramLabel = "N", description = "From 0.")
    int segment;

    @Option(names = "--text", required = true, paramLabel = "TEXT")
    String text;

    @Override
    Main main() {
      return parent.main;
    }

    @Override
    Transcript change(Hindsight app, User author, Recording recording, int latest) {
      return app.editor().edit(author, recording, latest, List.of(SegmentEdit.text(segment, text)));
    }
  }

  @Command(name = "replace", description = "Replace every whole-word match, ignoring case.")
  static final class Replace extends Change {
    @ParentCommand TranscriptCommand parent;

    @Parameters(index = "1", paramLabel = "FIND")
    String find;

    @Parameters(index = "2", paramLabel = "WITH")
    String with;

    @Option(names = "--partial", description = "Also match inside longer words.")
    boolean partial;

    @Override
    Main main() {
      return parent.main;
    }

    @Override
    Transcript change(Hindsight app, User author, Recording recording, int latest) {
      return app.editor().replace(author, recording, latest, new Replacement(find, with, !partial));
    }
  }

  @Command(name = "undo", description = "Revert the latest change still in effect.")
  static final class Undo extends Change {
    @ParentCommand TranscriptCommand parent;

    @Override
    Main main() {
      return parent.main;
    }

    @Override
    Transcript change(Hindsight app, User author, Recording recording, int latest) {
      return app.editor().undo(author, recording, latest);
    }
  }
}
