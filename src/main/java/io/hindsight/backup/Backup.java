package io.hindsight.backup;

import io.hindsight.HindsightException;
import io.hindsight.db.Database;
import io.hindsight.db.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.sqlite.SQLiteConnection;

/**
 * A consistent backup of a data folder, taken while the server may be running. The database is
 * copied first, with SQLite's online backup API, into one snapshot; the files copied after it are
 * those the snapshot names (recordings and excerpt clips by id), so rows and files agree. The
 * search index is not copied: it is derived from the transcripts and rebuilt on restore.
 *
 * <pre>
 * BACKUP/hindsight.db                      the snapshot (signed-in sessions left out)
 * BACKUP/recordings/ID/media-N, transcript.json
 * BACKUP/excerpts/ID/...                   clips of shared excerpts
 * BACKUP/manifest.json                     every file's size and SHA-256, written last
 * </pre>
 */
public final class Backup {

  static final String DATABASE = "hindsight.db";
  static final String RECORDINGS = "recordings";
  static final String EXCERPTS = "excerpts";

  /** What a backup or restore did. */
  public record Summary(int recordings, int files, long bytes) {}

  private Backup() {}

  public static Summary create(Path dataDir, Database db, Path target) {
    if (db.dialect() != Dialect.SQLITE) {
      throw HindsightException.badInput(
          "a backup copies the SQLite database; back PostgreSQL up with pg_dump");
    }
    requireEmpty(target, "backup");
    try {
      Files.createDirectories(target);
      Path snapshot = target.resolve(DATABASE);
      try (Connection c = db.connect()) {
        int rc =
            c.unwrap(SQLiteConnection.class)
                .getDatabase()
                .backup("main", snapshot.toString(), null);
        if (rc != 0) {
          throw new SQLException("SQLite backup failed with code " + rc);
        }
      }
      int recordings;
      try (Connection c = Snapshot.open(snapshot)) {
        recordings = copyRecordings(dataDir, c, target);
        copyClips(dataDir, c, target);
        try (Statement s = c.createStatement()) {
          // A backup is a file people move around; a live session token in it would sign its
          // finder in. Everyone signs in again after a restore.
          s.executeUpdate("DELETE FROM sessions");
          // Voice prints are biometric data that must go the moment consent does; a copy outside
          // the data folder would outlive that. They are learned again after a restore, and
          // overwritten here, not only unlinked.
          s.execute("PRAGMA secure_delete = ON");
          s.executeUpdate("DELETE FROM voice_prints");
          s.executeUpdate("DELETE FROM recording_voices");
        }
      }
      Manifest manifest = Manifest.write(target, recordings);
      long bytes = manifest.files().values().stream().mapToLong(Manifest.Entry::bytes).sum();
      return new Summary(recordings, manifest.files().size(), bytes);
    } catch (IOException | SQLException e) {
      throw new HindsightException(
          HindsightException.Kind.INTERNAL, "the backup failed: " + e.getMessage(), e);
    }
  }

  /**
   * Copies the folder of every recording in the snapshot. One deleted since the snapshot was taken
   * is taken out of the snapshot too (its notes and excerpts go with it, as on deletion).
   */
  private static int copyRecordings(Path dataDir, Connection c, Path target)
      throws SQLException, IOException {
    List<String> gone = new ArrayList<>();
    int copied = 0;
    for (String id : Snapshot.ids(c, "SELECT id FROM recordings")) {
      if (copyTree(
          dataDir.resolve(RECORDINGS).resolve(id), target.resolve(RECORDINGS).resolve(id))) {
        copied++;
      } else {
        gone.add(id);
      }
    }
    for (String id : gone) {
      try (PreparedStatement s = c.prepareStatement("DELETE FROM recordings WHERE id = ?")) {
        s.setString(1, id);
        s.executeUpdate();
      }
    }
    return copied;
  }

  /** Copies the clips of the snapshot's excerpts; their paths are kept relative to the folder. */
  private static void copyClips(Path dataDir, Connection c, Path target)
      throws SQLException, IOException {
    for (String id : Snapshot.ids(c, "SELECT id FROM excerpts")) {
      copyTree(dataDir.resolve(EXCERPTS).resolve(id), target.resolve(EXCERPTS).resolve(id));
    }
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT id, clip_file FROM excerpts WHERE clip_file IS NOT NULL")) {
      List<String[]> clips = new ArrayList<>();
      while (rs.next()) {
        clips.add(new String[] {rs.getString(1), rs.getString(2)});
      }
      for (String[] clip : clips) {
        Path file = Path.of(clip[1]);
        boolean kept =
            Files.isRegularFile(
                target.resolve(EXCERPTS).resolve(clip[0]).resolve(file.getFileName()));
        try (PreparedStatement u =
            c.prepareStatement("UPDATE excerpts SET clip_file = ? WHERE id = ?")) {
          // A clip that is gone is cut again from the recording when it is next asked for.
          u.setString(1, kept ? EXCERPTS + "/" + clip[0] + "/" + file.getFileName() : null);
          u.setString(2, clip[0]);
          u.executeUpdate();
        }
      }
    }
  }

  /** Copies a folder's files; false if the folder is gone. A file removed meanwhile is skipped. */
  private static boolean copyTree(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from)) {
      return false;
    }
    List<Path> files;
    try (Stream<Path> all = Files.walk(from)) {
      files = all.filter(Files::isRegularFile).toList();
    } catch (java.io.UncheckedIOException e) {
      return Files.isDirectory(from);
    }
    for (Path file : files) {
      Path copy = to.resolve(from.relativize(file).toString());
      Files.createDirectories(copy.getParent());
      try {
        Files.copy(file, copy);
      } catch (NoSuchFileException e) {
        // deleted while we copied: a temporary file, or the recording going away
      }
    }
    return Files.isDirectory(from);
  }

  static void requireEmpty(Path dir, String what) {
    if (!Files.exists(dir)) {
      return;
    }
    if (!Files.isDirectory(dir)) {
      throw conflict(dir + " is a file: " + what + " needs an empty or new folder");
    }
    try (Stream<Path> children = Files.list(dir)) {
      if (children.findAny().isPresent()) {
        throw conflict(dir + " is not empty: " + what + " only into an empty or new folder");
      }
    } catch (IOException e) {
      throw conflict("cannot read " + dir + ": " + e.getMessage());
    }
  }

  private static HindsightException conflict(String message) {
    return new HindsightException(HindsightException.Kind.CONFLICT, message);
  }
}
