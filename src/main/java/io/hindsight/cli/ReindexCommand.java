package io.hindsight.cli;

import io.hindsight.Hindsight;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "reindex", description = "Rebuild the search index from the stored transcripts.")
final class ReindexCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try (Hindsight app = main.open(null, null)) {
      long start = System.nanoTime();
      int count = app.library().reindex();
      spec.commandLine()
          .getOut()
          .printf(
              "Reindexed %d recording%s in %.1f s%n",
              count, count == 1 ? "" : "s", (System.nanoTime() - start) / 1e9);
    }
    return Main.OK;
  }
}
