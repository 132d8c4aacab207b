package io.hindsight;

import io.hindsight.editing.Corrected;
import io.hindsight.editing.Correction;
import io.hindsight.editing.TranscriptEditor;
import io.hindsight.excerpt.Excerpts;
import io.hindsight.job.JobQueue;
import io.hindsight.job.Jobs;
import io.hindsight.job.ScheduledJobs;
import io.hindsight.job.SchedulerTiming;
import io.hindsight.media.MediaTools;
import io.hindsight.note.Notes;
import io.hindsight.pair.Accounts;
import io.hindsight.pair.Agreements;
import io.hindsight.pair.LoginThrottle;
import io.hindsight.pair.Passwords;
import io.hindsight.recording.IngestPipeline;
import io.hindsight.recording.Library;
import io.hindsight.recording.RecordingFiles;
import io.hindsight.recording.RecordingRepository;
import io.hindsight.reflection.FollowUps;
import io.hindsight.reflection.Insights;
import io.hindsight.search.NoteChanges;
import io.hindsight.transcribe.TrackPlanner;
import io.hindsight.voice.VoicePrints;

/**
 * The feature services, each made on first use, and how they react to each other's events: every
 * such reaction is registered here, and only here. {@link Hindsight} hands them out.
 */
final class Features {

  final Lazy<Library> library;
  final Lazy<IngestPipeline> pipeline;
  final Lazy<Notes> notes;
  final Lazy<Accounts> accounts;
  final Lazy<Agreements> agreements;
  final Lazy<Jobs> jobs;
  final Lazy<Excerpts> excerpts;
  final Lazy<TranscriptEditor> editor;
  final Lazy<FollowUps> followUps;
  final Lazy<VoicePrints> voices;
  final Lazy<Insights> insights;

  private static NoteChanges noteChanges(Hindsight app) {
    return new NoteChanges(app.searchOutbox(), app::index);
  }

  Features(Hindsight app) {
    this.insights = new Lazy<>(() -> new Insights(library(), agreements()));
    this.library =
        new Lazy<>(
            () -> {
              Library lib =
                  new Library(
                      new RecordingRepository(app.database()),
                      new RecordingFiles(app.dataDir()),
                      app::index,
                      app.searchOutbox());
              lib.recover();
              lib.onDeleted(e -> cancelJob(e.recording().id()));
              lib.onDeleted(e -> forgetHeard(e.recording().id()));
              lib.onDeleted(e -> excerpts().revokeRecording(e.recording().id()));
              lib.onDeleted(e -> insights.ifCreated(i -> i.forget(e.recording().id())));
              lib.onIndexRebuilt(e -> notes().reindex(e.index(), id -> library().get(id)));
              lib.onIndexRebuilt(e -> followUps().reindex(e.index()));
              lib.onNotesRebuilt(e -> notes().reindex(e.index(), e.recording()));
              lib.onNotesRebuilt(e -> followUps().reindex(e.index(), e.recording()));
              return lib;
            });
    this.pipeline =
        new Lazy<>(
            () -> {
              library(); // opening the library first sweeps what killed ingests left
              return new IngestPipeline(
                  new RecordingRepository(app.database()),
                  new RecordingFiles(app.dataDir()),
                  new TrackPlanner(MediaTools.deferred(app.engines.media)),
                  app::transcriber,
                  app::index,
                  app.searchOutbox(),
                  agreements(),
                  jobs());
            });
    this.notes = new Lazy<>(() -> new Notes(app.database(), noteChanges(app)));
    this.followUps =
        new Lazy<>(() -> new FollowUps(app.database(), library(), agreements(), noteChanges(app)));
    this.accounts =
        new Lazy<>(
            () -> {
              var a =
                  new Accounts(
                      app.database(),
                      new Passwords(app.config().passwordCost()),
                      LoginThrottle.standard());
              a.admin().onRemoved(e -> voices().memberRemoved(e.user()));
              return a;
            });
    this.agreements =
        new Lazy<>(
            () -> {
              Agreements a = new Agreements(app.database());
              a.onChange(e -> excerpts().onAgreementChanged(e.agreement()));
              a.onChange(e -> voices().agreementChanged(e.agreement()));
              return a;
            });
    this.excerpts =
        new Lazy<>(
            () ->
                new Excerpts(
                    app.database(),
                    library(),
                    accounts(),
                    agreements(),
                    app.engines.clips,
                    app.dataDir().resolve("excerpts"),
                    (id, moment) -> editor().asOf(id, moment)));
    this.editor =
        new Lazy<>(
            () -> {
              var e =
                  new TranscriptEditor(
                      library(),
                      new RecordingFiles(app.dataDir()),
                      app.searchOutbox(),
                      agreements());
              e.onSpeakersRenamed(r -> voices().renamed(r));
              e.onSpeakersRenamed(r -> followUps().speakersRenamed(r));
              e.onCorrected(this::learnMishearings);
              return e;
            });
    this.voices = new Lazy<>(() -> new VoicePrints(app.database(), agreements(), accounts()));
    this.jobs = new Lazy<>(() -> jobs(app));
  }

  private Library library() {
    return library.get();
  }

  /** What an upload's job would have taken, heard as it arrived, goes with its recording. */
  private void forgetHeard(String recordingId) {
    pipeline.ifCreated(p -> p.forget(recordingId));
  }

  private IngestPipeline pipeline() {
    return pipeline.get();
  }

  private Notes notes() {
    return notes.get();
  }

  private Accounts accounts() {
    return accounts.get();
  }

  private Agreements agreements() {
    return agreements.get();
  }

  /** On PostgreSQL, db-scheduler's table, shared with every worker; else this process's queue. */
  private Jobs jobs(Hindsight app) {
    JobQueue.Work work = (id, progress) -> pipeline().process(id, progress);
    String url = app.config().databaseUrl();
    if (url == null) {
      return new JobQueue(app.database(), app.config().jobWorkers(), work);
    }
    app.database(); // migrated first: the job tables are in the schema
    return ScheduledJobs.open(
        url, app.config().jobWorkers(), work, SchedulerTiming.fromEnvironment());
  }

  private Jobs jobs() {
    return jobs.get();
  }

  private Excerpts excerpts() {
    return excerpts.get();
  }

  private TranscriptEditor editor() {
    return editor.get();
  }

  private FollowUps followUps() {
    return followUps.get();
  }

  private VoicePrints voices() {
    return voices.get();
  }

  /** The pair's own words learn how the recognizer mishears them from members' corrections. */
  private void learnMishearings(Corrected corrected) {
    for (Correction fix : corrected.corrections()) {
      accounts().vocabulary().learn(corrected.recording().pair(), fix.heard(), fix.written());
    }
  }

  /** Stops a deleted recording's job, if this process runs any. */
  private void cancelJob(String recordingId) {
    jobs.ifCreated(queue -> queue.cancel(recordingId));
  }
}
