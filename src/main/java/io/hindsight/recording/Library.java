package io.hindsight.recording;

import io.hindsight.HindsightException;
import io.hindsight.Ids;
import io.hindsight.job.Progress.Stage;
import io.hindsight.job.ProgressListener;
import io.hindsight.job.ProgressTracker;
import io.hindsight.search.IndexedRecording;
import io.hindsight.search.TranscriptIndex;
import io.hindsight.transcribe.Track;
import io.hindsight.transcribe.TrackPlanner;
import io.hindsight.transcribe.Transcriber;
import io.hindsight.transcribe.Transcript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The pair's library of recordings: admits new ones, and keeps the database, the media store and
 * the search index in step. An ingest is all or nothing: it works in a staging folder and only a
 * finished recording is moved into place, indexed and recorded in the database.
 */
public final class Library {

  private final RecordingRepository repository;
  private final RecordingFiles files;
  private final TrackPlanner planner;
  private final Supplier<Transcriber> transcriber;
  private final TranscriptIndex index;

  public Library(
      RecordingRepository repository,
      RecordingFiles files,
      TrackPlanner planner,
      Supplier<Transcriber> transcriber,
      TranscriptIndex index) {
    this.repository = repository;
    this.files = files;
    this.planner = planner;
    this.transcriber = transcriber;
    this.index = index;
  }

  public Recording ingest(IngestRequest request, ProgressListener listener) {
    ProgressTracker progress = new ProgressTracker(listener);
    progress.update(Stage.PROBE, 0);
    // Probe before copying anything: a file that is not media is refused with nothing stored.
    TrackPlanner.Plan plan =
        planner.plan(request.files(), request.speakers(), request.splitChannels());
    progress.update(Stage.PROBE, 1);
    String id = Ids.newId();
    try (RecordingFiles.Staged staged = files.stage(id)) {
      List<String> mediaFiles = new ArrayList<>();
      Map<Path, Path> storedCopy = new HashMap<>();
      for (Path file : request.files()) {
        String name = RecordingFiles.mediaName(mediaFiles.size());
        Path copy = staged.dir().resolve(name);
        Files.copy(file, copy);
        storedCopy.put(file, copy);
        mediaFiles.add(name);
      }
      Transcript transcript = transcriber.get().transcribe(onCopies(plan, storedCopy), progress);
      files.writeTranscript(staged.dir(), transcript);
      Instant now = Instant.now();
      Recording recording =
          new Recording(
              id,
              request.pair(),
              titleOf(request),
              request.recordedAt() != null ? request.recordedAt() : LocalDate.now(),
              now,
              Recording.Status.READY,
              null,
              mediaFiles,
              MediaTypes.of(plan.media().get(0)),
              plan.hasVideo(),
              plan.durationSeconds(),
              request.consentNames(),
              now,
              request.consentScope());
      progress.update(Stage.INDEX, 0);
      files.publish(staged, id);
      try {
        index.index(indexed(recording, transcript));
        repository
            .database()
            .inTransaction(
                c -> {
                  repository.insert(c, recording);
                  return null;
                });
      } catch (RuntimeException e) {
        undoPublish(id);
        throw e;
      }
      progress.done();
      return recording;
    } catch (IOException e) {
      throw new HindsightException(
          HindsightException.Kind.INTERNAL, "could not store the recording: " + e.getMessage(), e);
    }
  }

  private void undoPublish(String id) {
    try {
      index.delete(id);
    } finally {
      files.delete(id);
    }
  }

  private static TrackPlanner.Plan onCopies(TrackPlanner.Plan plan, Map<Path, Path> copies) {
    List<Track> tracks =
        plan.tracks().stream()
            .map(t -> new Track(copies.get(t.file()), t.audio(), t.speaker(), t.durationSeconds()))
            .toList();
    return new TrackPlanner.Plan(plan.media(), tracks);
  }

  private static String titleOf(IngestRequest request) {
    if (request.title() != null && !request.title().isBlank()) {
      return request.title().strip();
    }
    String name = request.files().get(0).getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static IndexedRecording indexed(Recording r, Transcript transcript) {
    return new IndexedRecording(r.id(), r.pair(), r.title(), r.recordedAt(), transcript);
  }

  public List<Recording> list(String pair) {
    return repository.list(pair);
  }

  public Recording get(String id) {
    if (!Ids.looksLikeId(id)) {
      throw HindsightException.notFound("no recording with id '" + id + "'");
    }
    return repository
        .find(id)
        .orElseThrow(() -> HindsightException.notFound("no recording with id '" + id + "'"));
  }

  public Transcript transcript(String id) {
    Recording recording = get(id);
    if (recording.status() != Recording.Status.READY) {
      throw new HindsightException(
          HindsightException.Kind.CONFLICT,
          "recording "
              + id
              + " is "
              + recording.status().label()
              + ", its transcript is not ready");
    }
    return files.readTranscript(id);
  }

  /** Rebuilds the search index from the stored transcripts alone. Returns how many recordings. */
  public int reindex() {
    index.deleteAll();
    int count = 0;
    for (Recording recording : repository.list(null)) {
      if (recording.status() == Recording.Status.READY) {
        index.add(indexed(recording, files.readTranscript(recording.id())));
        count++;
      }
    }
    index.commit();
    return count;
  }

  /**
   * Removes the recording everywhere. The row goes before the files, so a crash in between leaves
   * only an unknown folder, which {@link #recover()} removes.
   */
  public void delete(String id) {
    Recording recording = get(id);
    index.delete(recording.id());
    repository
        .database()
        .inTransaction(
            c -> {
              repository.delete(c, recording.id());
              return null;
            });
    files.delete(recording.id());
  }

  /** Cleans up after ingests that were killed half way. Safe while other processes ingest. */
  public void recover() {
    files.sweepAbandoned(id -> repository.find(id).isPresent());
  }
}
