package io.hindsight.backup;

import io.hindsight.HindsightException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Puts a verified backup into an empty data folder: every file is checked against the manifest
 * before anything is written, and a restore that fails half way leaves the folder empty again. The
 * caller then rebuilds the search index from the restored transcripts.
 */
public final class Restore {

  private Restore() {}

  public static Backup.Summary files(Path backup, Path dataDir) {
    Backup.requireEmpty(dataDir, "restore");
    Manifest manifest = Manifest.verified(backup);
    if (!manifest.files().containsKey(Backup.DATABASE)) {
      throw HindsightException.badInput(backup + " holds no " + Backup.DATABASE);
    }
    long bytes = 0;
    try {
      Files.createDirectories(dataDir);
      for (Map.Entry<String, Manifest.Entry> file : manifest.files().entrySet()) {
        Path to = dataDir.resolve(file.getKey());
        Files.createDirectories(to.getParent());
        Files.copy(backup.resolve(file.getKey()), to);
        bytes += file.getValue().bytes();
      }
      placeClips(dataDir);
    } catch (IOException | SQLException | RuntimeException e) {
      empty(dataDir);
      throw new HindsightException(
          HindsightException.Kind.INTERNAL, "the restore failed: " + e.getMessage(), e);
    }
    return new Backup.Summary(manifest.recordings(), manifest.files().size(), bytes);
  }

  /** The backup keeps clip paths relative to the data folder; the server reads them from here. */
  private static void placeClips(Path dataDir) throws SQLException {
    try (Connection c = Snapshot.open(dataDir.resolve(Backup.DATABASE))) {
      List<String[]> clips = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery("SELECT id, clip_file FROM excerpts WHERE clip_file IS NOT NULL")) {
        while (rs.next()) {
          clips.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
      for (String[] clip : clips) {
        try (PreparedStatement u =
            c.prepareStatement("UPDATE excerpts SET clip_file = ? WHERE id = ?")) {
          u.setString(1, dataDir.resolve(clip[1]).toString());
          u.setString(2, clip[0]);
          u.executeUpdate();
        }
      }
    }
  }

  private static void empty(Path dataDir) {
    try (Stream<Path> all = Files.walk(dataDir)) {
      all.sorted(Comparator.reverseOrder())
          .filter(p -> !p.equals(dataDir))
          .forEach(p -> p.toFile().delete());
    } catch (IOException | RuntimeException ignored) {
      // best effort: the error that brought us here is the one to report
    }
  }
}
