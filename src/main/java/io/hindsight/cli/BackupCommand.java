package io.hindsight.cli;

import io.hindsight.Hindsight;
import io.hindsight.HindsightException;
import io.hindsight.Plural;
import io.hindsight.backup.Backup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "backup",
    description = {
      "Back up the data folder into DIR (new or empty), consistently, also while serve runs:",
      "the database, recordings, transcripts, excerpt clips and a manifest of checksums."
    })
final class BackupCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "Where to put the backup.")
  Path target;

  @Override
  public Integer call() {
    Path data = main.dataDir();
    if (main.databaseUrl() != null) {
      throw HindsightException.badInput(Main.POSTGRES_BACKUP);
    }
    if (!Files.isRegularFile(data.resolve("hindsight.db"))) {
      throw HindsightException.badInput("there is nothing to back up in " + data);
    }
    // Only the database is opened: the search index stays with the running server.
    try (Hindsight app = main.open(null, null)) {
      Backup.Summary done = Backup.create(data, app.database(), target);
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "Backed up %s, %s (%.1f MB) into %s%n",
              Plural.count(done.recordings(), "recording"),
              Plural.count(done.files(), "file"),
              done.bytes() / 1e6,
              target);
    }
    return Main.OK;
  }
}
