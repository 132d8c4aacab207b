package io.hindsight.cli;

import io.hindsight.Hindsight;
import io.hindsight.recording.Recording;
import io.hindsight.recording.RecordingJson;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "recordings", description = "List recordings, newest first.")
final class RecordingsCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--pair",
      paramLabel = "PAIR",
      description = "Only this pair's (default: all pairs).")
  String pair;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    try (Hindsight app = main.open(null, null)) {
      List<Recording> recordings = app.library().list(pair);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(Json.write(recordings.stream().map(r -> RecordingJson.of(r, null)).toList()));
      } else if (recordings.isEmpty()) {
        out.println(pair == null ? "No recordings yet." : "No recordings for pair " + pair + ".");
      } else {
        out.printf(
            "%-16s  %-10s  %-12s  %-10s  %8s  %s%n",
            "ID", "DATE", "PAIR", "STATUS", "LENGTH", "TITLE");
        for (Recording r : recordings) {
          out.printf(
              Locale.ROOT,
              "%-16s  %-10s  %-12s  %-10s  %8s  %s%n",
              r.id(),
              r.recordedAt(),
              r.pair(),
              r.status().label(),
              length(r.durationSeconds()),
              r.title());
        }
      }
    }
    return Main.OK;
  }

  private static String length(Double seconds) {
    if (seconds == null) {
      return "-";
    }
    long s = Math.round(seconds);
    return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
  }
}
