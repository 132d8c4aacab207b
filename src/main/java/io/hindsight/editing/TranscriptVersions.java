package io.hindsight.editing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hindsight.HindsightException;
import io.hindsight.recording.RecordingFiles;
import io.hindsight.transcribe.Transcript;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every saved version of a transcript, beside it in the recording's folder (so deleting the
 * recording deletes them too); {@code transcript.json} always holds the latest.
 *
 * <pre>
 * DATA/recordings/ID/versions/vN.json       the transcript as version N
 * DATA/recordings/ID/versions/vN.info.json  who saved it, when, what changed
 * </pre>
 */
final class TranscriptVersions {

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final RecordingFiles files;

  TranscriptVersions(RecordingFiles files) {
    this.files = files;
  }

  private Path dir(String recordingId) {
    return files.folder(recordingId).resolve("versions");
  }

  /** The saved versions, oldest first; empty while the transcript was never edited. */
  List<VersionInfo> history(String recordingId) {
    Path dir = dir(recordingId);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<VersionInfo> infos = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path p : list.filter(p -> p.toString().endsWith(".info.json")).toList()) {
        infos.add(JSON.readValue(p.toFile(), VersionInfo.class));
      }
    } catch (IOException e) {
      throw failure("cannot read the versions of " + recordingId, e);
    }
    infos.sort(Comparator.comparingInt(VersionInfo::version));
    return infos;
  }

  Transcript read(String recordingId, int version) {
    Path file = dir(recordingId).resolve("v" + version + ".json");
    if (!Files.isRegularFile(file)) {
      throw HindsightException.notFound(
          "recording " + recordingId + " has no transcript version " + version);
    }
    try {
      return JSON.readValue(file.toFile(), Transcript.class);
    } catch (IOException e) {
      throw failure("cannot read version " + version + " of " + recordingId, e);
    }
  }

  /**
   * Stores a new version and makes it the transcript. The version file is claimed with a hard link,
   * which fails when it exists, so two saves on the same version (even from two processes) cannot
   * both win.
   *
   * @return false when that version number was taken meanwhile
   */
  boolean save(String recordingId, Transcript transcript, VersionInfo info) {
    Path dir = dir(recordingId);
    try {
      Files.createDirectories(dir);
      if (!claim(dir.resolve("v" + info.version() + ".json"), transcript)) {
        return false;
      }
      claim(dir.resolve("v" + info.version() + ".info.json"), info);
    } catch (IOException e) {
      throw failure("cannot save a version of " + recordingId, e);
    }
    files.writeTranscript(files.folder(recordingId), transcript);
    return true;
  }

  private static boolean claim(Path target, Object value) throws IOException {
    Path temp =
        target.resolveSibling(
            target.getFileName()
                + "."
                + ProcessHandle.current().pid()
                + "."
                + Thread.currentThread().getId()
                + ".tmp");
    JSON.writeValue(temp.toFile(), value);
    try {
      Files.createLink(target, temp);
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static HindsightException failure(String message, IOException e) {
    return new HindsightException(HindsightException.Kind.INTERNAL, message, e);
  }
}
