package io.hindsight.cli;

import io.hindsight.Hindsight;
import io.hindsight.HindsightException;
import io.hindsight.Plural;
import io.hindsight.backup.Backup;
import io.hindsight.backup.Restore;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "restore",
    description = {
      "Restore a backup made by 'backup' into the data folder, which must be new or empty.",
      "Every file is checked against the manifest first; the search index is rebuilt."
    })
final class RestoreCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The backup folder.")
  Path backup;

  @Override
  public Integer call() {
    Path data = main.dataDir();
    if (main.databaseUrl() != null) {
      throw HindsightException.badInput(Main.POSTGRES_BACKUP);
    }
    Backup.Summary done = Restore.files(backup, data);
    int indexed;
    try (Hindsight app = main.open(null, null)) {
      indexed = app.library().reindex();
    }
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "Restored %s, %s (%.1f MB) into %s; search index rebuilt from %s%n",
            Plural.count(done.recordings(), "recording"),
            Plural.count(done.files(), "file"),
            done.bytes() / 1e6,
            data,
            Plural.count(indexed, "transcript"));
    return Main.OK;
  }
}
