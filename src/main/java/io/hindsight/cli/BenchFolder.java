package io.hindsight.cli;

import io.hindsight.bench.LongRecording;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a benchmark makes its files: the {@code --dir} given, created if it is not there yet and
 * kept after, so the audio can be listened to or reused; else a temporary folder, removed after.
 */
final class BenchFolder implements AutoCloseable {

  private final Path path;
  private final boolean temporary;

  private BenchFolder(Path path, boolean temporary) {
    this.path = path;
    this.temporary = temporary;
  }

  /**
   * @param dir the folder asked for, or null for a temporary one named after {@code purpose}
   */
  static BenchFolder of(Path dir, String purpose) throws IOException {
    return dir != null
        ? new BenchFolder(Files.createDirectories(dir), false)
        : new BenchFolder(Files.createTempDirectory("hindsight-bench-" + purpose), true);
  }

  Path path() {
    return path;
  }

  @Override
  public void close() throws IOException {
    if (temporary) {
      LongRecording.deleteTree(path);
    }
  }
}
