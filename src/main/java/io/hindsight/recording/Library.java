package io.hindsight.recording;

import io.hindsight.HindsightException;
import io.hindsight.Ids;
import io.hindsight.job.JobQueue;
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
import java.util.function.Consumer;
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
  // Re-adds the other documents that live beside the segments in the index (the notes) when
  // the index is rebuilt; the notes feature owns them.
  private final Consumer<TranscriptIndex> reindexExtras;
  private final List<Consumer<Recording>> beforeDelete =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  public Library(
      RecordingRepository repository,
      RecordingFiles files,
      TrackPlanner planner,
      Supplier<Transcriber> transcriber,
      TranscriptIndex index) {
    this(repository, files, planner, transcriber, index, i -> {});
  }

  public Library(
      RecordingRepository repository,
      RecordingFiles files,
      TrackPlanner planner,
      Supplier<Transcriber> transcriber,
      TranscriptIndex index,
      Consumer<TranscriptIndex> reindexExtras) {
    this.repository = repository;
    this.files = files;
    this.planner = planner;
    this.transcriber = transcriber;
    this.index = index;
    this.reindexExtras = reindexExtras;
  }

  /**
   * Runs {@code listener} before each recording is deleted, so features that keep things derived
   * from it elsewhere (shared excerpts) take them back first.
   */
  public void beforeDelete(Consumer<Recording> listener) {
    beforeDelete.add(listener);
  }

  public Recording ingest(IngestRequest request, ProgressListener listener) {
    ProgressTracker progress = new ProgressTracker(listener);
    progress.update(Stage.PROBE, 0);
    // Probe before copying anything: a file that is not media is refused with nothing stored.
    TrackPlanner.Plan plan =
        planner.plan(
            request.files(), request.speakers(), request.splitChannels(), request.diarization());
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
    return new TrackPlanner.Plan(plan.media(), tracks, plan.diarization());
  }

  private static String titleOf(IngestRequest request) {
    if (request.title() != null && !request.title().isBlank()) {
      return request.title().strip();
    }
    return stem(request.files().get(0).getFileName().toString());
  }

  private static IndexedRecording indexed(Recording r, Transcript transcript) {
    return new IndexedRecording(r.id(), r.pair(), r.title(), r.recordedAt(), transcript);
  }

  /**
   * Stores an uploaded recording as queued and queues the job that processes it, in one
   * transaction. The upload is probed first: a file that is not usable media is refused (415) with
   * nothing kept.
   */
  public Recording admit(Upload upload, JobQueue jobs) {
    String id = Ids.newId();
    try (RecordingFiles.Staged staged = files.stage(id)) {
      String mediaFile = RecordingFiles.mediaName(0);
      Path stored = staged.dir().resolve(mediaFile);
      upload.media().writeTo(stored);
      TrackPlanner.Plan plan;
      try {
        plan = planner.plan(List.of(stored), List.of(), false);
      } catch (HindsightException e) {
        if (e.kind() != HindsightException.Kind.NOT_MEDIA) {
          throw e;
        }
        // The message names the stored file; the uploader knows their own file's name.
        throw HindsightException.notMedia(
            e.getMessage().replace(mediaFile, "'" + upload.fileName() + "'")
                + ". Upload a video or audio recording (mp4, webm, mkv, mp3, m4a, wav, ogg...)");
      }
      Instant now = Instant.now();
      String title =
          upload.title() != null && !upload.title().isBlank()
              ? upload.title().strip()
              : stem(upload.fileName());
      Recording recording =
          new Recording(
              id,
              upload.pair(),
              title,
              upload.recordedAt() != null ? upload.recordedAt() : LocalDate.now(),
              now,
              Recording.Status.QUEUED,
              null,
              List.of(mediaFile),
              MediaTypes.of(plan.media().get(0)),
              plan.hasVideo(),
              plan.durationSeconds(),
              upload.consentNames(),
              now,
              upload.consentScope());
      files.publish(staged, id);
      try {
        repository
            .database()
            .inTransaction(
                c -> {
                  repository.insert(c, recording);
                  repository.setUploader(c, id, upload.uploadedBy(), upload.agreementVersion());
                  jobs.enqueue(c, id);
                  return null;
                });
      } catch (RuntimeException e) {
        files.delete(id);
        throw e;
      }
      jobs.wake();
      return recording;
    } catch (IOException e) {
      throw new HindsightException(
          HindsightException.Kind.INTERNAL, "could not store the upload: " + e.getMessage(), e);
    }
  }

  /**
   * The job's work: transcribes a stored, queued recording, saves its transcript, indexes it and
   * marks it ready. A failure marks it failed with the reason; media that turns out unusable is
   * deleted, so nothing of it is kept. An interruption (shutdown) leaves it to be resumed.
   */
  public void process(String id, ProgressListener listener) {
    Recording recording = repository.find(id).orElse(null);
    if (recording == null || recording.status() == Recording.Status.READY) {
      return;
    }
    repository.updateStatus(id, Recording.Status.PROCESSING, null);
    ProgressTracker progress = new ProgressTracker(listener);
    try {
      progress.update(Stage.PROBE, 0);
      List<Path> media = recording.mediaFiles().stream().map(f -> files.media(id, f)).toList();
      TrackPlanner.Plan plan = planner.plan(media, List.of(), false);
      progress.update(Stage.PROBE, 1);
      Transcript transcript = transcriber.get().transcribe(plan, progress);
      files.writeTranscript(files.folder(id), transcript);
      progress.update(Stage.INDEX, 0);
      index.index(indexed(recording, transcript));
      if (repository.find(id).isEmpty()) {
        index.delete(id); // deleted while it was being processed
        return;
      }
      repository.updateStatus(id, Recording.Status.READY, null);
      progress.done();
    } catch (RuntimeException e) {
      if (Thread.currentThread().isInterrupted()) {
        throw e;
      }
      if (e instanceof HindsightException h && h.kind() == HindsightException.Kind.NOT_MEDIA) {
        files.delete(id);
      }
      repository.updateStatus(id, Recording.Status.FAILED, failureMessage(e));
      throw e;
    }
  }

  /** {@link #process} as the job queue runs it. */
  public JobQueue.Work jobWork() {
    return this::process;
  }

  private static String failureMessage(RuntimeException e) {
    if (e instanceof HindsightException h && h.kind() != HindsightException.Kind.INTERNAL) {
      return h.getMessage().replace(RecordingFiles.mediaName(0), "the recording");
    }
    return "processing failed: " + e.getMessage();
  }

  /**
   * Deletes the pair's recordings of sessions that took place before {@code cutoff}, as the
   * agreement's retention requires, telling {@code beforeDelete} first (to stop their jobs).
   * Returns their ids.
   */
  public List<String> deleteRecordedBefore(
      String pair, LocalDate cutoff, Consumer<String> beforeDelete) {
    List<String> deleted = new ArrayList<>();
    for (Recording recording : repository.list(pair)) {
      LocalDate day =
          recording.recordedAt() != null
              ? recording.recordedAt()
              : LocalDate.ofInstant(recording.createdAt(), java.time.ZoneOffset.UTC);
      if (day.isBefore(cutoff)) {
        beforeDelete.accept(recording.id());
        delete(recording.id());
        deleted.add(recording.id());
      }
    }
    return deleted;
  }

  private static String stem(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** The stored original of a recording, for streaming. */
  public Path mediaFile(Recording recording) {
    Path file = files.media(recording.id(), recording.mediaFiles().get(0));
    if (!Files.isRegularFile(file)) {
      throw HindsightException.notFound("recording " + recording.id() + " has no media");
    }
    return file;
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
    reindexExtras.accept(index);
    index.commit();
    return count;
  }

  /**
   * Removes the recording everywhere: its index documents (segments and notes), its row (the
   * database cascades to its notes and job), then its files. The row goes before the files, so a
   * crash in between leaves only an unknown folder, which {@link #recover()} removes.
   */
  public void delete(String id) {
    Recording recording = get(id);
    beforeDelete.forEach(listener -> listener.accept(recording));
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
