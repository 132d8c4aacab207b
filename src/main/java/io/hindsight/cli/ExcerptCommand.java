package io.hindsight.cli;

import io.hindsight.Hindsight;
import io.hindsight.HindsightException;
import io.hindsight.excerpt.Excerpt;
import io.hindsight.excerpt.ExcerptContent;
import io.hindsight.excerpt.Excerpts;
import io.hindsight.pair.User;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Shares an excerpt from the command line, with the same rules as the web app. */
@Command(
    name = "excerpt",
    description = "Draft, approve, publish and revoke shared excerpts.",
    subcommands = {
      ExcerptCommand.Create.class,
      ExcerptCommand.Approve.class,
      ExcerptCommand.Publish.class,
      ExcerptCommand.Revoke.class,
    })
final class ExcerptCommand {

  @ParentCommand Main main;

  @Command(
      name = "create",
      description =
          "Draft an excerpt of a recording, with the suggested redactions; prints its id.")
  static final class Create implements Callable<Integer> {
    @ParentCommand ExcerptCommand parent;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "RECORDING_ID")
    String recordingId;

    @Option(names = "--start", required = true, paramLabel = "S", description = "Seconds.")
    double start;

    @Option(names = "--end", required = true, paramLabel = "E", description = "Seconds.")
    double end;

    @Option(names = "--title", required = true, paramLabel = "T")
    String title;

    @Option(names = "--context", paramLabel = "TEXT", description = "A few words for viewers.")
    String context;

    @Option(
        names = "--redact",
        paramLabel = "WORD",
        description = "A word or phrase to redact as well; repeatable.")
    List<String> redact = new ArrayList<>();

    @Option(names = "--no-suggestions", description = "Do not apply the suggested redactions.")
    boolean noSuggestions;

    @Override
    public Integer call() {
      try (Hindsight app = parent.main.open(null, null)) {
        ExcerptContent content =
            app.excerpts()
                .create(
                    app.library().get(recordingId),
                    null,
                    new Excerpts.Draft(title, context, start, end, redact, !noSuggestions));
        spec.commandLine().getOut().println(content.excerpt().id());
      }
      return Main.OK;
    }
  }

  @Command(name = "approve", description = "Approve an excerpt's current version as a member.")
  static final class Approve implements Callable<Integer> {
    @ParentCommand ExcerptCommand parent;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID")
    String id;

    @Option(names = "--as", required = true, paramLabel = "USERNAME")
    String username;

    @Override
    public Integer call() {
      try (Hindsight app = parent.main.open(null, null)) {
        User member =
            app.accounts()
                .byUsername(username)
                .orElseThrow(() -> HindsightException.notFound("no user '" + username + "'"));
        Excerpt excerpt = app.excerpts().approve(id, member);
        spec.commandLine()
            .getOut()
            .println(
                "Approved version "
                    + excerpt.version()
                    + " as "
                    + member.username()
                    + " ("
                    + excerpt.approvals().size()
                    + " of 2 approvals).");
      }
      return Main.OK;
    }
  }

  @Command(
      name = "publish",
      description = "Publish an approved excerpt; prints its link's path (/s/TOKEN).")
  static final class Publish implements Callable<Integer> {
    @ParentCommand ExcerptCommand parent;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID")
    String id;

    @Option(
        names = "--days",
        paramLabel = "N",
        description = "Days until the link expires (default: 30).")
    int days = (int) Excerpts.DEFAULT_EXPIRY.toDays();

    @Override
    public Integer call() {
      try (Hindsight app = parent.main.open(null, null)) {
        Excerpt excerpt = app.excerpts().publish(id, Duration.ofDays(days));
        spec.commandLine().getOut().println(excerpt.url());
      }
      return Main.OK;
    }
  }

  @Command(name = "revoke", description = "Revoke an excerpt: its link answers 410 Gone.")
  static final class Revoke implements Callable<Integer> {
    @ParentCommand ExcerptCommand parent;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID")
    String id;

    @Override
    public Integer call() {
      try (Hindsight app = parent.main.open(null, null)) {
        app.excerpts().revoke(id);
        spec.commandLine().getOut().println("Revoked " + id + ".");
      }
      return Main.OK;
    }
  }
}
