package io.hindsight.recording;

import io.hindsight.HindsightException;
import io.hindsight.db.Database;
import io.hindsight.job.Jobs;
import io.hindsight.job.Progress.Stage;
import io.hindsight.job.ProgressListener;
import io.hindsight.job.ProgressTracker;
import io.hindsight.media.UnusableMediaException;
import io.hindsight.pair.Agreements;
import io.hindsight.search.OutboxEntry;
import io.hindsight.search.SearchOutbox;
import io.hindsight.search.TranscriptIndex;
import io.hindsight.transcribe.StreamedTrack;
import io.hindsight.transcribe.TrackPlanner;
import io.hindsight.transcribe.Transcriber;
import io.hindsight.transcribe.Transcript;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * How recordings come in, the same way from the command line and the web app: an {@link Admission}
 * (consent, storage, probe), then processing (transcribe, save the transcript, then mark it ready
 * with its search outbox entry, which every serving node's index applies). An upload is admitted as
 * queued and processed by a job; the command line processes what it admitted at once, in the
 * staging folder, so its ingest is all or nothing.
 */
public final class IngestPipeline {

  private final RecordingRepository repository;
  private final RecordingFiles files;
  private final TrackPlanner planner;
  private final Supplier<Transcriber> transcriber;
  private final Supplier<TranscriptIndex> index;
  private final SearchOutbox outbox;
  private final Jobs jobs;
  private final Admission admission;
  private volatile UploadVoices voices = UploadVoices.NONE;
  // Uploads heard as they arrived, waiting for their job: only for admitted recordings.
  private final Map<String, StreamedTrack> heardOnArrival = new ConcurrentHashMap<>();

  public IngestPipeline(
      RecordingRepository repository,
      RecordingFiles files,
      TrackPlanner planner,
      Supplier<Transcriber> transcriber,
      Supplier<TranscriptIndex> index,
      SearchOutbox outbox,
      Agreements agreements,
      Jobs jobs) {
    this.repository = repository;
    this.files = files;
    this.planner = planner;
    this.transcriber = transcriber;
    this.index = index;
    this.outbox = outbox;
    this.jobs = jobs;
    this.admission = new Admission(files, planner, agreements);
  }

  /** How uploads' voices are told apart and named from now on. */
  public void useVoices(UploadVoices voices) {
    this.voices = voices;
  }

  /**
   * Refuses early, before an upload's body is read, what {@link #queue} would refuse anyway.
   *
   * @throws HindsightException NO_CONSENT when the pair's agreement does not allow recording
   */
  public void requireRecordingAllowed(String pair, String uploadedBy) {
    admission.requireAgreement(pair, uploadedBy);
  }

  /**
   * A media file about to arrive, spooled to {@code spoolFile} and, when {@code hear}, heard as it
   * arrives if it streams and the words heard can reach its transcription: in this process.
   *
   * @param forJob true for an upload that a job transcribes, false for an ingest here and now
   */
  public StreamedUpload receive(Path spoolFile, boolean forJob, boolean hear)
      throws java.io.IOException {
    boolean streams = hear && (!forJob || jobs.runsHere()) && transcriber.get().streams();
    return new StreamedUpload(spoolFile, transcriber, streams);
  }

  /** A locked folder to spool standard input in: after a crash, the next start sweeps it. */
  public RecordingFiles.Staged spoolFolder() {
    return files.stage("stdin-" + io.hindsight.Ids.newId());
  }

  /** Drops what was heard of a recording deleted before its job took it. */
  public void forget(String recordingId) {
    StreamedTrack heard = heardOnArrival.remove(recordingId);
    if (heard != null) {
      heard.close();
    }
  }

  /**
   * Stores a recording as queued and queues the job that processes it, in one transaction. A file
   * that is not usable media is refused (415) with nothing kept.
   */
  public Recording queue(IngestRequest request) {
    return queue(request, null);
  }

  /**
   * As {@link #queue(IngestRequest)}; the job then takes the words of {@code arrived} (the
   * request's one input), heard while it arrived.
   */
  public Recording queue(IngestRequest request, StreamedUpload arrived) {
    try (Admission.Admitted admitted = admission.admit(request, Recording.Status.QUEUED)) {
      Recording recording = admitted.recording();
      files.publish(admitted.staged(), recording.id());
      StreamedTrack heard = arrived == null ? null : arrived.take();
      try {
        if (heard != null) {
          heardOnArrival.put(recording.id(), heard);
        }
        insert(admitted, request.speakers(), c -> {});
      } catch (RuntimeException e) {
        if (heard != null) {
          heardOnArrival.remove(recording.id());
          heard.close();
        }
        files.delete(recording.id());
        throw e;
      }
      jobs.wake();
      return recording;
    }
  }

  /**
   * Admits a recording and processes it at once. It is transcribed in its staging folder and only a
   * finished recording is moved into place, indexed and recorded in the database, so a failure or a
   * kill leaves nothing half done.
   */
  public Recording ingest(IngestRequest request, ProgressListener listener) {
    return ingest(request, listener, null);
  }

  /** As {@link #ingest(IngestRequest, ProgressListener)}, with {@code arrived} heard as it came. */
  public Recording ingest(
      IngestRequest request, ProgressListener listener, StreamedUpload arrived) {
    requireIndexWritable();
    ProgressTracker progress = new ProgressTracker(listener);
    progress.update(Stage.PROBE, 0);
    try (Admission.Admitted admitted = admission.admit(request, Recording.Status.READY)) {
      progress.update(Stage.PROBE, 1);
      Recording recording = admitted.recording();
      UploadVoices.Named named;
      try {
        named =
            voices.name(
                recording,
                heard(admitted.plan(), progress, arrived == null ? null : arrived.take()));
        files.writeTranscript(admitted.staged().dir(), named.transcript());
      } catch (UnusableMediaException e) {
        List<IngestRequest.Input> inputs = request.inputs();
        throw e.named(inputs.size() == 1 ? inputs.get(0).name() : "the recording");
      }
      progress.update(Stage.INDEX, 0);
      files.publish(admitted.staged(), recording.id());
      try {
        outbox.indexAhead(Library.indexed(recording, named.transcript()));
        insert(admitted, null, named.store());
      } catch (RuntimeException e) {
        try {
          outbox.withdrawAhead(recording.id());
        } finally {
          files.delete(recording.id());
        }
        throw e;
      }
      outbox.appended();
      progress.done();
      return recording;
    }
  }

  /**
   * The search index takes one writer at a time. Checked before any work, so an ingest next to a
   * running server is refused at once rather than after transcribing the whole file.
   */
  private void requireIndexWritable() {
    try {
      index.get().requireWriter();
    } catch (HindsightException e) {
      if (e.kind() != HindsightException.Kind.CONFLICT) {
        throw e;
      }
      throw new HindsightException(
          HindsightException.Kind.CONFLICT,
          "a running 'hindsight serve' holds this data folder's search index: upload the recording"
              + " through the server (its upload page or POST /api/recordings), or stop the server"
              + " and ingest again",
          e);
    }
  }

  /**
   * The recording's row, who uploaded it and, given {@code queuedSpeakers}, its job and the
   * speakers of its tracks, else (it is ready) its search outbox entry: all or none.
   */
  private void insert(
      Admission.Admitted admitted, List<String> queuedSpeakers, Database.SqlAction voices) {
    Recording recording = admitted.recording();
    repository.insert(
        recording,
        admitted.uploadedBy(),
        admitted.agreementVersion(),
        c -> {
          if (queuedSpeakers != null) {
            jobs.enqueue(c, recording.id());
            RecordingRepository.saveTrackSpeakers(c, recording.id(), queuedSpeakers);
          } else {
            SearchOutbox.append(c, recording.id(), recording.pair(), OutboxEntry.Kind.INDEX);
          }
          voices.run(c);
        });
  }

  /** Transcribes {@code plan}, taking the words of {@code heard} (then closed) where given. */
  private Transcriber.Result heard(
      TrackPlanner.Plan plan, ProgressTracker progress, StreamedTrack heard) {
    try {
      return transcriber.get().transcribeHeard(plan, progress, heard);
    } finally {
      if (heard != null) {
        heard.close();
      }
    }
  }

  /**
   * The job's work: transcribes a stored, queued recording, saves its transcript and marks it ready
   * with its search outbox entry (a serving node running the job indexes it just before). A failure
   * marks it failed with the reason; media that turns out unusable is deleted, so nothing of it is
   * kept. An interruption (shutdown) leaves it to be resumed.
   */
  public void process(String id, ProgressListener listener) {
    try (StreamedTrack heard = heardOnArrival.remove(id)) {
      process(id, listener, heard);
    }
  }

  private void process(String id, ProgressListener listener, StreamedTrack heard) {
    Recording recording = repository.find(id).orElse(null);
    if (recording == null || recording.status() == Recording.Status.READY) {
      return;
    }
    repository.updateStatus(id, Recording.Status.PROCESSING, null);
    files.discardPartial(id);
    ProgressTracker progress = new ProgressTracker(listener);
    try {
      progress.update(Stage.PROBE, 0);
      List<Path> media = recording.mediaFiles().stream().map(f -> files.media(id, f)).toList();
      UploadVoices voices = this.voices;
      TrackPlanner.Plan plan =
          planner.plan(media, repository.trackSpeakers(id), false, voices.diarization());
      progress.update(Stage.PROBE, 1);
      Transcript transcript =
          voices.heard(recording, transcriber.get().transcribeHeard(plan, progress, heard));
      files.writeTranscript(files.folder(id), transcript);
      progress.update(Stage.INDEX, 0);
      outbox.indexAhead(Library.indexed(recording, transcript));
      if (!repository.markReady(
          id, c -> SearchOutbox.append(c, id, recording.pair(), OutboxEntry.Kind.INDEX))) {
        outbox.withdrawAhead(id); // deleted while it was being processed
        return;
      }
      outbox.appended();
      progress.done();
    } catch (RuntimeException e) {
      if (Thread.currentThread().isInterrupted()) {
        throw e;
      }
      RuntimeException told = e instanceof UnusableMediaException u ? u.named("the recording") : e;
      if (told instanceof HindsightException h && h.kind() == HindsightException.Kind.NOT_MEDIA) {
        files.delete(id);
      }
      repository.updateStatus(id, Recording.Status.FAILED, failureMessage(told));
      throw told;
    }
  }

  private static String failureMessage(RuntimeException e) {
    if (e instanceof HindsightException h && h.kind() != HindsightException.Kind.INTERNAL) {
      return h.getMessage();
    }
    return "processing failed: " + e.getMessage();
  }
}
