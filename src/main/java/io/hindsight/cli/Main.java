package io.hindsight.cli;

import io.hindsight.Hindsight;
import io.hindsight.HindsightConfig;
import io.hindsight.HindsightException;
import io.hindsight.transcribe.Decoder;
import io.hindsight.transcribe.Transcriber;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code hindsight} command line. Exit codes are part of the contract scripts rely on. */
@Command(
    name = "hindsight",
    mixinStandardHelpOptions = true,
    scope = CommandLine.ScopeType.INHERIT,
    versionProvider = Main.Version.class,
    description = "The private, offline memory of a mentoring relationship.",
    subcommands = {
      TranscribeCommand.class,
      IngestCommand.class,
      RecordingsCommand.class,
      SearchCommand.class,
      ExportCommand.class,
      ReindexCommand.class,
      BackupCommand.class,
      RestoreCommand.class,
      ServeCommand.class,
      WorkerCommand.class,
      UserCommand.class,
      ExcerptCommand.class,
      TranscriptCommand.class,
      BenchCommand.class,
    })
public final class Main {

  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int USAGE = 2;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Where Hindsight keeps everything (default: $HINDSIGHT_DATA, else ./data).")
  Path data;

  @Option(
      names = "--database",
      paramLabel = "URL",
      description = {
        "Keep the metadata in PostgreSQL, shared by several nodes: jdbc:postgresql://host/db?user=...",
        "(default: $HINDSIGHT_DATABASE_URL, else SQLite in the data folder)."
      })
  String database;

  /** Why backup and restore refuse with --database: they copy the SQLite file. */
  static final String POSTGRES_BACKUP =
      "backup and restore copy the SQLite database of the data folder; with --database the"
          + " metadata is in PostgreSQL: back it up with pg_dump (restore with pg_restore) and copy"
          + " the data folder's recordings and excerpts folders";

  @Option(names = "--verbose", description = "Show stack traces when something fails.")
  boolean verbose;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs one command; the streams make it testable in-process. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    Main main = new Main();
    CommandLine cli = new CommandLine(main);
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(
        (e, a) -> {
          err.println("hindsight: " + e.getMessage());
          err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          return USAGE;
        });
    cli.setExecutionExceptionHandler(
        (e, commandLine, parsed) -> {
          if (main.verbose) {
            e.printStackTrace(err);
          }
          if (e instanceof HindsightException h) {
            err.println("hindsight: " + h.getMessage());
            return h.kind().exitCode;
          }
          err.println(
              "hindsight: unexpected error: "
                  + e
                  + (main.verbose ? "" : " (run with --verbose for details)"));
          return FAILURE;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  Path dataDir() {
    if (data != null) {
      return data;
    }
    String env = System.getenv("HINDSIGHT_DATA");
    return env != null && !env.isBlank() ? Path.of(env) : Path.of("data");
  }

  /** The PostgreSQL URL for the metadata, or null for SQLite in the data folder. */
  String databaseUrl() {
    String url = database != null ? database : System.getenv("HINDSIGHT_DATABASE_URL");
    if (url == null || url.isBlank()) {
      return null;
    }
    if (!url.startsWith("jdbc:postgresql:")) {
      throw HindsightException.badInput(
          "--database takes a PostgreSQL URL, jdbc:postgresql://host/db?user=..., not " + url);
    }
    return url;
  }

  /** The wired application for a command; the caller closes it. */
  Hindsight open(Path model, Integer threads) {
    return open(model, threads, Decoder.DEFAULT);
  }

  /** As {@link #open(Path, Integer)}, transcribing with {@code decoder}. */
  Hindsight open(Path model, Integer threads, Decoder decoder) {
    return new Hindsight(
        new HindsightConfig(
                dataDir(), model, threads != null ? threads : Transcriber.defaultThreads())
            .withDatabase(databaseUrl())
            .withDecoder(decoder));
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"hindsight " + (version != null ? version : "development")};
    }
  }
}
