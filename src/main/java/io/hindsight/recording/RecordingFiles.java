package io.hindsight.recording;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hindsight.HindsightException;
import io.hindsight.Ids;
import io.hindsight.transcribe.Transcript;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The media store: each recording's originals and transcript in a folder named by its id.
 *
 * <pre>
 * DATA/recordings/ID/media-0       the original upload, byte for byte
 * DATA/recordings/ID/transcript.json
 * DATA/staging/ID/                 a recording being ingested; moved into place when complete
 * </pre>
 */
public final class RecordingFiles {

  public static final String TRANSCRIPT = "transcript.json";
  private static final String LOCK = ".lock";
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final Path recordings;
  private final Path staging;

  public RecordingFiles(Path dataDir) {
    this.recordings = dataDir.resolve("recordings");
    this.staging = dataDir.resolve("staging");
    try {
      Files.createDirectories(recordings);
      Files.createDirectories(staging);
    } catch (IOException e) {
      throw new HindsightException(
          HindsightException.Kind.INTERNAL, "cannot create the data folder " + dataDir, e);
    }
  }

  public static String mediaName(int index) {
    return "media-" + index;
  }

  public Path folder(String recordingId) {
    if (!Ids.looksLikeId(recordingId)) {
      throw HindsightException.notFound("no recording with id '" + recordingId + "'");
    }
    return recordings.resolve(recordingId);
  }

  public Path media(String recordingId, String mediaFile) {
    return folder(recordingId).resolve(mediaFile);
  }

  /**
   * A folder for a recording being ingested, locked for as long as this process works on it so that
   * {@link #sweepAbandoned} in another process leaves it alone.
   */
  public Staged stage(String recordingId) {
    Path dir = staging.resolve(recordingId);
    try {
      Files.createDirectories(dir);
      FileChannel channel =
          FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      return new Staged(dir, channel, channel.lock());
    } catch (IOException e) {
      throw new HindsightException(HindsightException.Kind.INTERNAL, "cannot stage " + dir, e);
    }
  }

  /**
   * A staged recording: files go in {@link #dir()}, then {@link RecordingFiles#publish} moves it.
   */
  public static final class Staged implements AutoCloseable {
    private final Path dir;
    private final FileChannel channel;
    private final FileLock lock;
    private Path publishedAt;

    Staged(Path dir, FileChannel channel, FileLock lock) {
      this.dir = dir;
      this.channel = channel;
      this.lock = lock;
    }

    public Path dir() {
      return dir;
    }

    /** Releases the lock and removes whatever is still staged (nothing, after a publish). */
    @Override
    public void close() {
      try {
        lock.release();
        channel.close();
      } catch (IOException ignored) {
        // The lock dies with the channel anyway.
      }
      if (publishedAt != null) {
        publishedAt.resolve(LOCK).toFile().delete();
      }
      deleteTree(dir);
    }
  }

  /** Moves a complete staged recording into place in one rename. */
  public void publish(Staged staged, String recordingId) {
    Path target = folder(recordingId);
    try {
      Files.move(staged.dir(), target, StandardCopyOption.ATOMIC_MOVE);
      staged.publishedAt = target;
    } catch (AtomicMoveNotSupportedException e) {
      throw new HindsightException(
          HindsightException.Kind.INTERNAL, "the data folder must be on one file system", e);
    } catch (IOException e) {
      throw new HindsightException(HindsightException.Kind.INTERNAL, "cannot store " + target, e);
    }
  }

  public void writeTranscript(Path folder, Transcript transcript) {
    writeAtomically(folder.resolve(TRANSCRIPT), transcript);
  }

  /**
   * Removes what an attempt that was killed while writing left in the recording's folder (half a
   * transcript, never renamed into place): the attempt that takes the job over writes it all again.
   */
  public void discardPartial(String recordingId) {
    try {
      Files.deleteIfExists(folder(recordingId).resolve(TRANSCRIPT + ".tmp"));
    } catch (IOException e) {
      throw new HindsightException(
          HindsightException.Kind.INTERNAL, "cannot clear " + folder(recordingId), e);
    }
  }

  public Transcript readTranscript(String recordingId) {
    Path file = folder(recordingId).resolve(TRANSCRIPT);
    try {
      return JSON.readValue(file.toFile(), Transcript.class);
    } catch (IOException e) {
      throw new HindsightException(
          HindsightException.Kind.NOT_FOUND,
          "recording " + recordingId + " has no transcript yet",
          e);
    }
  }

  /**
   * Which write of the transcript is stored: it changes with every save (each one replaces the
   * file), so what is derived from a transcript can be kept until then. Empty without one.
   */
  public String transcriptStamp(String recordingId) {
    Path file = folder(recordingId).resolve(TRANSCRIPT);
    try {
      return Files.getLastModifiedTime(file).toMillis() + ":" + Files.size(file);
    } catch (IOException e) {
      return "";
    }
  }

  /**
   * The first {@code limit} words of the stored transcript, read as a stream: a list of sessions
   * shows them without parsing hours of words. Empty when there is no transcript.
   */
  public List<String> firstWords(String recordingId, int limit) {
    Path file = folder(recordingId).resolve(TRANSCRIPT);
    List<String> words = new ArrayList<>();
    try (com.fasterxml.jackson.core.JsonParser in = JSON.createParser(file.toFile())) {
      if (in.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
        return words;
      }
      while (in.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
        String field = in.currentName();
        in.nextToken();
        if (!"words".equals(field)) {
          in.skipChildren();
          continue;
        }
        while (words.size() < limit
            && in.nextToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
          words.add(JSON.readValue(in, io.hindsight.transcribe.Word.class).word());
        }
        return words;
      }
    } catch (IOException e) {
      // No transcript (yet, or any more): nothing to show.
    }
    return words;
  }

  /** Writes to a temporary file beside the target, then renames: readers never see half a file. */
  private static void writeAtomically(Path target, Object value) {
    Path temp = target.resolveSibling(target.getFileName() + ".tmp");
    try {
      JSON.writeValue(temp.toFile(), value);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // Best effort; the original error matters more.
      }
      throw new HindsightException(HindsightException.Kind.INTERNAL, "cannot write " + target, e);
    }
  }

  public void delete(String recordingId) {
    deleteTree(folder(recordingId));
  }

  /**
   * Removes what interrupted ingests left behind: staged folders nobody holds a lock on, and
   * recording folders the database does not know.
   */
  public void sweepAbandoned(Predicate<String> isKnownRecording) {
    forEachChild(
        staging,
        dir -> {
          if (!isLocked(dir)) {
            deleteTree(dir);
          }
        });
    forEachChild(
        recordings,
        dir -> {
          String id = dir.getFileName().toString();
          if (!isKnownRecording.test(id) && !isLocked(dir)) {
            deleteTree(dir);
          }
        });
  }

  private static boolean isLocked(Path dir) {
    Path lockFile = dir.resolve(LOCK);
    if (!Files.exists(lockFile)) {
      return false;
    }
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        return true;
      }
      lock.release();
      return false;
    } catch (java.nio.channels.OverlappingFileLockException e) {
      return true; // held by this very process
    } catch (IOException e) {
      return true;
    }
  }

  private static void forEachChild(Path dir, java.util.function.Consumer<Path> action) {
    try (DirectoryStream<Path> children = Files.newDirectoryStream(dir, Files::isDirectory)) {
      children.forEach(action);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
