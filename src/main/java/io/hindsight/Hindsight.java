package io.hindsight;

import io.hindsight.db.Database;
import io.hindsight.editing.TranscriptEditor;
import io.hindsight.excerpt.Excerpts;
import io.hindsight.job.Jobs;
import io.hindsight.media.ClipMaker;
import io.hindsight.media.MediaTools;
import io.hindsight.note.Notes;
import io.hindsight.pair.Accounts;
import io.hindsight.pair.Agreements;
import io.hindsight.recording.IngestPipeline;
import io.hindsight.recording.Library;
import io.hindsight.recording.RetentionSweep;
import io.hindsight.reflection.FollowUps;
import io.hindsight.search.IndexApplier;
import io.hindsight.search.SearchOutbox;
import io.hindsight.search.TranscriptIndex;
import io.hindsight.search.TranscriptSearcher;
import io.hindsight.transcribe.SpeechModel;
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
 * The application: what every command and the web app are built from. Nothing else constructs
 * services: the data folder's database and index are here, the speech engines in {@link Engines}
 * and the feature services, with their reactions to each other's events, in {@link Features}.
 * Everything is made on first use, so commands that do not need the speech model start fast.
 */
public final class Hindsight implements AutoCloseable {

  private final HindsightConfig config;
  final Engines engines;
  private final Lazy<Database> database;
  private final Lazy<TranscriptIndex> index;
  private final Lazy<SearchOutbox> outbox;
  private final Lazy<IndexApplier> applier;
  private final Features features;
  private volatile Path ownIndex;

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
    this.database =
        new Lazy<>(
            () ->
                config.databaseUrl() != null
                    ? Database.open(config.databaseUrl())
                    : Database.open(dataDir().resolve("hindsight.db")));
    this.index = new Lazy<>(() -> TranscriptIndex.open(indexFolder()));
    this.outbox = new Lazy<>(() -> new SearchOutbox(database()));
    this.applier =
        new Lazy<>(
            () -> {
              IndexApplier a = new IndexApplier(outbox.get(), index.get(), library());
              // Registered before the first catch-up, so no change made here meanwhile is missed.
              outbox.get().serveLocally(a);
              try {
                a.catchUp();
              } catch (HindsightException e) {
                if (e.kind() != HindsightException.Kind.CONFLICT) {
                  throw e;
                }
                // A running server holds this index and feeds it: this process only reads it.
              }
              return a;
            });
    this.features = new Features(this);
  }

  private Path indexFolder() {
    Path own = ownIndex;
    return own != null ? own : dataDir().resolve("index");
  }

  /**
   * Keeps this process's search index in {@code folder} rather than the data folder's: each serving
   * node on a shared data folder has its own ({@code serve --index}). Call before anything uses the
   * index.
   */
  public void useOwnIndex(Path folder) {
    if (index.orNull() != null) {
      throw new IllegalStateException("the search index is already open");
    }
    ownIndex = folder;
  }

  Path dataDir() {
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
    return features.library.get();
  }

  /** How recordings come in: uploads queued, command-line ingests processed at once. */
  public IngestPipeline pipeline() {
    return features.pipeline.get();
  }

  public TranscriptSearcher searcher() {
    return new TranscriptSearcher(index(), accounts().vocabulary()::heardAs);
  }

  public Database database() {
    return database.get();
  }

  /**
   * This process's own search index, caught up with the outbox. From the first call on, changes
   * made in this process are applied to it at once; {@link #followOutbox()} also applies those of
   * other processes. A worker never opens one.
   */
  public TranscriptIndex index() {
    return applier.get().index();
  }

  /** The outbox that feeds every serving node's index. */
  public SearchOutbox searchOutbox() {
    return outbox.get();
  }

  /**
   * Applies what other processes (workers, other serving nodes) append to the outbox to this
   * process's index, within {@link IndexApplier#POLL_MILLIS} ms. {@code serve} does.
   */
  public void followOutbox() {
    applier.get().start();
  }

  public Notes notes() {
    return features.notes.get();
  }

  public Accounts accounts() {
    return features.accounts.get();
  }

  public Agreements agreements() {
    return features.agreements.get();
  }

  /** Shared excerpts: drafts, approvals, share links. */
  public Excerpts excerpts() {
    return features.excerpts.get();
  }

  /** The promises made in sessions, on the pair's checklist. */
  public FollowUps followUps() {
    return features.followUps.get();
  }

  /** Members' corrections to transcripts, with versions and undo. */
  public TranscriptEditor editor() {
    return features.editor.get();
  }

  /** Members' voice prints, kept only while their agreement allows it. */
  public VoicePrints voices() {
    return features.voices.get();
  }

  /** Diarizes uploads with one mixed track from now on, with this speaker model folder. */
  public void diarizeUploads(Path speakerModel) {
    pipeline().useVoices(new UploadVoiceLabels(speakerModel, engines.speech, voices()));
  }

  /**
   * The background jobs; {@link Jobs#start()} them to run jobs here ({@code serve} and {@code
   * worker} do).
   */
  public Jobs jobs() {
    return features.jobs.get();
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
        features.insights.get(),
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
    features.jobs.ifCreated(Jobs::close);
    applier.ifCreated(IndexApplier::close);
    index.ifCreated(TranscriptIndex::close);
    // Freeing the model under a job still decoding would abort the process; the OS frees it then.
    if (features.jobs.orNull() == null || features.jobs.orNull().workersStopped()) {
      engines.close();
    }
    database.ifCreated(Database::close);
  }
}
