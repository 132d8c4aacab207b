package io.hindsight.excerpt;

import io.hindsight.media.Clip;
import io.hindsight.media.ClipFormat;
import io.hindsight.media.ClipMaker;
import io.hindsight.media.ClipRequest;
import io.hindsight.recording.Library;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The cut clips of excerpts, one folder per excerpt apart from the recordings, so that a clip's
 * life follows its excerpt's. The members' preview and the published link share one file.
 */
final class ClipCache {

  private final Library library;
  private final Supplier<ClipMaker> clips;
  private final Path folder;

  ClipCache(Library library, Supplier<ClipMaker> clips, Path folder) {
    this.library = library;
    this.clips = clips;
    this.folder = folder;
  }

  /** The clip this excerpt already has on disk, if any. */
  static Clip existing(Excerpt excerpt) {
    if (excerpt.clipFile() == null || !Files.isRegularFile(Path.of(excerpt.clipFile()))) {
      return null;
    }
    Path file = Path.of(excerpt.clipFile());
    boolean video = file.getFileName().toString().endsWith("." + ClipFormat.MP4.extension(true));
    return new Clip(file, ClipFormat.MP4.contentType(video), video, excerpt.range().duration());
  }

  /** Cuts and bleeps the excerpt's current version. */
  Clip cut(Excerpt excerpt, Redaction redaction) {
    Path stem = folder.resolve(excerpt.id()).resolve("v" + excerpt.version());
    try {
      Files.createDirectories(stem.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return clips
        .get()
        .make(
            new ClipRequest(
                library.mediaFile(library.get(excerpt.recordingId())),
                excerpt.range(),
                redaction.spans(),
                excerpt.cover(),
                ClipFormat.MP4,
                true,
                stem));
  }

  /** Deletes every clip of the excerpt: an edit or a revocation makes them stale. */
  void delete(String excerptId) {
    Path dir = folder.resolve(excerptId);
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete the clips of excerpt " + excerptId, e);
    }
  }
}
