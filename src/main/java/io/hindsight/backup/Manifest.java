package io.hindsight.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.hindsight.HindsightException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a backup holds: every file by its path inside the backup, with its size and SHA-256. It is
 * written last, so a backup without one was cut off; restore checks every file against it first.
 *
 * @param files relative path (with {@code /}) to its checksum
 */
record Manifest(int format, Instant createdAt, int recordings, Map<String, Entry> files) {

  static final String FILE = "manifest.json";
  static final int FORMAT = 1;
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .findAndRegisterModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  record Entry(long bytes, String sha256) {}

  /** Checksums every file under {@code dir} (but a manifest) and writes the manifest there. */
  static Manifest write(Path dir, int recordings) throws IOException {
    Map<String, Entry> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path file : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
        String name = relative(dir, file);
        if (!name.equals(FILE)) {
          files.put(name, entryOf(file));
        }
      }
    }
    Manifest manifest = new Manifest(FORMAT, Instant.now(), recordings, files);
    Path temp = dir.resolve(FILE + ".tmp");
    JSON.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), manifest);
    Files.move(temp, dir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
    return manifest;
  }

  /** Reads the manifest of {@code dir} and checks every file it names; refuses a damaged backup. */
  static Manifest verified(Path dir) {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw HindsightException.badInput(
          dir + " is not a complete Hindsight backup: it has no " + FILE);
    }
    Manifest manifest;
    try {
      manifest = JSON.readValue(file.toFile(), Manifest.class);
    } catch (IOException e) {
      throw damaged(FILE + " cannot be read: " + e.getMessage());
    }
    if (manifest.format() != FORMAT || manifest.files() == null) {
      throw damaged(FILE + " is of an unknown format " + manifest.format());
    }
    for (Map.Entry<String, Entry> expected : manifest.files().entrySet()) {
      Path stored = dir.resolve(expected.getKey()).normalize();
      if (!stored.startsWith(dir.normalize())) {
        throw damaged(FILE + " names a file outside the backup: " + expected.getKey());
      }
      try {
        if (!entryOf(stored).equals(expected.getValue())) {
          throw damaged(expected.getKey() + " does not match its checksum");
        }
      } catch (NoSuchFileException e) {
        throw damaged(expected.getKey() + " is missing");
      } catch (IOException e) {
        throw damaged(expected.getKey() + " cannot be read: " + e.getMessage());
      }
    }
    return manifest;
  }

  static String relative(Path dir, Path file) {
    return dir.relativize(file).toString().replace(java.io.File.separatorChar, '/');
  }

  private static Entry entryOf(Path file) throws IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    long bytes = 0;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        sha.update(buffer, 0, n);
        bytes += n;
      }
    }
    return new Entry(bytes, HexFormat.of().formatHex(sha.digest()));
  }

  private static HindsightException damaged(String why) {
    return new HindsightException(
        HindsightException.Kind.CONFLICT, "the backup is damaged: " + why, null);
  }
}
