package io.hindsight;

import io.hindsight.pair.Passwords;
import io.hindsight.transcribe.Decoder;
import io.hindsight.transcribe.Transcriber;
import java.nio.file.Path;

/**
 * How one Hindsight is set up.
 *
 * @param model the Vosk model folder, or null for the default lookup
 * @param threads recognition workers
 * @param jobWorkers background jobs that run at once (the web app's upload queue)
 * @param passwordCost the bcrypt cost; tests lower it to stay fast
 * @param databaseUrl a {@code jdbc:postgresql:} URL for the metadata, or null for the SQLite file
 *     in the data folder
 * @param decoder how hard the recognizer searches
 */
public record HindsightConfig(
    Path dataDir,
    Path model,
    int threads,
    int jobWorkers,
    int passwordCost,
    String databaseUrl,
    Decoder decoder) {
  public HindsightConfig {
    decoder = decoder != null ? decoder : Decoder.DEFAULT;
  }

  public HindsightConfig(
      Path dataDir, Path model, int threads, int jobWorkers, int passwordCost, String databaseUrl) {
    this(dataDir, model, threads, jobWorkers, passwordCost, databaseUrl, Decoder.DEFAULT);
  }

  public HindsightConfig(Path dataDir, Path model, int threads) {
    this(dataDir, model, threads, 1, Passwords.PRODUCTION_COST);
  }

  public HindsightConfig(Path dataDir, Path model, int threads, int jobWorkers, int passwordCost) {
    this(dataDir, model, threads, jobWorkers, passwordCost, null);
  }

  /** The same, with the metadata in the PostgreSQL database at {@code url} (null: SQLite). */
  public HindsightConfig withDatabase(String url) {
    return new HindsightConfig(dataDir, model, threads, jobWorkers, passwordCost, url, decoder);
  }

  /** The same, transcribing with {@code decoder}. */
  public HindsightConfig withDecoder(Decoder decoder) {
    return new HindsightConfig(
        dataDir, model, threads, jobWorkers, passwordCost, databaseUrl, decoder);
  }

  public static HindsightConfig of(Path dataDir) {
    return new HindsightConfig(dataDir, null, Transcriber.defaultThreads());
  }
}
