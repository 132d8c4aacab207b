package io.hindsight;

import io.hindsight.db.Database;
import io.hindsight.editing.Corrected;
import io.hindsight.editing.Correction;
import io.hindsight.editing.TranscriptEditor;
import io.hindsight.excerpt.Excerpts;
import io.hindsight.job.JobQueue;
import io.hindsight.media.ClipMaker;
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
import io.hindsight.recording.RetentionSweep;
import io.hindsight.reflection.FollowUps;
import io.hindsight.reflection.Insights;
import io.hindsight.search.TranscriptIndex;
import io.hindsight.search.TranscriptSearcher;
import io.hindsight.transcribe.SpeechModel;
import io.hindsight.transcribe.TrackPlanner;
import io.hindsight.transcribe.Transcriber;
import io.hindsight.voice.UploadVoiceLabels;
import io.hindsight.voice.VoicePrints;
import io.hindsight.web.Sessions;
import io.hindsight.web.WebServices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Wires the features together. Nothing else constructs services. Expensive parts (the speech model,
 * ffmpeg) are made on first use, so commands that do not need them start fast.
 */
public final class Hindsight implements AutoCloseable {

  private final HindsightConfig config;
  private final Engines engines;
  private final Lazy<Database> database;
  private final Lazy<TranscriptIndex> index;
  private final Lazy<Library> library;
  private final Lazy<IngestPipeline> pipeline;
  private final Lazy<Notes> notes;
  private final Lazy<Accounts> accounts;
  private final Lazy<Agreements> agreements;
  private final Lazy<JobQueue> jobs;
  private final Lazy<Excerpts> excerpts;
  private final Lazy<TranscriptEditor> editor;
  private final Lazy<FollowUps> followUps;
  private final Lazy<VoicePrints> voices;

  public Hindsight(HindsightConfig config) {
    this(config, Engines.real(config));
  }

  /** For tests that put fakes at the ffmpeg and Vosk seams; clips are cut with the real ffmpeg. */
  public Hindsight(
      HindsightConfig config, Supplier<MediaTools> media, Supplier<SpeechModel> speech) {
    this(config, media, speech, null);
  }

  /**
   * For tests that also fake the clip maker.
   *
   * @param clips null for the real ffmpeg, probing through {@code media}
   */
  public Hindsight(
      HindsightConfig config,
      Supplier<MediaTools> media,
      Supplier<SpeechModel> speech,
      Supplier<ClipMaker> clips) {
    this(config, new Engines(config, media, speech, clips));
  }

  private Hindsight(HindsightConfig config, Engines engines) {
    this.config = config;
    this.engines = engines;
    this.database = new Lazy<>(() -> Database.open(dataDir().resolve("hindsight.db")));
    this.index = new Lazy<>(() -> TranscriptIndex.open(dataDir().resolve("index")));
    this.library =
        new Lazy<>(
            () -> {
              Library lib =
                  new Library(
                      new RecordingRepository(database.get()),
                      new RecordingFiles(dataDir()),
                      index.get());
              lib.recover();
              // Every reaction to another feature's events is registered here, and only here.
              lib.onDeleted(e -> cancelJob(e.recording().id()));
              lib.onDeleted(e -> excerpts().revokeRecording(e.recording().id()));
              lib.onIndexRebuilt(e -> notes().reindex(e.index(), id -> library().get(id)));
              lib.onIndexRebuilt(e -> followUps().reindex(e.index()));
              return lib;
            });
    this.pipeline =
        new Lazy<>(
            () -> {
              library(); // opening the library first sweeps what killed ingests left
              return new IngestPipeline(
                  new RecordingRepository(database.get()),
                  new RecordingFiles(dataDir()),
                  new TrackPlanner(MediaTools.deferred(engines.media)),
                  this::transcriber,
                  index.get(),
                  agreements(),
                  jobs());
            });
    this.notes = new Lazy<>(() -> new Notes(database.get(), index));
    this.followUps =
        new Lazy<>(() -> new FollowUps(database.get(), library(), agreements(), index));
    this.accounts =
        new Lazy<>(
            () -> {
              var a =
                  new Accounts(
                      database.get(),
                      new Passwords(config.passwordCost()),
                      LoginThrottle.standard());
              a.admin().onRemoved(e -> voices().memberRemoved(e.user()));
              return a;
            });
    this.agreements =
        new Lazy<>(
            () -> {
              Agreements a = new Agreements(database.get());
              a.onChange(e -> excerpts().onAgreementChanged(e.agreement()));
              a.onChange(e -> voices().agreementChanged(e.agreement()));
              return a;
            });
    this.excerpts =
        new Lazy<>(
            () ->
                new Excerpts(
                    database.get(),
                    library(),
                    accounts(),
                    agreements(),
                    engines.clips,
                    dataDir().resolve("excerpts"),
                    (id, moment) -> editor().asOf(id, moment)));
    this.editor =
        new Lazy<>(
            () -> {
              var e =
                  new TranscriptEditor(
                      library(), new RecordingFiles(dataDir()), index.get(), agreements());
              e.onSpeakersRenamed(r -> voices().renamed(r));
              e.onSpeakersRenamed(r -> followUps().speakersRenamed(r));
              e.onCorrected(this::learnMishearings);
              return e;
            });
    this.voices = new Lazy<>(() -> new VoicePrints(database.get(), agreements(), accounts()));
    this.jobs =
        new Lazy<>(
            () ->
                new JobQueue(
                    database.get(),
                    config.jobWorkers(),
                    (id, progress) -> pipeline().process(id, progress)));
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

  private Path dataDir() {
    try {
      return Files.createDirectories(config.dataDir());
    } catch (IOException e) {
      throw HindsightException.badInput("cannot create the data folder " + config.dataDir());
    }
  }

  public HindsightConfig config() {
    return config;
  }

  public MediaTools media() {
    return engines.media.get();
  }

  public SpeechModel speech() {
    return engines.speech.get();
  }

  /**
   * Starts loading the speech model on a background thread, so that its second of loading overlaps
   * with probing and decoding. A failure shows up on the next {@link #speech()} call.
   */
  public void preloadSpeech() {
    Lazy.inBackground("speech-model-loader", engines.speech::get);
  }

  /** Cuts and redacts shareable clips. */
  public ClipMaker clips() {
    return engines.clips.get();
  }

  /** Transcribes with recognizers kept warm from one recording to the next. */
  public Transcriber transcriber() {
    return engines.transcriber();
  }

  public Library library() {
    return library.get();
  }

  /** How recordings come in: uploads queued, command-line ingests processed at once. */
  public IngestPipeline pipeline() {
    return pipeline.get();
  }

  public TranscriptSearcher searcher() {
    return new TranscriptSearcher(index.get(), accounts().vocabulary()::heardAs);
  }

  public Database database() {
    return database.get();
  }

  public TranscriptIndex index() {
    return index.get();
  }

  public Notes notes() {
    return notes.get();
  }

  public Accounts accounts() {
    return accounts.get();
  }

  public Agreements agreements() {
    return agreements.get();
  }

  /** Shared excerpts: drafts, approvals, share links. */
  public Excerpts excerpts() {
    return excerpts.get();
  }

  /** The promises made in sessions, on the pair's checklist. */
  public FollowUps followUps() {
    return followUps.get();
  }

  /** Members' corrections to transcripts, with versions and undo. */
  public TranscriptEditor editor() {
    return editor.get();
  }

  /** Members' voice prints, kept only while their agreement allows it. */
  public VoicePrints voices() {
    return voices.get();
  }

  /** Diarizes uploads with one mixed track from now on, with this speaker model folder. */
  public void diarizeUploads(Path speakerModel) {
    pipeline().useVoices(new UploadVoiceLabels(speakerModel, engines.speech, voices()));
  }

  /**
   * The background job queue; {@link JobQueue#start()} it to run jobs (only {@code serve} does).
   */
  public JobQueue jobs() {
    return jobs.get();
  }

  public RetentionSweep retentionSweep() {
    return new RetentionSweep(accounts(), agreements(), library());
  }

  /** What the web app needs, from the same services the command line uses. */
  public WebServices webServices() {
    return new WebServices(
        accounts(),
        agreements(),
        library(),
        pipeline(),
        notes(),
        jobs(),
        searcher(),
        new Sessions(database()),
        excerpts(),
        editor(),
        followUps(),
        new Insights(library(), agreements()),
        voices());
  }

  /**
   * Finds ffmpeg and loads the speech model on a background thread, so that start-up does not wait
   * for them and the first upload does not either.
   */
  public void warmUpInBackground() {
    engines.warmUpInBackground();
  }

  @Override
  public void close() {
    jobs.ifCreated(JobQueue::close);
    index.ifCreated(TranscriptIndex::close);
    // Freeing the model under a job still decoding would abort the process; the OS frees it then.
    if (jobs.orNull() == null || jobs.orNull().workersStopped()) {
      engines.close();
    }
    database.ifCreated(Database::close);
  }
}
