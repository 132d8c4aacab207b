package io.hindsight.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hindsight.transcribe.Transcriber;
import io.hindsight.transcribe.Transcript;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Transcripts kept between runs of {@code bench recall --reuse-transcripts}, so that tuning the
 * index and the search does not transcribe the same audio again. A transcript is found by a key of
 * everything that makes it: the audio's bytes, the model folder's files, the transcription code
 * (every class of the transcribe package) and the settings. Any change to one of them is a new key,
 * so a stale transcript is never served.
 */
final class TranscriptCache {

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final Path dir;
  private final String setup;

  /**
   * @param dir where the transcripts are kept (made if missing)
   * @param model the speech model folder in use
   * @param settings anything else the transcript depends on, in words
   */
  TranscriptCache(Path dir, Path model, String settings) throws IOException {
    this.dir = Files.createDirectories(dir);
    MessageDigest digest = sha256();
    update(digest, "settings " + settings);
    folderDigest(digest, model);
    codeDigest(digest, Transcriber.class, List.of(packageOf(Transcriber.class)));
    // Vosk's classes and native library, wherever they are: the jar itself once shaded.
    codeDigest(
        digest,
        org.vosk.Recognizer.class,
        List.of(packageOf(org.vosk.Recognizer.class), "linux-", "darwin", "win32-"));
    this.setup = HexFormat.of().formatHex(digest.digest());
  }

  /** The kept transcript of this audio, or null when there is none for this exact setup. */
  Transcript find(Path audio) throws IOException {
    Path file = fileOf(audio);
    return Files.isRegularFile(file) ? JSON.readValue(file.toFile(), Transcript.class) : null;
  }

  void keep(Path audio, Transcript transcript) throws IOException {
    Path file = fileOf(audio);
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    JSON.writeValue(partial.toFile(), transcript);
    Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private Path fileOf(Path audio) throws IOException {
    MessageDigest digest = sha256();
    update(digest, setup);
    try (InputStream in = Files.newInputStream(audio)) {
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return dir.resolve(HexFormat.of().formatHex(digest.digest()) + ".json");
  }

  /** The model's files by name, size and time changed: reading gigabytes each run is too slow. */
  private static void folderDigest(MessageDigest digest, Path folder) throws IOException {
    Path root = folder.toRealPath();
    update(digest, "model " + root);
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        update(
            digest,
            root.relativize(file)
                + " "
                + Files.size(file)
                + " "
                + Files.getLastModifiedTime(file).toMillis());
      }
    }
  }

  private static String packageOf(Class<?> type) {
    return type.getPackageName().replace('.', '/') + "/";
  }

  /**
   * The bytes of every file under these prefixes where {@code anchor} was loaded from, a jar or a
   * classes folder; not the jar's path, which changes with every copy of it.
   */
  private static void codeDigest(MessageDigest digest, Class<?> anchor, List<String> prefixes)
      throws IOException {
    CodeSource source = anchor.getProtectionDomain().getCodeSource();
    Path where;
    try {
      where = Path.of(source.getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException("cannot locate the transcription code: " + e.getMessage(), e);
    }
    if (Files.isDirectory(where)) {
      try (Stream<Path> files = Files.walk(where)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          String name = where.relativize(file).toString().replace('\\', '/');
          if (prefixes.stream().anyMatch(name::startsWith)) {
            update(digest, name);
            digest.update(Files.readAllBytes(file));
          }
        }
      }
      return;
    }
    try (JarFile jar = new JarFile(where.toFile())) {
      List<JarEntry> entries =
          jar.stream()
              .filter(e -> !e.isDirectory() && prefixes.stream().anyMatch(e.getName()::startsWith))
              .sorted(java.util.Comparator.comparing(JarEntry::getName))
              .toList();
      for (JarEntry entry : entries) {
        update(digest, entry.getName());
        try (InputStream in = jar.getInputStream(entry)) {
          digest.update(in.readAllBytes());
        }
      }
    }
  }

  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
